import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { backupWith, startImport } from './support/backup-file';
import { serviceWorkerOf } from './support/extension';
import { controlServiceWorker, readTable } from './support/worker';

/*
 * Issue 8, "Crashes and restarts": the service worker stopped in the middle
 * of work, as the browser stops it whenever it likes. Whatever moment the
 * stop hits, afterwards nothing is lost and nothing is doubled (counted in
 * the extension's IndexedDB and the browser's alarms), and the UI either
 * finished or says it failed and offers to try again.
 */

declare const chrome: { alarms: { getAll(): Promise<{ name: string }[]> } };

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const DAY = 86_400_000;
const reminderAlarms = (worker: Worker) => worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith('reminder:')).sort());
const orderNumbers = async (page: Page) => (await readTable<{ orderNumber: string }>(page, 'orders')).map((o) => o.orderNumber);

/** An order list of `count` cards, built from the one-card e2e fixture: numbers and protection ends differ per card. */
function orderListOf(count: number): string {
  const page = readFileSync(resolve('tests/fixtures/aliexpress/e2e/order-list-due-soon.html'), 'utf8');
  const card = /<div class="order-item">[\s\S]*?\n {4}<\/div>\n/.exec(page)?.[0];
  if (!card) throw new Error('the fixture has no order card');
  const cards = Array.from({ length: count }, (_, i) =>
    card.replaceAll('8181000000000001', String(8182000000000000 + i)).replace('ends in 20 hours', `ends in ${10 + (i % 40)} days`).replace('Far Deadline Store', `Store ${i}`),
  );
  return page.replace(card, cards.join(''));
}

test('the worker stopped while "Track all" saves 200 orders: all or none are saved, the bar says it failed, and trying again saves each once', async ({
  context,
  server,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  server.serve(ORDER_LIST, orderListOf(200));
  const page = await context.newPage();
  await page.goto(ORDER_LIST);
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();
  const trackAll = app.getByRole('button', { name: 'Track all 200 orders' });
  await expect(trackAll).toBeVisible();
  const options = await openExtensionPage('options.html');
  const control = await controlServiceWorker(context, options);

  await trackAll.click();
  await control.stop();
  const saved = app.getByText(/^Saved: (200 new, 0 updated|0 new, 200 updated)\.$/);
  const failed = app.getByText('Saving failed and nothing was changed. Try again.');
  await expect(saved.or(failed)).toBeVisible({ timeout: 20_000 });
  // One transaction: a stop mid-way leaves none of it, never a part.
  expect([0, 200]).toContain((await orderNumbers(options)).length);
  test.info().annotations.push({ type: 'stop hit', description: (await failed.isVisible()) ? 'mid-save: the bar said it failed' : 'after the save' });
  if (await failed.isVisible()) await app.getByRole('button', { name: 'Try again' }).click();
  await expect(saved).toBeVisible({ timeout: 20_000 });

  const numbers = await orderNumbers(options);
  expect(numbers).toHaveLength(200);
  expect(new Set(numbers).size).toBe(200);
  // Each order's deadlines once (its record carries them): no kind twice for one order, none under another order.
  const records = await readTable<{ id: string; deadlines: { orderId: string; kind: string }[] }>(options, 'orders');
  expect(records.every((o) => o.deadlines.every((d) => d.orderId === o.id))).toBe(true);
  const deadlines = records.flatMap((o) => o.deadlines);
  expect(deadlines.length).toBeGreaterThan(0);
  expect(new Set(deadlines.map((d) => `${d.orderId}:${d.kind}`)).size).toBe(deadlines.length);

  // The next visit updates, never adds.
  await app.getByRole('button', { name: 'Track all 200 orders' }).click();
  await expect(app.getByText('Saved: 0 new, 200 updated.')).toBeVisible({ timeout: 20_000 });
  expect(await orderNumbers(options)).toHaveLength(200);
});

test('an import whose page is closed mid-way is undone when the worker starts again, and one with the worker stopped mid-way finishes: never half, never doubled', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  // Deadlines long past: no reminders, the import alone is measured.
  const orders = Array.from({ length: 3_000 }, (_, i) => ({ number: `91000000${String(i).padStart(8, '0')}`, disputeOpensAt: Date.now() - 30 * DAY }));
  const file = backupWith(orders);
  const watcher = await openExtensionPage('sidepanel.html');

  // The buyer closes the settings page while the import is being saved (after its first batch of 1,000).
  const closed = await openExtensionPage('options.html');
  await startImport(closed, file);
  await expect(closed.getByText(/Saving: [0-9,]+ of/)).toBeVisible({ timeout: 60_000 });
  await closed.close();
  const afterClose = (await orderNumbers(watcher)).length;
  const journal = await readTable(watcher, 'importJournal');
  test.info().annotations.push({ type: 'page closed', description: `${afterClose} orders and ${journal.length} journal rows after closing the page mid-import` });
  // Either the import finished first, or what it saved is still journaled, to be undone.
  if (afterClose < orders.length) expect(journal.length).toBeGreaterThan(0);

  // The browser stops the worker; when it starts again it undoes the unfinished import.
  const control = await controlServiceWorker(context, watcher);
  await control.stop();
  await control.wake();
  const undone = afterClose === orders.length ? orders.length : 0;
  await expect.poll(async () => (await orderNumbers(watcher)).length, { timeout: 30_000 }).toBe(undone);
  expect(await readTable(watcher, 'importJournal')).toEqual([]);

  // The worker stops while another import runs (the import runs in the page: it finishes regardless).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await startImport(options, file);
  await control.stop();
  await expect(options.getByText('Backup imported.')).toBeVisible({ timeout: 60_000 });
  const added = undone === 0 ? orders.length : 0;
  await expect(options.getByText(`Orders — added: ${added.toLocaleString('en-US')}, updated: 0, unchanged: ${(orders.length - added).toLocaleString('en-US')}`)).toBeVisible();
  const numbers = await orderNumbers(watcher);
  expect(numbers).toHaveLength(orders.length);
  expect(new Set(numbers).size).toBe(orders.length);
});

test('the worker stopped again and again while it rebuilds the reminders of 200 orders: afterwards each order has its one alarm', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const orders = Array.from({ length: 200 }, (_, i) => ({ number: `92000000${String(i).padStart(8, '0')}`, disputeOpensAt: Date.now() + (i + 2) * DAY }));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const control = await controlServiceWorker(context, options);
  await startImport(options, backupWith(orders));
  await expect(options.getByText('Backup imported.')).toBeVisible({ timeout: 30_000 });
  // The import's change wakes the worker to rebuild; each stop cuts a rebuild short, each start begins another.
  for (let round = 0; round < 4; round++) {
    await control.stop();
    await control.wake();
    await options.waitForTimeout(150 * round);
  }
  const worker = await serviceWorkerOf(context);
  const expected = orders.map((o) => `reminder:restart-${o.number}:dispute-opens:0:`);
  const perOrder = async () => {
    const names = await reminderAlarms(worker);
    return expected.map((prefix) => names.filter((n) => n.startsWith(prefix)).length);
  };
  await expect.poll(perOrder, { timeout: 20_000 }).toEqual(expected.map(() => 1));
  expect(await reminderAlarms(worker)).toHaveLength(orders.length);
});
