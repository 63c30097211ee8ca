/**
 * Calendar-day arithmetic on instants, in a named IANA time zone, using only
 * `Intl` (no time-zone database of our own).
 *
 * "10 days after shipment" means: the same wall-clock time, ten dates later on
 * the buyer's calendar. Across a DST change that is 239 or 241 hours, not 240;
 * across month ends the date rolls over as a calendar would.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

let zoneSeen: { zone: string; key: string; at: number } | undefined;

/**
 * The zone the browser runs in, e.g. "Europe/Kyiv". Building a formatter to
 * ask costs ~0.3 ms, most of the time of computing deadlines for 100,000
 * imported orders, so the answer is kept while the zone's UTC offsets (now,
 * winter, summer: cheap to read) stay the same, and for a second at most.
 */
export function systemTimeZone(now = Date.now()): string {
  const year = new Date(now).getUTCFullYear();
  const key = `${new Date(now).getTimezoneOffset()}|${new Date(Date.UTC(year, 0, 1)).getTimezoneOffset()}|${new Date(Date.UTC(year, 6, 1)).getTimezoneOffset()}`;
  if (!zoneSeen || zoneSeen.key !== key || Math.abs(now - zoneSeen.at) > 1_000) zoneSeen = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, key, at: now };
  return zoneSeen.zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone name: better than silently using UTC.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A wall-clock reading, as on a calendar and clock in some zone. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/*
 * Proleptic Gregorian date <-> day number (days since 1970-01-01), by plain
 * arithmetic (H. Hinnant, "chrono-compatible low-level date algorithms"):
 * no Date objects on the hot path, any year, day overflow rolls over.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
  };
}

/** The wall time as if it were UTC: a plain number to do date arithmetic on. */
function wallToUtcNumber(wall: WallTime): number {
  return (
    daysFromCivil(wall.year, wall.month, wall.day) * MS_PER_DAY +
    wall.hour * MS_PER_HOUR +
    wall.minute * MS_PER_MINUTE +
    wall.second * 1000 +
    wall.millisecond
  );
}

function utcNumberToWall(value: number): WallTime {
  const days = Math.floor(value / MS_PER_DAY);
  let rest = value - days * MS_PER_DAY;
  const hour = Math.floor(rest / MS_PER_HOUR);
  rest -= hour * MS_PER_HOUR;
  const minute = Math.floor(rest / MS_PER_MINUTE);
  rest -= minute * MS_PER_MINUTE;
  const second = Math.floor(rest / 1000);
  const { year, month, day } = civilFromDays(days);
  return { year, month, day, hour, minute, second, millisecond: rest - second * 1000 };
}

/** The offset straight from Intl: exact, but a formatToParts call each time. */
function offsetFromIntl(instant: number, timeZone: string): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  // Years before 1 CE come back as "1 BC" etc.; astronomical numbering keeps arithmetic simple.
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const wall: WallTime = {
    year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
  return wallToUtcNumber(wall) - instant;
}

/**
 * Offsets per UTC day: Intl is asked at the day's first and last
 * millisecond; when they differ, the change is found by bisection. Zones
 * change offset at most once a day, so each day costs a few Intl calls once
 * and every later lookup is a Map read (10,000 orders' deadlines and
 * reminders would otherwise take seconds).
 */
interface DayOffsets {
  before: number;
  after: number;
  /** First instant with the `after` offset; Infinity when the day has one offset. */
  changeAt: number;
}
const MAX_CACHED_DAYS = 20_000;
const offsetCache = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(day: number, timeZone: string): DayOffsets {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let entry = zone.get(day);
  if (!entry) {
    let lo = day * MS_PER_DAY;
    let hi = lo + MS_PER_DAY - 1;
    const before = offsetFromIntl(lo, timeZone);
    const after = offsetFromIntl(hi, timeZone);
    if (before !== after) {
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetFromIntl(mid, timeZone) === before) lo = mid;
        else hi = mid;
      }
    }
    entry = { before, after, changeAt: before === after ? Number.POSITIVE_INFINITY : hi };
    if (zone.size >= MAX_CACHED_DAYS) zone.clear();
    zone.set(day, entry);
  }
  return entry;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Kyiv in summer: +3 h). */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  assertInstant(instant);
  const entry = dayOffsets(Math.floor(instant / MS_PER_DAY), timeZone);
  return instant < entry.changeAt ? entry.before : entry.after;
}

/** What a calendar and clock in `timeZone` show at `instant`. */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  return utcNumberToWall(instant + zoneOffsetAt(instant, timeZone));
}

/**
 * The instant when clocks in `timeZone` show `wall`. Like Temporal's
 * "compatible" disambiguation: a time skipped by a spring-forward change
 * moves forward by the length of the gap (02:30 → 03:30); a time repeated by
 * a fall-back change takes its first occurrence, the earlier instant.
 */
export function instantAtWallTime(wall: WallTime, timeZone: string): number {
  return instantAtLocalNumber(wallToUtcNumber(wall), timeZone);
}

/*
 * The helpers below work on "local numbers": a wall time written as if it
 * were UTC (instant + offset). Whole local days are then whole multiples of
 * MS_PER_DAY, so day arithmetic is integer arithmetic, with no objects made.
 */
const localNumber = (instant: number, timeZone: string) => instant + zoneOffsetAt(instant, timeZone);
const localDayOf = (local: number) => Math.floor(local / MS_PER_DAY);

function instantAtLocalNumber(local: number, timeZone: string): number {
  // A wall time can only carry the offsets in force within a day of it.
  const offsetBefore = zoneOffsetAt(local - MS_PER_DAY, timeZone);
  const offsetAfter = zoneOffsetAt(local + MS_PER_DAY, timeZone);
  const early = local - offsetBefore;
  const late = local - offsetAfter;
  const earlyValid = zoneOffsetAt(early, timeZone) === offsetBefore;
  const lateValid = zoneOffsetAt(late, timeZone) === offsetAfter;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid) return late;
  // Valid: the only reading. Neither valid: a gap, read with the offset from before the change.
  return early;
}

/**
 * `days` calendar days after `instant` (negative: before), keeping the wall
 * time in `timeZone`.
 */
export function addCalendarDays(instant: number, days: number, timeZone: string): number {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days expected, got ${days}`);
  return instantAtLocalNumber(localNumber(instant, timeZone) + days * MS_PER_DAY, timeZone);
}

/** The instant at `hour:minute` local time on the calendar date of `instant`. */
export function atLocalTime(instant: number, hour: number, minute: number, timeZone: string): number {
  const day = localDayOf(localNumber(instant, timeZone));
  return instantAtLocalNumber(day * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE, timeZone);
}

/** Midnight (or the first moment of the day, where midnight is skipped) of the local date. */
export function startOfLocalDay(instant: number, timeZone: string): number {
  return atLocalTime(instant, 0, 0, timeZone);
}

/**
 * Whole calendar dates from the local date of `from` to that of `to`:
 * 0 when both fall on the same local date, 1 for "tomorrow", −1 for "yesterday".
 */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  return localDayOf(localNumber(to, timeZone)) - localDayOf(localNumber(from, timeZone));
}

/** "2025-03-30" for the local date of `instant`. */
export function localDateString(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

export function assertInstant(instant: number): void {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
}
