import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { backupWith } from '../support/backup-file';
import { click, expectText, upload } from './ui';

/*
 * Issue 8, "Crashes and restarts", in Firefox's IndexedDB: the settings page
 * closed while an import is being saved leaves what it saved with its undo
 * journal (lib/backup/journal.ts); the next import undoes it before it plans,
 * so nothing is half imported and nothing doubled.
 */

const DAY = 86_400_000;

/** Rows per table of the extension's database, read from an extension page. */
function countRows(page: Page, tables: string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names: string[]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('buyerguard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const name of names) {
      counts[name] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  }, tables);
}

/** Resolves once the journal holds a written batch (row 0 is the header): the import is mid-way through saving. */
function batchJournaled(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (let tries = 0; tries < 3_000; tries += 1) {
      const rows = await new Promise<number>((resolve) => {
        const open = indexedDB.open('buyerguard');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('importJournal')) return (db.close(), resolve(0));
          const request = db.transaction('importJournal').objectStore('importJournal').count();
          request.onsuccess = () => (db.close(), resolve(request.result));
          request.onerror = () => (db.close(), resolve(0));
        };
        open.onerror = () => resolve(0);
      });
      if (rows >= 2) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('no batch was journaled');
  });
}

test('the settings page closed while an import is saved: the next import undoes what it left, and nothing is doubled', async ({ openExtensionPage }, testInfo) => {
  const orders = Array.from({ length: 4_000 }, (_, i) => ({ number: `92000000${String(i).padStart(8, '0')}`, disputeOpensAt: Date.now() - 30 * DAY }));
  const file = backupWith(orders);
  const watcher = await openExtensionPage('sidepanel.html');

  const closed = await openExtensionPage('options.html');
  await upload(closed, 'Backup file', [{ name: 'orders.json', bytes: file }], testInfo.outputDir);
  await click(closed, 'button', 'Import backup');
  await batchJournaled(watcher);
  await closed.close();
  const left = await countRows(watcher, ['orders', 'importJournal']);
  testInfo.annotations.push({ type: 'page closed', description: `${left.orders} orders and ${left.importJournal} journal rows left` });
  // Part of the import is on disk, with the journal that undoes it.
  expect(left.orders).toBeGreaterThan(0);
  expect(left.orders).toBeLessThan(orders.length);
  expect(left.importJournal).toBeGreaterThanOrEqual(2);

  const options = await openExtensionPage('options.html');
  await upload(options, 'Backup file', [{ name: 'orders.json', bytes: file }], testInfo.outputDir);
  await click(options, 'button', 'Import backup');
  await expect.poll(async () => (await countRows(watcher, ['importJournal'])).importJournal === 0 && (await options.evaluate(() => document.body.innerText)).includes('Backup imported.'), { timeout: 60_000 }).toBe(true);
  // Undone first, so every order is added once by the second import.
  await expectText(options, 'Orders — added: 4,000, updated: 0, unchanged: 0');
  expect(await countRows(watcher, ['orders', 'importJournal'])).toEqual({ orders: orders.length, importJournal: 0 });
});
