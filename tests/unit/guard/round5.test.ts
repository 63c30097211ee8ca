import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isPremiumRate } from '../../../lib/guard/premium';
import { scanFragment } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-e,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('a number split over table cells whose last group is short', () => {
  it.each([
    ['en', '<table><tr><td>AliExpress customer service</td><td>020</td><td>7946</td><td>0321</td></tr></table>', '+442079460321'],
    ['pl', '<table><tr><td>Infolinia Temu</td><td>+48</td><td>22 123</td><td>45 67</td></tr></table>', '+48221234567'],
    ['de', '<table><tr><th>Amazon Kundenservice</th><td>030</td><td>1234</td><td>567</td></tr></table>', '+49301234567'],
    ['ro', '<table><tr><td>Suport clienți eBay</td><td>0264</td><td>123</td><td>456</td></tr></table>', '+40264123456'],
  ])('%s is joined and flagged', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });

  it('cells of counts, dates and prices in a support table are not joined into a number (en, de)', () => {
    expect(values('<table><tr><td>Temu support tickets</td><td>0</td><td>125</td><td>480</td></tr></table>')).toEqual([]);
    expect(values('<table><tr><th>AliExpress Kundenservice: Preise</th><td>0</td><td>19,99</td><td>249</td></tr></table>', { lang: 'de' })).toEqual([]);
  });
});

describe('support wording in Swahili, Malay, Finnish, Swedish, Estonian and Latvian', () => {
  it.each([
    ['sw', '<h1>Huduma kwa wateja wa AliExpress</h1><p>Piga simu: +255 754 123 456</p>', '+255754123456'],
    ['ms', '<h1>Khidmat pelanggan Temu</h1><p>Talian: 03-8765 4321</p>', '+60387654321'],
    ['fi', '<h1>Amazonin asiakaspalvelu</h1><p>Puhelin: 09 1234 5678</p>', '+358912345678'],
    ['sv', '<h1>Kundtjänst för SHEIN</h1><p>08-123 456 78</p>', '+46812345678'],
    ['et', '<h1>eBay klienditugi</h1><p>Helista: 660 1234</p>', '+3726601234'],
    ['lv', '<h1>Temu klientu atbalsts</h1><p>Zvaniet: 26 543 210</p>', '+37126543210'],
  ])('%s fake support is flagged', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });
});

describe('banks, police, couriers, consumer bodies and shops in more languages own their contacts', () => {
  it.each([
    ['zh', '<h1>AliExpress 订单问题</h1><h2>联系</h2><p>银行客服电话：021 1234 5678</p>'],
    ['ja', '<h1>Amazonの荷物が届かない</h1><h2>連絡先</h2><p>国民生活センターの電話：03-1234-5678</p>'],
    ['ko', '<h1>Temu 주문 배송</h1><h2>문의</h2><p>택배 고객센터 02-1577-1234</p>'],
    ['fa', '<h1>خرید از AliExpress</h1><dl><dt>تلفن فروشگاه</dt><dd>۰۹۱۲ ۱۱۱ ۲۲۳۳</dd></dl>'],
    ['et', '<h1>Ostsin Temust</h1><h2>Kontakt</h2><p>Tarbijakaitse nõuandetelefon: 660 1234</p>'],
    ['nb', '<h1>Svindel med SHEIN-pakker</h1><h2>Kontakt</h2><p>Forbrukerrådet telefon: 70 12 34 56</p>'],
    ['da', '<h1>eBay-køb</h1><h2>Kontakt</h2><p>Forbrugerombudsmanden telefon: 20 12 34 56</p>'],
  ])('%s', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });
});

describe('a heading that warns of a scam does not present the contacts under it as support', () => {
  it.each([
    ['zh', '<h1>防詐騙提醒：假冒 Temu 客服來電</h1><p>如有疑問，請撥打客服專線：02-2700-1234。</p>'],
    ['lv', '<h1>Krāpnieki uzdodas par AliExpress atbalstu</h1><p>Ja šaubāties, zvaniet: 26 543 210</p>'],
    ['en', '<h1>Scam alert: fake Amazon customer service calls</h1><p>Questions? Call our fraud team on 020 7946 0321.</p>'],
    ['vi', '<h1>Cảnh báo lừa đảo giả danh Shein</h1><p>Tổng đài hỗ trợ: 0912 345 678</p>'],
  ])('%s stays quiet', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it('a heading that warns but presents one number as the official one still flags it (en, lv)', () => {
    expect(values('<h1>Beware of fakes: the only official AliExpress hotline</h1><p>Call 020 7946 0321</p>')).toEqual(['+442079460321']);
    expect(values('<h1>Krāpnieki! Vienīgais oficiālais Temu atbalsta tālrunis</h1><p>Zvaniet: 26 543 210</p>', { lang: 'lv' })).toEqual(['+37126543210']);
  });

  it('the same sections under a heading without a warning are flagged (zh, vi)', () => {
    expect(values('<h1>Temu 客服电话</h1><p>客服热线：021 1234 5678</p>', { lang: 'zh' })).toEqual(['+862112345678']);
    expect(values('<h1>Tổng đài hỗ trợ Shein</h1><p>Gọi ngay: 0912 345 678</p>', { lang: 'vi' })).toEqual(['+84912345678']);
  });
});

describe('premium-rate lines in Nordic, Baltic and other numbering plans are named', () => {
  // Checked against libphonenumber's full metadata, which types numbers (the engine carries `min`, which does not).
  const premium = [
    '+4782012345', '+4782912345', '+37090012345', '+37091012345', '+37190123456', '+3729001234', '+4590123456',
    '+469001234', '+358600123456', '+3531512123456', '+421900123456', '+38560123456', '+38690123456', '+3691123456',
    '+81990123456', '+82602123456', '+9721900123456', '+601600123456', '+254900212345',
  ];
  const ordinary = ['+4721234567', '+37061234567', '+37120123456', '+3725012345', '+4520123456', '+358912345678', '+82212345678', '+60123456789'];
  it.each(premium)('%s is premium-rate', (value) => {
    expect(parsePhoneNumberFromString(value)?.getType()).toBe('PREMIUM_RATE');
    expect(isPremiumRate(value)).toBe(true);
  });
  it.each(ordinary)('%s is not', (value) => {
    expect(parsePhoneNumberFromString(value)?.getType()).not.toBe('PREMIUM_RATE');
    expect(isPremiumRate(value)).toBe(false);
  });

  it('marks the finding (nb, lt)', () => {
    expect(scanFragment('<p>Kundeservice for Temu: 829 12 345</p>', { lang: 'nb' }).map((f) => f.premiumRate)).toEqual([true]);
    expect(scanFragment('<p>AliExpress klientų aptarnavimas: 8 910 12345</p>', { lang: 'lt' }).map((f) => f.premiumRate)).toEqual([true]);
  });
});
