import type { Table } from 'dexie';
import type { BuyerguardDb } from '../db/database';
import { JOURNALED_TABLES, type JournaledRecords, type JournaledTable } from '../db/import-journal';
import type { OrderRecord } from '../db/order-record';
import { ImportJournal, stampOf } from './journal';
import { databaseMark, sameMark, tableTotals, type DatabaseMark, type ImportPlan } from './merge-plan';
import { throwIfCancelled, type ImportOptions } from './progress';

/** Another page saved between the plan and a batch (or between two batches): the import is undone and planned again. */
export class PlanOutdated extends Error {}

/**
 * Records per write transaction. Each batch holds other pages' reads of the
 * tables while it runs (about 0.3 ms per record in Chromium here), so a
 * batch of 1,000 keeps a read waiting for a fraction of a second; fewer
 * records per batch add transactions and journal rows for little gain.
 */
const BATCH_RECORDS = 1_000;
/** Evidence files also by size: a batch carries them in its journal row too. */
const BATCH_FILE_BYTES = 16 * 1024 * 1024;

/** `rows` in batches of at most BATCH_RECORDS, and of BATCH_FILE_BYTES of files (a larger file goes alone). */
function* batchesOf<T>(rows: readonly T[], bytes: (row: T) => number = () => 0): Generator<T[]> {
  let batch: T[] = [];
  let size = 0;
  for (const row of rows) {
    if (batch.length > 0 && (batch.length >= BATCH_RECORDS || size + bytes(row) > BATCH_FILE_BYTES)) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(row);
    size += bytes(row);
  }
  if (batch.length > 0) yield batch;
}

/**
 * One write transaction of the import: checks nothing was saved since the
 * last one (else PlanOutdated), runs `work`, and returns the database's mark
 * after it, which the next batch checks against.
 */
function batchTransaction(db: BuyerguardDb, expected: DatabaseMark, work: () => Promise<void>): Promise<DatabaseMark> {
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.importJournal], async () => {
    if (!sameMark(await databaseMark(db, expected.since), expected)) throw new PlanOutdated();
    await work();
    return databaseMark(db, expected.since);
  });
}

/** The local orders a batch overwrites, as they are now; PlanOutdated if one was saved since the plan read it. */
async function overwrittenOrders(db: BuyerguardDb, plan: ImportPlan, rows: readonly OrderRecord[]): Promise<OrderRecord[]> {
  const ids = rows.filter((row) => plan.replacing.has(row.id)).map((row) => row.id);
  if (ids.length === 0) return [];
  const current = await db.orders.bulkGet(ids);
  if (current.some((order, i) => order?.updatedAt !== plan.replacing.get(ids[i]!))) throw new PlanOutdated();
  return current as OrderRecord[];
}

/** One batch of one table: the journal row (what it overwrites, what it writes) and the records, in one transaction. */
async function writeBatch(db: BuyerguardDb, journal: ImportJournal, plan: ImportPlan, kind: JournaledTable, rows: readonly { id: string }[]): Promise<void> {
  const before = kind === 'orders' ? { orders: await overwrittenOrders(db, plan, rows as OrderRecord[]) } : {};
  await journal.record(before, { [kind]: rows.map((row) => [row.id, stampOf(kind, row)]) });
  await (db.table(kind) as Table<unknown, string>).bulkPut(rows as unknown[]);
}

/** For a replace: empties the tables a batch at a time, each batch's records kept in its journal row. */
async function clearInBatches(db: BuyerguardDb, journal: ImportJournal, expected: DatabaseMark, options: ImportOptions): Promise<DatabaseMark> {
  let mark = expected;
  for (const kind of JOURNALED_TABLES) {
    const limit = kind === 'evidence' ? 50 : BATCH_RECORDS;
    for (let emptied = false; !emptied; ) {
      throwIfCancelled(options.signal);
      mark = await batchTransaction(db, mark, async () => {
        const rows = (await db.table(kind).limit(limit).toArray()) as { id: string }[];
        emptied = rows.length === 0;
        if (emptied) return;
        await journal.record({ [kind]: rows } as Partial<JournaledRecords>, {});
        await db.table(kind).bulkDelete(rows.map((row) => row.id));
      });
    }
  }
  return mark;
}

/**
 * Writes the plan into the live tables in batches of their own transactions,
 * each journaled (journal.ts). Between batches other pages read and save;
 * a save in between makes the next batch throw PlanOutdated. The caller
 * commits (checkBeforeCommit, then deletes the journal) or undoes it.
 * Returns the mark after the last batch.
 */
export async function writeInBatches(db: BuyerguardDb, plan: ImportPlan, options: ImportOptions): Promise<DatabaseMark> {
  const journal = await ImportJournal.start(db);
  let mark = plan.basis;
  if (plan.mode === 'replace') mark = await clearInBatches(db, journal, mark, options);
  const total = plan.orders.length + plan.messages.length + plan.evidence.length;
  let done = 0;
  const tables: [JournaledTable, readonly { id: string }[], ((row: never) => number)?][] = [
    ['orders', plan.orders],
    ['messages', plan.messages],
    ['evidence', plan.evidence, (file: { size: number }) => file.size],
  ];
  for (const [kind, rows, bytes] of tables) {
    for (const batch of batchesOf(rows, bytes as ((row: { id: string }) => number) | undefined)) {
      throwIfCancelled(options.signal);
      mark = await batchTransaction(db, mark, () => writeBatch(db, journal, plan, kind, batch));
      done += batch.length;
      options.onProgress?.({ phase: 'writing', done, total });
    }
  }
  return mark;
}

/**
 * Inside the commit's transaction: nothing saved since the last batch, and
 * the tables hold what the plan adds up to (a save stamped with a clock set
 * far back escapes the batches' mark, not this count).
 */
export async function checkBeforeCommit(db: BuyerguardDb, plan: ImportPlan, mark: DatabaseMark): Promise<void> {
  if (!sameMark(await databaseMark(db, mark.since), mark)) throw new PlanOutdated();
  const totals = await tableTotals(db);
  if (totals.orders !== plan.totalsAfter.orders || totals.messages !== plan.totalsAfter.messages || totals.evidence !== plan.totalsAfter.evidence) throw new PlanOutdated();
}
