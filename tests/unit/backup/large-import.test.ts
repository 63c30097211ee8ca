// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { deadlinesForOrder } from '../../../lib/db/deadline-sync';
import { ownDeadlines, withoutDeadlines } from '../../../lib/db/order-record';
import { createOrder } from '../../../lib/db/orders';
import { importBackupText, serializeBackup, type ImportProgress } from '../../../lib/backup';
import { backupOf, DAY, seeded, state, T0 } from './import-fixtures';

describe('large imports: batched, with progress, all or nothing', () => {
  it('merges 2,000 orders in batches, reports every phase up to its total, and matches each order once', async () => {
    const db = await seeded();
    const events: ImportProgress[] = [];
    const result = await importBackupText(db, serializeBackup(backupOf(2_000)), 'merge', { batchSize: 250, onProgress: (p) => events.push(p) });
    expect(result.ok && result.summary.orders).toEqual({ added: 1_900, updated: 100, unchanged: 0 });
    expect(await db.orders.count()).toBe(2_200);
    // Every order carries exactly its own deadlines, old ones of the updated orders replaced.
    for (const stored of await db.orders.toArray()) expect(ownDeadlines(stored)).toEqual(deadlinesForOrder(withoutDeadlines(stored)));
    for (const phase of ['checking', 'preparing', 'writing'] as const) {
      const seen = events.filter((e) => e.phase === phase);
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
      for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
    }
  });

  it('an updated order whose deadlines change kind keeps none of its old ones', async () => {
    const db = await seeded();
    const local = (await db.orders.get('o-1900'))!;
    const incoming = { ...local, status: 'dispute' as const, disputeOpenedAt: T0, updatedAt: T0 + DAY };
    const before = ownDeadlines(local).map((d) => d.kind);
    const after = deadlinesForOrder(incoming).map((d) => d.kind);
    // Meaningful only if the kinds differ: old ones must be deleted, not just overwritten.
    expect(before.filter((kind) => !after.includes(kind)).length).toBeGreaterThan(0);
    const backup = { ...backupOf(0), orders: [withoutDeadlines(incoming)] };
    const result = await importBackupText(db, serializeBackup(backup), 'merge');
    expect(result.ok && result.summary.orders).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(ownDeadlines((await db.orders.get('o-1900'))!).map((d) => d.kind).sort()).toEqual([...after].sort());
  });

  for (const phase of ['checking', 'preparing', 'writing'] as const) {
    it(`a cancel while ${phase} leaves the database exactly as it was`, async () => {
      const db = await seeded();
      const before = await state(db);
      const abort = new AbortController();
      const result = await importBackupText(db, serializeBackup(backupOf(1_500)), 'replace', {
        batchSize: 200,
        signal: abort.signal,
        onProgress: (p) => {
          if (p.phase === phase && p.done > 0) abort.abort();
        },
      });
      expect(result).toEqual({ ok: false, error: 'cancelled' });
      expect(await state(db)).toEqual(before);
    });
  }

  it('a full disk mid-write says how much room the backup needs and how much is free, and changes nothing', async () => {
    const db = await seeded();
    const before = await state(db);
    let written = 0;
    db.orders.hook('creating', () => {
      written += 1;
      if (written === 700) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const text = serializeBackup(backupOf(1_000));
    const result = await importBackupText(db, text, 'merge', { batchSize: 300, estimate: async () => ({ usage: 90e6, quota: 100e6 }) });
    expect(result).toEqual({ ok: false, error: 'quota', needed: text.length, free: 10e6 });
    expect(written).toBeGreaterThanOrEqual(700);
    expect(await state(db)).toEqual(before);
  });

  it('a file whose last record is invalid is refused whole', async () => {
    const db = await seeded();
    const before = await state(db);
    const backup = backupOf(1_200) as unknown as { orders: Record<string, unknown>[] };
    backup.orders[backup.orders.length - 1]!.updatedAt = 'yesterday';
    expect(await importBackupText(db, JSON.stringify(backup), 'replace', { batchSize: 100 })).toEqual({ ok: false, error: 'corrupted' });
    expect(await state(db)).toEqual(before);
  });

  it('a save that lands while the import is being planned is not doubled: the plan is made again', async () => {
    const db = await seeded();
    let typed: Promise<unknown> | undefined;
    const result = await importBackupText(db, serializeBackup(backupOf(600)), 'merge', {
      batchSize: 100,
      onProgress: (p) => {
        // The user types in an order the backup also holds, after the import read the database.
        if (p.phase === 'preparing' && !typed) typed = createOrder(db, { marketplace: 'aliexpress', orderNumber: String(8_100_000_000_000_000 + 5), store: { name: 'Typed' } }, T0);
      },
    });
    await typed;
    expect(result.ok).toBe(true);
    expect(await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', String(8_100_000_000_000_005)]).count()).toBe(1);
    expect(await db.orders.count()).toBe(900);
  });

  it('another connection reads while the import is planned and between its write batches, without waiting for the whole import', async () => {
    const db = await seeded();
    const reader = new BuyerguardDb(db.name);
    const seen: Partial<Record<'preparing' | 'writing', { count: number; importDone: boolean }>> = {};
    let importDone = false;
    const reads: Promise<void>[] = [];
    const result = importBackupText(db, serializeBackup(backupOf(2_500)), 'replace', {
      batchSize: 100,
      onProgress: ({ phase }) => {
        if (phase === 'checking' || seen[phase] || reads.length > 1) return;
        seen[phase] = { count: -1, importDone: false };
        reads.push(reader.orders.count().then((count) => void (seen[phase] = { count, importDone })));
      },
    }).then((r) => ((importDone = true), r));
    expect((await result).ok).toBe(true);
    await Promise.all(reads);
    reader.close();
    // While planning, the read is answered at once, with what was there.
    expect(seen.preparing).toEqual({ count: 300, importDone: false });
    // While writing, it is answered between two batches, long before the import ends: the old orders cleared, part of the new ones in.
    expect(seen.writing?.importDone).toBe(false);
    expect(seen.writing?.count).toBeGreaterThan(0);
    expect(seen.writing?.count).toBeLessThan(2_500);
    expect(await db.orders.count()).toBe(2_500);
  });

  it('a full disk while writing a replace refuses with the room needed, and the cleared tables come back as they were', async () => {
    const db = await seeded();
    const before = await state(db);
    let written = 0;
    db.orders.hook('creating', () => {
      written += 1;
      if (written === 450) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const text = serializeBackup(backupOf(1_000));
    const result = await importBackupText(db, text, 'replace', { batchSize: 200, estimate: async () => ({ usage: 99e6, quota: 100e6 }) });
    expect(result).toEqual({ ok: false, error: 'quota', needed: text.length, free: 1e6 });
    // 450 tried, then the undo puts back the 300 orders the replace had cleared.
    expect(written).toBe(450 + 300);
    expect(await state(db)).toEqual(before);
    expect(await db.importJournal.count()).toBe(0);
  });
});
