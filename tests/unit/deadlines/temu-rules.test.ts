import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import { explainDeadline } from '../../../lib/deadlines/text';
import type { DeadlineFacts } from '../../../lib/deadlines/types';

const ZONE = 'Europe/Warsaw';
/** Local midnight in Warsaw (winter time, UTC+1) for the day given. */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 3_600_000;
const facts = (more: Partial<DeadlineFacts>): DeadlineFacts => ({ marketplace: 'temu', status: 'shipped', orderedAt: day(2026, 11, 10), ...more });
const due = (list: ReturnType<typeof computeDeadlines>, kind: string) => list.find((d) => d.kind === kind);

describe('Temu deadlines', () => {
  it('counts the return window (90 days) and the price adjustment (30, an estimate) from the order', () => {
    const list = computeDeadlines(facts({}), { timeZone: ZONE });
    expect(due(list, 'return-last-day')).toMatchObject({ dueAt: day(2027, 2, 8), estimate: false, derivation: { basis: 'ordered', days: 90 } });
    expect(due(list, 'price-adjustment-last-day')).toMatchObject({ dueAt: day(2026, 12, 10), estimate: true });
  });

  it('expects the late-delivery credit two days after the latest delivery day the page shows', () => {
    const list = computeDeadlines(facts({ pageDates: { latestDelivery: day(2026, 11, 24) } }), { timeZone: ZONE });
    expect(due(list, 'late-delivery-credit')).toMatchObject({ dueAt: day(2026, 11, 26), derivation: { basis: 'latest-delivery', days: 2 } });
    expect(due(computeDeadlines(facts({}), { timeZone: ZONE }), 'late-delivery-credit')).toBeUndefined();
  });

  it("lets the page's own dates beat the rules, and never invents a no-update date", () => {
    const list = computeDeadlines(facts({ pageDates: { returnBy: day(2027, 2, 1), noUpdateRefund: day(2026, 12, 4) } }), { timeZone: ZONE });
    expect(due(list, 'return-last-day')).toMatchObject({ dueAt: day(2027, 2, 1), ruleId: 'page-date', source: { origin: 'order-page' } });
    expect(due(list, 'no-update-refund')?.dueAt).toBe(day(2026, 12, 4));
    expect(due(computeDeadlines(facts({}), { timeZone: ZONE }), 'no-update-refund')).toBeUndefined();
    const text = explainDeadline(due(list, 'return-last-day')!, { locale: 'pl', marketplaceName: 'Temu', timeZone: ZONE });
    expect(text.derivation).toBe('Data ze strony zamówienia');
  });

  it('drops the parcel milestones once delivered, and everything once cancelled', () => {
    const delivered = computeDeadlines(facts({ status: 'delivered', pageDates: { latestDelivery: day(2026, 11, 24), noUpdateRefund: day(2026, 12, 4) } }), { timeZone: ZONE });
    expect(delivered.map((d) => d.kind).sort()).toEqual(['price-adjustment-last-day', 'return-last-day']);
    expect(computeDeadlines(facts({ status: 'cancelled' }), { timeZone: ZONE })).toEqual([]);
  });

  it('gives AliExpress orders none of them', () => {
    const list = computeDeadlines({ ...facts({ pageDates: { latestDelivery: day(2026, 11, 24) } }), marketplace: 'aliexpress' }, { timeZone: ZONE });
    expect(list.filter((d) => ['return-last-day', 'late-delivery-credit', 'price-adjustment-last-day'].includes(d.kind))).toEqual([]);
  });
});
