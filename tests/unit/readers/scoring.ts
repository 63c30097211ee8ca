/**
 * Field-by-field scoring of reader output against hand-written labels, shared by the
 * held-out batches of every marketplace. The table and the misses are the measurement.
 */
import type { PageCapture } from '../../../lib/schema/capture';

export interface Money {
  amount: number;
  currency: string;
}
export interface ExpectedItem {
  title: string;
  quantity: number;
  price: Money | null;
}
export interface ExpectedOrder {
  orderNumber: string;
  status?: string;
  total?: Money | null;
  store?: { name: string; storeId?: string } | null;
  items?: ExpectedItem[];
  orderedAt?: number | null;
  shippedAt?: number | null;
  trackingNumber?: string | null;
  /** The countdown's end instant. */
  protection?: number | null;
}

export class Score {
  readonly fields = new Map<string, { right: number; total: number }>();
  readonly misses: string[] = [];
  falseOrders: string[] = [];

  check(field: string, right: boolean, where: string, detail: () => string): void {
    const entry = this.fields.get(field) ?? { right: 0, total: 0 };
    entry.total += 1;
    if (right) entry.right += 1;
    else this.misses.push(`${where} ${field}: ${detail()}`);
    this.fields.set(field, entry);
  }

  get accuracy(): number {
    let right = 0;
    let total = 0;
    for (const entry of this.fields.values()) {
      right += entry.right;
      total += entry.total;
    }
    return total === 0 ? 0 : right / total;
  }

  table(): string {
    const rows = [...this.fields].map(([field, { right, total }]) => `${field.padEnd(16)} ${right}/${total}`);
    return [...rows, `overall          ${(this.accuracy * 100).toFixed(1)}%`, `false orders     ${this.falseOrders.length}`].join('\n');
  }
}

export const sameMoney = (a: Money | undefined, b: Money | null) =>
  b === null ? a === undefined : a !== undefined && a.currency === b.currency && Math.abs(a.amount - b.amount) < 0.005;
export const sameInstant = (a: number | undefined, b: number | null, tolerance = 0) =>
  b === null ? a === undefined : a !== undefined && Math.abs(a - b) <= tolerance;
export const show = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** Scores the expected orders of one page; orders the page does not show count as invented. */
export function scoreOrders(
  at: string,
  expectedOrders: readonly ExpectedOrder[],
  capture: PageCapture,
  score: Score,
  alsoExpected: readonly string[] = [],
): void {
  const expectedNumbers = new Set([...expectedOrders.map((order) => order.orderNumber), ...alsoExpected]);
  for (const order of capture.orders) {
    if (!expectedNumbers.has(order.orderNumber)) score.falseOrders.push(`${at}: ${order.orderNumber}`);
  }
  for (const expected of expectedOrders) {
    const where = `${at} #${expected.orderNumber.slice(-4)}`;
    const order = capture.orders.find((found) => found.orderNumber === expected.orderNumber);
    score.check('order found', order !== undefined, where, () => 'not found');
    if (!order) continue;
    if (expected.status !== undefined) score.check('status', order.status === expected.status, where, () => `${order.status} (${order.statusText})`);
    if (expected.total !== undefined) score.check('total', sameMoney(order.total, expected.total), where, () => show(order.total));
    if (expected.store !== undefined) {
      const right = expected.store === null
        ? order.store === undefined
        : order.store?.name === expected.store.name && order.store.storeId === expected.store.storeId;
      score.check('store', right, where, () => show(order.store));
    }
    if (expected.orderedAt !== undefined) {
      score.check('ordered at', sameInstant(order.orderedAt, expected.orderedAt), where, () => show(order.orderedAt && new Date(order.orderedAt)));
    }
    if (expected.shippedAt !== undefined) {
      score.check('shipped at', sameInstant(order.shippedAt, expected.shippedAt), where, () => show(order.shippedAt && new Date(order.shippedAt)));
    }
    if (expected.trackingNumber !== undefined) {
      score.check('tracking', (order.trackingNumber ?? null) === expected.trackingNumber, where, () => show(order.trackingNumber));
    }
    if (expected.protection !== undefined) {
      score.check('countdown', sameInstant(order.protection?.endsAt, expected.protection, 60_000), where, () => show(order.protection));
    }
    if (expected.items !== undefined) {
      score.check('item count', order.items.length === expected.items.length, where, () => show(order.items.map((i) => i.title)));
      for (const item of expected.items) {
        const found = order.items.find((candidate) => candidate.title === item.title);
        score.check('item title', found !== undefined, where, () => `${item.title} not in ${show(order.items.map((i) => i.title))}`);
        if (!found) continue;
        score.check('item quantity', found.quantity === item.quantity, where, () => `${item.title}: ${found.quantity}`);
        score.check('item price', sameMoney(found.price, item.price), where, () => `${item.title}: ${show(found.price)}`);
      }
    }
  }
}
