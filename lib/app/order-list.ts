import { compareUrgency, dueState, type DueState, type UrgencySubject } from '../deadlines/urgency';
import { isDone, type Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';

export const ORDER_FILTERS = ['all', 'open', 'dispute', 'overdue', 'done'] as const;
export type OrderFilter = (typeof ORDER_FILTERS)[number];

export interface OrderRow extends DueState<StoredDeadline> {
  order: Order;
}

export { isDone };

/** An order row as the urgency order sees it. */
export function urgencySubject(row: OrderRow): UrgencySubject {
  return { done: isDone(row.order), updatedAt: row.order.updatedAt, overdue: row.overdue, ...(row.next ? { next: row.next } : {}) };
}

/** Joins orders with their deadlines and sorts them by urgency (lib/deadlines/urgency.ts): overdue, then soonest, then no deadline. */
export function buildOrderRows(orders: readonly Order[], deadlines: readonly StoredDeadline[], now: number): OrderRow[] {
  const byOrder = new Map<string, StoredDeadline[]>();
  for (const d of deadlines) {
    const list = byOrder.get(d.orderId);
    if (list) list.push(d);
    else byOrder.set(d.orderId, [d]);
  }
  const rows = orders.map((order): OrderRow => (isDone(order) ? { order, overdue: false } : { order, ...dueState(byOrder.get(order.id) ?? [], now) }));
  return rows.sort((a, b) => compareUrgency(urgencySubject(a), urgencySubject(b), now));
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
