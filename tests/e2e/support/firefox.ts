import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX = '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'buyerguard@buyerguard.example';
/**
 * Firefox gives each installed add-on a random internal UUID for its
 * moz-extension:// origin; the pref below fixes it, so tests know the origin
 * before the add-on is installed.
 */
export const ADDON_UUID = '0b5e6f1c-2d7a-4e38-9c1b-7f3a5d2e8b90';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi, with the built Firefox
 * extension installed as a temporary add-on. Every host name resolves to
 * 127.0.0.1 (the test server must listen on 443: the pref keeps the port).
 */
export async function launchFirefoxWithExtension(locale = 'en-US', extraPrefs: Record<string, string | number | boolean> = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run "npm run build" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    // WebDriver may not navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      // No DNS over HTTPS, no upgrade of http:// test URLs.
      'network.trr.mode': 5,
      'dom.security.https_first': false,
      'intl.accept_languages': locale,
      'intl.locale.requested': locale,
      // Downloads land in the profile without a dialog (none appears headless, but be sure).
      'browser.download.useDownloadDir': true,
      ...extraPrefs,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, addonId };
}

/**
 * Opens an extension page (sidepanel.html, options.html…) in a new tab.
 * Firefox loads moz-extension:// pages in the extension process, and WebDriver
 * BiDi reports no load event for them, so wait for the document instead.
 */
export async function openFirefoxExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  page.goto(url, { timeout: 1 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  // The app may add a route (#/settings). Evaluating while the document changes can fail: that only means "not yet".
  while (!(await page.evaluate((expected) => location.href.split('#')[0] === expected && document.readyState === 'complete', url).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return page;
}
