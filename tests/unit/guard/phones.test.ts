import { describe, expect, it } from 'vitest';
import { findPhones, normalisePhone, phoneFromTelHref, withPhoneMemo } from '../../../lib/guard/phones';
import { foldContacts } from '../../../lib/guard/text';

function phonesIn(text: string, regions: string[]): string[] {
  return findPhones(foldContacts(text).text, { regions }).map((p) => p.value);
}

describe('phone numbers: written forms', () => {
  // Expected E.164 values are worked out by hand from the country code and national number.
  it.each([
    ['+1 (888) 555-0123', ['US'], '+18885550123'],
    ['1-877-555-0188', ['US'], '+18775550188'],
    ['+1 866 — 555 — 0139', ['US'], '+18665550139'],
    ['020 7946 0321', ['US', 'GB'], '+442079460321'],
    ['8 800 301-47-62', ['RU'], '+78003014762'],
    ['+7 (495) 120-45-83', [], '+74951204583'],
    ['0 800 214 365', ['UA'], '+380800214365'],
    ['210.934.8271', ['GR'], '+302109348271'],
    ['+48\u00a022\u00a0307\u00a018\u00a054', [], '+48223071854'],
    ['0048 22 307 18 54', [], '+48223071854'],
    ['(+48) 22 307 18 54', [], '+48223071854'],
    ['+44 (0)20 7946 0321', [], '+442079460321'],
    ['599 48 17 26', ['GE'], '+995599481726'],
    ['01 23 45 67 89', ['FR'], '+33123456789'],
    ['+33 6 12 34 56 78', [], '+33612345678'],
    // Tbilisi: a one-digit group after the country and area codes.
    ['+995 32 2 123 456', [], '+995322123456'],
    // Saudi toll-free numbers have no trunk 0 in their national form.
    ['800 124 5678', ['SA'], '+9668001245678'],
  ])('%s → %s', (written, regions, expected) => {
    expect(phonesIn(`Call ${written} today`, regions)).toEqual([expected]);
  });

  it('reads full-width, Arabic-Indic, Persian and Devanagari digits', () => {
    expect(phonesIn('＋１ ８８８ ５５５ ０１２３', ['US'])).toEqual(['+18885550123']);
    expect(phonesIn('اتصل ٠١٠ ١٢٣٤ ٥٦٧٨', ['EG'])).toEqual(['+201012345678']);
    expect(phonesIn('تماس ۰۹۱۲ ۳۴۵ ۶۷۸۹', ['IR'])).toEqual(['+989123456789']);
    expect(phonesIn('कॉल करें ९८७६५ ४३२१०', ['IN'])).toEqual(['+919876543210']);
  });

  it('ignores zero-width characters and soft hyphens inside a number', () => {
    expect(phonesIn('+1\u200b(888)\u00ad555-01\u200d23', [])).toEqual(['+18885550123']);
    expect(phonesIn('+1 888\ufeff555\u20600123', [])).toEqual(['+18885550123']);
  });

  it('keeps offsets pointing at the raw text when invisible characters are dropped', () => {
    const raw = 'Tel: +1\u200b888\u200b555\u200b0123.';
    const folded = foldContacts(raw);
    const [match] = findPhones(folded.text, { regions: [] });
    expect(match).toBeDefined();
    expect(folded.map).not.toBeNull();
    const start = folded.map![match!.start]!;
    const end = folded.map![match!.end - 1]! + 1;
    expect(raw.slice(start, end)).toBe('+1\u200b888\u200b555\u200b0123');
  });

  it('reads tel: hrefs whatever the link text', () => {
    expect(phoneFromTelHref('tel:+18885550123', [])).toBe('+18885550123');
    expect(phoneFromTelHref('tel:0800410275', ['RO'])).toBe('+40800410275');
    expect(phoneFromTelHref('tel:%2B48223071854', [])).toBe('+48223071854');
    expect(phoneFromTelHref('tel:+1-888-555-0123;ext=2', [])).toBe('+18885550123');
    expect(phoneFromTelHref('tel:%E0%A4', [])).toBeNull();
  });

  it('tries country cues before the page regions, and needs a valid number', () => {
    expect(normalisePhone('(02) 5550 4187', ['AU', 'US'])).toBe('+61255504187');
    expect(normalisePhone('(02) 5550 4187', ['US'])).toBeNull();
    expect(normalisePhone('+1 555', [])).toBeNull();
  });
});

