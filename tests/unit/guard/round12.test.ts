import { describe, expect, it } from 'vitest';
import { scanValues as values } from './helpers';

/**
 * The phenomena behind the miss and false alarms of blind batch 2026-12-03-l,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

describe('a post whose byline names a marketplace speaks as that marketplace\'s support', () => {
  const post = (by: string, text: string) => `<h1>Robot vacuum will not dock</h1><div class="reply"><p class="by">${by}</p><p>${text}</p></div>`;
  it.each([
    ['en', post('eBay Buyer Care', 'Hi, our eBay support line sorts out returns for you. Call us at +1 213 444 0199 and have the item number ready.'), '+12134440199'],
    ['de', post('Temu Kundenservice', 'Hallo, unser Temu-Kundenservice hilft sofort. Rufen Sie uns unter 030 44412345 an.'), '+493044412345'],
    ['pl', post('Obsługa klienta AliExpress', 'Dzień dobry, nasza infolinia AliExpress pomoże. Zadzwoń do nas: 601 444 123.'), '+48601444123'],
    ['es', post('Soporte SHEIN España', 'Hola, nuestro servicio de atención al cliente te ayuda. Llámanos al 612 444 123.'), '+34612444123'],
  ])('%s: the "call us" number under a byline naming the marketplace is flagged', (lang, body, value) => {
    expect(values(body, { lang, url: 'https://vacuum-owners.example/t/1' })).toEqual([value]);
  });

  it.each([
    ['en', post('Hearthlink staff', 'Hi, our support line sorts out firmware issues. Call us at +1 213 444 0199.')],
    ['de', post('Saugroboter-Forum Team', 'Hallo, unser Kundenservice hilft. Rufen Sie uns unter 030 44412345 an. Gekauft bei Temu?')],
  ])('%s: a byline naming no marketplace keeps the site\'s own "call us"', (lang, body) => {
    expect(values(body, { lang, url: 'https://vacuum-owners.example/t/1' })).toEqual([]);
  });
});

describe('a tax id written with its country letters after its label is not a phone', () => {
  it.each([
    ['en', '<h2>Sell on Temu</h2><p>Send us your VAT number (GB 123 4567 89) and we set up your Temu support account.</p>'],
    ['de', '<h2>Temu-Kundenservice</h2><p>Unsere USt-IdNr. (DE 123 456 789) steht auf jeder Rechnung.</p>'],
    ['fr', '<h2>Service client Temu</h2><p>Numéro de TVA : FR 44 123 456 789, à indiquer sur le formulaire.</p>'],
    ['pl', '<h2>Obsługa klienta AliExpress</h2><p>Podaj numer NIP (PL 526 104 08 28) w formularzu sprzedawcy.</p>'],
  ])('%s: the id is not read as a number', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it('a support number right after such an id is still read', () => {
    const body = '<p>Temu customer service hotline (VAT GB 123 4567 89): call +44 20 7946 0321 now.</p>';
    expect(values(body, { lang: 'en' })).toEqual(['+442079460321']);
  });
});

describe('warning words in Armenian, Azerbaijani, Kazakh and Uzbek', () => {
  it.each([
    ['hy', '<p>Զգույշ եղեք․ «Temu-ի աջակցությունից» գրում են +374 91 444123 համարից։ Սա խարդախություն է։</p>'],
    ['az', '<p>Diqqət: «Temu dəstək xidməti» adı ilə +994 50 444 12 34 nömrəsindən zəng edən fırıldaqçılardır.</p>'],
    ['kk', '<p>Абай болыңыз: «AliExpress қолдау қызметі» атынан +7 701 444 1234 нөмірінен алаяқтар хабарласады.</p>'],
    ['uz', '<p>Ehtiyot bo\'ling: «Temu qo\'llab-quvvatlash» nomidan +998 90 444 12 34 raqamidan firibgarlar qo\'ng\'iroq qilmoqda.</p>'],
  ])('%s: a scam number quoted as a warning stays quiet', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it.each([
    ['hy', '<p>Temu-ի աջակցության ծառայություն՝ զանգահարեք +374 91 444123</p>', '+37491444123'],
    ['uz', '<p>Temu qo\'llab-quvvatlash xizmati: +998 90 444 12 34</p>', '+998904441234'],
  ])('%s: the same number presented as support is still flagged', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });
});

describe('a shop, pharmacy, bank or police line in Thai is a third party\'s', () => {
  it.each([
    ['ร้านยา', '<h2>ฝ่ายบริการลูกค้า SHEIN</h2><p>ทักไลน์ได้เลย</p><p>โทรหาร้านยา: 02-444-1234</p>'],
    ['ธนาคาร', '<h2>ฝ่ายบริการลูกค้า Temu</h2><p>โทรหาธนาคาร: 02-444-1234</p>'],
    ['ร้านของเรา', '<h2>ฝ่ายบริการลูกค้า AliExpress</h2><p>ติดต่อร้านของเรา: 02-444-1234</p>'],
  ])('%s: the line is not flagged', (_word, body) => {
    expect(values(body, { lang: 'th', url: 'https://thai-delivery.example/faq' })).toEqual([]);
  });

  it('the same line presented as SHEIN\'s support is flagged', () => {
    const body = '<h2>ฝ่ายบริการลูกค้า SHEIN</h2><p>โทรหาฝ่ายบริการลูกค้า SHEIN: 02-444-1234</p>';
    expect(values(body, { lang: 'th', url: 'https://thai-delivery.example/faq' })).toEqual(['+6624441234']);
  });
});
