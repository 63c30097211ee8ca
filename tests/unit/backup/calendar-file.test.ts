import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlinesCalendar } from '../../../components/calendar-file';
import { deadlinesForOrder } from '../../../lib/db/deadline-sync';
import { orderSchema, type Order } from '../../../lib/schema/order';

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);
const KYIV = 'Europe/Kyiv';

function order(id: string, orderNumber: string, shippedAt: number, store = ''): Order {
  return orderSchema.parse({
    id,
    marketplace: 'aliexpress',
    orderNumber,
    store: { name: store },
    status: 'shipped',
    shippedAt,
    protectionDays: 30,
    orderUrl: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderNumber}`,
    source: 'captured',
    createdAt: shippedAt,
    updatedAt: shippedAt,
  });
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

// Shipped Mar 1 2025 10:00 Kyiv with 30 days of protection: the dispute window opens Mar 11,
// the extension ask is due Mar 26, protection ends Mar 31, the last dispute day is Apr 14.
const early = order('o-1', '8100000000000001', utc(2025, 3, 1, 8), 'Lamp Store');
// The same rules 20 days later.
const late = order('o-2', '8100000000000002', utc(2025, 3, 21, 8));
const deadlines = [...deadlinesForOrder(early), ...deadlinesForOrder(late)];

describe('deadlinesCalendar', () => {
  it('exports only deadlines still ahead, soonest first, titled in the user’s language', () => {
    const now = utc(2025, 3, 28);
    const file = deadlinesCalendar([early, late], deadlines, 'pl', now, { timeZone: KYIV });
    const parsed = events(file.text);
    // Early order: protection end (Mar 31), last dispute day (Apr 14). Late order: opens Mar 31,
    // ask Apr 15, protection end Apr 20, last day May 4. Everything before Mar 28 is left out.
    // (Stored deadlines are computed in the process's zone, so the instants come from them.)
    const ahead = deadlines.filter((d) => d.dueAt >= now).map((d) => d.dueAt).sort((a, b) => a - b);
    expect(ahead).toHaveLength(6);
    expect(parsed.map((e) => e.startDate.toUnixTime() * 1000)).toEqual(ahead);
    expect(file.count).toBe(6);
    expect(parsed.some((e) => e.summary.includes('Zamówienie 8100000000000001 · Lamp Store'))).toBe(true);
    expect(parsed.every((e) => e.startDate.toUnixTime() * 1000 >= now)).toBe(true);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(6);
    expect(file.text).toContain('X-WR-CALNAME:Terminy Buyerguard');
    expect(file.fileName).toBe('buyerguard-deadlines-2025-03-28.ics');
  });

  it('names a one-order file after the order and reports nothing to export when all passed', () => {
    const one = deadlinesCalendar([late], deadlines.filter((d) => d.orderId === 'o-2'), 'en', utc(2025, 3, 22), { timeZone: KYIV, scope: 'order' });
    expect(one.fileName).toBe('buyerguard-order-8100000000000002.ics');
    expect(events(one.text).map((e) => e.summary)).toEqual([
      expect.stringContaining('Order'),
      expect.stringContaining('Order'),
      expect.stringContaining('Buyer protection ends'),
      expect.stringContaining('Order'),
    ]);
    const none = deadlinesCalendar([early], deadlines, 'en', utc(2025, 4, 14) + DAY, { timeZone: KYIV });
    expect(none.count).toBe(0);
    expect(events(none.text)).toEqual([]);
  });
});
