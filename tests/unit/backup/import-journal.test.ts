// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { withoutDeadlines } from '../../../lib/db/order-record';
import { importBackupText, readBackup, serializeBackup, type BackupReader, type ImportProgress } from '../../../lib/backup';
import { undoInterruptedImport } from '../../../lib/backup/journal';
import { backupOf, DAY, order, seeded, state, T0 } from './import-fixtures';

/**
 * The import writes in batches of 1,000 records, each its own transaction
 * with a journal row; these tests stop it between or inside batches and
 * check the database comes back exactly as it was (lib/backup/journal.ts).
 * The seeded database holds o-1900…o-2199; a backup of n orders holds
 * o-0…o-(n-1), newer, so a merge updates the overlap and adds the rest.
 */
/**
 * Merges a 2,500-order backup while another page of the extension, on its own
 * connection, makes the saves `save` starts once, right after the first batch
 * of 1,000 is written; resolves when the import and those saves are done.
 */
async function mergeWhileAnotherPageSaves(
  db: BuyerguardDb,
  save: (otherPage: BuyerguardDb) => Promise<unknown>[],
): Promise<{ result: Awaited<ReturnType<typeof importBackupText>>; events: ImportProgress[] }> {
  const otherPage = new BuyerguardDb(db.name);
  await otherPage.open();
  const events: ImportProgress[] = [];
  const saved: Promise<unknown>[] = [];
  const result = await importBackupText(db, serializeBackup(backupOf(2_500)), 'merge', {
    onProgress: (p) => {
      events.push(p);
      if (p.phase === 'writing' && p.done === 1_000 && saved.length === 0) saved.push(...save(otherPage));
    },
  });
  await Promise.all(saved);
  otherPage.close();
  return { result, events };
}

