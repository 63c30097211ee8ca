import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { createOrder, deleteOrder, setDeadlineOverride, updateOrder } from '../../../lib/db/orders';
import { trackCapturedOrders } from '../../../lib/db/capture';
import { allDeadlines, findDeadline } from '../../../lib/db/deadline-sync';
import type { CapturedOrder } from '../../../lib/schema/capture';

let db: BuyerguardDb;
const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

beforeEach(() => {
  db = new BuyerguardDb(`orders-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const valid = {
  marketplace: 'aliexpress',
  orderNumber: '8123456789012345',
  store: { name: 'Sunny Store' },
  items: [{ title: 'Cable', quantity: 1 }],
  total: { amount: 3.49, currency: 'USD' },
  status: 'shipped',
  shippedAt: NOW - 10 * DAY,
  protectionDays: 60,
};

function captured(overrides: Partial<CapturedOrder> = {}): CapturedOrder {
  return {
    orderNumber: '8123456789012345',
    marketplace: 'aliexpress',
    orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8123456789012345',
    store: { name: 'Sunny Store Official' },
    items: [{ title: 'USB-C cable', quantity: 2 }],
    status: 'shipped',
    missing: [],
    ...overrides,
  };
}

describe('orders repository', () => {
  it('creates a valid order and computes its deadlines in the same step', async () => {
    const result = await createOrder(db, valid, NOW);
    expect(result.ok).toBe(true);
    expect(await db.orders.count()).toBe(1);
    const deadlines = await allDeadlines(db);
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((d) => result.ok && d.orderId === result.order.id)).toBe(true);
  });

  it('refuses invalid input with field errors and stores nothing', async () => {
    const result = await createOrder(db, { ...valid, orderNumber: '   ', total: { amount: -1, currency: 'usd' }, store: { name: 'x', url: 'javascript:alert(1)' } }, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.orderNumber).toBe('common.error.required');
    expect(result.errors['total.amount']).toBe('common.error.negative');
    expect(result.errors['total.currency']).toBe('common.error.currency');
    expect(result.errors['store.url']).toBe('common.error.url');
    expect(await db.orders.count()).toBe(0);
    expect(await allDeadlines(db)).toEqual([]);
  });

  it('remembers which fields the user edited', async () => {
    const created = await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8123456789012345' }, NOW);
    if (!created.ok) throw new Error('create failed');
    expect(created.order.editedFields).toEqual(expect.arrayContaining(['orderNumber', 'marketplace']));
    const updated = await updateOrder(db, created.order.id, { ...valid, notes: 'asked seller' }, NOW + 1);
    if (!updated.ok) throw new Error('update failed');
    expect(updated.order.editedFields).toEqual(expect.arrayContaining(['notes', 'store', 'total', 'status']));
    expect(updated.order.createdAt).toBe(NOW);
    expect(updated.order.updatedAt).toBe(NOW + 1);
  });

  it('clearing an optional field in the form removes it', async () => {
    const created = await createOrder(db, valid, NOW);
    if (!created.ok) throw new Error('create failed');
    const { total: _dropped, ...withoutTotal } = valid;
    const updated = await updateOrder(db, created.order.id, withoutTotal, NOW);
    expect(updated.ok && updated.order.total).toBe(undefined);
  });

  it('deletes an order with its messages, evidence and deadlines', async () => {
    const created = await createOrder(db, valid, NOW);
    if (!created.ok) throw new Error('create failed');
    const id = created.order.id;
    await db.messages.add({ id: 'm1', orderId: id, author: 'seller', text: 'hi', fingerprint: 'f', origin: 'typed', addedAt: NOW });
    await db.evidence.add({ id: 'e1', orderId: id, kind: 'photo', name: 'a.jpg', mimeType: 'image/jpeg', size: 3, note: '', addedAt: NOW, blob: new Blob(['abc']) });
    await deleteOrder(db, id);
    expect(await db.orders.count()).toBe(0);
    expect(await db.messages.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
    expect(await allDeadlines(db)).toEqual([]);
  });

  it('a user override replaces the computed deadline and can be reset', async () => {
    const created = await createOrder(db, valid, NOW);
    if (!created.ok) throw new Error('create failed');
    const id = created.order.id;
    const before = await findDeadline(db, id, 'protection-end');
    expect(before?.overridden).toBe(false);
    const mine = NOW + 40 * DAY;
    await setDeadlineOverride(db, id, 'protection-end', mine, NOW);
    const after = await findDeadline(db, id, 'protection-end');
    expect(after).toMatchObject({ dueAt: mine, overridden: true });
    await setDeadlineOverride(db, id, 'protection-end', null, NOW);
    expect((await findDeadline(db, id, 'protection-end'))?.dueAt).toBe(before?.dueAt);
  });
});

describe('tracking captured orders', () => {
  it('adds new orders and updates known ones without duplicates', async () => {
    expect(await trackCapturedOrders(db, [captured(), captured({ orderNumber: '8123456789012346' })], NOW)).toEqual({ added: 2, updated: 0, failed: [] });
    expect(await trackCapturedOrders(db, [captured({ status: 'delivered', statusText: 'Delivered' })], NOW + DAY)).toEqual({ added: 0, updated: 1, failed: [] });
    expect(await db.orders.count()).toBe(2);
    const order = await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', '8123456789012345']).first();
    expect(order).toMatchObject({ status: 'delivered', statusText: 'Delivered', source: 'captured', updatedAt: NOW + DAY });
  });

  it('never overwrites what the user edited by hand', async () => {
    await trackCapturedOrders(db, [captured()], NOW);
    const order = (await db.orders.toArray())[0]!;
    await updateOrder(db, order.id, { marketplace: 'aliexpress', orderNumber: order.orderNumber, store: { name: 'My name for it' }, items: order.items, status: order.status }, NOW);
    await trackCapturedOrders(db, [captured({ status: 'completed', store: { name: 'Sunny Store Official' } })], NOW + DAY);
    const after = (await db.orders.get(order.id))!;
    expect(after.store.name).toBe('My name for it');
    // Status was not edited by hand (same value re-saved), so the capture still updates it.
    expect(after.status).toBe('completed');
  });

  it('takes the page countdown as the protection end', async () => {
    const endsAt = NOW + 12 * DAY;
    await trackCapturedOrders(db, [captured({ protection: { endsAt, sourceText: 'Buyer protection ends in 12 days' } })], NOW);
    const order = (await db.orders.toArray())[0]!;
    expect(order.protection).toEqual({ endsAt, seenAt: NOW, sourceText: 'Buyer protection ends in 12 days' });
    expect((await findDeadline(db, order.id, 'protection-end'))?.dueAt).toBe(endsAt);
  });

  it('one invalid capture is reported and skipped; the others are stored (issue 8 #4)', async () => {
    const bad = captured({ orderNumber: '8123456789012399', orderUrl: 'javascript:alert(1)' });
    expect(await trackCapturedOrders(db, [captured(), bad], NOW)).toEqual({ added: 1, updated: 0, failed: ['8123456789012399'] });
    expect(await db.orders.count()).toBe(1);
  });

  it('cuts a title over 500 and a store name over 200 characters with "…" instead of failing', async () => {
    const title = 'Lamp '.repeat(130);
    const store = 'Store '.repeat(45);
    const result = await trackCapturedOrders(db, [captured({ items: [{ title, quantity: 1 }], store: { name: store } })], NOW);
    expect(result).toEqual({ added: 1, updated: 0, failed: [] });
    const order = (await db.orders.toArray())[0]!;
    expect(order.items[0]!.title).toHaveLength(500);
    expect(order.items[0]!.title.endsWith('…')).toBe(true);
    expect(title.startsWith(order.items[0]!.title.slice(0, -1))).toBe(true);
    expect(order.store.name.length).toBeLessThanOrEqual(200);
    expect(order.store.name.endsWith('…')).toBe(true);
  });
});
