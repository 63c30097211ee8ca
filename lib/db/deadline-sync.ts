import { orderDeadlines } from '../deadlines/compute';
import { deadlineFactsOf } from '../deadlines/order-facts';
import type { Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';
import type { BuyerguardDb } from './database';
import { deadlineFields, orderRecords, ownDeadlines, type OrderDerived } from './order-record';
import { orderUrgency, storedUrgency } from './urgency';

/** The deadlines an order has now, as the engine gives them and the database stores them. */
export function deadlinesForOrder(order: Order): StoredDeadline[] {
  return orderDeadlines(order.id, deadlineFactsOf(order));
}

/**
 * Everything an order record carries besides the order: its deadlines and
 * its urgency place at `now`. A place that never goes stale comes back as
 * `urgencyUntil: undefined`, so an update (syncDeadlines) removes a stale
 * instant the record held (lib/db/order-record.ts).
 */
export function derivedFields(order: Order, now = Date.now()): OrderDerived {
  const deadlines = deadlinesForOrder(order);
  return { ...deadlineFields(deadlines, now), ...storedUrgency(orderUrgency(order, deadlines, now)) };
}

/**
 * Stores an order's deadlines and urgency place in its record; call inside
 * the transaction that saved the order. Not `async` on purpose: it hands
 * back Dexie's own promise, because every extra layer of native async
 * functions inside a transaction risks Dexie losing track of it
 * (PrematureCommitError).
 */
export function syncDeadlines(db: BuyerguardDb, order: Order, now = Date.now()): Promise<number> {
  // The untyped table: Dexie's update type does not follow array-valued fields.
  return db.table('orders').update(order.id, derivedFields(order, now));
}

/* ---- Reading deadlines: every reader goes through these. ---- */

/** Every stored deadline of every order. */
export async function allDeadlines(db: BuyerguardDb): Promise<StoredDeadline[]> {
  return (await db.orders.toArray()).flatMap(ownDeadlines);
}

/** One order's deadlines, soonest first (none when the order does not exist). */
export async function deadlinesOfOrder(db: BuyerguardDb, orderId: string): Promise<StoredDeadline[]> {
  const order = await db.orders.get(orderId);
  return order ? [...ownDeadlines(order)].sort((a, b) => a.dueAt - b.dueAt) : [];
}

/** One deadline of one order by kind. */
export async function findDeadline(db: BuyerguardDb, orderId: string, kind: string): Promise<StoredDeadline | undefined> {
  const order = await db.orders.get(orderId);
  return order ? ownDeadlines(order).find((d) => d.kind === kind) : undefined;
}

/** How many deadlines the buyer must act on fall in [from, to], by index (no table scan). */
export function countActionableDue(db: BuyerguardDb, from: number, to: number): Promise<number> {
  // Kinds are non-empty ASCII: '' sorts before and '\uffff' after every one.
  return orderRecords(db).where('actionableDue').between([from, ''], [to, '\uffff'], true, true).count();
}
