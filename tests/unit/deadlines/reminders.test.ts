import { describe, expect, it } from 'vitest';
import { planReminders, reminderId, snoozeUntil } from '../../../lib/deadlines/reminders';
import type { OrderDeadline } from '../../../lib/deadlines/types';
import { isActionDeadline, type DeadlineKind } from '../../../lib/deadlines/kinds';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const KYIV = 'Europe/Kyiv';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function deadline(kind: DeadlineKind, dueAt: number, orderId = '8123456789012345'): OrderDeadline {
  return {
    id: `${orderId}:${kind}`,
    orderId,
    actionable: isActionDeadline(kind) ? 1 : 0,
    kind,
    dueAt,
    ruleId: 'test',
    source: { origin: 'user', seeds: [], publicSources: false },
    estimate: false,
    derivation: { basis: 'user', days: 0, from: dueAt, alternatives: [] },
    overridden: true,
  };
}

// Protection ends Apr 20 2025 15:00 Kyiv (EEST +3) = 12:00Z.
const due = utc(2025, 4, 20, 12);
const end = deadline('protection-end', due);

describe('planReminders', () => {
  it('plans 7, 3, 1 days before and on the day, at 09:00 local', () => {
    const specs = planReminders([end], { now: utc(2025, 4, 1), timeZone: KYIV });
    expect(specs.map((s) => [s.offsetDays, s.plannedAt, s.fireAt, s.late])).toEqual([
      [7, utc(2025, 4, 13, 6), utc(2025, 4, 13, 6), false],
      [3, utc(2025, 4, 17, 6), utc(2025, 4, 17, 6), false],
      [1, utc(2025, 4, 19, 6), utc(2025, 4, 19, 6), false],
      [0, utc(2025, 4, 20, 6), utc(2025, 4, 20, 6), false],
    ]);
    expect(specs[0]?.id).toBe('reminder:8123456789012345:protection-end:7:2025-04-20');
    expect(specs[0]?.deadline).toBe(end);
  });

  it('is idempotent: the same data gives the same ids and times', () => {
    const a = planReminders([end], { now: utc(2025, 4, 1), timeZone: KYIV });
    const b = planReminders([{ ...end }], { now: utc(2025, 4, 2), timeZone: KYIV });
    expect(b.map((s) => [s.id, s.fireAt])).toEqual(a.map((s) => [s.id, s.fireAt]));
  });

  it('never repeats a delivered reminder', () => {
    const delivered = new Set([reminderId(end.orderId, 'protection-end', 7, due), reminderId(end.orderId, 'protection-end', 1, due)]);
    const specs = planReminders([end], { now: utc(2025, 4, 1), timeZone: KYIV, delivered });
    expect(specs.map((s) => s.offsetDays)).toEqual([3, 0]);
  });

  it('a reminder missed while the browser was closed fires once, now; only the latest of several', () => {
    const now = utc(2025, 4, 18, 7); // Apr 18 10:00 Kyiv: the 7- and 3-day times have passed
    const specs = planReminders([end], { now, timeZone: KYIV });
    expect(specs.map((s) => [s.offsetDays, s.fireAt, s.late])).toEqual([
      [3, now, true],
      [1, utc(2025, 4, 19, 6), false],
      [0, utc(2025, 4, 20, 6), false],
    ]);
    // Once the late one is delivered, the older missed one does not come back.
    const after = planReminders([end], { now: now + 60_000, timeZone: KYIV, delivered: new Set([specs[0]?.id ?? '']) });
    expect(after.map((s) => s.offsetDays)).toEqual([1, 0]);
  });

  it('a deadline that passed unseen gets its last reminder once, late, within a day; nothing after', () => {
    const now = due + 3 * HOUR;
    expect(planReminders([end], { now, timeZone: KYIV }).map((s) => [s.offsetDays, s.fireAt, s.late])).toEqual([[0, now, true]]);
    expect(planReminders([end], { now, timeZone: KYIV, offsetsDays: [3, 1] }).map((s) => s.offsetDays)).toEqual([1]);
    // Shown already (before the deadline, or late): never again.
    expect(planReminders([end], { now, timeZone: KYIV, delivered: new Set([reminderId(end.orderId, 'protection-end', 0, due, KYIV)]) })).toEqual([]);
    expect(planReminders([end], { now: due + DAY + HOUR, timeZone: KYIV })).toEqual([]);
  });

  it('on the day of an early-morning deadline, reminds at the start of the day', () => {
    const early = deadline('dispute-last-day', utc(2025, 4, 20, 4)); // 07:00 Kyiv
    const specs = planReminders([early], { now: utc(2025, 4, 1), timeZone: KYIV, offsetsDays: [0] });
    expect(specs.map((s) => s.plannedAt)).toEqual([utc(2025, 4, 19, 21)]); // Apr 20 00:00 Kyiv
    const midnight = deadline('dispute-last-day', utc(2025, 4, 19, 21)); // Apr 20 00:00 Kyiv
    expect(planReminders([midnight], { now: utc(2025, 4, 1), timeZone: KYIV, offsetsDays: [0] }).map((s) => s.plannedAt)).toEqual([
      utc(2025, 4, 19, 20),
    ]);
  });

  it('keeps 09:00 local across the DST change', () => {
    const d = deadline('protection-end', utc(2025, 4, 2, 12)); // Apr 2 15:00 EEST
    const specs = planReminders([d], { now: utc(2025, 3, 1), timeZone: KYIV, offsetsDays: [7, 3] });
    expect(specs.map((s) => s.plannedAt)).toEqual([utc(2025, 3, 26, 7), utc(2025, 3, 30, 6)]); // 09:00 EET, 09:00 EEST
  });

  it('milestones get one reminder when they happen (not before 09:00), late only within a day', () => {
    const opens = deadline('dispute-opens', utc(2025, 4, 11, 12)); // 15:00 Kyiv
    const night = deadline('seller-response-due', utc(2025, 4, 12, 0), 'other'); // 03:00 Kyiv
    const specs = planReminders([opens, night], { now: utc(2025, 4, 1), timeZone: KYIV });
    expect(specs.map((s) => [s.kind, s.offsetDays, s.plannedAt])).toEqual([
      ['dispute-opens', 0, utc(2025, 4, 11, 12)],
      ['seller-response-due', 0, utc(2025, 4, 12, 6)],
    ]);
    expect(planReminders([opens], { now: utc(2025, 4, 11, 14), timeZone: KYIV }).map((s) => [s.late, s.fireAt])).toEqual([
      [true, utc(2025, 4, 11, 14)],
    ]);
    expect(planReminders([opens], { now: utc(2025, 4, 13), timeZone: KYIV })).toEqual([]);
  });

  it('respects the configured offsets, ignores bad ones, and plans nothing for an empty list', () => {
    expect(planReminders([end], { now: utc(2025, 4, 1), timeZone: KYIV, offsetsDays: [2, 2, -1, 1.5] }).map((s) => s.offsetDays)).toEqual([2]);
    expect(planReminders([end], { now: utc(2025, 4, 1), timeZone: KYIV, offsetsDays: [] })).toEqual([]);
  });

  it('ids differ per order, kind, offset and local due date, and survive odd order ids', () => {
    const ids = new Set([
      reminderId('a', 'protection-end', 1, due, KYIV),
      reminderId('b', 'protection-end', 1, due, KYIV),
      reminderId('a', 'dispute-last-day', 1, due, KYIV),
      reminderId('a', 'protection-end', 3, due, KYIV),
      reminderId('a', 'protection-end', 1, due + DAY, KYIV),
    ]);
    expect(ids.size).toBe(5);
    // Drifting within the same local day (a re-read countdown) keeps the id; 21:30Z is already the next day in Kyiv.
    expect(reminderId('a', 'protection-end', 1, due + 5 * HOUR, KYIV)).toBe(reminderId('a', 'protection-end', 1, due, KYIV));
    expect(reminderId('a', 'protection-end', 1, utc(2025, 4, 20, 21, 30), KYIV)).not.toBe(reminderId('a', 'protection-end', 1, due, KYIV));
    expect(reminderId('x:1', 'protection-end', 0, utc(2025, 4, 20, 12), KYIV)).toBe('reminder:x%3A1:protection-end:0:2025-04-20');
  });
});

describe('snoozeUntil', () => {
  it('adds hours', () => {
    expect(snoozeUntil(1_000, 2)).toBe(1_000 + 7_200_000);
  });
  it('refuses nonsense', () => {
    expect(() => snoozeUntil(0, 0)).toThrow(RangeError);
    expect(() => snoozeUntil(0, Number.NaN)).toThrow(RangeError);
  });
});
