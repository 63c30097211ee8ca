import type { Table } from 'dexie';
import type { BuyerguardDb } from '../db/database';
import { newId } from '../db/ids';
import { JOURNALED_TABLES, type JournalBatch, type JournaledRecords, type JournaledTable, type RecordStamp } from '../db/import-journal';
import { withImportLockIfFree } from './import-lock';

/**
 * The undo journal of a backup import (schema 8). An import writes in
 * batches, each its own short transaction, so other pages' reads and saves
 * get through between them; each batch also records, in the same
 * transaction, the records it overwrote or deleted and the id and stamp of
 * every record it wrote. The import's last transaction deletes the journal
 * (that is the commit). A cancel, a failure or a crash leaves the journal,
 * and undoing it, batch by batch in reverse, puts the database back as it
 * was, except for records another page saved after the import touched them:
 * those keep the other page's save.
 */
export class ImportJournal {
  private seq = 0;

  private constructor(
    private readonly db: BuyerguardDb,
    readonly importId: string,
  ) {}

  /** Marks an import as being written (row 0), before its first batch. */
  static async start(db: BuyerguardDb): Promise<ImportJournal> {
    const journal = new ImportJournal(db, newId());
    await db.importJournal.add({ seq: 0, importId: journal.importId, state: 'writing', startedAt: Date.now() });
    return journal;
  }

  /** Records one batch; call inside the batch's own transaction (which must include `importJournal`). */
  record(before: Partial<JournaledRecords>, written: JournalBatch['written']): Promise<unknown> {
    this.seq += 1;
    return this.db.importJournal.add({ seq: this.seq, importId: this.importId, before, written });
  }
}

/**
 * What another page's save would change in a record the import wrote.
 * Orders: `updatedAt`, which every save of an order sets (lib/db/orders.ts);
 * derived fields refreshed by the background do not count as a save.
 * Messages and evidence: their fields other than the file itself.
 */
export function stampOf(table: JournaledTable, record: object): RecordStamp {
  if (table === 'orders') return (record as { updatedAt: number }).updatedAt;
  const { blob: _blob, ...fields } = record as { blob?: unknown };
  return JSON.stringify(fields);
}

/**
 * Undoes one table's part of a batch: a record the batch wrote is deleted,
 * or put back as it was before, only while it still carries the batch's
 * stamp; a record the batch deleted comes back only while its id is free.
 */
async function undoTable(table: Table, kind: JournaledTable, before: readonly { id: string }[], written: readonly [string, RecordStamp][]): Promise<void> {
  const stamps = new Map(written);
  const previous = new Map(before.map((record) => [record.id, record]));
  const ids = [...new Set([...stamps.keys(), ...previous.keys()])];
  if (ids.length === 0) return;
  const current = (await table.bulkGet(ids)) as (object | undefined)[];
  const remove: string[] = [];
  const restore: object[] = [];
  ids.forEach((id, i) => {
    const now = current[i];
    const stamp = stamps.get(id);
    const untouched = stamp === undefined ? now === undefined : now !== undefined && stampOf(kind, now) === stamp;
    // Saved by another page since the import touched it: that save stays.
    if (!untouched) return;
    const old = previous.get(id);
    if (old) restore.push(old);
    else remove.push(id);
  });
  await table.bulkDelete(remove);
  await table.bulkPut(restore);
}

/** Undoes one batch and drops its row, in one transaction: a crash halfway through the undo leaves the rest to undo. */
function undoBatch(db: BuyerguardDb, seq: number): Promise<void> {
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.importJournal], async () => {
    const row = (await db.importJournal.get(seq)) as JournalBatch | undefined;
    if (!row) return;
    for (const kind of JOURNALED_TABLES) await undoTable(db.table(kind), kind, row.before[kind] ?? [], row.written[kind] ?? []);
    await db.importJournal.delete(seq);
  });
}

/** Undoes whatever an unfinished import wrote, newest batch first; the database is then as before it. */
export async function undoImport(db: BuyerguardDb): Promise<void> {
  const seqs = (await db.importJournal.toCollection().primaryKeys()) as number[];
  for (const seq of seqs.filter((s) => s > 0).sort((a, b) => b - a)) await undoBatch(db, seq);
  await db.importJournal.clear();
}

/** Whether an import stopped mid-way (page closed, worker stopped, crash) and left batches to undo. */
export async function hasUnfinishedImport(db: BuyerguardDb): Promise<boolean> {
  return (await db.importJournal.count()) > 0;
}

/**
 * At startup: undoes an import that was stopped mid-way. Skipped while an
 * import holds the lock (it is running, and its journal is its own); the
 * next import, or the next start, undoes it if it never finishes.
 */
export async function undoInterruptedImport(db: BuyerguardDb): Promise<boolean> {
  const undone = await withImportLockIfFree(async () => {
    if (!(await hasUnfinishedImport(db))) return false;
    await undoImport(db);
    return true;
  });
  return undone ?? false;
}
