import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';
import { orderUrgency, type OrderUrgency } from './urgency';

/**
 * Every schema the database has had, oldest first. Never edit a released
 * entry: add a new one with its upgrade, and a test in tests/unit/db that
 * opens a database written by the previous version.
 *
 * Only queried fields are indexed; text columns (notes, message text) never are.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
  {
    // 0.1 preview: orders only.
    version: 1,
    stores: { orders: 'id, orderNumber, updatedAt' },
  },
  {
    version: 2,
    stores: {
      orders: 'id, [marketplace+orderNumber], updatedAt, status',
      messages: 'id, orderId, [orderId+fingerprint]',
      evidence: 'id, orderId',
      deadlines: 'id, orderId, dueAt, [actionable+dueAt]',
      reminders: 'id',
      settings: 'id',
    },
    // v1 rows predate hand-edit tracking and deadline overrides. Missing
    // fields get their empty defaults; nothing else is touched.
    upgrade: async (tx) => {
      await tx
        .table('orders')
        .toCollection()
        .modify((order: Record<string, unknown>) => {
          order.editedFields ??= [];
          order.deadlineOverrides ??= {};
          order.notes ??= '';
          order.items ??= [];
          order.source ??= 'manual';
          order.store ??= { name: '' };
          order.status ??= 'unknown';
          order.marketplace ??= 'aliexpress';
        });
    },
  },
  {
    // Each order's place in the urgency order, so the first screen of a long list is an index read.
    version: 3,
    stores: { orders: 'id, [marketplace+orderNumber], updatedAt, status, urgencyKey, urgencyUntil' },
    upgrade: async (tx) => {
      const now = Date.now();
      const byOrder = new Map<string, StoredDeadline[]>();
      for (const d of (await tx.table('deadlines').toArray()) as StoredDeadline[]) byOrder.set(d.orderId, [...(byOrder.get(d.orderId) ?? []), d]);
      await tx
        .table('orders')
        .toCollection()
        .modify((order: Order & Partial<OrderUrgency>) => {
          Object.assign(order, orderUrgency(order, byOrder.get(order.id) ?? [], now));
        });
    },
  },
];

export function applySchemaVersions(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
}
