import type { Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';

export const ORDER_FILTERS = ['all', 'open', 'dispute', 'overdue', 'done'] as const;
export type OrderFilter = (typeof ORDER_FILTERS)[number];

export interface OrderRow {
  order: Order;
  /** The earliest deadline not yet passed, or the latest passed one when all have passed. */
  next?: StoredDeadline;
  /** A deadline the buyer had to act before has passed, and none is left ahead. */
  overdue: boolean;
}

/** Statuses after which an order needs nothing more from the buyer. */
export const DONE_STATUSES = ['completed', 'cancelled'] as const;
const DONE = new Set<string>(DONE_STATUSES);

export function isDone(order: Order): boolean {
  return DONE.has(order.status);
}

/** Joins orders with their deadlines and sorts them by urgency: overdue, then soonest, then no deadline. */
export function buildOrderRows(orders: readonly Order[], deadlines: readonly StoredDeadline[], now: number): OrderRow[] {
  const byOrder = new Map<string, StoredDeadline[]>();
  for (const d of deadlines) {
    const list = byOrder.get(d.orderId);
    if (list) list.push(d);
    else byOrder.set(d.orderId, [d]);
  }
  const rows = orders.map((order): OrderRow => {
    const own = byOrder.get(order.id) ?? [];
    if (isDone(order) || own.length === 0) return { order, overdue: false };
    let upcoming: StoredDeadline | undefined;
    let lastPassed: StoredDeadline | undefined;
    let actionPassed = false;
    let actionAhead = false;
    for (const d of own) {
      if (d.dueAt >= now) {
        if (!upcoming || d.dueAt < upcoming.dueAt) upcoming = d;
        if (d.actionable) actionAhead = true;
      } else {
        if (!lastPassed || d.dueAt > lastPassed.dueAt) lastPassed = d;
        if (d.actionable) actionPassed = true;
      }
    }
    // A passed milestone (the dispute window opening) is no miss; a passed
    // action deadline is, unless another one still lies ahead.
    return { order, next: upcoming ?? lastPassed, overdue: actionPassed && !actionAhead };
  });
  return rows.sort((a, b) => compareUrgency(a, b, now));
}

/** Overdue first (most recently missed first), then the soonest deadline ahead, then the rest, done last. */
function compareUrgency(a: OrderRow, b: OrderRow, now: number): number {
  const rank = (r: OrderRow) => (isDone(r.order) ? 3 : r.overdue ? 0 : r.next && r.next.dueAt >= now ? 1 : 2);
  const diff = rank(a) - rank(b);
  if (diff !== 0) return diff;
  if (rank(a) === 0 && a.next && b.next) return b.next.dueAt - a.next.dueAt;
  if (rank(a) === 1 && a.next && b.next) return a.next.dueAt - b.next.dueAt;
  return b.order.updatedAt - a.order.updatedAt;
}

export function matchesFilter(row: OrderRow, filter: OrderFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return !isDone(row.order);
    case 'dispute':
      return row.order.status === 'dispute';
    case 'overdue':
      return row.overdue;
    case 'done':
      return isDone(row.order);
  }
}

/** Case- and accent-insensitive search over the fields a buyer remembers. */
export function matchesSearch(row: OrderRow, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const { order } = row;
  const haystack = [order.orderNumber, order.store.name, order.trackingNumber ?? '', order.notes, ...order.items.map((i) => i.title)];
  return haystack.some((text) => fold(text).includes(q));
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', ı: 'i' };

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđßı]/g, (c) => UNDECOMPOSED[c] ?? c);
}

/** Wider than any instant the schema allows (year 2100 ≈ 4.1e12 ms), so ranks never overlap. */
const RANK_SPAN = 5e12;

/**
 * One number per row that sorts like `compareUrgency` at `now` (smaller is
 * more urgent; ties keep table order in both). Stored on each order and
 * indexed, it lets the first screen of a long list be read in order.
 */
export function urgencySortKey(row: OrderRow, now: number): number {
  if (isDone(row.order)) return 3 * RANK_SPAN + (RANK_SPAN - row.order.updatedAt);
  if (row.overdue && row.next) return RANK_SPAN - row.next.dueAt;
  if (row.next && row.next.dueAt >= now) return RANK_SPAN + row.next.dueAt;
  return 2 * RANK_SPAN + (RANK_SPAN - row.order.updatedAt);
}
