import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  atLocalTime,
  calendarDaysBetween,
  instantAtWallTime,
  localDateString,
  startOfLocalDay,
  wallTimeAt,
  zoneOffsetAt,
} from '../../../lib/deadlines/zoned-time';

const H = 3_600_000;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

// Expected instants are worked out by hand from the zones' published rules:
// Kyiv EET +2 / EEST +3, switching at 01:00 UTC on the last Sundays of March and October;
// Warsaw CET +1 / CEST +2, same switching instants; Tbilisi +4 all year since 2005;
// São Paulo −3, with DST (−2) last observed 2018-11-04 00:00 → 2019-02-17 00:00.

describe('addCalendarDays keeps the wall time across DST changes', () => {
  it('Kyiv, spring forward (2025-03-30): 10 days are 239 hours', () => {
    const shipped = utc(2025, 3, 25, 12); // 14:00 EET
    const due = addCalendarDays(shipped, 10, 'Europe/Kyiv');
    expect(due).toBe(utc(2025, 4, 4, 11)); // 14:00 EEST
    expect(due - shipped).toBe(239 * H);
  });

  it('Kyiv, fall back (2025-10-26): 10 days are 241 hours', () => {
    const from = utc(2025, 10, 20, 7); // 10:00 EEST
    const due = addCalendarDays(from, 10, 'Europe/Kyiv');
    expect(due).toBe(utc(2025, 10, 30, 8)); // 10:00 EET
    expect(due - from).toBe(241 * H);
  });

  it('Warsaw: a wall time skipped by spring forward moves forward by the gap', () => {
    // 2025-03-29 02:30 CET + 1 day = 2025-03-30 02:30, which does not exist → 03:30 CEST.
    expect(addCalendarDays(utc(2025, 3, 29, 1, 30), 1, 'Europe/Warsaw')).toBe(utc(2025, 3, 30, 1, 30));
  });

  it('Warsaw: a wall time repeated by fall back takes its first occurrence', () => {
    // 2025-10-25 02:30 CEST + 1 day = 2025-10-26 02:30, which happens at 00:30Z (CEST) and 01:30Z (CET).
    expect(addCalendarDays(utc(2025, 10, 25, 0, 30), 1, 'Europe/Warsaw')).toBe(utc(2025, 10, 26, 0, 30));
  });

  it('São Paulo 2018: midnight skipped by DST start becomes 01:00', () => {
    // 2018-11-03 00:00 BRT (−3) + 1 day = 2018-11-04 00:00, skipped → 01:00 BRST (−2) = 03:00Z.
    expect(addCalendarDays(utc(2018, 11, 3, 3), 1, 'America/Sao_Paulo')).toBe(utc(2018, 11, 4, 3));
  });

  it('São Paulo 2019: the repeated hour before DST end resolves to the earlier instant', () => {
    // 2019-02-15 23:30 BRST (−2) + 1 day = 2019-02-16 23:30, seen at 01:30Z (BRST) and 02:30Z (BRT).
    expect(addCalendarDays(utc(2019, 2, 16, 1, 30), 1, 'America/Sao_Paulo')).toBe(utc(2019, 2, 17, 1, 30));
  });

  it('São Paulo 2019: 10 days across DST end', () => {
    // 2019-02-10 12:00 BRST (−2) = 14:00Z → 2019-02-20 12:00 BRT (−3) = 15:00Z.
    expect(addCalendarDays(utc(2019, 2, 10, 14), 10, 'America/Sao_Paulo')).toBe(utc(2019, 2, 20, 15));
  });

  it('São Paulo today has no DST: exactly 24 h per day', () => {
    const from = utc(2025, 11, 1, 15);
    expect(addCalendarDays(from, 30, 'America/Sao_Paulo') - from).toBe(30 * 24 * H);
  });

  it('Tbilisi (+4, no DST): every day is 24 h', () => {
    const from = utc(2025, 3, 25, 6);
    expect(addCalendarDays(from, 10, 'Asia/Tbilisi')).toBe(utc(2025, 4, 4, 6));
  });
});

