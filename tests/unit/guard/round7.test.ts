import { describe, expect, it } from 'vitest';
import { spellDigits } from '../../../lib/guard/digit-words';
import { canonicalMessenger, findLabelledIds, messengerName } from '../../../lib/guard/messengers';
import { findPhones, lettersAsDigits } from '../../../lib/guard/phones';
import { scanFragment, summary } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-g,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('support wording and regions in more page languages', () => {
  it.each([
    ['is', '<h1>eBay</h1><p>Hjálparsími: 551 2345</p>', '+3545512345'],
    ['ga', '<h1>AliExpress</h1><p>Líne chabhrach: 01 765 4321</p>', '+35317654321'],
    ['cy', '<h1>Temu</h1><p>Ffoniwch y gwasanaeth cwsmeriaid: 029 2087 1234</p>', '+442920871234'],
    ['mt', '<h1>SHEIN</h1><p>Ċempel is-servizz tal-klijenti: 2134 5678</p>', '+35621345678'],
    ['mn', '<h1>eBay</h1><p>Лавлах утас: 7575 1234</p>', '+97675751234'],
    ['si', '<h1>AliExpress</h1><p>පාරිභෝගික සේවය: 011 765 4321</p>', '+94117654321'],
    ['am', '<h1>Amazon</h1><p>ድጋፍ ስልክ: 0912 34 56 78</p>', '+251912345678'],
    ['zu', '<h1>SHEIN</h1><p>Shayela usizo: 031 234 5678</p>', '+27312345678'],
    ['km', '<h1>Temu</h1><p>ជំនួយ៖ ០៩៦ ៧៦៥ ៤៣២១</p>', '+855967654321'],
    ['gu', '<h1>Amazon</h1><p>હેલ્પલાઇન: ૯૮૨૫૦ ૧૨૩૪૫</p>', '+919825012345'],
    ['pa', '<h1>eBay</h1><p>ਹੈਲਪਲਾਈਨ: ੯੮੧੫੦ ੫੪੩੨੧</p>', '+919815054321'],
    ['ps', '<h1>SHEIN</h1><p>ملاتړ: ۰۷۹۹ ۸۷۶ ۵۴۳</p>', '+93799876543'],
    ['ha', '<h1>Temu</h1><p>Lambar waya ta taimako: 0805 123 4567</p>', '+2348051234567'],
    ['my', '<h1>AliExpress</h1><p>ဖုန်း: ၀၉ ၇၈၀ ၁၂၃ ၄၅၆</p>', '+959780123456'],
  ])('%s', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });

  it('a LINE id presented as support on a Lao page', () => {
    expect(values('<h1>ຝ່າຍບໍລິການລູກຄ້າ Temu</h1><p>LINE ID: @temu_help_la</p>', { lang: 'lo' })).toEqual([
      'https://line.me/R/ti/p/@temu_help_la',
    ]);
  });

  it('a Latin brand name attached to a prefix of another script ("የTemu", "לAmazon")', () => {
    expect(values('<h1>የTemu ድጋፍ</h1><p>ስልክ: 0912 34 56 78</p>', { lang: 'am' })).toEqual(['+251912345678']);
  });

  it('a Yoruba warning with a Nigerian number stays quiet and is read in Nigeria', () => {
    const body = '<h1>Amazon</h1><p>Ẹ ṣọ́ra fún àwọn onijibiti tí ń pe láti 0809 876 5432.</p>';
    expect(values(body, { lang: 'yo' })).toEqual([]);
    expect(findPhones('0809 876 5432', { regions: ['NG'] }).map((p) => p.value)).toEqual(['+2348098765432']);
  });
});

describe('Cyrillic and Greek letters standing for digits', () => {
  it.each([
    ['ru', '8 8ОО 2ЗЗ 45 67', '8 800 233 45 67'],
    ['uk', '044 З5О 12 34', '044 350 12 34'],
    ['el', '210 Ο12 3456', '210 012 3456'],
    ['uk (І for 1)', '067 І23 45 67', '067 123 45 67'],
  ])('%s', (_lang, written, shown) => {
    expect(lettersAsDigits(written)).toBe(shown);
  });

  it('flag a number written with them (ru, uk)', () => {
    expect(values('<p>Горячая линия AliExpress: 8 8ОО 2ЗЗ 45 67</p>', { lang: 'ru' })).toEqual(['+78002334567']);
    expect(values('<p>Підтримка Temu: 044 З5О 12 34</p>', { lang: 'uk' })).toEqual(['+380443501234']);
  });

  it('leave words alone: a letter must touch a digit, the run needs five real digits', () => {
    for (const text of ['З 2024 року', 'Заказ о 12:30', 'ООО 2000', 'Ο 1234']) expect(lettersAsDigits(text)).toBe(text);
  });
});

