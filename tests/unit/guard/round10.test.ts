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

describe('support words and marketplace names in the Indic and Arabic-script languages the engine reads', () => {
  it.each([
    ['te', '<h2>Temu కస్టమర్ కేర్</h2><p>రీఫండ్ కోసం ఇప్పుడే కాల్ చేయండి: +91 90000 41234</p>', '+919000041234'],
    ['kn', '<h2>SHEIN ಗ್ರಾಹಕ ಸೇವೆ</h2><p>ಈಗಲೇ ಕರೆ ಮಾಡಿ: +91 90000 41234</p>', '+919000041234'],
    ['ml', '<h2>AliExpress കസ്റ്റമർ കെയർ</h2><p>ഇപ്പോൾ വിളിക്കുക: +91 90000 41234</p>', '+919000041234'],
    ['ur', '<h2>ایمیزون کسٹمر سروس</h2><p>آرڈر کے لیے کال کریں: 0301 4441234</p>', '+923014441234'],
    ['fa', '<h2>پشتیبانی آمازون در ایران</h2><p>شماره تماس: 0912 444 1234</p>', '+989124441234'],
    ['ta', '<h2>அமேசான் கஸ்டமர் கேர்</h2><p>+91 90000 41234</p>', '+919000041234'],
  ])('%s: a fake support line is flagged', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });
});

describe('police and news warnings in the West and South Slavic languages', () => {
  it.each([
    ['sk', 'Polícia varuje pred hovormi „zákazníckej podpory Temu“', 'Volajúci sa ozýva z čísla 02/4444 1234.', '+421244441234'],
    ['sk', 'Falošná zákaznícka podpora AliExpress', 'Volali z čísla 0905 444 123.', '+421905444123'],
    ['cs', 'Falešná zákaznická podpora SHEIN', 'Ozývá se z čísla 601 444 123.', '+420601444123'],
    ['sl', 'Goljufi se predstavljajo kot podpora Temu', 'Kličejo s številke 031 444 123.', '+38631444123'],
    ['hr', 'Policija upozorava na lažnu korisničku podršku Temu', 'Zovu s broja 091 444 1234.', '+385914441234'],
    ['sr', 'Полиција упозорава на лажну корисничку подршку Temu', 'Зову са броја 064 444 1234.', '+381644441234'],
  ])('%s: "%s" quotes the number as a warning', (lang, heading, sentence) => {
    expect(values(`<h1>${heading}</h1><p>${sentence}</p>`, { lang })).toEqual([]);
  });
});

describe('a country or city named beside a national number outranks the page language\'s first region', () => {
  it.each([
    ['sw', '<p>Huduma kwa wateja wa Temu Tanzania: piga simu 0712 444 123</p>', '+255712444123'],
    ['sw', '<p>Niko Dar es Salaam. Niandikie WhatsApp 0712 444 123, nitakupa bei nzuri kuliko AliExpress.</p>', '+255712444123'],
    ['en', '<p>AliExpress customer care Uganda: call 0754 444 123</p>', '+256754444123'],
    ['fr', '<p>Service client SHEIN Suisse : appelez le 022 444 12 34</p>', '+41224441234'],
    ['sq', '<p>Shërbimi i klientit Temu në Kosovë: 044 123 456</p>', '+38344123456'],
    ['sr', '<p>Korisnička podrška Temu u Crnoj Gori: 067 444 123</p>', '+38267444123'],
  ])('%s: %s', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });
});

