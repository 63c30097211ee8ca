import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../lib/guard/phones';
import { scanFragment, summary } from './helpers';

/**
 * The phenomena behind the misses of blind batches 2026-12-02-b and -c, each
 * with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('legal contact blocks in more EU languages stay quiet on listings', () => {
  const cases: Array<[string, string, string]> = [
    ['hu', 'https://hu.aliexpress.com/item/100500000011.html', '<p>Gyártó: Minta Kft. Felelős személy: Példa Bt., +36 1 234 5678, info@pelda-bt.example</p>'],
    ['sk', 'https://www.temu.com/sk/x-g-601099000011.html', '<p>Zodpovedná osoba: Vzor s.r.o., Bratislava, vzor@vzor-sro.example</p>'],
    ['bg', 'https://bg.aliexpress.com/item/100500000012.html', '<p>Вносител: Пример ЕООД, София, пример@primer-eood.example</p>'],
    ['hr', 'https://www.ebay.de/itm/100000000011', '<table><tr><th>Uvoznik</th><td>Primjer d.o.o., primjer@primjer-doo.example</td></tr></table>'],
    ['sv', 'https://se.shein.com/x-p-100000011.html', '<h3>Produktsäkerhet</h3><p>Exempel AB, Stockholm, kontakt@exempel-ab.example</p>'],
    ['fi', 'https://www.temu.com/fi/x-g-601099000012.html', '<p>Maahantuoja: Esimerkki Oy, Helsinki, asiakas@esimerkki-oy.example</p>'],
    ['da', 'https://www.amazon.de/dp/B0TEST0011', '<p>Ansvarlig person i EU: Eksempel ApS, København, info@eksempel-aps.example</p>'],
  ];
  it.each(cases)('%s', (lang, url, body) => {
    expect(summary(scanFragment(`<h1>Vare</h1>${body}`, { lang, url }))).toEqual([]);
  });

  it('a seller inviting the buyer out is still flagged next to such a block (hu, sv)', () => {
    const hu = values('<p>Írjon WhatsAppon, olcsóbban adjuk: +36 30 765 4321</p><p>Gyártó: Minta Kft., minta@minta-kft.example</p>', {
      lang: 'hu',
      url: 'https://hu.aliexpress.com/item/100500000013.html',
    });
    expect(hu).toEqual(['+36307654321']);
    const sv = values('<p>Skriv till oss på Telegram: <a href="https://t.me/billigare_direkt">t.me/billigare_direkt</a></p><p>Tillverkare: Exempel AB</p>', {
      lang: 'sv',
      url: 'https://se.shein.com/x-p-100000012.html',
    });
    expect(sv).toEqual(['https://t.me/billigare_direkt']);
  });
});

describe('a number quoted first and called a scam in the sentences after it', () => {
  it.each([
    ['en', 'A reader found 0800 046 1234 listed as "eBay support" in an ad. Do not ring it. Crooks run it.', 'ebay'],
    ['de', 'Im Netz steht 0900 5 123456 als AliExpress-Kundendienst. Das ist Abzocke über eine Mehrwertnummer.', 'aliexpress'],
    ['pl', 'W wyszukiwarce pojawia się numer 701 234 567 jako infolinia Temu. To oszustwo, nie dzwoń.', 'temu'],
    ['hu', 'A keresőben a 06 90 123 456 számot az AliExpress ügyfélszolgálataként hirdetik. Ez csalás, ne hívja!', 'aliexpress'],
  ])('%s stays quiet', (lang, sentence) => {
    expect(values(`<article><h1>Warning</h1><p>${sentence}</p></article>`, { lang })).toEqual([]);
  });

  it('"beware of fake numbers, this one is official" after a number does not make it a warning (en, de)', () => {
    expect(values('<p>AliExpress customer service: 0800 046 1234. Beware of scammers: this is the only official line.</p>')).toEqual([
      '+448000461234',
    ]);
    expect(
      values('<p>Temu Kundenservice: 0800 123 4567. Vorsicht vor Betrügern, dies ist die einzige offizielle Nummer.</p>', { lang: 'de' }),
    ).toEqual(['+498001234567']);
  });
});

describe('numbers partly in words read as one number', () => {
  it.each([
    ['tr', 'Temu destek hattı: sıfır sekiz yüz elli 444 12 34', '+908504441234'],
    ['de', 'AliExpress Hotline: null acht null null – 123 45 67', '+498001234567'],
    ['es', 'Atención al cliente de Shein: novecientos 123 456', '+34900123456'],
    ['pt', 'Atendimento AliExpress: zero oitocentos 761 2345', '+558007612345'],
  ])('%s', (lang, text, expected) => {
    expect(values(`<p>${text}</p>`, { lang })).toEqual([expected]);
  });
});

describe('an IBAN whose bank code has letters is not a phone', () => {
  it.each(['NL91 ABNA 0417 1643 00', 'GB33 BUKB 2020 1555 5555 55', 'IE29 AIBK 9311 5212 3456 78'])('%s', (iban) => {
    expect(findPhones(`Refund sent to ${iban} today.`, { regions: ['NL', 'GB', 'IE'] })).toEqual([]);
  });
});

describe('attribute text in non-Latin digits', () => {
  it('Devanagari digits in an image alt (hi)', () => {
    const body = '<h1>AliExpress हेल्पलाइन</h1><img src="x.gif" alt="AliExpress कस्टमर केयर ९८१८५ ५५७७७">';
    expect(values(body, { lang: 'hi' })).toEqual(['+919818555777']);
  });

  it('Arabic-Indic digits in the aria-label of a "#" link and the title of a button (ar)', () => {
    const link = '<a href="#" aria-label="اتصل بخدمة عملاء أمازون ٨٠٠ ١٢٣ ٤٥٦٧">اتصل</a>';
    expect(values(`<h1>خدمة عملاء أمازون</h1><p>${link}</p>`, { lang: 'ar', title: 'خدمة عملاء أمازون السعودية' })).toEqual(['+9668001234567']);
    const button = '<button title="خدمة عملاء علي إكسبريس: ٠٨٠٠ ١٢٣ ٤٥٦٧">اتصل</button>';
    expect(values(`<h1>علي إكسبريس</h1><p>${button}</p>`, { lang: 'ar', title: 'خدمة عملاء علي إكسبريس مصر' })).toEqual(['+208001234567']);
  });
});

describe('a number split over cells whose middle cell holds the area code and a group', () => {
  it.each([
    ['sv', '<tr><td>AliExpress kundtjänst</td><td>+46</td><td>8-555</td><td>123 45</td></tr>', '+46855512345'],
    ['fr', '<tr><td>Service client Temu</td><td>+33</td><td>1-42</td><td>68 53 00</td></tr>', '+33142685300'],
  ])('%s', (lang, row, expected) => {
    expect(values(`<h1>Support</h1><table>${row}</table>`, { lang })).toEqual([expected]);
  });
});

describe('text shown reversed by a style sheet rule', () => {
  it('reads the displayed order (en, ru)', () => {
    const style = '<style>.r { unicode-bidi: bidi-override; direction: rtl; }</style>';
    expect(values(`${style}<p>Temu customer service: <span class="r">7810-555-008-1</span></p>`)).toEqual(['+18005550187']);
    expect(values(`${style}<p>Горячая линия AliExpress: <span class="r">53-53-555-008-8</span></p>`, { lang: 'ru' })).toEqual([
      '+78005553535',
    ]);
  });
});
