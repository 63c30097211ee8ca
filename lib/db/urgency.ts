import { compareUrgency, dueState, urgencySortKey, type UrgencySubject } from '../deadlines/urgency';
import type { StoredDeadline } from '../schema/deadline';
import { isDone, type Order } from '../schema/order';
import type { BuyerguardDb } from './database';

/**
 * Each order carries its place in the urgency order, indexed, so the first
 * screen of a list of thousands is read in order with a `limit`, never the
 * whole table. The place depends on the time: it holds until the order's
 * next deadline passes (`urgencyUntil`); after that the order is "stale"
 * and its place is worked out again from its deadlines.
 */
export interface OrderUrgency {
  urgencyKey: number;
  /** The place holds while now ≤ this instant. */
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

/** Orders as stored: the record and its place (which the record's schema does not know). */
function ordersTable(db: BuyerguardDb) {
  return db.table<Order & Partial<OrderUrgency>, string>('orders');
}

/**
 * Stores an order's place; call in the transaction that saved the order and
 * its deadlines. Not `async` on purpose: it hands back Dexie's own promise,
 * because every extra layer of native async functions inside a transaction
 * risks Dexie losing track of it (PrematureCommitError).
 */
export function storeUrgency(db: BuyerguardDb, order: Order, deadlines: readonly StoredDeadline[], now = Date.now()): Promise<number> {
  return ordersTable(db).update(order.id, { ...orderUrgency(order, deadlines, now) });
}

/** Works out again the place of every order whose next deadline has passed; returns how many. */
export async function refreshStaleUrgency(db: BuyerguardDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.orders, db.deadlines, async () => {
    const stale = await ordersTable(db).where('urgencyUntil').below(now).toArray();
    if (stale.length === 0) return 0;
    const deadlines = await db.deadlines.where('orderId').anyOf(stale.map((o) => o.id)).toArray();
    for (const order of stale) {
      await ordersTable(db).update(order.id, { ...orderUrgency(order, deadlines.filter((d) => d.orderId === order.id), now) });
    }
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
  return db.transaction('r', db.orders, db.deadlines, async () => {
    const table = ordersTable(db);
    const stale = await table.where('urgencyUntil').below(now).toArray();
    const top = await table.orderBy('urgencyKey').limit(limit + stale.length).toArray();
    const candidates = new Map([...top, ...stale].map((o) => [o.id, o]));
    // One index read per order: `anyOf` would walk a cursor entry by entry.
    const perOrder = await Promise.all([...candidates.keys()].map((id) => db.deadlines.where('orderId').equals(id).toArray()));
    const open = [...candidates.values()]
      .map((order, i) => ({ order, own: perOrder[i] ?? [] }))
      .filter(({ order }) => !isDone(order))
      .map((entry) => ({ ...entry, subject: urgencySubjectOf(entry.order, entry.own, now) }))
      .sort((a, b) => compareUrgency(a.subject, b.subject, now))
      .slice(0, limit);
    return { orders: open.map((e) => e.order), deadlines: open.flatMap((e) => e.own), empty: candidates.size === 0 };
  });
}