describe('a number split over cells whose first cell holds the country code and the first digits', () => {
  const row = (label: string, cells: readonly string[]) =>
    `<table><tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
  it.each([
    ['ml', 'AliExpress കസ്റ്റമർ കെയർ', ['+91 90', '00 041', '234'], '+919000041234'],
    ['en', 'Temu customer care', ['+44 20', '7946', '0321'], '+442079460321'],
    ['ru', 'Горячая линия AliExpress', ['+7 (495)', '444', '12 34'], '+74954441234'],
    ['de', 'SHEIN Kundenservice', ['0049 30', '4444', '1234'], '+493044441234'],
  ])('%s: the cells are joined as a person reads them', (lang, label, cells, value) => {
    expect(values(row(label, cells), { lang })).toEqual([value]);
  });

  it('a column of short codes beside a country code is not joined into a number', () => {
    expect(values(row('Temu customer care', ['+44 20', 'Room 12', '3']), { lang: 'en' })).toEqual([]);
  });
});

describe('"our" support in a comment whose author line names a marketplace', () => {
  const comment = (author: string, text: string) =>
    `<section><h2>Comments</h2><div class="comment"><b>${author}</b> · 1 h<p>${text}</p></div></section>`;
  it.each([
    ['sq', 'Temu Shqipëri', 'Shërbimi ynë i klientit ju ndihmon. Na shkruani në WhatsApp: +355 69 444 1234', '+355694441234'],
    ['en', 'AliExpress UK', 'Hi! Our customer service sorts refunds fast. Write to us on WhatsApp: +44 7400 444123', '+447400444123'],
    ['ro', 'SHEIN România', 'Serviciul nostru de relații cu clienții vă ajută. Sunați-ne: 0722 444 123', '+40722444123'],
    ['el', 'Temu Ελλάδα', 'Η εξυπηρέτηση πελατών μας είναι εδώ. Καλέστε μας: 694 444 1234', '+306944441234'],
  ])('%s: the author speaks as the marketplace\'s support', (lang, author, text, value) => {
    expect(values(comment(author, text), { lang })).toEqual([value]);
  });

  it.each([
    ['en', 'Fynbo Bikes', 'Our customer service sorts AliExpress parts too. Call us: +44 7400 444123'],
    ['sq', 'Dyqani Ardit', 'Shërbimi ynë i klientit: +355 69 444 1234. Blejmë edhe nga Temu.'],
  ])('%s: a shop replying under its own name keeps its own line', (lang, author, text) => {
    expect(values(comment(author, text), { lang })).toEqual([]);
  });

  it('a bold question naming the marketplace is not an author line', () => {
    const body = '<div><b>Bought on AliExpress?</b><p>Our customer service helps: +44 7400 444123</p></div>';
    expect(values(body, { lang: 'en' })).toEqual([]);
  });
});

describe('a press contact block in a press release is for journalists, not a support line', () => {
  it.each([
    ['ro', 'Contact presă', 'Biroul de presă Temu: presa@temu.com<br>Agenția Dunărea PR: +40 21 444 1234'],
    ['de', 'Pressekontakt', 'Pressestelle eBay Deutschland<br>Agentur Nordlicht: +49 30 4444 1234'],
    ['en', 'Media contact', 'SHEIN press office<br>Bright Lane PR agency: +44 20 7946 4412'],
    ['pl', 'Kontakt dla mediów', 'Biuro prasowe AliExpress<br>Agencja Wisła: +48 22 444 12 34'],
    ['fr', 'Contact presse', 'Service de presse Amazon France<br>Agence Lumière : 01 44 44 12 34'],
  ])('%s: "%s" keeps its agency line quiet', (lang, heading, block) => {
    expect(values(`<article><h1>Press release</h1><p>Customers use the app's support chat.</p><h2>${heading}</h2><p>${block}</p></article>`, { lang })).toEqual([]);
  });

  it('a heading that runs a marketplace name into "contact" ("AliExpress contact numbers") is not a press heading', () => {
    const body = '<h1>AliExpress contact numbers</h1><ul><li>United Kingdom: 020 7946 4412</li></ul>';
    expect(values(body, { lang: 'en' })).toEqual(['+442079464412']);
  });

  it('a fake support page that says "press 1" is still flagged', () => {
    const body = '<h1>Amazon Customer Service</h1><p>Call +44 20 7946 4412 and press 1 for refunds.</p>';
    expect(values(body, { lang: 'en' })).toEqual(['+442079464412']);
  });
});
