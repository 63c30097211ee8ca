import { isActionDeadline } from './kinds';
import type { ComputedDeadline } from './types';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, calendarDaysBetween, systemTimeZone } from './zoned-time';

/**
 * How pressing a deadline is. Calendar days in the user's zone: "today" means
 * the same local date, not "within 24 hours". A passed milestone is `passed`,
 * not `overdue`: nothing was missed when a dispute window opened.
 */
export const URGENCY_LEVELS = ['overdue', 'today', 'within-3-days', 'within-7-days', 'later', 'passed'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export function urgency(deadline: Pick<ComputedDeadline, 'kind' | 'dueAt'>, now: number, timeZone = systemTimeZone()): Urgency {
  if (deadline.dueAt < now) return isActionDeadline(deadline.kind) ? 'overdue' : 'passed';
  const days = calendarDaysBetween(now, deadline.dueAt, timeZone);
  if (days <= 0) return 'today';
  if (days <= 3) return 'within-3-days';
  if (days <= 7) return 'within-7-days';
  return 'later';
}

/** The soonest deadline not yet passed (due at `now` counts), or undefined. */
export function nextDeadline<D extends Pick<ComputedDeadline, 'dueAt'>>(deadlines: readonly D[], now: number): D | undefined {
  let best: D | undefined;
  for (const d of deadlines) if (d.dueAt >= now && (!best || d.dueAt < best.dueAt)) best = d;
  return best;
}

/** Action deadlines already passed, most recent first: the "overdue" filter. */
export function overdueDeadlines<D extends Pick<ComputedDeadline, 'kind' | 'dueAt'>>(deadlines: readonly D[], now: number): D[] {
  return deadlines.filter((d) => d.dueAt < now && isActionDeadline(d.kind)).sort((a, b) => b.dueAt - a.dueAt);
}

/**
 * For the toolbar badge: action deadlines due from `now` up to `days` × 24 h
 * ahead (elapsed time, so it matches an index range query on `dueAt`).
 */
export function dueWithinCount(deadlines: readonly Pick<ComputedDeadline, 'kind' | 'dueAt'>[], now: number, days = 3): number {
  const until = now + days * MS_PER_DAY;
  return deadlines.filter((d) => isActionDeadline(d.kind) && d.dueAt >= now && d.dueAt <= until).length;
}

export interface CountdownParts {
  overdue: boolean;
  /** |dueAt − now| in ms. */
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Elapsed-time parts for a live countdown ("2 days 17 hours", as the order page shows). */
export function countdownParts(dueAt: number, now: number): CountdownParts {
  const totalMs = Math.abs(dueAt - now);
  return {
    overdue: dueAt < now,
    totalMs,
    days: Math.floor(totalMs / MS_PER_DAY),
    hours: Math.floor((totalMs % MS_PER_DAY) / MS_PER_HOUR),
    minutes: Math.floor((totalMs % MS_PER_HOUR) / MS_PER_MINUTE),
    seconds: Math.floor((totalMs % MS_PER_MINUTE) / 1000),
  };
}
