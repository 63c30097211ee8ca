import type { BuyerguardDb } from '../db/database';
import { estimateBrowserStorage, isQuotaError } from '../db/evidence';
import { readSettings } from '../db/settings';
import type { Evidence } from '../schema/evidence';
import { settingsSchema } from '../schema/settings';
import { base64ToBytes } from './base64';
import type { BackupFile, ImportMode, ImportResult, ImportSummary } from './format';
import { databaseMark, planImport, sameMark, type ImportPlan } from './merge-plan';
import { batches, DEFAULT_BATCH, ImportCancelled, throwIfCancelled, type ImportOptions } from './progress';
import { readBackupInSlices } from './read';

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

/**
 * Writes a plan in ONE transaction of bulk requests, a batch at a time with
 * progress in between: all or nothing, and a cancel or failure at any
 * batch aborts it and leaves the database as it was.
 */
function writePlan(db: BuyerguardDb, plan: ImportPlan, backup: BackupFile, options: ImportOptions): Promise<ImportSummary> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  const total = plan.orders.length + plan.deadlines.length + plan.messages.length + plan.evidence.length;
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.deadlines, db.settings], async () => {
    if (plan.mode === 'replace') {
      await Promise.all([db.orders.clear(), db.messages.clear(), db.evidence.clear(), db.deadlines.clear()]);
    } else {
      if (!sameMark(await databaseMark(db), plan.basis)) throw new PlanOutdated();
      // One index read per order, all in flight at once: `anyOf(…).delete()` walks a cursor entry by entry (seconds for thousands).
      for (const ids of batches(plan.replacedOrderIds, size)) {
        const keys = await Promise.all(ids.map((id) => db.deadlines.where('orderId').equals(id).primaryKeys()));
        await db.deadlines.bulkDelete(keys.flat());
      }
    }
    let done = 0;
    const steps: [{ bulkPut: (rows: never[]) => Promise<unknown> }, readonly unknown[]][] = [
      [db.orders, plan.orders],
      [db.deadlines, plan.deadlines],
      [db.messages, plan.messages],
      [db.evidence, plan.evidence],
    ];
    for (const [table, rows] of steps) {
      for (const batch of batches(rows, size)) {
        throwIfCancelled(options.signal);
        await table.bulkPut(batch as never[]);
        done += batch.length;
        options.onProgress?.({ phase: 'writing', done, total });
      }
    }
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

/**
 * Applies a backup: merging (orders matched by marketplace and number, the
 * later `updatedAt` wins; messages deduplicated by fingerprint) or replacing
 * everything. Deadlines are computed afresh. The work is planned first,
 * with the database readable, then written in one transaction of bulk
 * requests; any failure or cancel rolls the whole import back.
 */
export async function importBackup(db: BuyerguardDb, backup: BackupFile, mode: ImportMode, options: ImportOptions = {}): Promise<ImportSummary> {
  // Blobs are made before the transaction: it must only ever wait on IndexedDB.
  const evidence = decodeEvidence(backup);
  for (let attempt = 1; ; attempt += 1) {
    const plan = await planImport(db, backup, evidence, mode, options);
    try {
      return await writePlan(db, plan, backup, options);
    } catch (error) {
      if (!(error instanceof PlanOutdated) || attempt >= 3) throw error;
    }
  }
}

/** How much room the import would need and how much is free, for the "storage full" message. */
async function quotaFailure(text: string, options: ImportOptions): Promise<ImportResult> {
  const use = await (options.estimate ?? estimateBrowserStorage)().catch(() => undefined);
  // A backup's records take about as much room stored as they do as JSON text.
  return { ok: false, error: 'quota', needed: text.length, ...(use ? { free: Math.max(0, use.quota - use.usage) } : {}) };
}

/**
 * Reads and applies a backup file's text; refusals, failures and a cancel
 * come back as codes, never as throws. The database is unchanged by any of them.
 */
export async function importBackupText(db: BuyerguardDb, text: string, mode: ImportMode, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    const read = await readBackupInSlices(text, options);
    if (!read.ok) return read;
    throwIfCancelled(options.signal);
    return { ok: true, summary: await importBackup(db, read.backup, mode, options) };
  } catch (error) {
    if (error instanceof ImportCancelled) return { ok: false, error: 'cancelled' };
    if (isQuotaError(error)) return quotaFailure(text, options);
    return { ok: false, error: 'failed' };
  }
}
