// Shared by the large-import and import-journal tests: databases of a few hundred orders and backups of a few thousand.
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { derivedFields } from '../../../lib/db/deadline-sync';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../../lib/backup';
import { orderSchema, type Order } from '../../../lib/schema/order';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 1, 12);
const opened: BuyerguardDb[] = [];

export function freshDb(): BuyerguardDb {
  const db = new BuyerguardDb(`large-import-${opened.length}-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

export function order(i: number, updatedAt = T0): Order {
  return orderSchema.parse({
    id: `o-${i}`,
    marketplace: 'aliexpress',
    orderNumber: String(8_100_000_000_000_000 + i),
    store: { name: `Store ${i % 7}` },
    status: 'shipped',
    shippedAt: T0 - (i % 30) * DAY,
    protectionDays: 60,
    source: 'captured',
    createdAt: T0 - 40 * DAY,
    updatedAt,
  });
}

/** A backup of `count` orders, one message each for the first tenth. */
export function backupOf(count: number, updatedAt = T0 + DAY): BackupFile {
  const orders = Array.from({ length: count }, (_, i) => order(i, updatedAt));
  const messages = orders.slice(0, Math.ceil(count / 10)).map((o, i) => ({
    id: `m-${i}`,
    orderId: o.id,
    author: 'seller' as const,
    text: `Shipped ${i}`,
    sentAt: T0,
    fingerprint: `fp-${i}`,
    origin: 'captured' as const,
    addedAt: T0,
  }));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0 + 2 * DAY, orders, messages, evidence: [] };
}

/** Counts and the orders' content (with the deadlines they carry): "the database is as it was". */
export async function state(db: BuyerguardDb) {
  return {
    orders: await db.orders.orderBy('id').toArray(),
    messages: await db.messages.count(),
    evidence: await db.evidence.count(),
    settings: await db.settings.toArray(),
  };
}

/** A database that already holds 300 orders, 100 of them also in the backup (older here). */
export async function seeded(): Promise<BuyerguardDb> {
  const db = freshDb();
  const local = Array.from({ length: 300 }, (_, i) => order(i + 1_900, T0));
  await db.orders.bulkAdd(local.map((o) => ({ ...o, ...derivedFields(o, T0) })));
  return db;
}

