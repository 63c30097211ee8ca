import { compareUrgency, dueState, urgencySortKey, type UrgencySubject } from '../deadlines/urgency';
import type { StoredDeadline } from '../schema/deadline';
import { isDone, type Order } from '../schema/order';
import type { BuyerguardDb } from './database';
import { orderRecords, ownDeadlines, withoutDeadlines, type OrderDerived } from './order-record';

/**
 * Each order carries its place in the urgency order, indexed, so the first
 * screen of a list of thousands is read in order with a `limit`, never the
 * whole table. The place depends on the time: it holds until the order's
 * next deadline passes (`urgencyUntil`); after that the order is "stale"
 * and its place is worked out again from its deadlines.
 */
export interface OrderUrgency {
  urgencyKey: number;
  /** URGENCY_NEVER_STALE when time alone never changes the place. */
  urgencyUntil: number;
}

/** The latest instant JavaScript dates allow: a place that time alone never changes. */
export const URGENCY_NEVER_STALE = 8.64e15;

/** An order's own deadlines as the urgency order (lib/deadlines/urgency.ts) sees them. */
function urgencySubjectOf(order: Order, own: readonly StoredDeadline[], now: number): UrgencySubject {
  if (isDone(order)) return { done: true, updatedAt: order.updatedAt, overdue: false };
  return { done: false, updatedAt: order.updatedAt, ...dueState(own, now) };
}

export function orderUrgency(order: Order, deadlines: readonly StoredDeadline[], now: number): OrderUrgency {
  let until = URGENCY_NEVER_STALE;
  if (!isDone(order)) for (const d of deadlines) if (d.dueAt >= now && d.dueAt < until) until = d.dueAt;
  return { urgencyKey: urgencySortKey(urgencySubjectOf(order, deadlines, now), now), urgencyUntil: until };
}

/**
 * The place as a record stores it (schema 9): a place that never goes
 * stale leaves `urgencyUntil` out (undefined: an update removes it), so
 * the record costs the index no entry (lib/db/order-record.ts).
 */
export function storedUrgency(urgency: OrderUrgency): Pick<OrderDerived, 'urgencyKey' | 'urgencyUntil'> {
  return { urgencyKey: urgency.urgencyKey, urgencyUntil: urgency.urgencyUntil === URGENCY_NEVER_STALE ? undefined : urgency.urgencyUntil };
}

/** Works out again the place of every order whose next deadline has passed; returns how many. */
export async function refreshStaleUrgency(db: BuyerguardDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.orders, async () => {
    const stale = await orderRecords(db).where('urgencyUntil').below(now).toArray();
    for (const order of stale) await orderRecords(db).update(order.id, storedUrgency(orderUrgency(order, ownDeadlines(order), now)));
    return stale.length;
  });
}

export interface FirstScreen {
  /** The most urgent open orders, most urgent first. */
  orders: Order[];
  deadlines: StoredDeadline[];
  /** No order at all (counting them would cost more than the rest of the first screen). */
  empty: boolean;
}

/**
 * The `limit` most urgent open orders, exactly as the full sort would put
 * them: the first entries of the urgency index, plus every stale order
 * (few: the background refreshes them hourly), sorted together at `now`.
 */
export async function firstScreenOrders(db: BuyerguardDb, limit: number, now = Date.now()): Promise<FirstScreen> {
  const { top, stale } = await db.transaction('r', db.orders, async () => {
    const table = orderRecords(db);
    const stale = await table.where('urgencyUntil').below(now).toArray();
    return { stale, top: await table.orderBy('urgencyKey').limit(limit + stale.length).toArray() };
  });
  const candidates = new Map([...top, ...stale].map((o) => [o.id, o]));
  const open = [...candidates.values()]
    .filter((order) => !isDone(order))
    .map((order) => ({ order, own: ownDeadlines(order), subject: urgencySubjectOf(order, ownDeadlines(order), now) }))
    .sort((a, b) => compareUrgency(a.subject, b.subject, now))
    .slice(0, limit);
  return { orders: open.map((e) => withoutDeadlines(e.order)), deadlines: open.flatMap((e) => e.own), empty: candidates.size === 0 };
}
