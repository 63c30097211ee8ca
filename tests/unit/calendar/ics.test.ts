import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, type IcsEvent } from '../../../lib/calendar/ics';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const now = utc(2025, 4, 1, 8, 30); // DTSTAMP 20250401T083000Z
const options = { now, prodId: '-//Buyerguard//Deadlines 1.0//EN', timeZone: 'Europe/Kyiv' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

/** RFC 5545 §3.1 at the octet level: CRLF only, ≤ 75 octets a line, each line valid UTF-8 on its own. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bytes = new TextEncoder().encode(text);
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.slice(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      start = i + 2;
    }
  }
}

const georgian =
  'დავის გახსნის ბოლო დღე · შეკვეთა 8123456789012345 — თუ ამანათი არ მოსულა, მანამდე გახსენით დავა; მტკიცებულებები, ფოტოები და ვიდეო დაურთეთ.';
const greek =
  'Τελευταία μέρα για άνοιγμα διαφοράς, παραγγελία 8123456789012345; αν το δέμα δεν έφτασε, ανοίξτε διαφορά πριν από τότε.\nΠηγή: οδηγοί για αγοραστές (#000)';
const tricky = 'Back\\slash, comma; semicolon\nnew line\r\nCRLF\rCR — and emoji 📦🧾 at the end';

describe('buildIcs', () => {
  const events: IcsEvent[] = [
    {
      uid: '8123456789012345.dispute-last-day@buyerguard',
      title: georgian,
      description: `${greek}\n\n${'Long description line that keeps going. '.repeat(12)}`,
      start: utc(2025, 4, 14, 7),
      url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8123456789012345',
      alarmsBeforeMs: [3 * 86_400_000, 86_400_000],
    },
    { uid: 'b@buyerguard', title: tricky, description: tricky, start: utc(2025, 4, 20, 12), end: utc(2025, 4, 20, 13), alarmsBeforeMs: [0, 90 * 60_000] },
    { uid: 'c@buyerguard', title: 'All day', start: utc(2025, 4, 10, 22, 30), allDay: true },
  ];
  const text = buildIcs(events, { ...options, calendarName: 'Buyerguard: ვადები' });

  it('is well formed at the octet level', () => {
    expectWellFormed(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Buyerguard//Deadlines 1.0//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('parses with ical.js and every event round-trips', () => {
    const { calendar, events: parsed } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Buyerguard: ვადები');
    expect(parsed).toHaveLength(3);
    parsed.forEach((component, i) => {
      const source = events[i];
      if (!source) throw new Error('missing source event');
      const event = new ICAL.Event(component);
      expect(event.uid).toBe(source.uid);
      expect(event.summary).toBe(source.title.replace(/\r\n|\r/g, '\n'));
      expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-04-01T08:30:00Z');
      if (source.description) expect(event.description).toBe(source.description.replace(/\r\n|\r/g, '\n'));
      if (!source.allDay) expect(event.startDate.toUnixTime() * 1000).toBe(source.start);
    });
  });

  it('writes timed events in UTC with a default 30-minute end, and the URL', () => {
    const first = new ICAL.Event(parse(text).events[0]);
    expect(first.startDate.toString()).toBe('2025-04-14T07:00:00Z');
    expect(first.endDate.toUnixTime() * 1000).toBe(utc(2025, 4, 14, 7, 30));
    expect(parse(text).events[0]?.getFirstPropertyValue('url')).toBe(
      'https://www.aliexpress.com/p/order/detail.html?orderId=8123456789012345',
    );
    expect(new ICAL.Event(parse(text).events[1]).endDate.toUnixTime() * 1000).toBe(utc(2025, 4, 20, 13));
  });

  it('puts an all-day event on its local date (22:30Z is already Apr 11 in Kyiv)', () => {
    const allDay = new ICAL.Event(parse(text).events[2]);
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2025-04-11');
    expect(allDay.endDate.toString()).toBe('2025-04-12');
    expect(text).toContain('DTSTART;VALUE=DATE:20250411\r\n');
  });

  it('adds display alarms with the right triggers', () => {
    const triggers = (i: number) =>
      (parse(text).events[i]?.getAllSubcomponents('valarm') ?? []).map((alarm) => {
        expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(alarm.getFirstPropertyValue('description')).toBeTruthy();
        const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
        return trigger.toSeconds();
      });
    expect(triggers(0)).toEqual([-3 * 86_400, -86_400]);
    expect(triggers(1)).toEqual([0, -5_400]);
    expect(triggers(2)).toEqual([]);
  });

  it('marks deadlines as not busy time', () => {
    expect(text.match(/TRANSP:TRANSPARENT\r\n/g)).toHaveLength(3);
  });

  it('is deterministic', () => {
    expect(buildIcs(events, { ...options, calendarName: 'Buyerguard: ვადები' })).toBe(text);
  });

  it('an empty calendar is still valid', () => {
    const empty = buildIcs([], options);
    expectWellFormed(empty);
    expect(parse(empty).events).toHaveLength(0);
  });

  it('refuses what would make an invalid file', () => {
    const base = { uid: 'x', title: 't', start: utc(2025, 1, 1) };
    expect(() => buildIcs([base, { ...base }], options)).toThrow(/Duplicate UID/);
    expect(() => buildIcs([{ ...base, start: Number.NaN }], options)).toThrow(RangeError);
    expect(() => buildIcs([{ ...base, end: base.start }], options)).toThrow(/ends before/);
    expect(() => buildIcs([{ ...base, url: 'javascript:alert(1)' }], options)).toThrow(RangeError);
    expect(() => buildIcs([{ ...base, allDay: true }], { now, prodId: 'x' })).toThrow(/timeZone/);
    expect(() => buildIcs([{ ...base, alarmsBeforeMs: [-1] }], options)).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('drops control characters and repairs lone surrogates', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
    expect(escapeText('x\uD83Dy')).toBe('x\uFFFDy');
  });
});

describe('foldLine', () => {
  it('splits ASCII at 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine('A'.repeat(200));
    const lines = folded.split('\r\n');
    // 75 + 74 + 51 characters; continuation lines carry the extra space.
    expect(lines.map((l) => l.length)).toEqual([75, 75, 52]);
    expect(lines[1]?.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('A'.repeat(200));
  });

  it('never splits a multi-byte character: Georgian is 3 octets a letter, emoji 4', () => {
    for (const text of ['ა'.repeat(60), `x${'📦'.repeat(40)}`, `ab${'é'.repeat(80)}`]) {
      const lines = foldLine(text).split('\r\n');
      for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(text);
    }
    // 25 Georgian letters = 75 octets fit; the 26th goes on the next line.
    expect(foldLine('ა'.repeat(26)).split('\r\n')).toEqual(['ა'.repeat(25), ' ა']);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
