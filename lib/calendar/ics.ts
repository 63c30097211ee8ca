import { addCalendarDays, localDateString } from '../deadlines/zoned-time';
import { stripBidiControls } from '../schema/bidi';

/**
 * iCalendar (RFC 5545) text for a list of events: what Google Calendar,
 * Outlook and Apple Calendar import. Pure: no clock, no randomness; the
 * caller passes `now` (DTSTAMP) and stable UIDs, so the same data gives the
 * same file and re-importing updates events instead of duplicating them.
 */

export interface IcsEvent {
  /** Globally unique and stable across exports, e.g. "8123.dispute-last-day@buyerguard". */
  uid: string;
  title: string;
  description?: string;
  /** Instant (epoch ms). For all-day events, its local date in `timeZone` is the day. */
  start: number;
  /** Exclusive end instant of a timed event; 30 minutes after start when absent. Ignored for all-day events (one day). */
  end?: number;
  allDay?: boolean;
  url?: string;
  /** One display alarm per entry, this many ms before the start (0: at the start). */
  alarmsBeforeMs?: readonly number[];
}

export interface IcsOptions {
  /** DTSTAMP of every event. */
  now: number;
  /** Identifies the product that made the file, e.g. "-//Buyerguard//Deadlines 1.0//EN". */
  prodId: string;
  /** Zone whose calendar dates all-day events fall on. Required when any event is all-day. */
  timeZone?: string;
  /** Shown as the calendar's name by apps that read X-WR-CALNAME. */
  calendarName?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const DEFAULT_TIMED_LENGTH_MS = 30 * 60_000;

// Lone surrogates cannot be encoded as UTF-8 at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 5545 §3.3.11: TEXT allows no control characters except HTAB (newlines are escaped below). */
function dropControlCharacters(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (!isControl) out += char;
  }
  return out;
}

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return dropControlCharacters(stripBidiControls(value).replace(LONE_SURROGATE, '\uFFFD'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split with CRLF + space,
 * never inside a UTF-8 sequence (a split character would not survive
 * decoding). The leading space counts toward the next line's 75.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

function assertInstant(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} is not an instant: ${value}`);
}

/** 20250404T100000Z */
function utcDateTime(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** 20250404: the calendar date of `instant` (plus some days) in `timeZone`. */
function localDate(instant: number, timeZone: string, plusDays = 0): string {
  return localDateString(addCalendarDays(instant, plusDays, timeZone), timeZone).replace(/-/g, '');
}

/** RFC 5545 §3.3.6 duration, negative: "-P1D", "-PT2H", "-PT15M"; "PT0S" at the start. */
function triggerBefore(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Alarm offset must be ≥ 0 ms, got ${ms}`);
  const seconds = Math.floor(ms / 1000);
  if (seconds === 0) return 'PT0S';
  if (seconds % 86_400 === 0) return `-P${seconds / 86_400}D`;
  if (seconds % 3600 === 0) return `-PT${seconds / 3600}H`;
  if (seconds % 60 === 0) return `-PT${seconds / 60}M`;
  return `-PT${seconds}S`;
}

/** A URI property value must carry no spaces or controls; URL parsing percent-encodes them. */
function uriValue(url: string): string {
  const href = new URL(url).href;
  if (!/^https?:$/.test(new URL(href).protocol)) throw new RangeError(`Only http(s) links belong in a calendar: ${url}`);
  return href;
}

function eventLines(event: IcsEvent, options: IcsOptions): string[] {
  assertInstant(event.start, `Start of ${event.uid}`);
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcDateTime(options.now)}`];
  if (event.allDay) {
    if (!options.timeZone) throw new RangeError('All-day events need options.timeZone to know their date');
    lines.push(
      `DTSTART;VALUE=DATE:${localDate(event.start, options.timeZone)}`,
      `DTEND;VALUE=DATE:${localDate(event.start, options.timeZone, 1)}`,
    );
  } else {
    const end = event.end ?? event.start + DEFAULT_TIMED_LENGTH_MS;
    assertInstant(end, `End of ${event.uid}`);
    if (end <= event.start) throw new RangeError(`Event ${event.uid} ends before it starts`);
    lines.push(`DTSTART:${utcDateTime(event.start)}`, `DTEND:${utcDateTime(end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${uriValue(event.url)}`);
  // A deadline is a moment to remember, not time the user is busy.
  lines.push('TRANSP:TRANSPARENT');
  for (const before of event.alarmsBeforeMs ?? []) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:${triggerBefore(before)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole .ics file: CRLF line endings, folded lines, one VEVENT per event. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  assertInstant(options.now, 'DTSTAMP');
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.uid)) throw new RangeError(`Duplicate UID ${event.uid}`);
    seen.add(event.uid);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.calendarName ? [`X-WR-CALNAME:${escapeText(options.calendarName)}`] : []),
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
