import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { serveCorpus, WARN_PAGES } from '../support/journeys';
import { openInPageSidebar } from './ui';

/*
 * Issue 8 #10 in Firefox: Firefox itself puts the content scripts into the
 * tabs that are open when the add-on reloads or updates (so its build asks
 * for no `scripting` permission and lib/background/reinject.ts does nothing
 * there). An open marketplace tab gets exactly one sidebar and the guard
 * back, the cut-off copies' UI is gone, and the tab is never reloaded.
 */

/** How many of our hosts the page has: the sidebar's, the guard's, and how many of the old ones are still in it. */
function ourHosts(page: Page): Promise<{ sidebars: number; guards: number; oldConnected: number; sameDocument: boolean }> {
  return page.evaluate(() => {
    const remembered = window as unknown as { sameDocument?: boolean; oldHosts?: Element[] };
    return {
      sidebars: document.querySelectorAll('buyerguard-sidebar').length,
      guards: [...document.documentElement.children].filter((el) => el.localName.startsWith('buyerguard-guard-')).length,
      oldConnected: (remembered.oldHosts ?? []).filter((el) => el.isConnected).length,
      sameDocument: remembered.sameDocument === true,
    };
  });
}

test('after the add-on reloads, an open marketplace tab has its sidebar and guard back without a reload', async ({ firefox, server, openExtensionPage }) => {
  const seller = WARN_PAGES.find((label) => label.url.startsWith('https://www.aliexpress.com/'))!;
  serveCorpus(server, [seller]);
  const page = await firefox.newPage();
  await page.goto(seller.url);
  await expect.poll(() => ourHosts(page), { timeout: 15_000 }).toMatchObject({ sidebars: 1, guards: 1 });

  // The page's own world remembers this document and the old UI's elements: a reload would forget them.
  await page.evaluate(() => {
    const remembered = window as unknown as { sameDocument: boolean; oldHosts: Element[] };
    remembered.sameDocument = true;
    remembered.oldHosts = [...document.querySelectorAll('buyerguard-sidebar'), ...[...document.documentElement.children].filter((el) => el.localName.startsWith('buyerguard-guard-'))];
  });

  const app = await openExtensionPage('options.html');
  // The extension page goes away with the old add-on: that rejection is the reload happening.
  await app.evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload()).catch(() => undefined);

  await page.bringToFront();
  await expect.poll(() => ourHosts(page), { timeout: 20_000 }).toEqual({ sidebars: 1, guards: 1, oldConnected: 0, sameDocument: true });
  // The new copy of the guard still warns on this seller page: its banner has text.
  const bannerText = () =>
    page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('buyerguard-guard-'))?.shadowRoot?.textContent?.trim().length ?? 0);
  await expect.poll(bannerText).toBeGreaterThan(0);
  // The new sidebar reaches the reloaded add-on: its app opens.
  const sidebar = await openInPageSidebar(page);
  await expect.poll(() => sidebar.evaluate(() => document.body.textContent ?? '')).toContain('Your orders');
  expect((await ourHosts(page)).sidebars).toBe(1);
});
