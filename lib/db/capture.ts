import { orderSchema, type Order } from '../schema/order';
import type { CapturedOrder } from '../schema/capture';
import type { BuyerguardDb } from './database';
import { newId } from './ids';
import { findOrderByNumber } from './orders';
import { syncDeadlines } from './deadline-sync';

export interface TrackResult {
  added: number;
  updated: number;
}

/** What a capture may say about an order, in stored field names. */
function capturedFields(captured: CapturedOrder): Partial<Order> {
  const fields: Partial<Order> = {
    marketplace: captured.marketplace,
    orderNumber: captured.orderNumber,
    status: captured.status,
    orderUrl: captured.orderUrl,
  };
  if (captured.store) fields.store = { name: captured.store.name, ...(captured.store.url ? { url: captured.store.url } : {}) };
  if (captured.items.length > 0) {
    fields.items = captured.items.map((item) => ({
      title: item.title,
      quantity: item.quantity,
      ...(item.url ? { url: item.url } : {}),
      ...(item.price ? { price: item.price } : {}),
    }));
  }
  if (captured.total) fields.total = captured.total;
  if (captured.orderedAt !== undefined) fields.orderedAt = captured.orderedAt;
  if (captured.shippedAt !== undefined) fields.shippedAt = captured.shippedAt;
  if (captured.deliveredAt !== undefined) fields.deliveredAt = captured.deliveredAt;
  if (captured.receiptConfirmedAt !== undefined) fields.receiptConfirmedAt = captured.receiptConfirmedAt;
  if (captured.trackingNumber) fields.trackingNumber = captured.trackingNumber;
  if (captured.statusText) fields.statusText = captured.statusText;
  if (captured.pageDates?.length) fields.pageDates = captured.pageDates;
  return fields;
}

/**
 * Stores orders the user chose to track from a page. A known order is
 * updated (status, countdown, new facts) except for the fields the user
 * edited by hand; nothing is ever duplicated. All or nothing.
 */
export async function trackCapturedOrders(db: BuyerguardDb, captures: readonly CapturedOrder[], now = Date.now()): Promise<TrackResult> {
  const result: TrackResult = { added: 0, updated: 0 };
  await db.transaction('rw', db.orders, db.deadlines, async () => {
    for (const captured of captures) {
      const fields = capturedFields(captured);
      const protection = captured.protection ? { ...captured.protection, seenAt: now } : undefined;
      const existing = await findOrderByNumber(db, captured.marketplace, captured.orderNumber);
      let order: Order;
      if (existing) {
        const edited = new Set(existing.editedFields);
        const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !edited.has(key)));
        order = orderSchema.parse({ ...existing, ...kept, ...(protection ? { protection } : {}), updatedAt: now });
        result.updated += 1;
      } else {
        order = orderSchema.parse({
          store: { name: '' },
          ...fields,
          ...(protection ? { protection } : {}),
          id: newId(),
          source: 'captured',
          editedFields: [],
          deadlineOverrides: {},
          notes: '',
          createdAt: now,
          updatedAt: now,
        });
        result.added += 1;
      }
      await db.orders.put(order);
      await syncDeadlines(db, order);
    }
  });
  return result;
}
