/**
 * The whole path of a receipt confirmation: a captured order detail page that shows the
 * confirmation date → the validated capture → the stored order (Dexie on fake-indexeddb) →
 * its dispute last day from the confirmation rule → the reminder alarm scheduled.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rebuildReminders } from '../../../lib/background/reminders';
import { trackCapturedOrders } from '../../../lib/db/capture';
import { BuyerguardDb } from '../../../lib/db/database';
import { deadlinesOfOrder, findDeadline } from '../../../lib/db/deadline-sync';
import { addCalendarDays, reminderId, systemTimeZone } from '../../../lib/deadlines';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { pageCaptureSchema } from '../../../lib/schema/capture';
import { loadFixture, local } from '../readers/fixture';

const NOW = local(2026, 3, 24, 10);
let db: BuyerguardDb;

beforeEach(() => {
  fakeBrowser.reset();
  db = new BuyerguardDb(`receipt-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('a confirmed receipt, from the page to the reminder', () => {
  it('stores the confirmation, derives the dispute last day from it and schedules its reminders', async () => {
    const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8345678901234567');
    // The content script's answer crosses a message boundary: the receiver validates it.
    const capture = pageCaptureSchema.parse(JSON.parse(JSON.stringify(readAliExpressPage(loadFixture('order-detail-completed-en.html'), url, NOW))));
    await trackCapturedOrders(db, capture.orders, NOW);

    const [order] = await db.orders.toArray();
    const confirmedAt = local(2026, 3, 22, 14, 5);
    expect(order).toMatchObject({ status: 'completed', deliveredAt: local(2026, 3, 20), receiptConfirmedAt: confirmedAt });

    const deadlines = await deadlinesOfOrder(db, order!.id);
    const lastDay = deadlines.find((d) => d.kind === 'dispute-last-day');
    expect(lastDay).toMatchObject({ ruleId: 'aliexpress.dispute-last-day-after-confirmation', estimate: true, actionable: 1 });
    expect(lastDay?.derivation).toMatchObject({ basis: 'confirmed', from: confirmedAt });
    expect(lastDay?.dueAt).toBe(addCalendarDays(confirmedAt, lastDay!.derivation.days, systemTimeZone()));
    // Receipt confirmed: protection is over, so no protection-end deadline remains.
    expect(deadlines.map((d) => d.kind)).not.toContain('protection-end');

    await rebuildReminders(db, NOW);
    const alarms = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    expect(alarms).toContain(reminderId(order!.id, 'dispute-last-day', 7, lastDay!.dueAt));
    expect(alarms.every((name) => name.includes(':dispute-last-day:'))).toBe(true);
  });

  it('keeps the dates when the page is captured again without them', async () => {
    const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8345678901234567');
    const first = pageCaptureSchema.parse(readAliExpressPage(loadFixture('order-detail-completed-en.html'), url, NOW));
    await trackCapturedOrders(db, first.orders, NOW);
    const withoutDates = first.orders.map(({ deliveredAt: _d, receiptConfirmedAt: _r, ...rest }) => rest);
    await trackCapturedOrders(db, withoutDates, NOW + 1000);
    const [order] = await db.orders.toArray();
    expect(order?.receiptConfirmedAt).toBe(local(2026, 3, 22, 14, 5));
    expect(order?.deliveredAt).toBe(local(2026, 3, 20));
  });

  it('a delivered order gets "protection after delivery" from the page\'s delivery date', async () => {
    const url = new URL('https://pl.aliexpress.com/p/order/detail.html?orderId=8456789012345678');
    const capture = pageCaptureSchema.parse(readAliExpressPage(loadFixture('order-detail-delivered-pl.html'), url, NOW));
    await trackCapturedOrders(db, capture.orders, NOW);
    const [order] = await db.orders.toArray();
    const protection = await findDeadline(db, order!.id, 'protection-end');
    expect(protection).toMatchObject({ ruleId: 'aliexpress.protection-after-delivery', derivation: { basis: 'delivered', from: local(2026, 3, 18) } });
  });
});
