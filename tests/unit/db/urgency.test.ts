import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOrderRows, urgencySubject } from '../../../lib/app/order-list';
import { urgencySortKey } from '../../../lib/deadlines/urgency';
import { BuyerguardDb } from '../../../lib/db/database';
import { countActionableDue, deadlinesOfOrder, syncDeadlines } from '../../../lib/db/deadline-sync';
import { deadlineFields } from '../../../lib/db/order-record';
import { firstScreenOrders, orderUrgency, refreshStaleUrgency, storedUrgency, URGENCY_NEVER_STALE } from '../../../lib/db/urgency';
import { applySchemaVersions } from '../../../lib/db/versions';
import { DEADLINE_KINDS, isActionDeadline, type DeadlineKind } from '../../../lib/deadlines/kinds';
import { ORDER_STATUSES, orderSchema, type Order } from '../../../lib/schema/order';
import type { StoredDeadline } from '../../../lib/schema/deadline';
import { mulberry32 } from '../../support/random';

const NOW = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
const opened: Dexie[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function order(id: string, status: Order['status'], updatedAt: number, extra: Partial<Order> = {}): Order {
  return orderSchema.parse({ id, marketplace: 'aliexpress', orderNumber: `8100${id}`, status, source: 'manual', createdAt: updatedAt, updatedAt, ...extra });
}

function deadline(orderId: string, kind: DeadlineKind, dueAt: number): StoredDeadline {
  return {
    id: `${orderId}:${kind}`,
    orderId,
    kind,
    dueAt,
    ruleId: 'r',
    source: { origin: 'user', seeds: [], publicSources: false },
    estimate: false,
    overridden: true,
    actionable: isActionDeadline(kind) ? 1 : 0,
    derivation: { basis: 'user', days: 0, from: dueAt, alternatives: [] },
  };
}

/** Random orders with random deadlines around NOW; instants distinct (ties may order differently). */
function randomOrders(seed: number, count: number) {
  const random = mulberry32(seed);
  const used = new Set<number>();
  const instant = (around: number) => {
    let t: number;
    do t = around + Math.round(((random() - 0.5) * 60 * DAY) / 1000) * 1000;
    while (used.has(t));
    used.add(t);
    return t;
  };
  const orders: Order[] = [];
  const deadlines: StoredDeadline[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `o${String(i).padStart(3, '0')}`;
    orders.push(order(id, ORDER_STATUSES[Math.floor(random() * ORDER_STATUSES.length)]!, instant(NOW - 30 * DAY)));
    for (const kind of DEADLINE_KINDS) if (random() < 0.4) deadlines.push(deadline(id, kind, instant(NOW)));
  }
  return { orders, deadlines };
}

describe('urgencySortKey', () => {
  it('sorts rows exactly as the list does, over many random lists', () => {
    for (let trial = 0; trial < 40; trial += 1) {
      const { orders, deadlines } = randomOrders(trial + 1, 60);
      const rows = buildOrderRows(orders, deadlines, NOW);
      const byKey = [...rows].sort((a, b) => urgencySortKey(urgencySubject(a), NOW) - urgencySortKey(urgencySubject(b), NOW));
      expect(byKey.map((r) => r.order.id), `trial ${trial}`).toEqual(rows.map((r) => r.order.id));
    }
  });
});

/** Stores orders with hand-made deadlines the way repositories do: each record with its deadlines and place, written at `at`. */
async function store(db: BuyerguardDb, orders: Order[], deadlines: StoredDeadline[], at: number) {
  const records = orders.map((o) => {
    const own = deadlines.filter((d) => d.orderId === o.id);
    return { ...o, ...deadlineFields(own, at), ...storedUrgency(orderUrgency(o, own, at)) };
  });
  await db.orders.bulkPut(records);
}

describe('first screen from the urgency index', () => {

  it('gives the most urgent open orders in list order, also after time has moved past stored places', async () => {
    const db = new BuyerguardDb(`urgency-${Math.random()}`);
    opened.push(db);
    const { orders, deadlines } = randomOrders(99, 120);
    await store(db, orders, deadlines, NOW - 10 * DAY);
    for (const at of [NOW - 10 * DAY, NOW, NOW + 9 * DAY]) {
      const screen = await firstScreenOrders(db, 15, at);
      const expected = buildOrderRows(orders, deadlines, at).filter((r) => !['completed', 'cancelled'].includes(r.order.status));
      expect(screen.orders.map((o) => o.id), `at ${at}`).toEqual(expected.slice(0, 15).map((r) => r.order.id));
      expect(screen.empty).toBe(false);
      expect(new Set(screen.deadlines.map((d) => d.orderId))).toEqual(new Set(screen.orders.map((o) => o.id).filter((id) => deadlines.some((d) => d.orderId === id))));
    }
    expect((await firstScreenOrders(new BuyerguardDb(`urgency-empty-${Math.random()}`), 15, NOW)).empty).toBe(true);
    // Refreshing works the stale places out again; nothing is stale afterwards.
    expect(await refreshStaleUrgency(db, NOW)).toBeGreaterThan(0);
    expect(await refreshStaleUrgency(db, NOW)).toBe(0);
  });

  it('repositories keep the place current: saving an order stores it', async () => {
    const db = new BuyerguardDb(`urgency-${Math.random()}`);
    opened.push(db);
    const shipped = order('a', 'shipped', NOW, { shippedAt: NOW - 5 * DAY, protectionDays: 30 });
    await db.transaction('rw', db.orders, async () => {
      await db.orders.put(shipped);
      await syncDeadlines(db, shipped);
    });
    const stored = (await db.table('orders').get('a')) as Record<string, number>;
    const own = await deadlinesOfOrder(db, 'a');
    expect(own.length).toBeGreaterThan(0);
    const next = Math.min(...own.map((d) => d.dueAt).filter((t) => t >= Date.now()));
    expect(stored.urgencyUntil).toBe(next);
    expect(stored.urgencyKey).toBeLessThan(1e13);
  });
});

describe('schema 9: a record leaves out index entries no query can match', () => {
  it('counts "due soon" and finds stale places as if every entry were kept, at any time after the write', async () => {
    const db = new BuyerguardDb(`urgency-${Math.random()}`);
    opened.push(db);
    const { orders, deadlines } = randomOrders(7, 120);
    await store(db, orders, deadlines, NOW);
    const actionable = deadlines.filter((d) => d.actionable === 1);
    // Some deadlines had passed when the records were written, so the check covers the left-out entries.
    expect(actionable.some((d) => d.dueAt < NOW)).toBe(true);
    for (const from of [NOW, NOW + 3 * DAY, NOW + 11 * DAY, NOW + 40 * DAY]) {
      const to = from + 7 * DAY;
      const expected = actionable.filter((d) => d.dueAt >= from && d.dueAt <= to).length;
      expect(await countActionableDue(db, from, to), `from ${from}`).toBe(expected);
      // What every place would say with the instant always stored (orderUrgency's own answer).
      const stale = orders.filter((o) => orderUrgency(o, deadlines.filter((d) => d.orderId === o.id), NOW).urgencyUntil < from).map((o) => o.id);
      expect((await db.orders.where('urgencyUntil').below(from).primaryKeys()).sort(), `stale at ${from}`).toEqual(stale.sort());
    }
  });

  it('a place that can no longer go stale loses its instant when the order is saved again, and a refresh removes it too', async () => {
    const db = new BuyerguardDb(`urgency-${Math.random()}`);
    opened.push(db);
    const shipped = order('a', 'shipped', NOW, { shippedAt: Date.now() - 5 * DAY, protectionDays: 30 });
    await db.transaction('rw', db.orders, async () => {
      await db.orders.put(shipped);
      await syncDeadlines(db, shipped);
    });
    expect(((await db.table('orders').get('a')) as Record<string, unknown>).urgencyUntil).toEqual(expect.any(Number));
    const done = { ...shipped, status: 'completed' as const, updatedAt: NOW + 1 };
    await db.transaction('rw', db.orders, async () => {
      await db.orders.put({ ...(await db.orders.get('a'))!, ...done });
      await syncDeadlines(db, done);
    });
    expect(Object.keys((await db.table('orders').get('a')) as object)).not.toContain('urgencyUntil');

    // Stored before schema 9 with an instant now past; once every deadline has passed, the refresh leaves it out.
    const passed = order('b', 'shipped', NOW, { shippedAt: Date.now() - 200 * DAY, protectionDays: 30 });
    await db.transaction('rw', db.orders, async () => {
      await db.orders.put(passed);
      await syncDeadlines(db, passed);
    });
    await db.table('orders').update('b', { urgencyUntil: Date.now() - DAY });
    expect(await refreshStaleUrgency(db)).toBe(1);
    expect(Object.keys((await db.table('orders').get('b')) as object)).not.toContain('urgencyUntil');
    expect(await refreshStaleUrgency(db)).toBe(0);
  });

  it('actionableDue keeps the deadlines to act on that had not passed when the record was written', () => {
    const own = [deadline('x', 'protection-end', NOW - DAY), deadline('x', 'protection-end', NOW), deadline('x', 'protection-end', NOW + DAY)];
    expect(deadlineFields(own, NOW).actionableDue).toEqual([
      [NOW, 'protection-end'],
      [NOW + DAY, 'protection-end'],
    ]);
    expect(deadlineFields(own, NOW).deadlines).toEqual(own);
  });
});

describe('schema version 3', () => {
  it('gives every order of a version-2 database its place, keeping the records', async () => {
    const name = `urgency-upgrade-${Math.random()}`;
    const v2 = new Dexie(name);
    applySchemaVersions(v2, 2);
    const done = order('done', 'completed', NOW - DAY);
    const late = order('late', 'shipped', NOW - 2 * DAY);
    await v2.table('orders').bulkAdd([done, late]);
    const protectionEnd = Date.now() + 3 * DAY;
    await v2.table('deadlines').bulkAdd([deadline('late', 'protection-end', protectionEnd)]);
    v2.close();

    const db = new BuyerguardDb(name);
    opened.push(db);
    const rows = (await db.table('orders').orderBy('urgencyKey').toArray()) as (Order & { urgencyUntil: number })[];
    expect(rows.map((o) => o.id)).toEqual(['late', 'done']);
    // The shipped order's place holds until its protection ends; the done order's never changes.
    expect(rows[0]?.urgencyUntil).toBe(protectionEnd);
    expect(rows[1]?.urgencyUntil).toBe(URGENCY_NEVER_STALE);
    expect(orderSchema.parse(rows[1])).toEqual(done);
  });
});
