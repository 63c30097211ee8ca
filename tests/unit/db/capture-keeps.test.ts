import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { trackCapturedOrders } from '../../../lib/db/capture';
import { saveConversation } from '../../../lib/db/messages';
import { findOrderByNumber } from '../../../lib/db/orders';
import type { CapturedOrder } from '../../../lib/schema/capture';

/*
 * Issue 8 #3: a capture from a page that does not show a field never erases
 * or downgrades what is stored. A message page shows only the order number
 * and who the chat is with; an order list may not show a status.
 */

let db: BuyerguardDb;
const NOW = Date.UTC(2026, 2, 12, 12);

beforeEach(() => {
  db = new BuyerguardDb(`keeps-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const NUMBER = '8181234567890123';
const fromOrderPage: CapturedOrder = {
  orderNumber: NUMBER,
  marketplace: 'aliexpress',
  orderUrl: `https://www.aliexpress.com/p/order/detail.html?orderId=${NUMBER}`,
  store: { name: 'Shenzhen Gadget Store', url: 'https://www.aliexpress.com/store/1101' },
  items: [{ title: 'USB-C cable 2 m', quantity: 1 }],
  status: 'completed',
  statusText: 'Completed',
  trackingNumber: 'LP00123456789',
  missing: [],
};
/** What the message page's reader makes of the same order: number, chat partner, no status. */
const fromChat: CapturedOrder = {
  orderNumber: NUMBER,
  marketplace: 'aliexpress',
  orderUrl: `https://www.aliexpress.com/p/order/detail.html?orderId=${NUMBER}`,
  store: { name: 'Alice (customer service)', url: 'https://www.aliexpress.com/store/1101' },
  items: [],
  status: 'unknown',
  missing: [],
};

describe('a capture never erases what the page did not show', () => {
  it('"Save conversation" leaves a tracked order’s status and store alone', async () => {
    await trackCapturedOrders(db, [fromOrderPage], NOW);
    const result = await saveConversation(db, { orders: [fromChat], messages: [{ author: 'seller', text: 'Thank you!', fingerprint: 'f-1' }] }, NOW + 1000);
    expect(result).toMatchObject({ ok: true, added: 1 });
    const stored = await findOrderByNumber(db, 'aliexpress', NUMBER);
    expect(stored?.status).toBe('completed');
    expect(stored?.statusText).toBe('Completed');
    expect(stored?.store.name).toBe('Shenzhen Gadget Store');
    expect(stored?.items).toHaveLength(1);
    expect(stored?.trackingNumber).toBe('LP00123456789');
  });

  it('"Save conversation" on an order never tracked creates it from what the chat shows', async () => {
    await saveConversation(db, { orders: [fromChat], messages: [{ author: 'seller', text: 'Hello', fingerprint: 'f-1' }] }, NOW);
    expect((await findOrderByNumber(db, 'aliexpress', NUMBER))?.store.name).toBe('Alice (customer service)');
  });

  it('a page that shows no status never turns a known status back to unknown', async () => {
    await trackCapturedOrders(db, [fromOrderPage], NOW);
    await trackCapturedOrders(db, [{ ...fromOrderPage, status: 'unknown', statusText: undefined, missing: ['status'] }], NOW + 1000);
    expect((await findOrderByNumber(db, 'aliexpress', NUMBER))?.status).toBe('completed');
  });

  it('a page that does show a new status still updates it', async () => {
    await trackCapturedOrders(db, [{ ...fromOrderPage, status: 'shipped', statusText: 'Shipped' }], NOW);
    await trackCapturedOrders(db, [fromOrderPage], NOW + 1000);
    expect((await findOrderByNumber(db, 'aliexpress', NUMBER))?.status).toBe('completed');
  });
});
