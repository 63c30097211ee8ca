import type { Table } from 'dexie';
import type { BuyerguardDb } from '../db/database';
import { batches, DEFAULT_BATCH, throwIfCancelled, type ImportOptions } from './progress';

/**
 * An import's records go to staging tables first, a batch per transaction,
 * so the live tables stay readable (the side panel keeps showing orders)
 * while 100,000 orders are written. Only the last step touches the live
 * tables, in one transaction that moves the staged records over: the live
 * database changes all at once or not at all.
 *
 * Staging belongs to one import at a time, held with a Web Lock for the
 * import's whole life (released by the browser when the page crashes or
 * closes): records staged by an import that no longer holds the lock were
 * left by a crash and are cleared at the next start.
 */

/** The Web Lock an import holds while its records are staged. */
export const IMPORT_LOCK = 'buyerguard-backup-import';

/** Staging table → the live table its records move to. */
export function stagedPairs(db: BuyerguardDb): [Table<never, string>, Table<never, string>][] {
  return [
    [db.stagedOrders, db.orders],
    [db.stagedDeadlines, db.deadlines],
    [db.stagedMessages, db.messages],
    [db.stagedEvidence, db.evidence],
  ] as unknown as [Table<never, string>, Table<never, string>][];
}

export async function clearStaging(db: BuyerguardDb): Promise<void> {
  await db.transaction('rw', [db.stagedOrders, db.stagedDeadlines, db.stagedMessages, db.stagedEvidence], () =>
    Promise.all([db.stagedOrders.clear(), db.stagedDeadlines.clear(), db.stagedMessages.clear(), db.stagedEvidence.clear()]),
  );
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

/**
 * Runs `work` holding the import lock, waiting for an import running in
 * another page to finish. Where the browser has no Web Locks (unit tests
 * under Node), `work` runs directly.
 */
export function withImportLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(IMPORT_LOCK, {}, work) : work();
}

/**
 * Clears what a crashed import left in staging; leaves a running import's
 * records alone (its page holds the lock). Called when the background starts.
 * True when it looked (the lock was free).
 */
export async function clearAbandonedStaging(db: BuyerguardDb): Promise<boolean> {
  const locks = lockManager();
  const clear = async () => {
    if ((await Promise.all(stagedPairs(db).map(([staged]) => staged.count()))).some((n) => n > 0)) await clearStaging(db);
    return true;
  };
  if (!locks) return clear();
  return locks.request(IMPORT_LOCK, { ifAvailable: true }, (lock) => (lock ? clear() : Promise.resolve(false)));
}

export interface StagedRows {
  orders: readonly unknown[];
  deadlines: readonly unknown[];
  messages: readonly unknown[];
  evidence: readonly unknown[];
}

/**
 * Writes the rows to staging, one short transaction per batch, with progress
 * and cancel in between. Reads of the live tables are never held.
 */
export async function stageRows(db: BuyerguardDb, rows: StagedRows, options: ImportOptions): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  const total = rows.orders.length + rows.deadlines.length + rows.messages.length + rows.evidence.length;
  const lists = [rows.orders, rows.deadlines, rows.messages, rows.evidence];
  let done = 0;
  for (const [i, [staged]] of stagedPairs(db).entries()) {
    for (const batch of batches(lists[i]!, size)) {
      throwIfCancelled(options.signal);
      await staged.bulkPut(batch as never[]);
      done += batch.length;
      options.onProgress?.({ phase: 'writing', done, total });
    }
  }
}

/** How many staged records the move reads and writes per request: few requests, none of them a long task. */
const MOVE_CHUNK = 2_000;

/**
 * Inside the swap transaction: every staged record into its live table,
 * staging emptied. Read in key order, a chunk at a time, so no request
 * builds a 100,000-record array in one go.
 */
export async function moveStagedIntoLive(db: BuyerguardDb): Promise<void> {
  for (const [staged, live] of stagedPairs(db)) {
    let chunk = await staged.orderBy(':id').limit(MOVE_CHUNK).toArray();
    while (chunk.length > 0) {
      await live.bulkPut(chunk);
      const last = (chunk[chunk.length - 1] as unknown as { id: string }).id;
      chunk = chunk.length < MOVE_CHUNK ? [] : await staged.where(':id').above(last).limit(MOVE_CHUNK).toArray();
    }
    await staged.clear();
  }
}