describe('addCalendarDays across month and year ends', () => {
  it('Jan 31 + 29 days is Mar 1 in 2025 and Feb 29 in a leap year', () => {
    // 10:00 Tbilisi = 06:00Z
    expect(addCalendarDays(utc(2025, 1, 31, 6), 29, 'Asia/Tbilisi')).toBe(utc(2025, 3, 1, 6));
    expect(addCalendarDays(utc(2024, 1, 31, 6), 29, 'Asia/Tbilisi')).toBe(utc(2024, 2, 29, 6));
  });

  it('Jan 31 + 1 day late in the evening rolls into February by the local calendar', () => {
    // 2025-01-31 23:30 Kyiv = 21:30Z; UTC still says Jan 31, the local date is what counts.
    expect(addCalendarDays(utc(2025, 1, 31, 21, 30), 1, 'Europe/Kyiv')).toBe(utc(2025, 2, 1, 21, 30));
  });

  it('Jan 31 + 30 days in Warsaw is Mar 2 (2025) / Mar 1 (2024)', () => {
    expect(addCalendarDays(utc(2025, 1, 31, 11), 30, 'Europe/Warsaw')).toBe(utc(2025, 3, 2, 11));
    expect(addCalendarDays(utc(2024, 1, 31, 11), 30, 'Europe/Warsaw')).toBe(utc(2024, 3, 1, 11));
  });

  it('a local date ahead of UTC: 00:30 in Tbilisi on Mar 1 minus 1 day is Feb 29 (leap year)', () => {
    // 2024-03-01 00:30 +04 = 2024-02-29 20:30Z
    expect(addCalendarDays(utc(2024, 2, 29, 20, 30), -1, 'Asia/Tbilisi')).toBe(utc(2024, 2, 28, 20, 30));
  });

  it('a local date behind UTC: Dec 31 22:00 in São Paulo + 1 day is Jan 1 22:00', () => {
    // 2024-12-31 22:00 −03 = 2025-01-01 01:00Z
    expect(addCalendarDays(utc(2025, 1, 1, 1), 1, 'America/Sao_Paulo')).toBe(utc(2025, 1, 2, 1));
  });

  it('negative days cross DST backwards too', () => {
    // 2025-04-02 15:00 EEST = 12:00Z − 7 days = 2025-03-26 15:00 EET = 13:00Z
    expect(addCalendarDays(utc(2025, 4, 2, 12), -7, 'Europe/Kyiv')).toBe(utc(2025, 3, 26, 13));
  });

  it('refuses fractional days and unknown zones', () => {
    expect(() => addCalendarDays(0, 1.5, 'Europe/Kyiv')).toThrow(RangeError);
    expect(() => addCalendarDays(0, 1, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => addCalendarDays(Number.NaN, 1, 'Europe/Kyiv')).toThrow(RangeError);
  });
});

describe('wall times and local days', () => {
  it('reads the wall time and offset', () => {
    expect(wallTimeAt(utc(2025, 7, 1, 9, 15) + 250, 'Europe/Kyiv')).toEqual({
      year: 2025,
      month: 7,
      day: 1,
      hour: 12,
      minute: 15,
      second: 0,
      millisecond: 250,
    });
    expect(zoneOffsetAt(utc(2025, 7, 1), 'Europe/Kyiv')).toBe(3 * H);
    expect(zoneOffsetAt(utc(2025, 1, 1), 'Europe/Kyiv')).toBe(2 * H);
    expect(zoneOffsetAt(utc(2025, 1, 1), 'America/Sao_Paulo')).toBe(-3 * H);
  });

  it('switches offset at the exact instant of the change', () => {
    // Kyiv springs forward at 2025-03-30 01:00:00Z.
    expect(zoneOffsetAt(utc(2025, 3, 30, 1) - 1, 'Europe/Kyiv')).toBe(2 * H);
    expect(zoneOffsetAt(utc(2025, 3, 30, 1), 'Europe/Kyiv')).toBe(3 * H);
    // Lord Howe Island moves by half an hour: +11 → +10:30 at 2025-04-05 15:00Z.
    expect(zoneOffsetAt(utc(2025, 4, 5, 15) - 1, 'Australia/Lord_Howe')).toBe(11 * H);
    expect(zoneOffsetAt(utc(2025, 4, 5, 15), 'Australia/Lord_Howe')).toBe(10.5 * H);
    // On Apr 6, 01:30–02:00 happens twice; Apr 5 01:45 (+11 = Apr 4 14:45Z) + 1 day takes the first Apr 6 01:45.
    expect(addCalendarDays(utc(2025, 4, 4, 14, 45), 1, 'Australia/Lord_Howe')).toBe(utc(2025, 4, 5, 14, 45));
  });

  it('instantAtWallTime inverts wallTimeAt for ordinary times', () => {
    const wall = { year: 2025, month: 10, day: 26, hour: 12, minute: 0, second: 0, millisecond: 0 };
    expect(instantAtWallTime(wall, 'Europe/Warsaw')).toBe(utc(2025, 10, 26, 11));
  });

  it('start of a day whose midnight was skipped is 01:00', () => {
    expect(startOfLocalDay(utc(2018, 11, 4, 15), 'America/Sao_Paulo')).toBe(utc(2018, 11, 4, 3));
  });

  it('atLocalTime picks the hour on the local date, in the offset of that day', () => {
    expect(atLocalTime(utc(2025, 3, 30, 20), 9, 0, 'Europe/Kyiv')).toBe(utc(2025, 3, 30, 6));
    expect(atLocalTime(utc(2025, 3, 29, 20), 9, 0, 'Europe/Kyiv')).toBe(utc(2025, 3, 29, 7));
  });

  it('calendarDaysBetween counts local dates, not 24-hour spans', () => {
    // 23:59 and 00:01 Kyiv the next day: two minutes apart, one date apart.
    expect(calendarDaysBetween(utc(2025, 5, 10, 20, 59), utc(2025, 5, 10, 21, 1), 'Europe/Kyiv')).toBe(1);
    // Same two instants in São Paulo (−3): both on May 10.
    expect(calendarDaysBetween(utc(2025, 5, 10, 20, 59), utc(2025, 5, 10, 21, 1), 'America/Sao_Paulo')).toBe(0);
    // Across spring forward: Mar 29 to Apr 1 is 3 dates.
    expect(calendarDaysBetween(utc(2025, 3, 29, 10), utc(2025, 4, 1, 10), 'Europe/Warsaw')).toBe(3);
    expect(calendarDaysBetween(utc(2025, 4, 1, 10), utc(2025, 3, 29, 10), 'Europe/Warsaw')).toBe(-3);
  });

  it('localDateString uses the local date', () => {
    // 22:30Z is 00:30 on Feb 1 in Kyiv (+2) and 19:30 on Jan 31 in São Paulo (−3).
    expect(localDateString(utc(2025, 1, 31, 22, 30), 'Europe/Kyiv')).toBe('2025-02-01');
    expect(localDateString(utc(2025, 1, 31, 22, 30), 'America/Sao_Paulo')).toBe('2025-01-31');
  });
});
