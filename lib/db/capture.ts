import { orderSchema, type Order } from '../schema/order';
import type { CapturedOrder } from '../schema/capture';
import type { BuyerguardDb } from './database';
import { newId } from './ids';
import { findOrderByNumber } from './orders';
import { syncDeadlines } from './deadline-sync';
import { fitCapturedOrder } from '../schema/fit';

export interface TrackResult {
  added: number;
  updated: number;
  /** Order numbers that could not be stored even after fitting (the others were). */
  failed: string[];
}

/**
 * What a capture may say about an order, in stored field names: only what the
 * page showed. A field the page did not show is absent, never empty, so it
 * cannot erase what is stored; "unknown" status is no news either.
 */
function capturedFields(captured: CapturedOrder): Partial<Order> {
  const fields: Partial<Order> = {
    marketplace: captured.marketplace,
    orderNumber: captured.orderNumber,
    orderUrl: captured.orderUrl,
  };
  if (captured.status !== 'unknown') fields.status = captured.status;
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
 * edited by hand; nothing is ever duplicated. Long page text is cut to the
 * stored limits first; an order that still does not validate is reported in
 * `failed` and the others are stored (one odd card never sinks "Track all").
 * The writes are one transaction: a storage error stores none.
 */
export async function trackCapturedOrders(db: BuyerguardDb, captures: readonly CapturedOrder[], now = Date.now()): Promise<TrackResult> {
  const result: TrackResult = { added: 0, updated: 0, failed: [] };
  await db.transaction('rw', db.orders, async () => {
    for (const original of captures) {
      const captured = fitCapturedOrder(original);
      const fields = capturedFields(captured);
      const protection = captured.protection ? { ...captured.protection, seenAt: now } : undefined;
      const existing = await findOrderByNumber(db, captured.marketplace, captured.orderNumber);
      let order: Order;
      if (existing) {
        const edited = new Set(existing.editedFields);
        const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !edited.has(key)));
        const parsed = orderSchema.safeParse({ ...existing, ...kept, ...(protection ? { protection } : {}), updatedAt: now });
        if (!parsed.success) {
          result.failed.push(captured.orderNumber);
          continue;
        }
        order = parsed.data;
        result.updated += 1;
      } else {
        const parsed = orderSchema.safeParse({
          store: { name: '' },
          status: 'unknown',
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
        if (!parsed.success) {
          result.failed.push(captured.orderNumber);
          continue;
        }
        order = parsed.data;
        result.added += 1;
      }
      await db.orders.put(order);
      await syncDeadlines(db, order);
    }
  });
  return result;
}
