import { describe, expect, it } from 'vitest';
import { countdownParts, dueSoonRange, dueState, urgency } from '../../../lib/deadlines/urgency';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const KYIV = 'Europe/Kyiv'; // +3 in April 2025
const now = utc(2025, 4, 10, 9); // Apr 10 12:00 Kyiv

describe('urgency', () => {
  const at = (dueAt: number, kind: 'protection-end' | 'dispute-opens' = 'protection-end', tz = KYIV) => urgency({ kind, dueAt }, now, tz);

  it('today means the same local date, not the next 24 hours', () => {
    expect(at(utc(2025, 4, 10, 20))).toBe('today'); // 23:00 Kyiv
    expect(at(now)).toBe('today');
    expect(at(utc(2025, 4, 10, 22))).toBe('within-3-days'); // Apr 11 01:00 Kyiv: 13 hours, but tomorrow
  });

  it('steps at 3 and 7 calendar days', () => {
    expect(at(utc(2025, 4, 13, 20, 59))).toBe('within-3-days'); // Apr 13 23:59
    expect(at(utc(2025, 4, 13, 21))).toBe('within-7-days'); // Apr 14 00:00
    expect(at(utc(2025, 4, 17, 20, 59))).toBe('within-7-days'); // Apr 17 23:59
    expect(at(utc(2025, 4, 17, 21))).toBe('later'); // Apr 18 00:00
  });

  it('a passed deadline is overdue, a passed milestone just passed', () => {
    expect(at(now - 1)).toBe('overdue');
    expect(at(now - 1, 'dispute-opens')).toBe('passed');
    expect(at(now + 1, 'dispute-opens')).toBe('today');
  });

  it('depends on the user’s zone', () => {
    // Apr 11 01:00 Kyiv is Apr 10 19:00 in São Paulo, where "now" is Apr 10 06:00.
    expect(at(utc(2025, 4, 10, 22), 'protection-end', 'America/Sao_Paulo')).toBe('today');
  });
});

describe('dueState, dueSoonRange', () => {
  const list = [
    { kind: 'protection-end' as const, dueAt: now + 5 * 3_600_000 },
    { kind: 'dispute-opens' as const, dueAt: now + 3_600_000 },
    { kind: 'dispute-last-day' as const, dueAt: now - 2 * 86_400_000 },
    { kind: 'extend-protection-ask' as const, dueAt: now - 86_400_000 },
    { kind: 'seller-response-due' as const, dueAt: now - 10 },
  ];

  it('next is the soonest not yet passed, of any nature; overdue only while no action deadline lies ahead', () => {
    expect(dueState(list, now)).toEqual({ next: list[1], overdue: false });
    expect(dueState([{ kind: 'protection-end' as const, dueAt: now }], now).next?.dueAt).toBe(now);
  });

  it('when all have passed, next is the latest passed one, and a passed milestone alone is no miss', () => {
    const later = now + 10 * 3_600_000;
    expect(dueState(list, later)).toEqual({ next: list[0], overdue: true });
    expect(dueState([{ kind: 'dispute-opens' as const, dueAt: now - 1 }], now)).toEqual({ next: { kind: 'dispute-opens', dueAt: now - 1 }, overdue: false });
    expect(dueState([], now)).toEqual({ overdue: false });
  });

  it('"due soon" is now to now + 3 × 24 h, both ends included', () => {
    expect(dueSoonRange(now)).toEqual({ from: now, to: now + 3 * 86_400_000 });
    expect(dueSoonRange(now, 4).to).toBe(now + 4 * 86_400_000);
  });
});

describe('countdownParts', () => {
  it('splits the time left like the order page does', () => {
    const due = now + ((2 * 24 + 17) * 60 + 5) * 60_000 + 9_000;
    expect(countdownParts(due, now)).toEqual({ overdue: false, totalMs: due - now, days: 2, hours: 17, minutes: 5, seconds: 9 });
  });

  it('reports overdue time the same way', () => {
    expect(countdownParts(now - 90 * 60_000, now)).toEqual({ overdue: true, totalMs: 90 * 60_000, days: 0, hours: 1, minutes: 30, seconds: 0 });
  });
});