describe('digit words in Belarusian, Bulgarian and Serbian, and written digits between number words', () => {
  it.each([
    ['be', 'восем нуль два дзевяць 765 43 21', '8029 765 43 21'],
    ['bg', 'нула осем осемстотин 123 456', '08800 123 456'],
    ['sr', 'нула шест четири 123 4567', '064 123 4567'],
    ['en', 'eight 4 four 5 five 5 1234', '844555 1234'],
    ['es', 'nueve 1 dos 345 678', '912 345 678'],
    ['ru', 'восемь 9 один 6 123 45 67', '8916 123 45 67'],
  ])('%s', (_lang, written, shown) => {
    expect(spellDigits(written)?.text).toBe(shown);
  });

  it('flag a number said with them (be, en)', () => {
    expect(values('<p>Падтрымка SHEIN: 8 029 сем шэсць пяць 43 21</p>', { lang: 'be' })).toEqual(['+375297654321']);
    expect(values('<p>eBay customer care: one-eight-hundred 7 six 5 4321</p>', { lang: 'en-US' })).toEqual(['+18007654321']);
  });

  it('keep prose: lone digits join only a chain that reaches a number word', () => {
    expect(spellDigits('Top 5 tips, two of them for order 12345')).toBeNull();
    // "5" and "7" sit next to no number word: they stay as written around the spelt "two".
    expect(spellDigits('Top 5 tips: two 12345, page 7')?.text).toBe('Top 5 tips: 2 12345, page 7');
  });
});

describe('a number whose groups are split only by invisible characters', () => {
  it.each([
    ['de', '<p>eBay Kundenservice</p><p>030\u200b2345\u00ad6789</p>', '+493023456789'],
    ['es', '<dl><dt>Atención al cliente Temu</dt><dd>91\u00ad234\u200b56\u200b78</dd></dl>', '+34912345678'],
    ['it', '<p>Assistenza AliExpress: 02\u200c8765\u20604321</p>', '+390287654321'],
  ])('%s', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });

  it('a bare digit run with nothing hidden in it stays an id', () => {
    expect(values('<p>eBay Kundenservice</p><p>Bestellung 0302345678901</p>', { lang: 'de' })).toEqual([]);
    expect(values('<p>Assistenza AliExpress: 0287654321</p>', { lang: 'it' })).toEqual([]);
  });
});

describe('Threema and KakaoTalk', () => {
  it('canonical values from links and labelled ids', () => {
    expect(canonicalMessenger('https://threema.id/ab12cd34')?.value).toBe('https://threema.id/AB12CD34');
    expect(canonicalMessenger('https://threema.id/short')).toBeNull();
    expect(canonicalMessenger('https://open.kakao.com/o/sXyZ123')?.value).toBe('https://open.kakao.com/o/sXyZ123');
    expect(canonicalMessenger('https://open.kakao.com/me/someone')).toBeNull();
    expect(findLabelledIds('Threema ID: 9KX2PQ7M').map((m) => m.value)).toEqual(['https://threema.id/9KX2PQ7M']);
    expect(messengerName('https://threema.id/9KX2PQ7M')).toBe('Threema');
    expect(messengerName('https://open.kakao.com/o/sXyZ123')).toBe('KakaoTalk');
  });

  it('presented as support (ko, en) or by a seller on the marketplace (de, pl)', () => {
    expect(values('<h1>Temu 고객센터</h1><p><a href="https://open.kakao.com/o/gTemu55">카카오톡 상담</a></p>', { lang: 'ko' })).toEqual([
      'https://open.kakao.com/o/gTemu55',
    ]);
    expect(values('<p>SHEIN support on Threema: threema.id/7HQ4ZR2W</p>', { lang: 'en' })).toEqual(['https://threema.id/7HQ4ZR2W']);
    const seller = (lang: string, text: string) =>
      scanFragment(`<p>${text}</p>`, { lang, url: 'https://www.ebay.de/itm/1234567890' }).map((f) => `${f.value} ${f.reason}`);
    expect(seller('de', 'Günstiger direkt bei mir, Threema: W3RT8KLZ')).toEqual(['https://threema.id/W3RT8KLZ offplatform-seller']);
    expect(seller('pl', 'Napisz do mnie na Threema: threema.id/Q2W3E4R5, taniej')).toEqual(['https://threema.id/Q2W3E4R5 offplatform-seller']);
  });
});