describe('import journal: batched writes, all or nothing', () => {
  it('a failure in the third batch of a merge undoes the first two, updated orders included', async () => {
    const db = await seeded();
    const before = await state(db);
    let created = 0;
    db.orders.hook('creating', () => {
      created += 1;
      if (created === 2_100) throw new Error('disk broke');
    });
    const writing: number[] = [];
    const result = await importBackupText(db, serializeBackup(backupOf(2_500)), 'merge', { onProgress: (p) => p.phase === 'writing' && writing.push(p.done) });
    expect(result).toEqual({ ok: false, error: 'failed' });
    // Two batches were written (and the overlap o-1900… updated) before the third failed.
    expect(writing).toEqual([1_000, 2_000]);
    expect(await state(db)).toEqual(before);
    expect(await db.importJournal.count()).toBe(0);
  });

  it('an import stopped mid-way (the database closed under it, as when the page or worker stops) is undone at the next start, and the next import is not doubled', async () => {
    const db = await seeded();
    const before = await state(db);
    const text = serializeBackup(backupOf(2_500));
    const result = await importBackupText(db, text, 'merge', {
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done === 1_000) db.close();
      },
    });
    expect(result.ok).toBe(false);

    const restarted = new BuyerguardDb(db.name);
    // Half an import is on disk, with its journal: the first batch written, nothing undone.
    expect(await restarted.orders.count()).toBeGreaterThan(300);
    expect(await restarted.importJournal.count()).toBe(2);
    expect(await undoInterruptedImport(restarted)).toBe(true);
    expect(await state(restarted)).toEqual(before);
    expect(await undoInterruptedImport(restarted)).toBe(false);

    const again = await importBackupText(restarted, text, 'merge');
    expect(again.ok && again.summary.orders).toEqual({ added: 2_200, updated: 300, unchanged: 0 });
    expect(await restarted.orders.count()).toBe(2_500);
    restarted.close();
  });

  it('the next import undoes what a stopped one left before it plans', async () => {
    const db = await seeded();
    const text = serializeBackup(backupOf(2_500));
    await importBackupText(db, text, 'replace', {
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done === 1_000) db.close();
      },
    });
    const restarted = new BuyerguardDb(db.name);
    // The stopped replace had cleared the 300 local orders: they come back before the merge plans.
    const result = await importBackupText(restarted, serializeBackup(backupOf(100)), 'merge');
    expect(result.ok && result.summary.orders).toEqual({ added: 100, updated: 0, unchanged: 0 });
    expect(await restarted.orders.count()).toBe(400);
    expect(await restarted.importJournal.count()).toBe(0);
    restarted.close();
  });

  it('a cancel between two batches of a merge leaves the database exactly as it was', async () => {
    const db = await seeded();
    const before = await state(db);
    const abort = new AbortController();
    const result = await importBackupText(db, serializeBackup(backupOf(2_500)), 'merge', {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done === 2_000) abort.abort();
      },
    });
    expect(result).toEqual({ ok: false, error: 'cancelled' });
    expect(await state(db)).toEqual(before);
    expect(await db.importJournal.count()).toBe(0);
  });

  it('a save from another page between two batches is neither lost nor overwritten: the import is undone around it, planned again and finished', async () => {
    const db = await seeded();
    // The first batch wrote o-5 (new here); the second will overwrite o-1950. The user edits both in the side panel meanwhile.
    const { result, events } = await mergeWhileAnotherPageSaves(db, (otherPage) => [
      otherPage.orders.update('o-5', { notes: 'typed meanwhile', updatedAt: T0 + 9 * DAY }),
      otherPage.orders.update('o-1950', { notes: 'also typed', updatedAt: T0 + 9 * DAY }),
    ]);
    // Both edits are newer than the backup's copies, so the plan made again keeps them.
    expect(result.ok && result.summary.orders).toEqual({ added: 2_199, updated: 299, unchanged: 2 });
    expect((await db.orders.get('o-5'))?.notes).toBe('typed meanwhile');
    expect((await db.orders.get('o-1950'))?.notes).toBe('also typed');
    expect(await db.orders.count()).toBe(2_500);
    expect(await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', String(8_100_000_000_000_005)]).count()).toBe(1);
    // The conflict was seen: writing started over from the first batch.
    const writes = events.filter((e) => e.phase === 'writing').map((e) => e.done);
    expect(writes.filter((done) => done === 1_000).length).toBe(2);
  });

  it('an order another page adds with its clock set far back, under a number a later batch adds, is caught at the commit: not doubled', async () => {
    const db = await seeded();
    // Stamped long before the import began and before every order here: the batches' mark cannot see it.
    const { result, events } = await mergeWhileAnotherPageSaves(db, (otherPage) => [
      otherPage.orders.add({ ...order(2_300, T0 - 30 * DAY), id: 'typed-2300' }),
    ]);
    const number = String(8_100_000_000_000_000 + 2_300);
    expect(await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', number]).count()).toBe(1);
    // Planned again with it: the backup's newer copy updates it.
    expect(result.ok && result.summary.orders).toEqual({ added: 2_199, updated: 301, unchanged: 0 });
    expect(await db.orders.count()).toBe(2_500);
    expect(events.filter((e) => e.phase === 'writing' && e.done === 1_000).length).toBe(2);
  });

  it('a save another page makes while the file is still being read (after the local data was read for the plan) is caught by the first batch: planned again, the save kept', async () => {
    const otherPage = await seeded();
    // The importing page's connection, watched: its read-only transaction over orders, messages and evidence is the plan's read of what is here.
    const db = new BuyerguardDb(otherPage.name);
    let localRead: () => void = () => undefined;
    const localReadDone = new Promise<void>((resolve) => (localRead = resolve));
    db.use({
      stack: 'dbcore',
      name: 'watch-local-read',
      create: (core) => ({
        ...core,
        transaction: (stores, mode, options) => {
          const tx = core.transaction(stores, mode, options) as IDBTransaction;
          if (mode === 'readonly' && stores.includes('evidence')) tx.addEventListener('complete', () => localRead());
          return tx;
        },
      }),
    });
    const text = serializeBackup(backupOf(2_500));
    // The import reads what is here as soon as it starts, then the file: once the first is done, the user edits o-1950 and adds an order under a number the backup holds.
    const slowReader: BackupReader = async () => {
      await localReadDone;
      await otherPage.transaction('rw', otherPage.orders, async () => {
        await otherPage.orders.update('o-1950', { notes: 'typed meanwhile', updatedAt: T0 + 9 * DAY });
        await otherPage.orders.add({ ...order(2_300, T0 + 9 * DAY), id: 'typed-2300', notes: 'added meanwhile' });
      });
      return readBackup(text);
    };
    const events: ImportProgress[] = [];
    const result = await importBackupText(db, text, 'merge', { onProgress: (p) => events.push(p) }, slowReader);
    db.close();
    // Both are newer than the backup's copies: kept, and the number is not doubled.
    expect(result.ok && result.summary.orders).toEqual({ added: 2_199, updated: 299, unchanged: 2 });
    expect((await otherPage.orders.get('o-1950'))?.notes).toBe('typed meanwhile');
    expect((await otherPage.orders.get('typed-2300'))?.notes).toBe('added meanwhile');
    expect(await otherPage.orders.where('[marketplace+orderNumber]').equals(['aliexpress', String(8_100_000_000_000_000 + 2_300)]).count()).toBe(1);
    expect(await otherPage.orders.count()).toBe(2_500);
    // The first plan was made on data read before the saves: the first batch saw the difference before writing, and the import was planned again.
    expect(events.filter((e) => e.phase === 'preparing' && e.done === 500).length).toBe(2);
    expect(events.filter((e) => e.phase === 'writing' && e.done === 1_000).length).toBe(1);
  });

  it('an undo keeps a save another page made to a record the import had written', async () => {
    const db = await seeded();
    const before = await state(db);
    const otherPage = new BuyerguardDb(db.name);
    await otherPage.open();
    const abort = new AbortController();
    const saved: Promise<unknown>[] = [];
    const result = await importBackupText(db, serializeBackup(backupOf(2_500)), 'merge', {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.phase !== 'writing' || p.done !== 2_000) return;
        // o-5 was added by the first batch and o-1950 updated by the second; the user edits both, then cancels.
        saved.push(otherPage.orders.update('o-5', { notes: 'typed meanwhile', updatedAt: T0 + 9 * DAY }));
        saved.push(otherPage.orders.update('o-1950', { notes: 'also typed', updatedAt: T0 + 9 * DAY }));
        abort.abort();
      },
    });
    await Promise.all(saved);
    otherPage.close();
    expect(result).toEqual({ ok: false, error: 'cancelled' });
    const after = await state(db);
    const kept = after.orders.filter((o) => o.id === 'o-5' || o.id === 'o-1950');
    expect(kept.map((o) => [o.id, o.notes])).toEqual([
      ['o-1950', 'also typed'],
      ['o-5', 'typed meanwhile'],
    ]);
    // Everything else is as it was.
    expect(after.orders.filter((o) => o.id !== 'o-5' && o.id !== 'o-1950')).toEqual(before.orders.filter((o) => o.id !== 'o-1950'));
    expect(withoutDeadlines(kept[0]!).orderNumber).toBe(before.orders.find((o) => o.id === 'o-1950')!.orderNumber);
    expect(await db.importJournal.count()).toBe(0);
  });
});
