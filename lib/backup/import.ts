import type { BuyerguardDb } from '../db/database';
import { estimateBrowserStorage, isQuotaError } from '../db/evidence';
import { readSettings } from '../db/settings';
import type { Evidence } from '../schema/evidence';
import { settingsSchema } from '../schema/settings';
import { base64ToBytes } from './base64';
import type { BackupFile, ImportMode, ImportResult, ImportSummary } from './format';
import { databaseMark, planImport, sameMark, type ImportPlan } from './merge-plan';
import { batches, ImportCancelled, throwIfCancelled, type ImportOptions } from './progress';
import { withImportLock } from './import-lock';
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

/** Records per bulk request while writing: few requests in flight at once, progress and cancel between them. */
const WRITE_CHUNK = 2_000;

/** The plan's records into the live tables, a chunk per bulk request; inside the write transaction. */
async function writePlannedRecords(db: BuyerguardDb, plan: ImportPlan, options: ImportOptions): Promise<void> {
  const total = plan.orders.length + plan.messages.length + plan.evidence.length;
  let done = 0;
  const write = async <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: readonly T[]) => {
    for (const chunk of batches(rows, WRITE_CHUNK)) {
      // A throw here aborts the transaction: nothing written so far stays.
      throwIfCancelled(options.signal);
      await table.bulkPut(chunk);
      done += chunk.length;
      options.onProgress?.({ phase: 'writing', done, total });
    }
  };
  await write(db.orders, plan.orders);
  await write(db.messages, plan.messages);
  await write(db.evidence, plan.evidence);
}

/**
 * The one transaction that changes the live tables: everything cleared (for
 * a replace) or the plan checked against the database (for a merge), the
 * planned records written, settings applied. A failure or cancel aborts it
 * and the live database is as it was. Each record is written once, straight
 * from memory: IndexedDB's cost is per request, so a staging copy written
 * first and copied here doubled the import (lib/backup/README.md).
 */
function writeIntoLive(db: BuyerguardDb, plan: ImportPlan, backup: BackupFile, options: ImportOptions): Promise<ImportSummary> {
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.settings], async () => {
    if (plan.mode === 'replace') {
      await Promise.all([db.orders.clear(), db.messages.clear(), db.evidence.clear()]);
    } else if (!sameMark(await databaseMark(db), plan.basis)) {
      throw new PlanOutdated();
    }
    await writePlannedRecords(db, plan, options);
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

/** Plans, then writes; a save that lands in between makes the plan again. */
async function planAndWrite(db: BuyerguardDb, backup: BackupFile, evidence: readonly Evidence[], mode: ImportMode, options: ImportOptions): Promise<ImportSummary> {
  for (let attempt = 1; ; attempt += 1) {
    const plan = await planImport(db, backup, evidence, mode, options);
    throwIfCancelled(options.signal);
    try {
      return await writeIntoLive(db, plan, backup, options);
    } catch (error) {
      if (!(error instanceof PlanOutdated) || attempt >= 3) throw error;
    }
  }
}

/**
 * Applies a backup: merging (orders matched by marketplace and number, the
 * later `updatedAt` wins; messages deduplicated by fingerprint) or replacing
 * everything. Deadlines are computed afresh. The work is planned with the
 * database readable (other pages keep reading and writing), then written in
 * one transaction of bulk requests. A failure or cancel at any point leaves
 * the live tables as they were.
 */
export async function importBackup(db: BuyerguardDb, backup: BackupFile, mode: ImportMode, options: ImportOptions = {}): Promise<ImportSummary> {
  // Blobs are made before any transaction: one must only ever wait on IndexedDB.
  const evidence = decodeEvidence(backup);
  return withImportLock(() => planAndWrite(db, backup, evidence, mode, options));
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
