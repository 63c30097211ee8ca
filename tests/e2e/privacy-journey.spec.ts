import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { addOrderByHand, guardHostOf, sidebarOf } from './support/app';
import { startImport } from './support/backup-file';
import { CHAT_URL, CLEAN_PAGES, MESSAGES_EN, ORDER_LIST_BEFORE, ORDER_LIST_URL, png, serveCorpus, WARN_PAGES } from './support/journeys';

/*
 * Issue 8, "Privacy, proven": one journey through every feature — the guard
 * on several pages, capture, a saved conversation and a draft, evidence and
 * its pack, the .ics file, a backup exported and imported — with every
 * request watched twice: Playwright's request events (extension pages,
 * frames and the service worker) and the loopback server, which every host
 * name resolves to, so a request the extension made to anywhere lands there.
 * Loads of the pages the test itself opened are the only requests allowed.
 */

/** Chromium's own update and account checks also resolve to the loopback server; they are the browser's, not ours. */
const BROWSER_OWN = /(^|\.)(google|googleapis|gstatic|gvt1)\.com$/;

function fromExtension(request: Request): boolean {
  if (/^(chrome-extension|data|blob):/.test(request.url())) return false;
  if (request.serviceWorker()) return true;
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // A request without a frame (a worker's): judged by the server log below.
  }
  return frameUrl.startsWith('chrome-extension://') || (request.headers()['origin'] ?? '').startsWith('chrome-extension://');
}

test('a journey through every feature makes no network request from any extension context', async ({ context, server, openExtensionPage }) => {
  test.setTimeout(150_000);
  const watched: string[] = [];
  context.on('request', (request) => {
    if (fromExtension(request)) watched.push(`${request.method()} ${request.url()}`);
  });
  const guardPages = [...WARN_PAGES.slice(0, 3), ...CLEAN_PAGES.slice(0, 2)];
  serveCorpus(server, guardPages);
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  server.serveFile('https://www.aliexpress.com/p/message/index.html', MESSAGES_EN);
  const openedHosts = new Set([...guardPages.map((p) => new URL(p.url).host), 'www.aliexpress.com']);

  // The guard on several pages: it warns where the labels say so.
  const page = await context.newPage();
  for (const label of guardPages) {
    await page.goto(label.url);
    if (label.verdict === 'warn') await expect(guardHostOf(page)).toHaveCount(1, { timeout: 15_000 });
  }

  // Capture from the order list.
  await page.goto(ORDER_LIST_URL);
  await sidebarOf(page).tab.click();
  await sidebarOf(page).app().getByRole('button', { name: 'Track all 4 orders' }).click();
  await expect(sidebarOf(page).app().getByText('Saved: 4 new, 0 updated.')).toBeVisible();

  // A saved conversation and a draft to the seller.
  await page.goto(CHAT_URL);
  const app = sidebarOf(page).app();
  await app.getByRole('button', { name: /^Save this conversation/ }).click();
  await app.getByRole('button', { name: 'Open the order' }).click();
  await app.getByRole('link', { name: 'Write to the seller' }).click();
  await app.getByLabel('What happened?').selectOption({ label: 'Not received, protection is running out' });
  await expect(app.getByRole('list', { name: 'The English message' })).toBeVisible();

  // Evidence and its pack; the calendar file.
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '8171234567890999', store: 'Quiet Store', item: 'Desk lamp' });
  await panel.getByRole('link', { name: 'Evidence', exact: true }).click();
  await panel.getByLabel('Files').setInputFiles([{ name: 'box.png', mimeType: 'image/png', buffer: png(4, 3, [200, 30, 30]) }]);
  await panel.getByRole('button', { name: 'Add to evidence' }).click();
  await expect(panel.getByText('1 file added.')).toBeVisible();
  const packing = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download the evidence pack' }).click();
  await packing;
  await panel.getByRole('link', { name: 'Orders' }).click();
  const calendar = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Add deadlines to calendar (.ics)' }).click();
  await calendar;

  // A backup out and back in.
  const options = await openExtensionPage('options.html');
  const exporting = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup' }).click();
  const backup = await exporting;
  await startImport(options, readFileSync((await backup.path())!));
  await expect(options.getByText('Backup imported.')).toBeVisible();
  await options.waitForTimeout(1_500);

  expect(watched, 'requests from extension contexts').toEqual([]);
  const unexpected = server.requests.filter(
    (r) =>
      (r.origin ?? '').startsWith('chrome-extension://') ||
      (r.referer ?? '').startsWith('chrome-extension://') ||
      (!openedHosts.has(r.host) && !BROWSER_OWN.test(r.host)),
  );
  expect(unexpected, 'requests that reached the loopback server from anything but the opened pages').toEqual([]);
  // The journey did reach the server for its own pages: the watch works.
  expect(server.requests.some((r) => r.host === 'www.aliexpress.com')).toBe(true);
});
