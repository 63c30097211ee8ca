import { describe, expect, it } from 'vitest';
import { spellDigits } from '../../../lib/guard/digit-words';
import { findEmails } from '../../../lib/guard/emails';
import { foldContacts } from '../../../lib/guard/text';
import { scanFragment } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-d,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe("a seller's trader details (EU Digital Services Act) are legal information on every marketplace", () => {
  const cases: Array<[string, string, string]> = [
    ['de', 'https://www.amazon.de/sp?seller=A1TEST0001', '<h2>Angaben zum Verkäufer</h2><p>Telefon: +49 30 1234567</p><p>E-Mail: verkauf@muster-handel.example</p>'],
    ['fr', 'https://www.ebay.fr/str/boutiqueexemple', '<h3>Informations sur le vendeur</h3><p>Téléphone : 01 23 45 67 89</p><p>Courriel : contact@boutique-exemple.example</p>'],
    ['es', 'https://es.aliexpress.com/store/1100000001', '<h2>Datos del vendedor</h2><p>Correo: ventas@tienda-ejemplo.example</p><p>Teléfono: +34 910 123 456</p>'],
    ['en', 'https://www.temu.com/uk/sample-store-m-634418200000001.html', '<h2>Trader details</h2><p>Email: hello@sample-traders.example</p><p>Phone: +44 20 7946 0000</p>'],
    ['cs', 'https://www.temu.com/cz/obchod-m-634418200000002.html', '<h2>Informace o prodejci</h2><p>E-mail: prodej@vzor-obchod.example</p>'],
  ];
  it.each(cases)('%s', (lang, url, body) => {
    expect(values(`<h1>Store</h1>${body}`, { lang, url })).toEqual([]);
  });

  it('a seller inviting the buyer out is still flagged on the same page (de, fr)', () => {
    expect(
      values('<p>Direkt bei mir per WhatsApp günstiger: 0151 98765432</p><h2>Angaben zum Verkäufer</h2><p>E-Mail: verkauf@muster-handel.example</p>', {
        lang: 'de',
        url: 'https://www.amazon.de/dp/B0TEST0002',
      }),
    ).toEqual(['+4915198765432']);
    expect(
      values('<p>Moins cher hors plateforme, écrivez-moi : vendeur.direct@gmail.com</p><h3>Informations sur le vendeur</h3><p>Téléphone : 01 23 45 67 89</p>', {
        lang: 'fr',
        url: 'https://www.ebay.fr/itm/100000000021',
      }),
    ).toEqual(['vendeur.direct@gmail.com']);
  });
});

describe('a report of callers impersonating a marketplace quotes their number as a warning', () => {
  it.each([
    ['en', 'Readers got calls from 0161 496 0777 by people posing as Amazon customer service.'],
    ['de', 'Die Anrufer von 0151 23456789 gaben sich als eBay-Kundenservice aus.'],
    ['fr', 'Des escrocs se font passer pour le service client Temu au 01 23 45 67 89.'],
    ['es', 'Desde el 612 345 678 llaman personas que se hacen pasar por atención al cliente de SHEIN.'],
    ['vi', 'Số 0899 123 457 giả danh nhân viên chăm sóc khách hàng Shein.'],
    ['id', 'Nomor 0812 3456 7891 mengaku sebagai layanan pelanggan AliExpress.'],
    ['ar', 'الرقم 050 765 4321 ينتحل صفة خدمة عملاء أمازون.'],
  ])('%s stays quiet', (lang, sentence) => {
    expect(values(`<article><h1>News</h1><p>${sentence}</p></article>`, { lang })).toEqual([]);
  });

  it('the same numbers presented as support, without those words, are flagged (en, vi)', () => {
    expect(values('<p>Amazon customer service: 0161 496 0777</p>')).toEqual(['+441614960777']);
    expect(values('<p>Tổng đài chăm sóc khách hàng Shein: 0899 123 457</p>', { lang: 'vi' })).toEqual(['+84899123457']);
  });
});

describe("a postal operator's line is the operator's, not the marketplace's", () => {
  it.each([
    ['tr', "<h1>AliExpress paketim gümrükte</h1><p>PTT'nin çağrı merkezi: 444 1 788</p>"],
    ['de', '<h1>AliExpress-Paket beim Zoll</h1><p>Hotline der Deutschen Post: 0228 4333112</p>'],
    ['es', '<h1>Mi paquete de Temu</h1><p>Atención a clientes de Estafeta: 800 378 2338</p>'],
  ])('%s', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });
});