describe('an advertiser owns the phone row of its ad (rental, classified, job ad)', () => {
  it.each([
    ['ro', '<h1>Garsonieră lângă depozitul eMAG și Amazon</h1><dl><dt>Proprietar</dt><dd>Ioana (persoană fizică)</dd><dt>Telefon</dt><dd>0722 987 654</dd></dl>'],
    ['de', '<h1>2-Zimmer-Wohnung nahe dem Amazon-Logistikzentrum</h1><dl><dt>Vermieter</dt><dd>Herr Kurz</dd><dt>Telefon</dt><dd>0176 12345678</dd></dl>'],
    ['en', '<h1>Warehouse jobs at an Amazon delivery partner</h1><table><tr><td>Human resources</td><td>Jane Doe</td></tr><tr><td>Phone</td><td>020 7946 0123</td></tr></table>'],
    ['pl', '<h1>Mieszkanie obok magazynu Amazon</h1><ul><li>Wynajmujący: pan Adam</li><li>Telefon: 601 234 567</li></ul>'],
  ])('%s', (lang, body) => {
    expect(values(body, { lang: lang === 'en' ? 'en-GB' : lang })).toEqual([]);
  });

  it('still flags a support page laid out as a list', () => {
    expect(values('<h1>Amazon customer service</h1><dl><dt>Hotline</dt><dd>0800 123 4567</dd><dt>Hours</dt><dd>24/7</dd></dl>', { lang: 'en-GB' })).toEqual([
      '+448001234567',
    ]);
  });

  it('an HR desk in a job ad is a third party (ur, en)', () => {
    expect(values('<h1>eBay اسٹور اسسٹنٹ کی ضرورت</h1><p>رابطہ (ایچ آر): 0321-7654321</p>', { lang: 'ur' })).toEqual([]);
    expect(values('<h1>Amazon seller account manager wanted</h1><p>Applications by phone to the human resources office: 0161 496 0123</p>', { lang: 'en-GB' })).toEqual([]);
  });

  it('a fake "recruitment team" that names the marketplace is still judged (en)', () => {
    expect(values('<p>Amazon recruitment team on WhatsApp: +44 7911 123456</p>', { lang: 'en-GB' })).toEqual(['+447911123456']);
  });
});

describe('a table or list of numbers under a heading that warns of a scam', () => {
  it.each([
    ['pl', '<h2>Fałszywe numery podszywające się pod AliExpress</h2><table><tr><th>Numer</th><th>Opis</th></tr><tr><td>22 123 45 67</td><td>„konsultant AliExpress”</td></tr></table>'],
    ['en', '<h2>Scam numbers posing as eBay</h2><table><tr><th>Number</th><th>What they say</th></tr><tr><td>020 7946 0999</td><td>"eBay support team"</td></tr></table>'],
    ['de', '<h2>Betrüger geben sich als Temu aus</h2><ul><li>030 98765432</li><li>040 1234567</li></ul>'],
  ])('%s', (lang, body) => {
    expect(values(body, { lang: lang === 'en' ? 'en-GB' : lang })).toEqual([]);
  });

  it('a row that calls its number the official one is still judged (en)', () => {
    const body =
      '<h2>Beware of scam numbers</h2><table><tr><th>Line</th><th>Number</th></tr><tr><td>Official eBay support line</td><td>020 7946 0888</td></tr></table>';
    expect(summary(scanFragment(body, { lang: 'en-GB' }))).toEqual(['phone +442079460888 fake-support-phone']);
  });
});

describe('legally required blocks in more EU/EEA languages stay quiet on the marketplace', () => {
  it.each([
    ['is', 'Ábyrgðaraðili: Norðurvörur ehf., netfang vara@nordurvorur.example, sími 562 1234'],
    ['mt', 'Persuna responsabbli: EU Rep Ltd, Valletta, email rep@eurep-malta.example, tel 2123 9999'],
    ['cy', 'Gwneuthurwr: Ffatri Gymreig Cyf., e-bost ffatri@gymreig.example, ffôn 029 2000 1234'],
    ['eu', 'Fabrikatzailea: Lantegi SL, Donostia, posta: info@lantegi.example, telefonoa 943 000 111'],
  ])('%s', (lang, text) => {
    expect(values(`<h1>Item</h1><p>${text}</p>`, { lang, url: 'https://www.temu.com/item-g-601099000000001.html' })).toEqual([]);
  });
});
