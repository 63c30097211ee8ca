/**
 * BASELINE ONLY, for bench/backup-import.ts: the per-record backup merge
 * that shipped until the batched import replaced it (lib/backup/import.ts at
 * 562d6dd), kept so the bench measures both in the same run. Not used by
 * the extension. It runs on the schema it shipped with (version 6: one
 * record per deadline, `baselineDb`), with that schema's deadline writes.
 */
import Dexie from 'dexie';
import type { BuyerguardDb } from '../../lib/db/database';
import { deadlinesForOrder } from '../../lib/db/deadline-sync';
import { applySchemaVersions } from '../../lib/db/versions';
import { orderUrgency } from '../../lib/db/urgency';
import { newId } from '../../lib/db/ids';
import { findOrderByNumber } from '../../lib/db/orders';
import { readSettings } from '../../lib/db/settings';
import type { Evidence } from '../../lib/schema/evidence';
import type { Order } from '../../lib/schema/order';
import { settingsSchema } from '../../lib/schema/settings';
import { base64ToBytes } from '../../lib/backup/base64';
import type { BackupFile, ImportSummary } from '../../lib/backup/format';
import { emptySummary } from '../../lib/backup/merge-plan';

/** A database of schema version 6, the last with a deadlines table, typed as the shared helpers expect. */
export function baselineDb(name: string): BuyerguardDb {
  const db = new Dexie(name);
  applySchemaVersions(db, 6);
  return db as unknown as BuyerguardDb;
}

/** Schema 6's deadline sync (lib/db/deadline-sync.ts before schema 7): the order's deadline records replaced, its place stored. */
async function syncDeadlinesAsOfV6(db: BuyerguardDb, order: Order): Promise<void> {
  const deadlines = deadlinesForOrder(order);
  await db.table('deadlines').where('orderId').equals(order.id).delete();
  await db.table('deadlines').bulkPut(deadlines);
  await db.table('orders').update(order.id, orderUrgency(order, deadlines, Date.now()));
}

function decodeEvidence(backup: BackupFile): Evidence[] {
  return backup.evidence.map(({ data, ...meta }) => ({ ...meta, blob: new Blob([base64ToBytes(data) as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) }));
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
      await syncDeadlinesAsOfV6(db, order);
      localIds.set(incoming.id, id);
      summary.orders.added += 1;
    } else if (incoming.updatedAt > twin.updatedAt) {
      const order = { ...incoming, id: twin.id };
      await db.orders.put(order);
      await syncDeadlinesAsOfV6(db, order);
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

/** The merge as it shipped before batching: every record its own requests, in one transaction; `db` from `baselineDb`. */
export async function perRecordMerge(db: BuyerguardDb, backup: BackupFile): Promise<ImportSummary> {
  const evidence = decodeEvidence(backup);
  return db.transaction('rw', ['orders', 'messages', 'evidence', 'deadlines', 'settings'], () => mergeEverything(db, backup, evidence));
}
