import { isActionDeadline, isDeadlineKind, type DeadlineKind } from './kinds';
import type { OrderDeadline } from './types';
import { MS_PER_DAY, MS_PER_HOUR, addCalendarDays, atLocalTime, localDateString, startOfLocalDay, systemTimeZone } from './zoned-time';

/** 7, 3 and 1 days before, and on the day. */
export const DEFAULT_REMINDER_OFFSETS_DAYS: readonly number[] = [7, 3, 1, 0];
/** Reminders come at this local hour, not at the odd minute the deadline falls on. */
export const DEFAULT_REMINDER_HOUR = 9;

export interface ReminderSpec {
  /** Deterministic: the same deadline and offset always give the same id (alarm name, delivered-set key). */
  id: string;
  orderId: string;
  kind: DeadlineKind;
  offsetDays: number;
  dueAt: number;
  /** When the reminder was meant to fire. */
  plannedAt: number;
  /** When to fire it: `plannedAt`, or `now` when that has passed (the browser was closed). */
  fireAt: number;
  late: boolean;
  deadline: OrderDeadline;
}

export interface PlanRemindersOptions {
  now: number;
  /** Days before each action deadline; 0 = on the day. Empty: no reminders at all. */
  offsetsDays?: readonly number[];
  /** Ids of reminders already shown. */
  delivered?: ReadonlySet<string>;
  timeZone?: string;
  /** Local hour of day reminders fire at. */
  hour?: number;
  /**
   * A missed milestone reminder still fires this long after its time; so does
   * the last reminder of a deadline that passed while the browser was not running.
   */
  milestoneGraceMs?: number;
}

export const REMINDER_ID_PREFIX = 'reminder:';

/**
 * reminder:<encoded order id>:<kind>:<offset days>:<due date, YYYY-MM-DD in the zone>.
 * The due *date* is part of the id, not the instant: a deadline read from the page's
 * countdown is re-estimated at every capture and drifts by minutes or hours, which is
 * still the same reminder; a deadline that moved to another day gets new reminders.
 */
export function reminderId(orderId: string, kind: DeadlineKind, offsetDays: number, dueAt: number, timeZone = systemTimeZone()): string {
  return `${REMINDER_ID_PREFIX}${encodeURIComponent(orderId)}:${kind}:${offsetDays}:${localDateString(dueAt, timeZone)}`;
}

export interface ReminderIdParts {
  orderId: string;
  kind: DeadlineKind;
  offsetDays: number;
  /** YYYY-MM-DD in the zone the id was made in. */
  dueDate: string;
}

/** Inverse of `reminderId`; undefined for anything else (other alarms, old or forged ids). */
export function parseReminderId(id: string): ReminderIdParts | undefined {
  if (!id.startsWith(REMINDER_ID_PREFIX)) return undefined;
  const [encoded, kind, offset, dueDate, ...rest] = id.slice(REMINDER_ID_PREFIX.length).split(':');
  if (!encoded || !isDeadlineKind(kind) || rest.length > 0 || !dueDate || !/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return undefined;
  const offsetDays = Number(offset);
  if (!Number.isInteger(offsetDays)) return undefined;
  try {
    return { orderId: decodeURIComponent(encoded), kind, offsetDays, dueDate };
  } catch {
    return undefined;
  }
}

/** Whether `deadline` is still the one a reminder id was made for (same order, kind and due date). */
export function reminderMatches(parts: ReminderIdParts, deadline: Pick<OrderDeadline, 'orderId' | 'kind' | 'dueAt'>, timeZone = systemTimeZone()): boolean {
  return parts.orderId === deadline.orderId && parts.kind === deadline.kind && parts.dueDate === localDateString(deadline.dueAt, timeZone);
}

function plannedTime(dueAt: number, offsetDays: number, hour: number, timeZone: string): number {
  const planned = atLocalTime(addCalendarDays(dueAt, -offsetDays, timeZone), hour, 0, timeZone);
  if (planned < dueAt) return planned;
  // Due before the reminder hour on its own day: warn at the start of that day, at least an hour ahead.
  return Math.min(startOfLocalDay(dueAt, timeZone), dueAt - MS_PER_HOUR);
}

/**
 * The reminders still to show for these deadlines. Rebuilding from the same
 * data gives the same ids, so recreating alarms is idempotent. A reminder
 * whose time passed while its deadline has not fires once, at `now`; of
 * several missed reminders for one deadline only the latest fires (three at
 * once would be noise). A deadline that passed less than a day ago gets its
 * last reminder, late, if that was never shown. Milestones get one reminder,
 * when they happen.
 */
export function planReminders(deadlines: readonly OrderDeadline[], options: PlanRemindersOptions): ReminderSpec[] {
  const { now } = options;
  const timeZone = options.timeZone ?? systemTimeZone();
  const hour = options.hour ?? DEFAULT_REMINDER_HOUR;
  const delivered = options.delivered ?? new Set<string>();
  const graceMs = options.milestoneGraceMs ?? MS_PER_DAY;
  const offsets = [...new Set(options.offsetsDays ?? DEFAULT_REMINDER_OFFSETS_DAYS)]
    .filter((d) => Number.isInteger(d) && d >= 0)
    .sort((a, b) => b - a);
  if (offsets.length === 0) return [];

  const specs: ReminderSpec[] = [];
  const spec = (deadline: OrderDeadline, offsetDays: number, plannedAt: number): ReminderSpec => ({
    id: reminderId(deadline.orderId, deadline.kind, offsetDays, deadline.dueAt, timeZone),
    orderId: deadline.orderId,
    kind: deadline.kind,
    offsetDays,
    dueAt: deadline.dueAt,
    plannedAt,
    fireAt: Math.max(plannedAt, now),
    late: plannedAt <= now,
    deadline,
  });

  for (const deadline of deadlines) {
    if (!isActionDeadline(deadline.kind)) {
      const planned = Math.max(deadline.dueAt, atLocalTime(deadline.dueAt, hour, 0, timeZone));
      const reminder = spec(deadline, 0, planned);
      if (planned > now - graceMs && !delivered.has(reminder.id)) specs.push(reminder);
      continue;
    }
    if (deadline.dueAt <= now) {
      // Passed with its last reminder never shown (the browser was not running): that one still comes, once, late.
      const last = spec(deadline, offsets.at(-1)!, plannedTime(deadline.dueAt, offsets.at(-1)!, hour, timeZone));
      if (deadline.dueAt > now - graceMs && !delivered.has(last.id)) specs.push(last);
      continue;
    }
    const candidates = offsets.map((offset) => spec(deadline, offset, plannedTime(deadline.dueAt, offset, hour, timeZone)));
    // Offsets are sorted largest first, so the last late one is the most recent.
    const lastLate = candidates.filter((c) => c.late).at(-1);
    for (const c of candidates) {
      if (c.late && c !== lastLate) continue;
      if (!delivered.has(c.id)) specs.push(c);
    }
  }
  return specs.sort((a, b) => a.fireAt - b.fireAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** When a snoozed reminder comes back. */
export function snoozeUntil(now: number, hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0) throw new RangeError(`Snooze needs a positive number of hours, got ${hours}`);
  return now + hours * MS_PER_HOUR;
}
