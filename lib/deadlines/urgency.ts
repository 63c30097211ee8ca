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

/**
 * "Due soon" for the toolbar badge and the sidebar tab: action deadlines from `now` up
 * to `days` × 24 h ahead, both ends included (elapsed time, so the database answers it
 * as one index range on `[actionable+dueAt]`).
 */
export const DUE_SOON_DAYS = 3;
export function dueSoonRange(now: number, days = DUE_SOON_DAYS): { from: number; to: number } {
  return { from: now, to: now + days * MS_PER_DAY };
}

/** Where one order stands against its deadlines. */
export interface DueState<D> {
  /** The earliest deadline not yet passed (due at `now` counts), or the latest passed one when all have passed. */
  next?: D;
  /** A deadline the buyer had to act before has passed, and none is left ahead. */
  overdue: boolean;
}

/** What is due next for one order, and whether it is overdue. */
export function dueState<D extends Pick<ComputedDeadline, 'kind' | 'dueAt'>>(deadlines: readonly D[], now: number): DueState<D> {
  let upcoming: D | undefined;
  let lastPassed: D | undefined;
  let actionPassed = false;
  let actionAhead = false;
  for (const d of deadlines) {
    if (d.dueAt >= now) {
      if (!upcoming || d.dueAt < upcoming.dueAt) upcoming = d;
      if (isActionDeadline(d.kind)) actionAhead = true;
    } else {
      if (!lastPassed || d.dueAt > lastPassed.dueAt) lastPassed = d;
      if (isActionDeadline(d.kind)) actionPassed = true;
    }
  }
  // A passed milestone (the dispute window opening) is no miss; a passed
  // action deadline is, unless another one still lies ahead.
  const next = upcoming ?? lastPassed;
  return { ...(next ? { next } : {}), overdue: actionPassed && !actionAhead };
}

/** An order as urgency sorts it: done or not, its due state, and when it last changed (the tie-break). */
export interface UrgencySubject extends DueState<Pick<ComputedDeadline, 'dueAt'>> {
  done: boolean;
  updatedAt: number;
}

function urgencyRank(s: UrgencySubject, now: number): 0 | 1 | 2 | 3 {
  if (s.done) return 3;
  if (s.overdue) return 0;
  return s.next && s.next.dueAt >= now ? 1 : 2;
}

/** Overdue first (most recently missed first), then the soonest deadline ahead, then the rest, done last. */
export function compareUrgency(a: UrgencySubject, b: UrgencySubject, now: number): number {
  const rank = urgencyRank(a, now);
  const diff = rank - urgencyRank(b, now);
  if (diff !== 0) return diff;
  if (rank === 0 && a.next && b.next) return b.next.dueAt - a.next.dueAt;
  if (rank === 1 && a.next && b.next) return a.next.dueAt - b.next.dueAt;
  return b.updatedAt - a.updatedAt;
}

/** Wider than any instant the schema allows (year 2100 ≈ 4.1e12 ms), so ranks never overlap. */
const RANK_SPAN = 5e12;

/**
 * One number that sorts like `compareUrgency` at `now` (smaller is more urgent; ties
 * keep table order in both). Stored on each order and indexed, it lets the first
 * screen of a long list be read in order.
 */
export function urgencySortKey(s: UrgencySubject, now: number): number {
  if (s.done) return 3 * RANK_SPAN + (RANK_SPAN - s.updatedAt);
  if (s.overdue && s.next) return RANK_SPAN - s.next.dueAt;
  if (s.next && s.next.dueAt >= now) return RANK_SPAN + s.next.dueAt;
  return 2 * RANK_SPAN + (RANK_SPAN - s.updatedAt);
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
