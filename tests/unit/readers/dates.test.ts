import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate, lastDayIn, monthFromWord, parseMessageTime, parseSiteDate, relativeDay } from '../../../lib/marketplaces/shared/readers/dates';

// The page shows the buyer's local time. Run in a zone far from UTC so that reading a
// date as UTC by mistake would fail these tests.
const original = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Sao_Paulo';
});
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** Sao Paulo is UTC−3 all year (no DST since 2019). */
const saoPaulo = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h + 3, min);

describe('parseSiteDate', () => {
  it.each([
    ['Mar 12, 2026', saoPaulo(2026, 3, 12)],
    ['March 12 2026', saoPaulo(2026, 3, 12)],
    ['Order date: Mar 2, 2026', saoPaulo(2026, 3, 2)],
    ['12 мар. 2026 г.', saoPaulo(2026, 3, 12)],
    ['5 марта 2026 г.', saoPaulo(2026, 3, 5)],
    ['28 февр. 2026 г.', saoPaulo(2026, 2, 28)],
    ['12 mar 2026', saoPaulo(2026, 3, 12)],
    ['9 marca 2026', saoPaulo(2026, 3, 9)],
    ['3 paź 2025', saoPaulo(2025, 10, 3)],
    ['12 de mar. de 2026', saoPaulo(2026, 3, 12)],
    ['2 de marzo de 2026', saoPaulo(2026, 3, 2)],
    ['12 de março de 2026', saoPaulo(2026, 3, 12)],
    ['7 de dez. de 2025', saoPaulo(2025, 12, 7)],
    ['12 mars 2026', saoPaulo(2026, 3, 12)],
    ['1 juil. 2025', saoPaulo(2025, 7, 1)],
    ['3 juin 2025', saoPaulo(2025, 6, 3)],
    ['12. März 2026', saoPaulo(2026, 3, 12)],
    ['3 бер. 2026 р.', saoPaulo(2026, 3, 3)],
    ['5 березня 2026 р.', saoPaulo(2026, 3, 5)],
    ['14 листопада 2025', saoPaulo(2025, 11, 14)],
    ['2026-03-12', saoPaulo(2026, 3, 12)],
    ['2015-06-30 08:15:00', saoPaulo(2015, 6, 30, 8, 15)],
    ['01.03.2026, 22:05', saoPaulo(2026, 3, 1, 22, 5)],
    ['Mar 8, 2026 09:31', saoPaulo(2026, 3, 8, 9, 31)],
    ['March 3, 2026 3:05 PM', saoPaulo(2026, 3, 3, 15, 5)],
    ['1 mars 2026 14:32', saoPaulo(2026, 3, 1, 14, 32)],
    ['12 marca 2026 o 10:15', saoPaulo(2026, 3, 12, 10, 15)],
    ['25/12/2025', saoPaulo(2025, 12, 25)],
    ['12/25/2025', saoPaulo(2025, 12, 25)],
    ['Delivered: 5 items 2026 and Mar 12, 2026', saoPaulo(2026, 3, 12)],
    // Hungarian: year, month word, day
    ['2026. nov. 23.', saoPaulo(2026, 11, 23)],
    ['2027. márc. 4.', saoPaulo(2027, 3, 4)],
    ['Rendelés dátuma: 2026. szept. 30. 14:05', saoPaulo(2026, 9, 30, 14, 5)],
  ])('%s', (text, expected) => {
    expect(parseSiteDate(text)).toBe(expected);
  });

  it.each([
    ['an ambiguous slashed date', '03/04/2026'],
    ['31 February', '31 févr. 2026'],
    ['no year', 'Mar 12'],
    ['a year outside 2000–2100', 'Jan 1, 1900'],
    ['a word that is no month', '12 items 2026'],
    ['nothing', 'Order ID: 8181234567890123'],
  ])('refuses %s', (_label, text) => {
    expect(parseSiteDate(text)).toBeUndefined();
  });

  it('reports where the date and its time are', () => {
    const text = 'Shipped on Mar 8, 2026 09:31 by AliExpress Standard';
    const found = findDate(text);
    expect(found?.hasTime).toBe(true);
    expect(text.slice(found?.index, found?.end)).toBe('Mar 8, 2026 09:31');
  });
});

