import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { createOrder } from '../../../lib/db/orders';
import { deleteMessage, logMessages, orderMessages, saveConversation } from '../../../lib/db/messages';
import { COMMANDS } from '../../../lib/data/commands';
import type { CapturedMessage, CapturedOrder } from '../../../lib/schema/capture';

let db: BuyerguardDb;
const NOW = Date.UTC(2026, 2, 12, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeEach(() => {
  db = new BuyerguardDb(`messages-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const order: CapturedOrder = {
  orderNumber: '8181234567890123',
  marketplace: 'aliexpress',
  orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
  store: { name: 'Shenzhen Gadget Store' },
  items: [],
  status: 'shipped',
  missing: [],
};

const chat: CapturedMessage[] = [
  { author: 'buyer', text: 'Where is my parcel?', sentAt: NOW - 2 * DAY, fingerprint: 'f-1' },
  { author: 'seller', text: 'Please wait patiently.', sentAt: NOW - DAY, fingerprint: 'f-2' },
  { author: 'buyer', text: 'ok', fingerprint: 'f-3' },
];

describe('saving a conversation from a message page', () => {
  it('tracks the order it names, then stores every message once', async () => {
    const first = await saveConversation(db, { orders: [order], messages: chat }, NOW);
    expect(first).toMatchObject({ ok: true, added: 3, skipped: 0 });
    expect(await db.orders.count()).toBe(1);
    const stored = await db.orders.toArray();
    expect(stored[0]!.orderNumber).toBe('8181234567890123');
    expect(first.ok && first.orderId).toBe(stored[0]!.id);

    const again = await saveConversation(db, { orders: [order], messages: chat }, NOW + HOUR);
    expect(again).toMatchObject({ ok: true, added: 0, skipped: 3 });
    expect(await db.messages.count()).toBe(3);
    expect(await db.orders.count()).toBe(1);
  });

  it('adds only the new messages when the conversation has grown', async () => {
    await saveConversation(db, { orders: [order], messages: chat.slice(0, 2) }, NOW);
    const grown = await saveConversation(db, { orders: [order], messages: chat }, NOW);
    expect(grown).toMatchObject({ ok: true, added: 1, skipped: 2 });
  });

  it('stores a fingerprint repeated within one capture once', async () => {
    const result = await saveConversation(db, { orders: [order], messages: [chat[0]!, chat[0]!] }, NOW);
    expect(result).toMatchObject({ ok: true, added: 1, skipped: 1 });
  });

  it('keeps the same message in two orders apart', async () => {
    const other = await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8100000000000009' }, NOW);
    if (!other.ok) throw new Error('order not created');
    await saveConversation(db, { orders: [order], messages: chat }, NOW);
    const second = await saveConversation(db, { orders: [], messages: chat, orderId: other.order.id }, NOW);
    expect(second).toMatchObject({ ok: true, added: 3, skipped: 0 });
  });

  it('needs an order: from the page, or one the user picks that exists', async () => {
    expect(await saveConversation(db, { orders: [], messages: chat }, NOW)).toEqual({ ok: false, reason: 'no-order' });
    expect(await saveConversation(db, { orders: [], messages: chat, orderId: 'missing' }, NOW)).toEqual({ ok: false, reason: 'no-order' });
    expect(await saveConversation(db, { orders: [order], messages: [] }, NOW)).toEqual({ ok: false, reason: 'no-messages' });
    expect(await db.messages.count()).toBe(0);
    expect(await db.orders.count()).toBe(0);
  });

  it('keeps a 25,000-character message, cut with "…", with all the others (issue 8 #4)', async () => {
    const tooLong = { author: 'seller' as const, text: 'x'.repeat(25_000), fingerprint: 'f-long' };
    const result = await saveConversation(db, { orders: [order], messages: [...chat, tooLong] }, NOW);
    expect(result).toMatchObject({ ok: true, added: chat.length + 1, failed: 0 });
    const stored = (await db.messages.toArray()).filter((m) => m.fingerprint === 'f-long');
    expect(stored[0]!.text).toHaveLength(20_000);
    expect(stored[0]!.text.endsWith('…')).toBe(true);
  });
});

describe('messages the user pastes, types or sends as a draft', () => {
  async function anOrder(): Promise<string> {
    const created = await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8123456789012345' }, NOW);
    if (!created.ok) throw new Error('order not created');
    return created.order.id;
  }

  it('logs a draft as the buyer’s, sent now, and once per day for the same text', async () => {
    const orderId = await anOrder();
    const text = 'Hello, could you please send me the tracking number?';
    expect(await logMessages(db, orderId, [{ author: 'buyer', text }], 'draft', NOW)).toMatchObject({ ok: true, added: 1 });
    // Copied, then inserted: the same message, not two.
    expect(await logMessages(db, orderId, [{ author: 'buyer', text }], 'draft', NOW + HOUR)).toMatchObject({ ok: true, added: 0, skipped: 1 });
    // Sent again two days later: a new message.
    expect(await logMessages(db, orderId, [{ author: 'buyer', text }], 'draft', NOW + 2 * DAY)).toMatchObject({ ok: true, added: 1 });
    const log = await orderMessages(db, orderId);
    expect(log.map((m) => [m.author, m.origin, m.sentAt])).toEqual([
      ['buyer', 'draft', NOW],
      ['buyer', 'draft', NOW + 2 * DAY],
    ]);
  });

  it('keeps the date the user gives, trims the text and refuses empty text', async () => {
    const orderId = await anOrder();
    const sentAt = NOW - 5 * DAY;
    await logMessages(db, orderId, [{ author: 'seller', text: '  I will send a new one.  ', sentAt }], 'pasted', NOW);
    const [message] = await orderMessages(db, orderId);
    expect(message).toMatchObject({ author: 'seller', text: 'I will send a new one.', sentAt, origin: 'pasted', addedAt: NOW });
    await expect(logMessages(db, orderId, [{ author: 'seller', text: '   ' }], 'typed', NOW)).rejects.toThrow();
    expect(await logMessages(db, 'missing', [{ author: 'seller', text: 'hi' }], 'typed', NOW)).toEqual({ ok: false, reason: 'no-order' });
  });

  it('lists oldest first, undated captured messages by when they were added, and deletes one', async () => {
    const saved = await saveConversation(db, { orders: [order], messages: chat }, NOW);
    if (!saved.ok) throw new Error('not saved');
    const log = await orderMessages(db, saved.orderId);
    expect(log.map((m) => m.text)).toEqual(['Where is my parcel?', 'Please wait patiently.', 'ok']);
    await deleteMessage(db, log[1]!.id);
    expect((await orderMessages(db, saved.orderId)).map((m) => m.text)).toEqual(['Where is my parcel?', 'ok']);
  });
});

describe('message commands', () => {
  it('accept what the UI sends and refuse the rest', () => {
    expect(COMMANDS.logMessages.args.safeParse({ orderId: 'o', messages: [{ author: 'buyer', text: 'hi' }], origin: 'draft' }).success).toBe(true);
    expect(COMMANDS.logMessages.args.safeParse({ orderId: 'o', messages: [{ author: 'buyer', text: 'hi' }], origin: 'captured' }).success).toBe(false);
    expect(COMMANDS.logMessages.args.safeParse({ orderId: 'o', messages: [{ author: 'admin', text: 'hi' }], origin: 'typed' }).success).toBe(false);
    expect(COMMANDS.saveConversation.args.safeParse({ orders: [order], messages: chat }).success).toBe(true);
    expect(COMMANDS.saveConversation.args.safeParse({ orders: [order, order], messages: chat }).success).toBe(false);
  });
});
