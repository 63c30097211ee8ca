import { describe, expect, it } from 'vitest';
import { foldContacts } from '../../../lib/guard/text';
import { scanFragment } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-f,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('a national number is read in the country of the page language', () => {
  it.each([
    ['tl', '<p>Tumawag sa Temu customer service: 0920 123 4567</p>', '+639201234567'],
    ['sl', '<p>Pokličite podporo AliExpress: 040 123 456</p>', '+38640123456'],
    ['sq', '<p>Shërbimi i klientit SHEIN: 067 234 5678</p>', '+355672345678'],
    ['mk', '<p>Поддршка за Amazon: 075 123 456</p>', '+38975123456'],
    ['ta', '<p>Amazon வாடிக்கையாளர் சேவை: 044 2345 6789</p>', '+914423456789'],
    ['af', '<p>eBay kliëntediens: 082 123 4567</p>', '+27821234567'],
  ])('%s', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });
});

describe('support wording in Catalan, Slovenian, Albanian, Macedonian, Azerbaijani, Armenian, Uzbek, Filipino, Tamil and Afrikaans', () => {
  it.each([
    ['ca', '<h1>Amazon</h1><p>Atenció al client: 93 345 67 89</p>', '+34933456789'],
    ['sl', '<h1>eBay</h1><p>Služba za stranke: 040 123 456</p>', '+38640123456'],
    ['sq', '<h1>Temu</h1><p>Mbështetje: 067 234 5678</p>', '+355672345678'],
    ['mk', '<h1>AliExpress</h1><p>Корисничка служба: 075 123 456</p>', '+38975123456'],
    ['az', '<h1>SHEIN</h1><p>Qaynar xətt: 050 123 45 67</p>', '+994501234567'],
    ['hy', '<h1>Temu</h1><p>Թեժ գիծ՝ 077 123456</p>', '+37477123456'],
    ['uz', "<h1>AliExpress</h1><p>Ishonch telefoni: 93 123 45 67</p>", '+998931234567'],
    ['tl', '<h1>SHEIN</h1><p>Tumawag: 0920 123 4567</p>', '+639201234567'],
    ['af', '<h1>Amazon</h1><p>Hulplyn: 082 123 4567</p>', '+27821234567'],
  ])('%s', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });

  it('a dispute team\'s "direct line" is support wording (en)', () => {
    expect(values('<p>Sam, AliExpress dispute team, direct line 020 7946 0000</p>', { lang: 'en-GB' })).toEqual(['+442079460000']);
  });
});

describe('every decimal digit of the Basic Multilingual Plane reads as its value', () => {
  // Unicode puts each script's decimal digits in one run of ten, zero first.
  const digits: Array<[string, number]> = [];
  let run = 0;
  for (let code = 0x80; code <= 0xffff; code += 1) {
    const ch = String.fromCharCode(code);
    if (/\p{Nd}/u.test(ch)) {
      digits.push([ch, run % 10]);
      run += 1;
    } else run = 0;
  }

  it('folds each to an ASCII digit', () => {
    expect(digits.length).toBeGreaterThan(300);
    const wrong = digits.filter(([ch, value]) => foldContacts(`a${ch}`).text !== `a${value}`).map(([ch]) => ch.codePointAt(0)!.toString(16));
    expect(wrong).toEqual([]);
  });

  it.each([
    ['ta', 'Amazon வாடிக்கையாளர் சேவை: ௦௪௪ ௨௩௪௫ ௬௭௮௯', '+914423456789'],
    ['te', 'Amazon కస్టమర్ కేర్ support: ౦౪౪ ౨౩౪౫ ౬౭౮౯', '+914423456789'],
    ['gu', 'AliExpress customer care: ૦૪૪ ૨૩૪૫ ૬૭૮૯', '+914423456789'],
    ['my', 'Temu customer service: ၀၉ ၇၉၁ ၂၃၄ ၅၆၇', '+959791234567'],
  ])('%s digits in a number', (lang, text, expected) => {
    expect(values(`<p>${text}</p>`, { lang })).toEqual([expected]);
  });
});

describe('a number broken over a line after its international head', () => {
  it.each([
    ['pl', '<p>Infolinia AliExpress:<br>+48<br>601 234 567</p>', '+48601234567'],
    ['de', '<p>Temu Kundenservice:<br>+49 151<br>23456789</p>', '+4915123456789'],
    ['tr', '<p>SHEIN müşteri hizmetleri: +90 532<br>123 45 67</p>', '+905321234567'],
  ])('%s is joined', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });

  it('lines of separate numbers are not joined (en, pl)', () => {
    expect(values('<p>AliExpress order numbers:<br>8123 4567 8901<br>8123 4567 8902</p>')).toEqual([]);
    expect(values('<p>Infolinia AliExpress:<br>+48 601 234 567<br>22 123 45 67</p>', { lang: 'pl' })).toEqual(['+48601234567', '+48221234567']);
  });
});

describe('Afrikaans warnings and "ons" (our)', () => {
  it('a bank warning and its own line stay quiet; a fake support line is flagged', () => {
    expect(values('<h1>Valse Amazon-oproepe</h1><p>Bedrieërs gee voor hulle is Amazon. Skakel ons bedrogsentrum: 082 123 4567.</p>', { lang: 'af' })).toEqual([]);
    expect(values('<h1>Amazon kliëntediens</h1><p>Skakel: 082 123 4567</p>', { lang: 'af' })).toEqual(['+27821234567']);
  });
});
