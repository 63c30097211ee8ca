import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../lib/guard/phones';
import { scanValues as values } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-j,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

describe('a date range ending in a full date is not a phone number', () => {
  it.each([
    ['hr', 'HR', 'Dostava između 3.–8.11.2027. Pomoć: podrška u aplikaciji Temu.'],
    ['de', 'DE', 'Lieferung voraussichtlich 03.–08.11.2027, Fragen an den Temu-Kundenservice in der App.'],
    ['pl', 'PL', 'Przewidywana dostawa: 5-12.11.2027 r. Infolinia? Tylko czat Temu w aplikacji.'],
    ['ru', 'RU', 'Срок акции: 9.1–25.12.2027, служба поддержки AliExpress — в чате приложения.'],
    ['cs', 'CZ', 'Doručení 7.–23.12.2027, zákaznická podpora SHEIN jen v aplikaci.'],
    ['uk', 'UA', 'Очікувана доставка 05–07/11/2027, підтримка AliExpress лише в чаті.'],
  ])('%s: "%s" holds no phone', (lang, region, text) => {
    expect(findPhones(text, { regions: [region] }).map((p) => p.value)).toEqual([]);
    expect(values(`<p>${text}</p>`, { lang })).toEqual([]);
  });

  it.each([
    ['hr', '<p>Podrška Temu: 091 412 2027</p>', '+385914122027'],
    ['de', '<p>Temu-Kundenservice: 030 8112 2027</p>', '+493081122027'],
    ['fr', '<p>Service client SHEIN : 01.23.11.20.27</p>', '+33123112027'],
  ])('%s: a support number that merely contains the digits of a date is still read', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });
});
