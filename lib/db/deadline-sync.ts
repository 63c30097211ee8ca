import { orderDeadlines } from '../deadlines/compute';
import { deadlineFactsOf } from '../deadlines/order-facts';
import type { Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';
import type { BuyerguardDb } from './database';
import { storeUrgency } from './urgency';

/** The deadlines an order has now, as the engine gives them and the database stores them. */
export function deadlinesForOrder(order: Order): StoredDeadline[] {
  return orderDeadlines(order.id, deadlineFactsOf(order));
}

/** Replaces an order's stored deadlines; call inside the transaction that saves the order. */
export async function syncDeadlines(db: BuyerguardDb, order: Order): Promise<void> {
  const deadlines = deadlinesForOrder(order);
  await db.deadlines.where('orderId').equals(order.id).delete();
  await db.deadlines.bulkPut(deadlines);
  await storeUrgency(db, order, deadlines);
}
