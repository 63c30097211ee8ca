/**
 * A buyer's order history made up from a seed, as the repositories store it:
 * shared by the benchmarks that run in Node and the ones bundled into a page.
 */
import { derivedFields } from '../lib/db/deadline-sync';
import type { OrderRecord } from '../lib/db/order-record';
import type { Order, OrderStatus } from '../lib/schema/order';
import type { StoredDeadline } from '../lib/schema/deadline';
import { mulberry32 } from '../tests/support/random';

const DAY = 86_400_000;

const STATUSES: readonly [OrderStatus, number][] = [
  ['shipped', 0.6],
  ['delivered', 0.1],
  ['completed', 0.15],
  ['awaiting-shipment', 0.1],
  ['dispute', 0.05],
];

function pick(random: () => number): OrderStatus {
  let r = random();
  for (const [status, share] of STATUSES) {
    if ((r -= share) < 0) return status;
  }
  return 'shipped';
}

/** A buyer's history: orders over the last half year, most in transit, some with the page's countdown. */
export function syntheticOrders(count: number, now: number, seed = 4): { orders: OrderRecord[]; deadlines: StoredDeadline[] } {
  const random = mulberry32(seed);
  const orders: Order[] = [];
  for (let i = 0; i < count; i += 1) {
    const status = pick(random);
    const orderedAt = now - Math.floor(random() * 180 * DAY);
    const shippedAt = status === 'awaiting-shipment' ? undefined : Math.min(now, orderedAt + Math.floor(random() * 5 * DAY));
    const number = String(8_100_000_000_000_000 + i);
    orders.push({
      id: `bench-${i}`,
      marketplace: 'aliexpress',
      orderNumber: number,
      store: { name: `Store ${i % 700}`, url: `https://www.aliexpress.com/store/${1_100_000_000 + (i % 700)}` },
      items: [{ title: `Item ${i} with a reasonably long listing title, colour black`, quantity: 1 + (i % 3), price: { amount: 3 + (i % 40), currency: 'USD' } }],
      total: { amount: 3 + (i % 40), currency: 'USD' },
      orderedAt,
      ...(shippedAt !== undefined ? { shippedAt } : {}),
      status,
      protectionDays: [60, 75, 90][i % 3],
      ...(status === 'dispute' ? { disputeOpenedAt: now - Math.floor(random() * 10 * DAY) } : {}),
      ...(i % 4 === 0 && shippedAt !== undefined
        ? { protection: { endsAt: shippedAt + 70 * DAY, seenAt: now - DAY, sourceText: 'Buyer protection ends in 12 days' } }
        : {}),
      orderUrl: `https://www.aliexpress.com/p/order/detail.html?orderId=${number}`,
      notes: '',
      deadlineOverrides: {},
      editedFields: [],
      source: 'captured',
      createdAt: orderedAt,
      updatedAt: now - Math.floor(random() * 30 * DAY),
    });
  }
  // Stored as the repositories store them: each order with its deadlines and its place in the urgency order.
  const records = orders.map((order) => ({ ...order, ...derivedFields(order, now) }));
  return { orders: records, deadlines: records.flatMap((r) => r.deadlines) };
}

