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

/** The zone the browser runs in, e.g. "Europe/Kyiv". */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
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

/** What a calendar and clock in `timeZone` show at `instant`. */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  assertInstant(instant);
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  // Years before 1 CE come back as "1 BC" etc.; astronomical numbering keeps arithmetic simple.
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

/** The wall time as if it were UTC: a plain number to do date arithmetic on. */
function wallToUtcNumber(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

function utcNumberToWall(value: number): WallTime {
  const d = new Date(value);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Kyiv in summer: +3 h). */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  return wallToUtcNumber(wallTimeAt(instant, timeZone)) - instant;
}

/**
 * The instant when clocks in `timeZone` show `wall`. Like Temporal's
 * "compatible" disambiguation: a time skipped by a spring-forward change
 * moves forward by the length of the gap (02:30 → 03:30); a time repeated by
 * a fall-back change takes its first occurrence, the earlier instant.
 */
export function instantAtWallTime(wall: WallTime, timeZone: string): number {
  const asUtc = wallToUtcNumber(wall);
  // A wall time can only carry the offsets in force within a day of it.
  const offsetBefore = zoneOffsetAt(asUtc - MS_PER_DAY, timeZone);
  const offsetAfter = zoneOffsetAt(asUtc + MS_PER_DAY, timeZone);
  const valid = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (candidate) => candidate + zoneOffsetAt(candidate, timeZone) === asUtc,
  );
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: read the wall time with the offset from before the change.
  return asUtc - offsetBefore;
}

/**
 * `days` calendar days after `instant` (negative: before), keeping the wall
 * time in `timeZone`.
 */
export function addCalendarDays(instant: number, days: number, timeZone: string): number {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days expected, got ${days}`);
  const wall = wallTimeAt(instant, timeZone);
  const shifted = utcNumberToWall(wallToUtcNumber({ ...wall, hour: 12, minute: 0, second: 0, millisecond: 0 }) + days * MS_PER_DAY);
  return instantAtWallTime({ ...wall, year: shifted.year, month: shifted.month, day: shifted.day }, timeZone);
}

/** The instant at `hour:minute` local time on the calendar date of `instant`. */
export function atLocalTime(instant: number, hour: number, minute: number, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  return instantAtWallTime({ ...wall, hour, minute, second: 0, millisecond: 0 }, timeZone);
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
  const a = wallTimeAt(from, timeZone);
  const b = wallTimeAt(to, timeZone);
  const dateOnly = (w: WallTime) => wallToUtcNumber({ ...w, hour: 12, minute: 0, second: 0, millisecond: 0 });
  return Math.round((dateOnly(b) - dateOnly(a)) / MS_PER_DAY);
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
