import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import type { ComputedDeadline, DeadlineFacts } from '../../../lib/deadlines/types';
import type { DeadlineKind } from '../../../lib/deadlines/kinds';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const KYIV = 'Europe/Kyiv'; // EET +2 until 2025-03-30 01:00Z, then EEST +3 until 2025-10-26 01:00Z

const compute = (facts: Partial<DeadlineFacts>, timeZone = KYIV) =>
  computeDeadlines({ marketplace: 'aliexpress', status: 'shipped', ...facts }, { timeZone });
const byKind = (list: ComputedDeadline[]) => new Map(list.map((d) => [d.kind, d]));
const kinds = (list: ComputedDeadline[]) => list.map((d) => d.kind);
const get = (list: ComputedDeadline[], kind: DeadlineKind) => {
  const found = byKind(list).get(kind);
  if (!found) throw new Error(`no ${kind} in ${kinds(list).join(', ')}`);
  return found;
};

// Shipped 2025-03-01 10:00 Kyiv (EET) = 08:00Z.
const shippedAt = utc(2025, 3, 1, 8);

describe('from ship date and protection days', () => {
  const list = compute({ shippedAt, protectionDays: 30 });

  it('dispute opens 10 days after shipment (seed 000), as an estimate', () => {
    const d = get(list, 'dispute-opens');
    expect(d.dueAt).toBe(utc(2025, 3, 11, 8)); // Mar 11 10:00 EET
    expect(d.ruleId).toBe('aliexpress.dispute-opens');
    expect(d.estimate).toBe(true);
    expect(d.overridden).toBe(false);
    expect(d.derivation).toEqual({ basis: 'shipped', days: 10, from: shippedAt, alternatives: [5, 6, 11] });
    expect(d.source.seeds).toEqual(['000']);
  });

  it('protection ends protectionDays after shipment, not an estimate, across the DST change', () => {
    const d = get(list, 'protection-end');
    // Mar 31 10:00 EEST (+3) = 07:00Z: 30 calendar days, 719 hours.
    expect(d.dueAt).toBe(utc(2025, 3, 31, 7));
    expect(d.estimate).toBe(false);
    expect(d.ruleId).toBe('protection-days');
    expect(d.source.origin).toBe('user');
    expect(d.derivation).toEqual({ basis: 'shipped', days: 30, from: shippedAt, alternatives: [] });
  });

  it('asking the seller to extend is due 5 days before protection ends', () => {
    const d = get(list, 'extend-protection-ask');
    expect(d.dueAt).toBe(utc(2025, 3, 26, 8)); // Mar 26 10:00 EET
    expect(d.derivation).toEqual({ basis: 'protection-end', days: -5, from: utc(2025, 3, 31, 7), alternatives: [] });
    expect(d.estimate).toBe(false);
  });

  it('last day to open a dispute is 14 days after protection ends (earlier of 14/15), an estimate', () => {
    const d = get(list, 'dispute-last-day');
    expect(d.dueAt).toBe(utc(2025, 4, 14, 7)); // Apr 14 10:00 EEST
    expect(d.ruleId).toBe('aliexpress.dispute-last-day');
    expect(d.estimate).toBe(true);
    expect(d.derivation.alternatives).toEqual([15]);
  });

  it('lists deadlines soonest first and nothing the facts cannot support', () => {
    expect(kinds(list)).toEqual(['dispute-opens', 'extend-protection-ask', 'protection-end', 'dispute-last-day']);
  });

  it('says "page" as the source when the page gave the protection days', () => {
    const fromPage = compute({ shippedAt, protectionDays: 30, protectionDaysFrom: 'order-page' });
    expect(get(fromPage, 'protection-end').source.origin).toBe('order-page');
  });
});

describe('precedence: user override > page countdown > rules', () => {
  const page = { endsAt: utc(2025, 4, 10, 15, 20), seenAt: utc(2025, 3, 20, 9) };

  it('the page countdown beats the protection days', () => {
    const list = compute({ shippedAt, protectionDays: 30, protectionEndsAtFromPage: page });
    const end = get(list, 'protection-end');
    expect(end.dueAt).toBe(page.endsAt);
    expect(end.ruleId).toBe('page-countdown');
    expect(end.estimate).toBe(false);
    expect(end.derivation).toEqual({ basis: 'page-countdown', days: 0, from: page.seenAt, alternatives: [] });
    // Dependants count from the page value: Apr 10 18:20 Kyiv + 14 days, − 5 days.
    expect(get(list, 'dispute-last-day').dueAt).toBe(utc(2025, 4, 24, 15, 20));
    expect(get(list, 'extend-protection-ask').dueAt).toBe(utc(2025, 4, 5, 15, 20));
  });

  it('a user override beats the page and moves the dependants', () => {
    const override = utc(2025, 5, 1, 21); // May 2 00:00 Kyiv
    const list = compute({ shippedAt, protectionEndsAtFromPage: page, overrides: { 'protection-end': override } });
    const end = get(list, 'protection-end');
    expect(end).toMatchObject({ dueAt: override, overridden: true, estimate: false, ruleId: 'user-override', computedDueAt: page.endsAt });
    expect(end.source.origin).toBe('user');
    const last = get(list, 'dispute-last-day');
    expect(last.dueAt).toBe(utc(2025, 5, 15, 21)); // May 16 00:00 Kyiv
    expect(last.derivation.from).toBe(override);
    expect(last.overridden).toBe(false);
  });

  it('overriding a dependant beats its computed value', () => {
    const mine = utc(2025, 4, 20, 12);
    const list = compute({ shippedAt, protectionDays: 30, overrides: { 'dispute-last-day': mine } });
    expect(get(list, 'dispute-last-day')).toMatchObject({ dueAt: mine, overridden: true, computedDueAt: utc(2025, 4, 14, 7) });
  });

  it('an override stands even without the facts to compute the kind', () => {
    const mine = utc(2025, 6, 1, 9);
    const list = compute({ status: 'unknown', overrides: { 'seller-response-due': mine } });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'seller-response-due', dueAt: mine, overridden: true });
    expect(list[0]?.computedDueAt).toBeUndefined();
  });
});

