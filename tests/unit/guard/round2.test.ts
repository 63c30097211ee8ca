import { describe, expect, it } from 'vitest';
import { spellDigits } from '../../../lib/guard/digit-words';
import { findEmails } from '../../../lib/guard/emails';
import { findPhones, lettersAsDigits } from '../../../lib/guard/phones';
import { isPremiumRate } from '../../../lib/guard/premium';
import { scanFragment, summary } from './helpers';

/**
 * Issue 10's phenomena, each with fixtures written for it (not copied from any
 * page) in several languages: what must stay quiet and what must be read as a
 * person sees it rendered.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('legally required contact blocks on listings stay quiet', () => {
  const cases: Array<[string, string, string]> = [
    ['de', 'https://www.amazon.de/dp/B0TEST0001', '<h2>Produktsicherheit</h2><p>Hersteller: Beispiel GmbH, Hauptstr. 1, 10115 Berlin, Tel. +49 30 2345 6789, kontakt@beispiel-gmbh.example</p>'],
    ['fr', 'https://fr.aliexpress.com/item/100500000001.html', '<p>Personne responsable dans l’UE : Repres SARL, 3 rue Neuve, Lyon, +33 4 72 00 11 22, rp@repres.example</p>'],
    ['pl', 'https://www.temu.com/pl/x-g-601099000001.html', '<dl><dt>Importer</dt><dd>Import-Pol Sp. z o.o., tel. +48 22 555 00 11</dd></dl>'],
    ['ro', 'https://www.ebay.de/itm/100000000001', '<h3>Service garanție</h3><p>Servicul autorizat: 021 310 44 55, service@garantie.example</p>'],
    ['ru', 'https://aliexpress.ru/item/100500000002.html', '<p>Импортёр: ООО «Пример», +7 495 555-12-34, info@primer.example</p>'],
    ['el', 'https://www.temu.com/gr/x-g-601099000002.html', '<p>Υπεύθυνο πρόσωπο στην ΕΕ: Παράδειγμα ΑΕ, 210 987 6543</p>'],
  ];
  it.each(cases)('%s: on the marketplace listing', (lang, url, body) => {
    expect(summary(scanFragment(`<h1>Listing</h1>${body}`, { lang, url }))).toEqual([]);
  });

  it('still flags a seller who invites the buyer out, next to a legal block (de, en)', () => {
    const de = values(
      '<p>Schreiben Sie uns auf WhatsApp für einen besseren Preis: +49 151 23456789</p><h2>Produktsicherheit</h2><p>Hersteller: Beispiel GmbH, Tel. +49 30 2345 6789</p>',
      { lang: 'de', url: 'https://de.aliexpress.com/item/100500000003.html' },
    );
    expect(de).toEqual(['+4915123456789']);
    const en = values('<p>Manufacturer: contact us on WhatsApp for a cheaper wholesale price +44 7479 555123</p>', {
      url: 'https://www.amazon.co.uk/dp/B0TEST0002',
    });
    expect(en).toEqual(['+447479555123']);
  });
});

describe('prose is not an address', () => {
  it.each([
    'The help desk answers customers at a time when Europe sleeps.',
    'Buyers at this point get a refund faster through a dispute.',
    'Staff at Temu point to time zones.',
    'Ahşap at figürü nokta kadar küçük geldi.',
  ])('%s', (sentence) => {
    expect(findEmails(sentence)).toEqual([]);
  });

  it('still reads addresses spelt with real structure (en, ru, pl)', () => {
    expect(findEmails('help at ali-refund dot com').map((e) => e.value)).toEqual(['help@ali-refund.com']);
    expect(findEmails('pomoc собака ali-help точка ru').map((e) => e.value)).toEqual(['pomoc@ali-help.ru']);
    expect(findEmails('zwroty małpa ali-zwroty kropka pl').map((e) => e.value)).toEqual(['zwroty@ali-zwroty.pl']);
    expect(findEmails('desk at ali-care dot in').map((e) => e.value)).toEqual(['desk@ali-care.in']);
  });
});

describe("the marketplace's own domain", () => {
  it('is never a finding for Amazon, Temu, eBay or SHEIN (en, de, it)', () => {
    expect(values('<h1>Amazon support</h1><p>Write to Amazon customer service: abuse-report@amazon.com</p>')).toEqual([]);
    expect(values('<h1>Temu Kundenservice</h1><p>Schreiben Sie dem Temu Kundenservice: hilfe@temu.com</p>', { lang: 'de' })).toEqual([]);
    expect(values('<h1>Assistenza eBay</h1><p>Email assistenza eBay: aiuto@ebay.it</p>', { lang: 'it' })).toEqual([]);
  });

  it('is a quiet notice for AliExpress, whose addresses are not a support channel (en, pl)', () => {
    for (const [lang, body] of [
      ['en', '<h1>AliExpress support</h1><p>E-mail AliExpress support: help-desk@aliexpress.com</p>'],
      ['pl', '<h1>Kontakt z AliExpress</h1><p>Napisz do obsługi klienta AliExpress: pomoc@aliexpress.com</p>'],
    ] as const) {
      const found = scanFragment(body, { lang });
      expect(found.map((f) => [f.severity, f.reason]), lang).toEqual([['notice', 'marketplace-domain-email']]);
    }
  });

  it('keeps alarms for look-alike domains', () => {
    expect(scanFragment('<h1>AliExpress support</h1><p>E-mail AliExpress support: help@aliexpress-care.com</p>').map((f) => f.severity)).toEqual([
      'alarm',
    ]);
  });
});

describe('warnings that quote a scam number stay quiet', () => {
  it.each([
    ['en', '<h1>AliExpress hotline scam</h1><p>Scammers advertise +1 888 555 0177 as the AliExpress hotline. Do not call it.</p>'],
    ['pl', '<h1>Fałszywa infolinia AliExpress</h1><p>Oszuści podają numer 22 555 01 77 jako infolinię AliExpress.</p>'],
    ['de', '<h1>Warnung: Temu-Hotline</h1><p>Betrüger geben 030 2345 6789 als Temu Kundenservice aus.</p>'],
  ])('%s', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });
});

describe('numbers read as a person sees them', () => {
  it('letters for digits inside a digit run, and words left alone', () => {
    expect(lettersAsDigits('+1 (8OO) 555-O142')).toBe('+1 (800) 555-0142');
    expect(lettersAsDigits('9OO 8I2 4O5')).toBe('900 812 405');
    expect(lettersAsDigits('1-8l7-555-0l99')).toBe('1-817-555-0199');
    expect(lettersAsDigits('Model IO 2000 1000, Oil 12345')).toBe('Model IO 2000 1000, Oil 12345');
  });

  it.each([
    ['en', 'Call the AliExpress hotline: 1️⃣8️⃣0️⃣0️⃣ 555 0142', '+18005550142'],
    ['hi', 'अलीएक्सप्रेस हेल्पलाइन: +९१ 98१8 ५55 १23', '+919818555123'],
    ['bn', 'অ্যালিএক্সপ্রেস হেল্পলাইন: ০১৭১১-৫৫৫১২৩', '+8801711555123'],
    ['fa', 'پشتیبانی تیمو: ۰۲۱-۸۸۵۵۱۲۳۴', '+982188551234'],
    ['ja', 'アマゾン サポート：０１２０ー５５５ー８１２', '+81120555812'],
    ['uk', 'Гаряча лінія AliExpress: ０８００ ３０ 12 34', '+380800301234'],
  ])('non-Latin, keycap and full-width digits, mixed (%s)', (lang, text, value) => {
    expect(values(`<p>${text}</p>`, { lang })).toEqual([value]);
  });

  it.each([
    ['en', 'one eight hundred 555 zero one four two', 'US', '+18005550142'],
    ['es', 'nueve cero cero 812 405', 'ES', '+34900812405'],
    ['de', 'null acht null null 555 1234', 'DE', '+498005551234'],
    // 0 800 123 456: a French free-phone number (08 00 12 34 56).
    ['fr', 'zéro huit cents 123 456', 'FR', '+33800123456'],
    ['pt', 'zero oitocentos 591 2345', 'BR', '+558005912345'],
    ['tr', 'sıfır sekiz yüz elli 555 12 34', 'TR', '+908505551234'],
    ['hi', 'एक आठ शून्य शून्य 123 4567', 'IN', '+9118001234567'],
    ['uk', 'нуль вісімсот 30 12 34', 'UA', '+380800301234'],
    ['pl', 'osiemset 123 456', 'PL', '+48800123456'],
    // 800 11 12345: a Greek free-phone number.
    ['el', 'οκτακόσια 11 12345', 'GR', '+308001112345'],
    ['ro', 'zero opt sute 800 800', 'RO', '+40800800800'],
    ['ka', 'ხუთი ხუთი ხუთი 12 34 56', 'GE', '+995555123456'],
    ['ru', 'восемь-восемьсот-555-35-35', 'RU', '+78005553535'],
  ])('digits written as words (%s)', (_lang, text, region, value) => {
    const spelt = spellDigits(text);
    expect(spelt).not.toBeNull();
    const found = findPhones(spelt!.text, { regions: [region] }).map((p) => p.value);
    expect(found).toEqual([value]);
    expect(spellDigits('one of the two sellers answered in 24 hours')?.text ?? null).toBeNull();
  });

  it('numbers split across adjacent cells (it, en)', () => {
    expect(values('<h1>Assistenza AliExpress</h1><table><tr><td>Assistenza AliExpress</td><td>+39</td><td>02</td><td>8732 4401</td></tr></table>', { lang: 'it' })).toEqual([
      '+390287324401',
    ]);
    expect(values('<h1>Temu helpline</h1><div><div>Temu helpline</div><div>+44</div><div>20</div><div>7946 0321</div></div>')).toEqual(['+442079460321']);
  });

  it('zero-width characters and soft hyphens between inline elements (ro, de)', () => {
    expect(values('<p>Linia AliExpress: <span>03</span>&#8203;<span>71</span>&shy;<b> 555</b>&#8204;<i> 123</i></p>', { lang: 'ro' })).toEqual(['+40371555123']);
    expect(values('<p>Amazon Hotline: <b>0800</b>&#8288;<i>&shy;555</i>&#8203;1234</p>', { lang: 'de' })).toEqual(['+498005551234']);
  });

  it('text reversed in the DOM and shown right by bidi overrides (en, ru, ka)', () => {
    expect(values('<p>Call SHEIN support: <span style="unicode-bidi:bidi-override;direction:rtl">2410-555-008-1+</span></p>')).toEqual(['+18005550142']);
    expect(values('<p>Телефон поддержки АлиЭкспресс: <bdo dir="rtl">53-53-555-008-8</bdo></p>', { lang: 'ru' })).toEqual(['+78005553535']);
    expect(values('<p>დარეკეთ ალიექსპრესის მხარდაჭერაში: &#8238;321 555 223 599+&#8236;</p>', { lang: 'ka' })).toEqual(['+995322555123']);
  });

  it('numbers in alt, title and aria-label (pt, en, uk)', () => {
    expect(values('<h1>Atendimento AliExpress</h1><p><img src="x.gif" alt="Atendimento AliExpress: 0800 591 2345"></p>', { lang: 'pt' })).toEqual(['+558005912345']);
    expect(values('<p><button aria-label="Call eBay customer support +1 817 555 0199">📞</button></p>')).toEqual(['+18175550199']);
    expect(values('<p><span title="Гаряча лінія Temu 0 800 30 12 34">☎</span></p>', { lang: 'uk' })).toEqual(['+380800301234']);
  });
});

describe('premium-rate numbers are named', () => {
  it.each([
    ['+33899234567', true],
    ['+499001234567', true],
    ['+48701234567', true],
    ['+449098790123', true],
    ['+390289123456', false],
    ['+498005551234', false],
  ])('%s', (value, premium) => {
    expect(isPremiumRate(value)).toBe(premium);
  });

  it('marks the finding (fr, de)', () => {
    expect(scanFragment('<p>Service client AliExpress : 08 99 23 45 67</p>', { lang: 'fr' }).map((f) => f.premiumRate)).toEqual([true]);
    expect(scanFragment('<p>SHEIN Hotline: 0900 1 234567 (1,99 €/Min.)</p>', { lang: 'de' }).map((f) => f.premiumRate)).toEqual([true]);
  });
});

describe('LINE, WeChat, Zalo, Signal and Skype contacts presented as support', () => {
  it.each([
    ['th', '<p>ติดต่อฝ่ายบริการลูกค้าอาลีเอ็กซ์เพรสทาง LINE ID: @ali-th-help</p>', ['https://line.me/R/ti/p/@ali-th-help']],
    ['zh', '<p>速卖通客服微信：ali_kf2026</p>', ['weixin://dl/chat?ali_kf2026']],
    ['vi', '<p>Hỗ trợ Temu qua Zalo: zalo.me/0912345678</p>', ['https://zalo.me/0912345678', '+84912345678']],
    ['en', '<p>eBay support on Signal: <a href="https://signal.me/#p/+447479555123">message us</a></p>', ['https://signal.me/#p/+447479555123']],
    ['uk', '<p>Служба підтримки SHEIN у Skype: shein.help.desk</p>', ['skype:shein.help.desk']],
    ['en', '<p>Temu customer service: <a href="skype:temu.care.desk?chat">chat on Skype</a></p>', ['skype:temu.care.desk']],
  ])('%s', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual(expected);
  });

  it('does not read the English word "line" as LINE', () => {
    expect(values('<p>AliExpress support line: use the chat, the line: closed</p>')).toEqual([]);
  });
});