describe('phone numbers: things that are not phones', () => {
  it.each([
    ['Order ID: 8190427716350982', ['US']],
    ['Order 8194305627184451 · Shipped', ['US']],
    ['Tracking number: LP00471829305516', ['US']],
    ['Item ID 1005005820473316', ['US']],
    ['EAN 6974203518426', ['PL']],
    ['ISBN 978-617-12-8842-3', ['UA']],
    ['NIP 7792431186 · REGON 630214577 · KRS 0000512734', ['PL']],
    ['Rachunek: PL34 1140 2004 0000 3102 7654 3210', ['PL']],
    ['Kwota brutto 1 299,00 zł', ['PL']],
    ['Cena 1 299 000 ₽', ['RU']],
    ['Data zakupu 12.02.2025, 14.03.2025 16:20', ['PL']],
    ['2025-03-14 09:41', ['US']],
    ['© 2010-2025 Example', ['DK']],
    ['Координати: 50.4501, 30.5234', ['UA']],
    ['Версія 8.112.0, build 14.0.2.118', ['UA']],
    ['Dimensions 171.2 × 81.5 × 14.9 mm', ['US']],
    ['Phone: +1 ***-***-0093', ['US']],
    ['Visa •••• 4417', ['US']],
    ['Store No. 1102938475', ['US']],
    ['SIREN 123 456 789', ['FR']],
    ['numéro 123 456 789', ['FR']],
    ['Weight 0,318 кг, 17,40 USD', ['UA']],
    ['Battery 5000 mAh, 108 MP', ['US']],
    ['Bands B1/B3/B5/B7/B8/B20', ['US']],
    ['პირადი ნომერი 01024087316', ['GE']],
    ['Price US $189.99, save 40%', ['US']],
  ])('%s', (text, regions) => {
    expect(phonesIn(text, regions)).toEqual([]);
  });

  it('accepts a bare digit run only when something says "phone"', () => {
    expect(phonesIn('Ref 2079460321', ['GB'])).toEqual([]);
    expect(phonesIn('Tel. 02079460321', ['GB'])).toEqual(['+442079460321']);
  });

  it('reads a number touching words of a script written without spaces, but not one glued to Latin letters', () => {
    // 050-5555-1234 in Japan: country code 81, trunk 0 dropped → +81 50 5555 1234.
    expect(phonesIn('電話番号は050-5555-1234です', ['JP'])).toEqual(['+815055551234']);
    // Seoul-wide 1588 number followed by a Korean particle.
    expect(phonesIn('전화 1588-5555로 연락', ['KR'])).toEqual(['+8215885555']);
    expect(phonesIn('Model X050-5555-1234b', ['JP'])).toEqual([]);
  });

  it('reads toll-free vanity numbers spelt with keypad letters', () => {
    // A-L-I → 2-5-4, H-E-L-P → 4-3-5-7.
    expect(phonesIn('call 1-800-ALI-HELP today', ['US'])).toEqual(['+18002544357']);
    // F-L-O-W-E-R-S → 3-5-6-9-3-7-7.
    expect(phonesIn('1 (800) FLOWERS', ['US'])).toEqual(['+18003569377']);
    // Lower case, too few letters, or not a toll-free code: not vanity numbers.
    expect(phonesIn('1-800-ali-help', ['US'])).toEqual([]);
    expect(phonesIn('model 1-312-ABC-DEFG', ['US'])).toEqual([]);
  });

  it('reads the plus sign written as a word', () => {
    expect(phonesIn('dial plus 44 (0) 20-7946.0958', ['US'])).toEqual(['+442079460958']);
    expect(phonesIn('звоните плюс 7 999 555-12-34', ['US'])).toEqual(['+79995551234']);
    // Without the word, the same digits are a national US attempt and fail.
    expect(phonesIn('surplus 44 20 7946 0958', ['US'])).toEqual([]);
  });

  it('splits numbers written back to back', () => {
    expect(phonesIn('0800 410 275 / 021 318 7425', ['RO'])).toEqual(['+40800410275', '+40213187425']);
  });
});

describe('phone numbers: the trunk 0', () => {
  it('rejects a national number written without the 0 its country always writes', () => {
    // Riyadh 011 456 7890 without its 0 is not a Saudi number as written.
    expect(normalisePhone('11 456 7890', ['SA'])).toBeNull();
    expect(normalisePhone('011 456 7890', ['SA'])).toBe('+966114567890');
  });

  it('keeps rejecting a lone one-digit group deep inside a national number', () => {
    expect(phonesIn('Sizes 12 34 5 678 90 cm', ['PL'])).toEqual([]);
  });
});

describe('phone answers remembered during a scan', () => {
  it('keeps one answer per written form and regions: the same digits read in another region are asked anew', () => {
    const read = () => [normalisePhone('020 7946 0018', ['GB']), normalisePhone('020 7946 0018', ['US']), normalisePhone('020 7946 0018', ['GB'])];
    const inScan = withPhoneMemo(read);
    expect(inScan[0]).toMatch(/^\+44/);
    expect(inScan[1]).toBeNull();
    expect(inScan).toEqual(read());
  });
});
