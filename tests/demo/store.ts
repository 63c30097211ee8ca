import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { TestServer } from '../e2e/support/server';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../e2e/support/extension';
import { guardHostOf, sidebarOf } from '../e2e/support/app';

/*
 * Listing screenshots for the Chrome Web Store and addons.mozilla.org: both
 * take 1280×800. One set per listing language; the extension's UI follows the
 * browser's language, so each set runs in a browser started in that locale.
 * Selectors avoid visible text, which differs per language.
 */

export const STORE_SIZE = { width: 1280, height: 800 };
export const STORE_LANGUAGES = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'uk', locale: 'uk-UA' },
  { lang: 'pl', locale: 'pl-PL' },
] as const;

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const FAKE_HOTLINE = 'https://shopperhelpdesk.example/aliexpress-customer-service-number-usa';

export const STORE_PAGES: [string, string][] = [
  [ORDER_LIST, 'tests/fixtures/aliexpress/order-list-en.html'],
  [FAKE_HOTLINE, '../shared/corpus/guard/en-fake-hotline-01.html'],
];

async function shootLanguage(context: BrowserContext, out: string, lang: string): Promise<string[]> {
  const shots: string[] = [];
  const shoot = async (page: import('@playwright/test').Page, name: string) => {
    const file = resolve(out, `store-${lang}-${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  };
  const extensionId = await extensionIdOf(context);

  // 1. The order list with the in-page sidebar: every order tracked in one click.
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(ORDER_LIST);
  const sidebar = sidebarOf(page);
  await sidebar.tab.click();
  const app = sidebar.app();
  await app.locator('.capture-bar .capture-row button.primary').click();
  await app.locator('.capture-bar [role="status"]').filter({ hasText: /\d/ }).waitFor();
  await shoot(page, '1-sidebar-orders');

  // 2. An order's deadlines in the app page.
  const panel = await context.newPage();
  await panel.setViewportSize(STORE_SIZE);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html#/orders`);
  await panel.locator('.order-card').first().click();
  await panel.locator('dl.facts').waitFor();
  await panel.waitForTimeout(300);
  await shoot(panel, '2-order-deadlines');

  // 3. A fake "AliExpress hotline" page, warned about.
  await page.goto(FAKE_HOTLINE);
  // The guard's host has a random tag per page.
  await guardHostOf(page).getByRole('alert').waitFor();
  await shoot(page, '3-fake-hotline-warning');
  return shots;
}

/** Writes the store screenshots for every listing language to `out`. */
export async function shootStoreScreenshots(server: TestServer, out: string): Promise<string[]> {
  for (const [url, file] of STORE_PAGES) server.serveFile(url, resolve(file));
  const shots: string[] = [];
  for (const { lang, locale } of STORE_LANGUAGES) {
    const context = await launchWithExtension(newProfileDir(), server.port, locale);
    try {
      shots.push(...(await shootLanguage(context, out, lang)));
    } finally {
      await context.close();
    }
  }
  return shots;
}
