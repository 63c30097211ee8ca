import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'bg-profile-'));
}

/** Debian's Chromium with the built extension, every host name resolved to the test server. */
export async function launchWithExtension(
  profileDir: string,
  serverPort: number,
  locale = 'en-US',
  { headless = true, timeZone }: { headless?: boolean; timeZone?: string } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  return launchChromium(profileDir, serverPort, locale, { headless, timeZone }, [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ]);
}

/** The same browser with the same flags, but no extension at all (the benchmarks' baseline). */
export async function launchWithoutExtension(profileDir: string, serverPort: number, locale = 'en-US'): Promise<BrowserContext> {
  return launchChromium(profileDir, serverPort, locale, { headless: true }, ['--disable-extensions']);
}

async function launchChromium(
  profileDir: string,
  serverPort: number,
  locale: string,
  { headless, timeZone }: { headless: boolean; timeZone?: string },
  extensionArgs: string[],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    locale,
    viewport: { width: 1280, height: 900 },
    // The whole browser, service worker included, keeps local time in this zone (pages alone would take `timezoneId`).
    ...(timeZone ? { env: { ...process.env, TZ: timeZone } } : {}),
    args: [
      ...extensionArgs,
      `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}