describe("an ordinary address on the page's own site is the site's own", () => {
  it('on a guide about marketplace phishing (en, pl)', () => {
    expect(values('<h1>Fake Amazon e-mails: report them</h1><p>Questions? help@guide-site.example</p>', { url: 'https://www.guide-site.example/amazon' })).toEqual([]);
    expect(
      values('<h1>Obsługa klienta Temu – jak zgłosić problem</h1><p>Napisz: redakcja@poradnik.example</p>', {
        lang: 'pl',
        url: 'https://poradnik.example/temu',
      }),
    ).toEqual([]);
  });

  it('a clone hosting its own look-alike or free-mail address is still flagged', () => {
    expect(
      values('<h1>AliExpress Customer Service</h1><p>Write to support: care@aliexpress-helpdesk.example</p>', {
        url: 'https://aliexpress-helpdesk.example/contact',
      }),
    ).toEqual(['care@aliexpress-helpdesk.example']);
    expect(values('<h1>Temu Customer Service</h1><p>E-mail: temu.care.desk@gmail.com</p>', { url: 'https://gmail.com.example/x' })).toEqual([
      'temu.care.desk@gmail.com',
    ]);
  });
});

describe('addresses spelt with the words for "@" and "." in more languages', () => {
  const spelt = (text: string) => findEmails(foldContacts(text).text).map((e) => e.value);
  it.each([
    ['cs', 'Pište na reklamace zavináč obchod tečka cz', 'reklamace@obchod.cz'],
    ['sk', 'Píšte na info zavinac firma bodka sk', 'info@firma.sk'],
    ['hu', 'Írjon: segitseg kukac bolt pont hu', 'segitseg@bolt.hu'],
    ['fr', 'Écrivez à aide arobase boutique point fr', 'aide@boutique.fr'],
    ['nl', 'Mail naar hulp apenstaartje winkel punt nl', 'hulp@winkel.nl'],
    ['uk', 'Пишіть: dopomoga равлик ukr крапка net', 'dopomoga@ukr.net'],
    ['ro', 'Scrieți la ajutor arroba magazin punct ro', 'ajutor@magazin.ro'],
    ['cs-brackets', 'podpora[zavináč]obchod[tečka]cz', 'podpora@obchod.cz'],
  ])('%s', (_lang, text, expected) => {
    expect(spelt(text)).toEqual([expected]);
  });

  it('prose with those words and no domain is not an address (hu, fr)', () => {
    expect(spelt('A futár pont akkor jött, amikor a kukac a kertben volt.')).toEqual([]);
    expect(spelt("Le vendeur répond à point nommé, sans arobase ni adresse.")).toEqual([]);
  });

  it('a spelt free-mail address under a marketplace support heading is flagged (cs)', () => {
    expect(values('<h1>Podpora Temu</h1><p>Napište: temu.podpora zavináč seznam tečka cz</p>', { lang: 'cs' })).toEqual(['temu.podpora@seznam.cz']);
  });
});

describe('digit groups said as numbers: tens and hundreds words', () => {
  const digits = (text: string) => spellDigits(text)?.text ?? text;
  it.each([
    ['ru', 'восемь восемьсот пятьсот пятьдесят пять 35 35', '8800555 35 35'],
    ['uk', 'нуль вісімсот триста двадцять один 45 67', '0800321 45 67'],
    ['pl', 'osiemset dwieście trzydzieści cztery 567', '800234 567'],
    ['es', 'novecientos quinientos sesenta y cinco 123', '900565 123'],
    ['pt', 'zero oitocentos setecentos quarenta e um 23 45', '0800741 23 45'],
    ['en', 'one eight hundred fifty five 0142', '1855 0142'],
    ['el', 'οκτακόσια διακόσια είκοσι 12 34', '800220 12 34'],
    ['tr', 'sıfır sekiz yüz elli dört 444 12 34', '0854 444 12 34'],
  ])('%s', (_lang, text, expected) => {
    expect(digits(text)).toBe(expected);
  });

  it('a zero or a second hundred keeps its own digits ("восемь восемьсот", "eight zero zero")', () => {
    expect(digits('восемь восемьсот 100 20 30')).toBe('8800 100 20 30');
    expect(digits('eight zero zero 555 0142')).toBe('800 555 0142');
  });

  it('"y" / "e" join only a tens word and its unit ("dos y tres" stays two numbers)', () => {
    expect(digits('dos y tres 12 34 56')).toBe('dos y 3 12 34 56');
  });

  it('a number said with tens and hundreds is found and flagged (ru, es)', () => {
    expect(values('<h1>Горячая линия Temu</h1><p>Звоните: восемь восемьсот двести двадцать два 33 44</p>', { lang: 'ru' })).toEqual(['+78002223344']);
    expect(values('<h1>Atención al cliente SHEIN</h1><p>Llame al novecientos quinientos sesenta y cinco 123</p>', { lang: 'es', url: 'https://x.example/es' })).toEqual([
      '+34900565123',
    ]);
  });
});
