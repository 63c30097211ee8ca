import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../../lib/calendar/ics';
import { deadlineEventUid, deadlineEvents } from '../../../lib/calendar/deadline-events';
import { computeDeadlines } from '../../../lib/deadlines/compute';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const KYIV = 'Europe/Kyiv';

// Shipped Mar 1 2025 10:00 Kyiv, 30 days protection: dispute opens Mar 11, extension ask Mar 26,
// protection ends Mar 31, last dispute day Apr 14 (all 10:00 local).
const deadlines = computeDeadlines(
  { marketplace: 'aliexpress', status: 'shipped', shippedAt: utc(2025, 3, 1, 8), protectionDays: 30 },
  { timeZone: KYIV },
);
const order = { orderId: '8123456789012345', label: '8123456789012345', url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8123456789012345' };

function parsedEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => ({ component: c, event: new ICAL.Event(c) }));
}

describe('deadlineEvents', () => {
  it('builds one event per deadline in Georgian, estimates marked, and it survives ical.js', () => {
    const events = deadlineEvents(order, deadlines, { locale: 'ka', timeZone: KYIV, marketplaceName: 'AliExpress' });
    const parsed = parsedEvents(buildIcs(events, { now: utc(2025, 3, 2), prodId: '-//Buyerguard//Deadlines 1.0//EN' }));
    expect(parsed.map((p) => p.event.summary)).toEqual([
      'დავის გახსნა შესაძლებელია (სავარაუდოდ) · 8123456789012345',
      'სთხოვეთ გამყიდველს დაცვის გახანგრძლივება · 8123456789012345',
      'მყიდველის დაცვის დასრულება · 8123456789012345',
      'დავის გახსნის ბოლო დღე (სავარაუდოდ) · 8123456789012345',
    ]);
    expect(parsed.map((p) => p.event.startDate.toUnixTime() * 1000)).toEqual([
      utc(2025, 3, 11, 8),
      utc(2025, 3, 26, 8),
      utc(2025, 3, 31, 7),
      utc(2025, 4, 14, 7),
    ]);
    const last = parsed[3]?.event.description ?? '';
    expect(last).toContain('მყიდველის დაცვის დასრულებიდან 14 დღის შემდეგ');
    expect(last).toContain('წყარო: სახელმძღვანელოები მყიდველებისთვის (#000)');
    expect(last).toContain('14, 15');
    expect(last).toContain('შეკვეთა: 8123456789012345');
    expect(last).toContain(order.url);
    expect(parsed[3]?.component.getFirstPropertyValue('url')).toBe(order.url);
  });

  it('Greek: action deadlines get 3-day and 1-day alarms, milestones one at the moment', () => {
    const events = deadlineEvents(order, deadlines, { locale: 'el', timeZone: KYIV, marketplaceName: 'AliExpress' });
    const parsed = parsedEvents(buildIcs(events, { now: utc(2025, 3, 2), prodId: 'x' }));
    expect(parsed[2]?.event.summary).toBe('Λήξη προστασίας αγοραστή · 8123456789012345');
    const triggers = parsed.map((p) => p.component.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()));
    expect(triggers).toEqual([[0], [-259_200, -86_400], [-259_200, -86_400], [-259_200, -86_400]]);
  });

  it('UIDs are stable per order and kind, so a moved deadline updates its event', () => {
    const events = deadlineEvents(order, deadlines, { locale: 'en', timeZone: KYIV, marketplaceName: 'AliExpress' });
    expect(events.map((e) => e.uid)).toEqual([
      '8123456789012345.dispute-opens@buyerguard',
      '8123456789012345.extend-protection-ask@buyerguard',
      '8123456789012345.protection-end@buyerguard',
      '8123456789012345.dispute-last-day@buyerguard',
    ]);
    expect(deadlineEventUid('a b', 'protection-end')).toBe('a%20b.protection-end@buyerguard');
  });

  it('leaves out passed deadlines when asked for upcoming ones', () => {
    const events = deadlineEvents(order, deadlines, { locale: 'en', timeZone: KYIV, marketplaceName: 'AliExpress' }, { now: utc(2025, 3, 30) });
    expect(events.map((e) => e.uid.split('.')[1])).toEqual(['protection-end@buyerguard', 'dispute-last-day@buyerguard']);
  });

  it('several orders in one file: English text reads right', () => {
    const other = computeDeadlines(
      { marketplace: 'aliexpress', status: 'in-dispute', disputeOpenedAt: utc(2025, 4, 1, 6) },
      { timeZone: KYIV },
    );
    const events = [
      ...deadlineEvents(order, deadlines, { locale: 'en', timeZone: KYIV, marketplaceName: 'AliExpress' }),
      ...deadlineEvents({ orderId: '9000', label: 'Earbuds, black; 2 pcs' }, other, { locale: 'en', timeZone: KYIV, marketplaceName: 'AliExpress' }),
    ];
    const parsed = parsedEvents(buildIcs(events, { now: utc(2025, 4, 1), prodId: 'x' }));
    expect(parsed).toHaveLength(6);
    expect(parsed[5]?.event.summary).toBe('AliExpress steps in · Earbuds, black; 2 pcs');
    expect(parsed[4]?.event.description.split('\n')[0]).toBe(
      'Earbuds, black; 2 pcs: the seller should answer your dispute by Apr 6, 2025, 9:00 AM. Check the dispute and reply if needed. The date is an estimate: check the order page.',
    );
  });
});
