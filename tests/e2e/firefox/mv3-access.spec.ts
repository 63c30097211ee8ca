import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, openFirefoxExtensionPage } from '../support/firefox';
import { serveCorpus, WARN_PAGES } from '../support/journeys';
import { bannerText, bodyText, click } from './ui';

/*
 * The Firefox build is MV3 (issue 8 #5): its web-accessible sidebar.html may be
 * framed only by the marketplace https origins, and the content scripts' site
 * access is a permission the user can revoke, which the app then says and asks for.
 */

const HOST_PAGE = '<!doctype html><html lang="en"><head><title>Host</title></head><body><p>A page that frames the sidebar.</p></body></html>';
const SIDEBAR = `${EXTENSION_ORIGIN}/sidebar.html#/orders`;
/** Time for a frame to load the extension page, if the browser lets it. */
const FRAME_WAIT_MS = 6000;

/**
 * The page adds its own iframe of sidebar.html. Returns what the frame shows once an extension
 * document loaded in it, or null when none did within FRAME_WAIT_MS (the browser refused the load).
 */
async function frameSidebar(page: Page): Promise<string | null> {
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, SIDEBAR);
  const deadline = Date.now() + FRAME_WAIT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const shown = await frame
        .evaluate((origin) => (location.origin === origin && document.getElementById('app')?.textContent ? document.body.innerText : null), EXTENSION_ORIGIN)
        .catch(() => null);
      if (shown) return shown;
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return null;
}

test('only the marketplace https origins can frame sidebar.html; other sites and plain-http marketplace pages cannot', async ({ firefox, server }) => {
  // The test server speaks https only: plain http comes from this one (any port; match patterns ignore it).
  const plain = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOST_PAGE));
  await new Promise<void>((listening) => plain.listen(0, '127.0.0.1', listening));
  const marketplace = 'https://www.aliexpress.com/p/some/page.html';
  const others = ['https://shop.example/frames.html', `http://www.aliexpress.com:${(plain.address() as AddressInfo).port}/p/some/page.html`];
  for (const url of [marketplace, others[0]!]) server.serve(url, HOST_PAGE);
  const page = await firefox.newPage();

  // The control: a marketplace page may load the frame (which then refuses, as it is not the sidebar our script made).
  await page.goto(marketplace);
  expect(await frameSidebar(page)).toContain('works only in the sidebar it opens on a marketplace page');

  try {
    for (const url of others) {
      await page.goto(url);
      expect(await page.evaluate(() => document.title), url).toBe('Host');
      expect(await frameSidebar(page), url).toBeNull();
    }
  } finally {
    plain.close();
  }
});

/** The extension page's own `browser` (no type package for it here). */
interface Api {
  permissions: {
    getAll(): Promise<{ origins: string[] }>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  action: { getTitle(d: object): Promise<string> };
}

const OFF = 'Fake hotline warnings are off: Firefox does not let Buyerguard read web pages.';

test('with its site access revoked the guard is off and the settings say so; “Allow reading web pages” brings it back', async ({ server }) => {
  test.slow();
  const warn = WARN_PAGES[0]!;
  serveCorpus(server, [warn]);
  // Grants optional permissions without Firefox's own prompt (which a headless run cannot click).
  const { browser } = await launchFirefoxWithExtension('en-US', { 'extensions.webextOptionalPermissionPrompts': false });
  try {
    const settings = await openFirefoxExtensionPage(browser, 'options.html');
    const page = await browser.newPage();
    await page.goto(warn.url);
    await expect.poll(() => bannerText(page), { timeout: 30_000 }).not.toBeNull();
    expect(await bodyText(settings)).not.toContain(OFF);

    // What the user does in about:addons › Buyerguard › Permissions.
    await settings.evaluate(async () => {
      const { permissions } = (globalThis as unknown as { browser: Api }).browser;
      await permissions.remove({ origins: (await permissions.getAll()).origins });
    });
    await expect.poll(() => bodyText(settings), { timeout: 10_000 }).toContain(OFF);
    expect(await settings.evaluate(() => (globalThis as unknown as { browser: Api }).browser.action.getTitle({}))).toBe(OFF);
    await page.reload();
    await new Promise((settle) => setTimeout(settle, 3000));
    expect(await bannerText(page)).toBeNull();

    await click(settings, 'button', 'Allow reading web pages');
    await expect.poll(() => bodyText(settings), { timeout: 10_000 }).not.toContain(OFF);
    expect(await settings.evaluate(() => (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }))).toBe(true);
    expect(await settings.evaluate(() => (globalThis as unknown as { browser: Api }).browser.action.getTitle({}))).toBe('Buyerguard');
    await page.reload();
    await expect.poll(() => bannerText(page), { timeout: 30_000 }).not.toBeNull();
  } finally {
    await browser.close();
  }
});