describe('delivery and confirmation', () => {
  const deliveredAt = utc(2025, 3, 20, 10); // Mar 20 12:00 Kyiv

  it('delivery may cut protection to 5 days: the earlier date wins, as an estimate', () => {
    const list = compute({ status: 'delivered', shippedAt, protectionDays: 60, deliveredAt });
    const end = get(list, 'protection-end');
    expect(end.dueAt).toBe(utc(2025, 3, 25, 10)); // Mar 25 12:00 EET
    expect(end.ruleId).toBe('aliexpress.protection-after-delivery');
    expect(end.estimate).toBe(true);
    expect(end.derivation.basis).toBe('delivered');
    // Derived from an estimate, so an estimate; Apr 8 12:00 EEST.
    expect(get(list, 'dispute-last-day')).toMatchObject({ dueAt: utc(2025, 4, 8, 9), estimate: true });
    // The parcel is here: no point asking to extend protection.
    expect(kinds(list)).not.toContain('extend-protection-ask');
  });

  it('keeps the stated date when it is earlier than delivery + 5 days', () => {
    const list = compute({ status: 'delivered', shippedAt, protectionDays: 20, deliveredAt });
    expect(get(list, 'protection-end')).toMatchObject({ dueAt: utc(2025, 3, 21, 8), ruleId: 'protection-days' }); // Mar 21 10:00 EET
  });

  it('a countdown seen after delivery already includes it: the page wins', () => {
    const page = { endsAt: utc(2025, 3, 28, 12), seenAt: utc(2025, 3, 21, 8) };
    const list = compute({ status: 'delivered', shippedAt, deliveredAt, protectionEndsAtFromPage: page });
    expect(get(list, 'protection-end')).toMatchObject({ dueAt: page.endsAt, ruleId: 'page-countdown' });
  });

  it('a countdown seen before delivery is capped by delivery + 5 days', () => {
    const page = { endsAt: utc(2025, 4, 28, 12), seenAt: utc(2025, 3, 10, 8) };
    const list = compute({ status: 'delivered', shippedAt, deliveredAt, protectionEndsAtFromPage: page });
    expect(get(list, 'protection-end')).toMatchObject({ dueAt: utc(2025, 3, 25, 10), ruleId: 'aliexpress.protection-after-delivery' });
  });

  it('after confirming receipt: last dispute day counts from the confirmation; protection is over', () => {
    const confirmedAt = utc(2025, 4, 2, 15); // Apr 2 18:00 EEST
    const list = compute({ status: 'completed', shippedAt, protectionDays: 60, confirmedAt });
    expect(kinds(list)).toEqual(['dispute-opens', 'dispute-last-day']);
    expect(get(list, 'dispute-last-day')).toMatchObject({
      dueAt: utc(2025, 4, 16, 15),
      ruleId: 'aliexpress.dispute-last-day-after-confirmation',
      derivation: { basis: 'confirmed', days: 14, from: confirmedAt, alternatives: [15] },
    });
  });

  it('when protection (as estimated) ended before the confirmation, the earlier last day wins', () => {
    // Delivery cuts protection to Mar 25 12:00 EET; + 14 days = Apr 8 12:00 EEST, before Apr 2 + 14.
    const list = compute({ status: 'completed', shippedAt, protectionDays: 60, deliveredAt, confirmedAt: utc(2025, 4, 2, 15) });
    expect(get(list, 'dispute-last-day')).toMatchObject({ dueAt: utc(2025, 4, 8, 9), ruleId: 'aliexpress.dispute-last-day' });
  });
});

