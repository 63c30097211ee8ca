import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { CLEAN_PAGES, ORDER_LIST_BEFORE, ORDER_LIST_URL, serveCorpus, WARN_PAGES } from '../support/journeys';
import { addOrderByHand, captureDownload, click, clickAndConfirm, expectRole, expectText, openInPageSidebar } from './ui';

/*
 * Issue 8, "Privacy, proven", in Firefox: the guard on several pages, a
 * capture from the in-page sidebar, an order added in the sidebar page and a
 * backup exported, with requests watched twice: the extension pages' own
 * request events, and the loopback HTTPS server that every host name resolves
 * to (network.dns.forceResolve), so an https request the add-on made to
 * anywhere lands there. Loads of the pages the test opened are the only
 * requests allowed. (The Chromium journey, privacy-journey.spec.ts, also
 * covers drafts, evidence, the pack and the .ics file.)
 */

/** Firefox's own remote-settings and update checks also resolve to the loopback server; they are the browser's, not ours (no extension origin). */
const BROWSER_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;

test('a journey through the guard, capture, the sidebar page and a backup makes no network request from the add-on', async ({ firefox, server, openExtensionPage }) => {
  test.slow();
  const guardPages = [...WARN_PAGES.slice(0, 3), ...CLEAN_PAGES.slice(0, 2)];
  serveCorpus(server, guardPages);
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  const openedHosts = new Set([...guardPages.map((p) => new URL(p.url).host), new URL(ORDER_LIST_URL).host]);
  const watched: string[] = [];
  const watch = (extensionPage: Page) =>
    extensionPage.on('request', (request) => {
      if (!/^(moz-extension|data|blob):/.test(request.url())) watched.push(request.url());
    });

  const page = await firefox.newPage();
  for (const label of guardPages) {
    await page.goto(label.url);
    if (label.verdict !== 'warn') continue;
    await page.waitForFunction(
      () => [...document.documentElement.children].some((el) => el.localName.startsWith('buyerguard-guard-') && el.shadowRoot?.querySelector('[role="alert"]')),
      { timeout: 30_000 },
    );
  }

  await page.goto(ORDER_LIST_URL);
  const sidebar = await openInPageSidebar(page);
  await clickAndConfirm(sidebar, 'button', 'Track all 4 orders');
  await expectText(sidebar, 'Saved: 4 new, 0 updated.');

  const panel = await openExtensionPage('sidepanel.html');
  watch(panel);
  await addOrderByHand(panel, { orderNumber: '8171234567890999', store: 'Quiet Store', item: 'Desk lamp' });
  await expectRole(panel, 'heading', 'Order 8171234567890999');

  const options = await openExtensionPage('options.html');
  watch(options);
  const backup = await captureDownload(options, () => click(options, 'button', 'Export backup'));
  expect(backup.bytes.toString('utf8')).toContain('8171234567890999');
  await new Promise((settle) => setTimeout(settle, 1_500));

  expect(watched, 'requests from extension pages').toEqual([]);
  const unexpected = server.requests.filter(
    (r) =>
      (r.origin ?? '').startsWith('moz-extension://') ||
      (r.referer ?? '').startsWith('moz-extension://') ||
      (!openedHosts.has(r.host) && !BROWSER_OWN.test(r.host)),
  );
  expect(unexpected, 'requests that reached the loopback server from anything but the opened pages').toEqual([]);
  // The journey did reach the server for its own pages: the watch works.
  expect(server.requests.some((r) => r.host === new URL(ORDER_LIST_URL).host)).toBe(true);
});
