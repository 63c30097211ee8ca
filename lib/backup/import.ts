import type { BuyerguardDb } from '../db/database';
import { estimateBrowserStorage, isQuotaError } from '../db/evidence';
import { readSettings } from '../db/settings';
import type { Evidence } from '../schema/evidence';
import { settingsSchema } from '../schema/settings';
import { base64ToBytes } from './base64';
import type { BackupFile, ImportMode, ImportResult, ImportSummary } from './format';
import { planImport, prepareOrders, readLocalSnapshot, type DatabaseMark, type ImportPlan, type LocalSnapshot, type PreparedOrders } from './merge-plan';
import { ImportCancelled, throwIfCancelled, type ImportOptions } from './progress';
import { withImportLock } from './import-lock';
import { checkBeforeCommit, PlanOutdated, writeInBatches } from './batched-write';
import { hasUnfinishedImport, undoImport } from './journal';
import { readBackupInSlices, type ReadResult } from './read';

function decodeEvidence(backup: BackupFile): Evidence[] {
  return backup.evidence.map(({ data, ...meta }) => ({ ...meta, blob: new Blob([base64ToBytes(data) as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) }));
}

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

/** The import's last transaction: a last check that nothing was saved meanwhile, the settings, and the journal deleted, so the batches written stay. */
function commitImport(db: BuyerguardDb, plan: ImportPlan, backup: BackupFile, mark: DatabaseMark): Promise<ImportSummary> {
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.settings, db.importJournal], async () => {
    await checkBeforeCommit(db, plan, mark);
    const summary = { ...plan.summary };
    if (backup.settings && plan.mode === 'replace') {
      await db.settings.put(backup.settings);
      summary.settings = 'replaced';
    } else if (backup.settings) {
      await mergeSettings(db, backup.settings);
      summary.settings = 'merged';
    }
    await db.importJournal.clear();
    return summary;
  });
}

/**
 * Plans, then writes in journaled batches and commits. A cancel or failure
 * undoes the batches written; a save that lands in between does too, and
 * the plan is made again (at most three times).
 */
async function planAndWrite(db: BuyerguardDb, backup: BackupFile, mode: ImportMode, options: ImportOptions, local?: Promise<LocalSnapshot>, prepared?: PreparedOrders): Promise<ImportSummary> {
  // Blobs are made before any transaction: one must only ever wait on IndexedDB.
  const evidence = decodeEvidence(backup);
  for (let attempt = 1; ; attempt += 1) {
    // The first plan may use local data read, and orders prepared, while the file was read; a plan made again starts afresh.
    const plan = await planImport(db, backup, evidence, mode, options, attempt === 1 ? await local : undefined, attempt === 1 ? prepared : undefined);
    throwIfCancelled(options.signal);
    try {
      const mark = await writeInBatches(db, plan, options);
      return await commitImport(db, plan, backup, mark);
    } catch (error) {
      // If the undo fails too (the database closed under it), the journal stays and the next start undoes it.
      await undoImport(db).catch(() => undefined);
      if (!(error instanceof PlanOutdated) || attempt >= 3) throw error;
    }
  }
}

/**
 * Applies a backup: merging (orders matched by marketplace and number, the
 * later `updatedAt` wins; messages deduplicated by fingerprint) or replacing
 * everything. Deadlines are computed afresh. The work is planned with the
 * database readable, then written in batches of their own transactions, so
 * other pages keep reading and saving throughout; the undo journal
 * (journal.ts) makes it all or nothing: a failure, a cancel or a crash at
 * any point leaves the live tables as they were. The import owns `backup`:
 * its orders get their derived fields in place (lib/db/order-record.ts).
 */
export function importBackup(db: BuyerguardDb, backup: BackupFile, mode: ImportMode, options: ImportOptions = {}): Promise<ImportSummary> {
  return withImportLock(async () => {
    await undoUnfinishedImport(db);
    return planAndWrite(db, backup, mode, options);
  });
}

/** An earlier import stopped mid-way (page closed, crash): undone before this one reads what is here. */
async function undoUnfinishedImport(db: BuyerguardDb): Promise<void> {
  if (await hasUnfinishedImport(db)) await undoImport(db);
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
 * database is unchanged by any of them. The import lock is held from the
 * start, so the local data can be read while the file is.
 */
export async function importBackupText(db: BuyerguardDb, source: Blob | string, mode: ImportMode, options: ImportOptions = {}, read: BackupReader = readInPage): Promise<ImportResult> {
  try {
    return await withImportLock(async () => {
      await undoUnfinishedImport(db);
      // What a merge compares against is read while the file is read and checked (in the worker): the two overlap.
      const local = mode === 'merge' ? readLocalSnapshot(db) : undefined;
      // Not awaited if the file is refused or the import cancelled: its failure, if any, is then of no interest.
      local?.catch(() => undefined);
      // Each slice of orders gets its deadlines and urgency place as it arrives, while the worker checks the next.
      const prepared: PreparedOrders = { now: Date.now(), records: new WeakSet() };
      const result = await read(source, { ...options, onOrders: (orders) => prepareOrders(prepared, orders) });
      if (!result.ok) return result;
      throwIfCancelled(options.signal);
      return { ok: true, summary: await planAndWrite(db, result.backup, mode, options, local, prepared) };
    });
  } catch (error) {
    if (error instanceof ImportCancelled) return { ok: false, error: 'cancelled' };
    if (isQuotaError(error)) return quotaFailure(source, options);
    return { ok: false, error: 'failed' };
  }
}
