import { describe, expect, it } from 'vitest';
import { scanValues as values } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-n,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

describe('teens said as words inside a spoken number', () => {
  it.each([
    ['tr', '<h2>Temu müşteri hizmetleri</h2><p>Bizi arayın: sıfır beş yüz elli üç, üç yüz on iki, kırk beş, altmış yedi</p>', '+905533124567'],
    ['en', '<h2>Temu customer service</h2><p>Call the hotline: seven one three, two one five, fourteen, seventy-seven</p>', '+17132151477'],
    ['de', '<h2>AliExpress Kundenservice</h2><p>Hotline: null acht null null, vierhundert achtzehn, dreizehn zwölf</p>', '+498004181312'],
  ])('%s: the teen joins its group', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });

  it('a bare Turkish "on" between English words is not read as ten', () => {
    expect(values('<h2>Temu support</h2><p>Call us on 020 7946 0321 today.</p>', { lang: 'en' })).toEqual(['+442079460321']);
  });
});

describe('support words in Sindhi, Esperanto and European Portuguese', () => {
  it.each([
    ['sd', '<h1>Temu ڪسٽمر ڪيئر</h1><p>هن نمبر تي ڪال ڪريو: ۰۳۰۰ ۷۶۵۴۳۲۱</p>', '+923007654321'],
    ['eo', '<p>Temu klientservo: voku +44 20 7946 0555 (senpage)</p>', '+442079460555'],
    ['pt', '<h1>Apoio ao Cliente Temu Portugal</h1><p><a href="https://wa.me/351913334455">Fala connosco</a></p>', 'https://wa.me/351913334455'],
  ])('%s: the contact presented as support is flagged', (lang, body, value) => {
    expect(values(body, { lang })).toContain(value);
  });
});

describe('an event organiser\'s own line in the event details', () => {
  it.each([
    ['en', '<h1>Workshop: buying safely on AliExpress</h1><dl><dt>When</dt><dd>12 Dec, 15:00</dd><dt>Organiser</dt><dd>Jane P., tel. 020 7946 0123</dd></dl>'],
    ['de', '<h1>Vortrag: sicher bei Temu einkaufen</h1><dl><dt>Veranstalter</dt><dd>VHS Mitte, Telefon 030 44412345</dd></dl>'],
    ['fr', '<h1>Atelier : acheter sur Temu sans risque</h1><dl><dt>Organisateur</dt><dd>MJC Centre, tél. 01 44 55 12 12</dd></dl>'],
  ])('%s: stays quiet', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it('a fake "organiser" that presents the marketplace\'s hotline is still flagged', () => {
    const body = '<h1>AliExpress customer service day</h1><p>AliExpress hotline: call +44 20 7946 0999 now.</p>';
    expect(values(body, { lang: 'en' })).toEqual(['+442079460999']);
  });
});

describe('reports of a caller "calling itself" or "saying it was" the marketplace quote the number', () => {
  it.each([
    ['ja', '<p>Amazonを名乗る電話が 03-5555-7777 からかかってきました。</p>'],
    ['ja', '<h2>Amazonサポートからの不審な電話 「03-5555-7788」</h2>'],
    ['pt', '<p>Me ligaram do (21) 95555-4321 dizendo que era da Temu e pediram o código.</p>'],
    ['es', '<p>Me llamaron del 612 555 432 diciendo que era el soporte de AliExpress.</p>'],
    ['en', '<p>A man rang from 020 7946 0777 saying he was from Amazon support, saying they were refunding me.</p>'],
  ])('%s: stays quiet', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });
});