describe('disputes and complaints', () => {
  const disputeOpenedAt = utc(2025, 4, 1, 6); // Apr 1 09:00 EEST

  it('seller answer due after 5 days (estimate, older rules 15); marketplace steps in after 7 (seed 002)', () => {
    const list = compute({ status: 'in-dispute', shippedAt, protectionDays: 30, disputeOpenedAt });
    expect(kinds(list)).toEqual(['seller-response-due', 'marketplace-steps-in']);
    expect(get(list, 'seller-response-due')).toMatchObject({
      dueAt: utc(2025, 4, 6, 6),
      estimate: true,
      derivation: { basis: 'dispute-opened', days: 5, from: disputeOpenedAt, alternatives: [15] },
    });
    const stepsIn = get(list, 'marketplace-steps-in');
    expect(stepsIn).toMatchObject({ dueAt: utc(2025, 4, 8, 6), estimate: false, ruleId: 'aliexpress.marketplace-steps-in' });
    expect(stepsIn.source.seeds).toEqual(['002']);
  });

  it('a known dispute date counts as in dispute whatever the status says', () => {
    const list = compute({ status: 'shipped', shippedAt, protectionDays: 30, disputeOpenedAt });
    expect(kinds(list)).toEqual(['seller-response-due', 'marketplace-steps-in']);
  });

  it('complaint answer expected 5 days after submission (3–5, seed 000), even on a closed order', () => {
    const complaintSubmittedAt = utc(2025, 3, 28, 20); // Mar 28 22:00 EET
    const list = compute({ status: 'closed', shippedAt, protectionDays: 30, complaintSubmittedAt });
    expect(list).toHaveLength(1);
    // Apr 2 22:00 EEST = 19:00Z
    expect(list[0]).toMatchObject({ kind: 'complaint-answer-expected', dueAt: utc(2025, 4, 2, 19), estimate: true });
    expect(list[0]?.derivation.alternatives).toEqual([3]);
  });
});

describe('status and missing facts', () => {
  it('a cancelled order has no order deadlines, overrides included', () => {
    expect(compute({ status: 'cancelled', shippedAt, protectionDays: 30, overrides: { 'protection-end': utc(2025, 5, 1) } })).toEqual([]);
  });

  it('an unshipped order has nothing to count from', () => {
    expect(compute({ status: 'awaiting-shipment', orderedAt: utc(2025, 2, 20) })).toEqual([]);
  });

  it('without page countdown or protection days no protection end is guessed', () => {
    expect(kinds(compute({ shippedAt }))).toEqual(['dispute-opens']);
  });

  it('ignores values that are not instants instead of throwing', () => {
    const list = compute({ shippedAt: Number.NaN, protectionDays: 30, disputeOpenedAt: Number.POSITIVE_INFINITY, overrides: { 'protection-end': Number.NaN } });
    expect(list).toEqual([]);
    expect(kinds(compute({ shippedAt, protectionDays: -3 }))).toEqual(['dispute-opens']);
    expect(kinds(compute({ shippedAt, protectionDays: 2.5 }))).toEqual(['dispute-opens']);
  });

  it('a marketplace without rules still gets the page countdown and overrides', () => {
    const page = { endsAt: utc(2025, 4, 10, 12), seenAt: utc(2025, 4, 1, 12) };
    const list = computeDeadlines({ marketplace: 'temu', status: 'shipped', shippedAt, protectionEndsAtFromPage: page }, { timeZone: KYIV });
    expect(kinds(list)).toEqual(['protection-end']);
  });
});

describe('time zones', () => {
  it('Warsaw, across the October change: same wall time, one more hour', () => {
    const shipped = utc(2025, 10, 20, 10); // Oct 20 12:00 CEST
    const list = compute({ shippedAt: shipped }, 'Europe/Warsaw');
    expect(get(list, 'dispute-opens').dueAt).toBe(utc(2025, 10, 30, 11)); // Oct 30 12:00 CET
  });

  it('Tbilisi: month end Jan 31 + 30 protection days = Mar 2 in 2025', () => {
    const shipped = utc(2025, 1, 31, 16); // Jan 31 20:00 +04
    const list = compute({ shippedAt: shipped, protectionDays: 30 }, 'Asia/Tbilisi');
    expect(get(list, 'protection-end').dueAt).toBe(utc(2025, 3, 2, 16));
    expect(get(list, 'dispute-last-day').dueAt).toBe(utc(2025, 3, 16, 16));
  });

  it('the same instant can be a different local date: São Paulo vs Kyiv', () => {
    // Shipped 2025-05-31 23:30 in São Paulo (−3) = 2025-06-01 02:30Z (already June 1 in Kyiv).
    const shipped = utc(2025, 6, 1, 2, 30);
    expect(get(compute({ shippedAt: shipped }, 'America/Sao_Paulo'), 'dispute-opens').dueAt).toBe(utc(2025, 6, 11, 2, 30));
    expect(get(compute({ shippedAt: shipped }, KYIV), 'dispute-opens').dueAt).toBe(utc(2025, 6, 11, 2, 30));
  });

  it('São Paulo 2018: a deadline landing on the skipped midnight moves to 01:00', () => {
    // Shipped 2018-10-25 00:00 BRT (−3) = 03:00Z; +10 days = 2018-11-04 00:00, skipped → 01:00 BRST = 03:00Z.
    expect(get(compute({ shippedAt: utc(2018, 10, 25, 3) }, 'America/Sao_Paulo'), 'dispute-opens').dueAt).toBe(utc(2018, 11, 4, 3));
  });
});