describe('monthFromWord', () => {
  it.each([
    ['juin', 5],
    ['juillet', 6],
    ['Juni', 5],
    ['lipca', 6],
    ['listopada', 10],
    ['лип', 6],
    ['листопад', 10],
    ['сент', 8],
    ['août', 7],
  ])('%s is month %d', (word, month) => {
    expect(monthFromWord(word)).toBe(month);
  });
});

describe('parseMessageTime', () => {
  const now = saoPaulo(2026, 3, 10, 12, 0);

  it.each([
    ['10:15', saoPaulo(2026, 3, 10, 10, 15)],
    ['Today 10:15', saoPaulo(2026, 3, 10, 10, 15)],
    ['Сегодня 08:00', saoPaulo(2026, 3, 10, 8, 0)],
    ['Yesterday 18:40', saoPaulo(2026, 3, 9, 18, 40)],
    ['Вчора 22:05', saoPaulo(2026, 3, 9, 22, 5)],
    ['wczoraj', saoPaulo(2026, 3, 9)],
    ['Mar 8 09:31', saoPaulo(2026, 3, 8, 9, 31)],
    ['8 мар. 09:31', saoPaulo(2026, 3, 8, 9, 31)],
    // December seen in March is last December.
    ['Dec 30 08:00', saoPaulo(2025, 12, 30, 8, 0)],
    ['Mar 8, 2026 09:31', saoPaulo(2026, 3, 8, 9, 31)],
    ['2026-03-08T09:31:00', saoPaulo(2026, 3, 8, 9, 31)],
  ])('%s', (text, expected) => {
    expect(parseMessageTime(text, now)).toBe(expected);
  });

  it('finds nothing in plain text', () => {
    expect(parseMessageTime('Hello friend', now)).toBeUndefined();
  });

  it('yesterday crosses the month boundary', () => {
    expect(parseMessageTime('Yesterday 23:59', saoPaulo(2026, 3, 1, 9))).toBe(saoPaulo(2026, 2, 28, 23, 59));
  });
});

describe('relativeDay', () => {
  const now = saoPaulo(2026, 3, 1, 9);
  it.each([
    ['2 days ago', saoPaulo(2026, 2, 27)],
    ['2 дня назад', saoPaulo(2026, 2, 27)],
    ['3 dni temu', saoPaulo(2026, 2, 26)],
    ['hace 1 día', saoPaulo(2026, 2, 28)],
    ['Yesterday', saoPaulo(2026, 2, 28)],
    ['Today', saoPaulo(2026, 3, 1)],
    ['منذ ٢ أيام', saoPaulo(2026, 2, 27)],
  ])('%s is the local midnight of that day', (text, expected) => {
    expect(relativeDay(text, now)).toBe(expected);
  });

  it('reads nothing from a duration that is not in the past', () => {
    expect(relativeDay('Buyer protection ends in 2 days', now)).toBeUndefined();
  });
});

describe('Arabic-Indic digits', () => {
  it('reads a year-first date written in them', () => {
    expect(findDate('٢٠٢٦/٠٣/٠٦')?.at).toBe(saoPaulo(2026, 3, 6));
  });
});

describe('lastDayIn: the end of a range or a promised day', () => {
  const reference = saoPaulo(2026, 11, 26);
  it.each([
    ['a dotted range without a year (Czech)', 'Předpokládané doručení: 5. 12. – 12. 12.', saoPaulo(2026, 12, 12)],
    ['a dotted range without a year, crossing the year', 'Lieferung: 28.12.–4.1.', saoPaulo(2027, 1, 4)],
    ['a slashed day-first date past 12', 'Επιστροφή έως 14/02/2027', saoPaulo(2027, 2, 14)],
    ['a dotted date with its year', 'Bis zum 10.12.2026 keine Aktualisierung?', saoPaulo(2026, 12, 10)],
  ])('%s', (_label, text, expected) => {
    expect(lastDayIn(text, reference)?.at).toBe(expected);
  });

  it('reads an ambiguous slashed date only in the order the page language gives', () => {
    expect(lastDayIn('Return by 03/04/2027', reference)).toBeUndefined();
    expect(lastDayIn('Return by 03/04/2027', reference, 'dmy')?.at).toBe(saoPaulo(2027, 4, 3));
    expect(lastDayIn('Return by 03/04/2027', reference, 'mdy')?.at).toBe(saoPaulo(2027, 3, 4));
  });

  it('does not take a price for a day', () => {
    expect(lastDayIn('Summe: 12.99 €', reference)).toBeUndefined();
  });
});
