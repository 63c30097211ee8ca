import type { BuyerguardDb } from '../db/database';
import { deadlinesForOrder, syncDeadlines } from '../db/deadline-sync';
import { newId } from '../db/ids';
import { findOrderByNumber } from '../db/orders';
import { readSettings } from '../db/settings';
import { orderUrgency } from '../db/urgency';
import type { Evidence } from '../schema/evidence';
import type { Order } from '../schema/order';
import { settingsSchema } from '../schema/settings';
import { base64ToBytes } from './base64';
import type { BackupFile, ImportMode, ImportResult, ImportSummary } from './format';
import { readBackup } from './read';

function decodeEvidence(backup: BackupFile): Evidence[] {
  return backup.evidence.map(({ data, ...meta }) => ({ ...meta, blob: new Blob([base64ToBytes(data) as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) }));
}

function emptySummary(mode: ImportMode): ImportSummary {
  return {
    mode,
    orders: { added: 0, updated: 0, unchanged: 0 },
    messages: { added: 0, skipped: 0 },
    evidence: { added: 0, skipped: 0 },
    settings: 'kept',
  };
}

async function replaceEverything(db: BuyerguardDb, backup: BackupFile, evidence: Evidence[]): Promise<ImportSummary> {
  const summary = emptySummary('replace');
  await Promise.all([db.orders.clear(), db.messages.clear(), db.evidence.clear(), db.deadlines.clear()]);
  const now = Date.now();
  const deadlines = backup.orders.map(deadlinesForOrder);
  await db.orders.bulkAdd(backup.orders.map((order, i) => ({ ...order, ...orderUrgency(order, deadlines[i] ?? [], now) })));
  await db.deadlines.bulkAdd(deadlines.flat());
  await db.messages.bulkAdd(backup.messages);
  await db.evidence.bulkAdd(evidence);
  if (backup.settings) {
    await db.settings.put(backup.settings);
    summary.settings = 'replaced';
  }
  summary.orders.added = backup.orders.length;
  summary.messages.added = backup.messages.length;
  summary.evidence.added = evidence.length;
  return summary;
}

/**
 * The local order a backed-up one is: same marketplace and number, else the
 * same record under a number the user has since edited. Each local order
 * answers for one backed-up order at most.
 */
async function localTwin(db: BuyerguardDb, incoming: Order, claimed: ReadonlySet<string>): Promise<Order | undefined> {
  const byNumber = await findOrderByNumber(db, incoming.marketplace, incoming.orderNumber);
  if (byNumber && !claimed.has(byNumber.id)) return byNumber;
  if (byNumber) return undefined;
  const byId = await db.orders.get(incoming.id);
  return byId && !claimed.has(byId.id) ? byId : undefined;
}

/**
 * One function on purpose: inside a Dexie transaction every `await` must be
 * an IndexedDB operation. Awaiting a helper that happens to do none (an
 * empty loop) lets the transaction commit under our feet.
 */
async function mergeEverything(db: BuyerguardDb, backup: BackupFile, evidence: Evidence[]): Promise<ImportSummary> {
  const summary = emptySummary('merge');
  // Backed-up order id → the id it has here, for its messages and evidence.
  const localIds = new Map<string, string>();
  for (const incoming of backup.orders) {
    const twin = await localTwin(db, incoming, new Set(localIds.values()));
    if (!twin) {
      const id = (await db.orders.get(incoming.id)) ? newId() : incoming.id;
      const order = { ...incoming, id };
      await db.orders.add(order);
      await syncDeadlines(db, order);
      localIds.set(incoming.id, id);
      summary.orders.added += 1;
    } else if (incoming.updatedAt > twin.updatedAt) {
      const order = { ...incoming, id: twin.id };
      await db.orders.put(order);
      await syncDeadlines(db, order);
      localIds.set(incoming.id, twin.id);
      summary.orders.updated += 1;
    } else {
      localIds.set(incoming.id, twin.id);
      summary.orders.unchanged += 1;
    }
  }

  for (const message of backup.messages) {
    const orderId = localIds.get(message.orderId) ?? message.orderId;
    if ((await db.messages.where('[orderId+fingerprint]').equals([orderId, message.fingerprint]).count()) > 0) {
      summary.messages.skipped += 1;
      continue;
    }
    const id = (await db.messages.get(message.id)) ? newId() : message.id;
    await db.messages.add({ ...message, id, orderId });
    summary.messages.added += 1;
  }

  for (const item of evidence) {
    const orderId = localIds.get(item.orderId) ?? item.orderId;
    // The same file comes back under its own id, or was added here again by hand.
    const sameRecord = await db.evidence.get(item.id);
    const sameFile = (await db.evidence.where('orderId').equals(orderId).toArray()).some((e) => e.name === item.name && e.size === item.size);
    if (sameRecord || sameFile) {
      summary.evidence.skipped += 1;
      continue;
    }
    await db.evidence.add({ ...item, orderId });
    summary.evidence.added += 1;
  }

  if (backup.settings) {
    // This browser's own preferences stay; trust lists are knowledge worth carrying over.
    const local = await readSettings(db);
    await db.settings.put(
      settingsSchema.parse({
        ...local,
        trustedContacts: [...new Set([...local.trustedContacts, ...backup.settings.trustedContacts])],
        trustedSites: [...new Set([...local.trustedSites, ...backup.settings.trustedSites])],
      }),
    );
    summary.settings = 'merged';
  }
  return summary;
}

/**
 * Applies a backup in one transaction: merging (orders matched by
 * marketplace and number, the later `updatedAt` wins; messages deduplicated
 * by fingerprint) or replacing everything. Deadlines are computed afresh.
 * Any failure rolls the whole import back; the database stays as it was.
 */
export async function importBackup(db: BuyerguardDb, backup: BackupFile, mode: ImportMode): Promise<ImportSummary> {
  // Blobs are made before the transaction: it must only ever wait on IndexedDB.
  const evidence = decodeEvidence(backup);
  return db.transaction('rw', [db.orders, db.messages, db.evidence, db.deadlines, db.settings], () =>
    mode === 'replace' ? replaceEverything(db, backup, evidence) : mergeEverything(db, backup, evidence),
  );
}

/** Reads and applies a backup file's text; refusals and failures come back as codes, never as throws. */
export async function importBackupText(db: BuyerguardDb, text: string, mode: ImportMode): Promise<ImportResult> {
  const read = readBackup(text);
  if (!read.ok) return read;
  try {
    return { ok: true, summary: await importBackup(db, read.backup, mode) };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
