import type { BuyerguardDb } from '../db/database';
import { estimateBrowserStorage, isQuotaError } from '../db/evidence';
import { readSettings } from '../db/settings';
import type { Evidence } from '../schema/evidence';
import { settingsSchema } from '../schema/settings';
import { base64ToBytes } from './base64';
import type { BackupFile, ImportMode, ImportResult, ImportSummary } from './format';
import { databaseMark, planImport, sameMark, type ImportPlan } from './merge-plan';
import { batches, DEFAULT_BATCH, ImportCancelled, throwIfCancelled, type ImportOptions } from './progress';
import { clearStaging, moveStagedIntoLive, stageRows, withImportLock } from './staging';
import { readBackupInSlices, type ReadResult } from './read';

function decodeEvidence(backup: BackupFile): Evidence[] {
  return backup.evidence.map(({ data, ...meta }) => ({ ...meta, blob: new Blob([base64ToBytes(data) as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) }));
}

/** A save landed between planning and writing: the plan is worked out again. */
class PlanOutdated extends Error {}

/** Trust lists carried over; this browser's own preferences stay. */
async function mergeSettings(db: BuyerguardDb, incoming: NonNullable<BackupFile['settings']>): Promise<void> {
  const local = await readSettings(db);
  await db.settings.put(
    settingsSchema.parse({
      ...local,
      trustedContacts: [...new Set([...local.trustedContacts, ...incoming.trustedContacts])],
      trustedSites: [...new Set([...local.trustedSites, ...incoming.trustedSites])],
    }),
  );
}

/** The local orders' deadlines a merge overwrites, found by index: one read per order, all in flight at once. */
async function deleteReplacedDeadlines(db: BuyerguardDb, orderIds: readonly string[]): Promise<void> {
  // `anyOf(…).delete()` walks a cursor entry by entry (seconds for thousands).
  for (const ids of batches(orderIds, DEFAULT_BATCH)) {
    const keys = await Promise.all(ids.map((id) => db.deadlines.where('orderId').equals(id).primaryKeys()));
    await db.deadlines.bulkDelete(keys.flat());
  }
}

/**
 * The one transaction that changes the live tables: the staged records move
 * in (after clearing everything, for a replace), settings are applied. A
 * failure aborts it and the live database is as it was.
 */
function swapIntoLive(db: BuyerguardDb, plan: ImportPlan, backup: BackupFile): Promise<ImportSummary> {
  const staged = [db.stagedOrders, db.stagedDeadlines, db.stagedMessages, db.stagedEvidence];
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.deadlines, db.settings, ...staged], async () => {
    if (plan.mode === 'replace') {
      await Promise.all([db.orders.clear(), db.messages.clear(), db.evidence.clear(), db.deadlines.clear()]);
    } else {
      if (!sameMark(await databaseMark(db), plan.basis)) throw new PlanOutdated();
      await deleteReplacedDeadlines(db, plan.replacedOrderIds);
    }
    await moveStagedIntoLive(db);
    const summary = { ...plan.summary };
    if (backup.settings && plan.mode === 'replace') {
      await db.settings.put(backup.settings);
      summary.settings = 'replaced';
    } else if (backup.settings) {
      await mergeSettings(db, backup.settings);
      summary.settings = 'merged';
    }
    return summary;
  });
}

/** Stages the plan's records, then swaps them in; a save that lands in between makes the plan again. */
async function stageAndSwap(db: BuyerguardDb, backup: BackupFile, evidence: readonly Evidence[], mode: ImportMode, options: ImportOptions): Promise<ImportSummary> {
  for (let attempt = 1; ; attempt += 1) {
    await clearStaging(db);
    const plan = await planImport(db, backup, evidence, mode, options);
    await stageRows(db, plan, options);
    // The records are in staging now; the plan keeps only what the swap needs.
    plan.orders = [];
    plan.deadlines = [];
    plan.messages = [];
    plan.evidence = [];
    throwIfCancelled(options.signal);
    try {
      return await swapIntoLive(db, plan, backup);
    } catch (error) {
      if (!(error instanceof PlanOutdated) || attempt >= 3) throw error;
    }
  }
}

/**
 * Applies a backup: merging (orders matched by marketplace and number, the
 * later `updatedAt` wins; messages deduplicated by fingerprint) or replacing
 * everything. Deadlines are computed afresh. The work is planned with the
 * database readable, the records written to staging tables a batch per
 * transaction (reads of the live tables go on meanwhile), then moved into the
 * live tables in one transaction. A failure or cancel at any point leaves the
 * live tables as they were and staging empty.
 */
export async function importBackup(db: BuyerguardDb, backup: BackupFile, mode: ImportMode, options: ImportOptions = {}): Promise<ImportSummary> {
  // Blobs are made before any transaction: one must only ever wait on IndexedDB.
  const evidence = decodeEvidence(backup);
  return withImportLock(async () => {
    try {
      return await stageAndSwap(db, backup, evidence, mode, options);
    } finally {
      await clearStaging(db).catch(() => undefined);
    }
  });
}

/** Reads a backup's source into a checked file: in the page (tests, the data port) or in a worker (read-off-thread.ts). */
export type BackupReader = (source: Blob | string, options: ImportOptions) => Promise<ReadResult>;

const readInPage: BackupReader = async (source, options) => readBackupInSlices(typeof source === 'string' ? source : await source.text(), options);

/** How much room the import would need and how much is free, for the "storage full" message. */
async function quotaFailure(source: Blob | string, options: ImportOptions): Promise<ImportResult> {
  const use = await (options.estimate ?? estimateBrowserStorage)().catch(() => undefined);
  // A backup's records take about as much room stored as they do as JSON text.
  const needed = typeof source === 'string' ? source.length : source.size;
  return { ok: false, error: 'quota', needed, ...(use ? { free: Math.max(0, use.quota - use.usage) } : {}) };
}

/**
 * Reads and applies a backup file (its text, or the file itself); refusals,
 * failures and a cancel come back as codes, never as throws. The live
 * database is unchanged by any of them.
 */
export async function importBackupText(db: BuyerguardDb, source: Blob | string, mode: ImportMode, options: ImportOptions = {}, read: BackupReader = readInPage): Promise<ImportResult> {
  try {
    const result = await read(source, options);
    if (!result.ok) return result;
    throwIfCancelled(options.signal);
    return { ok: true, summary: await importBackup(db, result.backup, mode, options) };
  } catch (error) {
    if (error instanceof ImportCancelled) return { ok: false, error: 'cancelled' };
    if (isQuotaError(error)) return quotaFailure(source, options);
    return { ok: false, error: 'failed' };
  }
}
