import { describe, expect, it } from 'vitest';
import { scanValues as values } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-k,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

describe('a number followed by a dash and its hours ("— 24/7") is still read', () => {
  it.each([
    ['el', '<p>Η εξυπηρέτηση πελατών της Temu στο WhatsApp: +30 694 444 1234 — 24/7 στα ελληνικά</p>', '+306944441234'],
    ['en', '<p>SHEIN customer service hotline: +1 213 444 1234 – 24/7, live agents</p>', '+12134441234'],
    ['de', '<p>Temu-Kundenservice: +49 151 44412345 - 24/7 erreichbar</p>', '+4915144412345'],
    ['es', '<p>Atención al cliente de AliExpress: +34 612 444 123 — 24/7</p>', '+34612444123'],
    ['pl', '<p>Infolinia Amazon: +48 601 444 123 – 24/7</p>', '+48601444123'],
  ])('%s: the number before "24/7" is flagged', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });

  it.each([
    ['en', '<p>Temu customer service: in the app, 24/7 — 365 days a year.</p>'],
    ['de', '<p>Temu-Kundenservice im Chat: 24/7 – auch am 24.12.</p>'],
  ])('%s: "24/7" with no number before it is not a phone', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });
});

describe('a LINE, WeChat or Skype id written in brackets or quotes after the messenger\'s name', () => {
  it.each([
    ['ja', '<p>Temuのサポート窓口です。LINEで「bulk_shop88」を友だち追加してください。</p>', 'https://line.me/R/ti/p/~bulk_shop88'],
    ['ja', '<p>AliExpressのサポート窓口はLINE『ali.care.jp』までご連絡ください。</p>', 'https://line.me/R/ti/p/~ali.care.jp'],
    ['zh', '<p>SHEIN官方客服微信「sheinhelp2026」，添加后发送订单号。</p>', 'weixin://dl/chat?sheinhelp2026'],
    ['en', '<p>Temu support desk: add us on Skype "temu.refund.desk" for a faster refund.</p>', 'skype:temu.refund.desk'],
  ])('%s: the id is read', (lang, body, value) => {
    expect(values(body, { lang, url: 'https://tips.example/page' })).toContain(value);
  });

  it('a seller on the marketplace\'s own page asking for a LINE id in brackets is flagged', () => {
    const body = '<p>まとめ買いはAmazonを通さず直接取引で割引します。LINEで「bulk_shop88」を友だち追加してください。</p>';
    expect(values(body, { lang: 'ja', url: 'https://www.amazon.co.jp/dp/B0TEST1234' })).toEqual(['https://line.me/R/ti/p/~bulk_shop88']);
  });

  it.each([
    ['en', '<p>Temu support: HOTLINE: none, ONLINE "chat" only, in the app.</p>'],
    ['ja', '<p>Temuのサポートはアプリ内チャットのみです。LINE「公式」を名乗る連絡は無視してください。</p>'],
  ])('%s: a word ending in LINE, or a non-id in brackets, is not a LINE id', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it('an English word in parentheses after "WeChat" is not an id', () => {
    expect(values('<p>Temu support never uses WeChat (China\'s messenger) or e-mail.</p>', { lang: 'en' })).toEqual([]);
  });
});

describe('support words in Odia and Assamese', () => {
  it.each([
    ['or', '<h2>SHEIN ଗ୍ରାହକ ସେବା</h2><p>ଫେରସ୍ତ ପାଇଁ ଏବେ କଲ କରନ୍ତୁ: +91 90000 41234</p>', '+919000041234'],
    ['or', '<p>Amazon କଷ୍ଟମର କେୟାର ହେଲ୍ପଲାଇନ +91 90000 41234</p>', '+919000041234'],
    ['as', '<h2>Temu গ্ৰাহক সেৱা</h2><p>এতিয়াই ফোন কৰক: +91 90000 41234</p>', '+919000041234'],
  ])('%s: a fake support line is flagged', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });
});

describe('a warning a few sentences after the quoted number, or in the paragraph after a quoted message', () => {
  it.each([
    [
      'en',
      '<p>Search for "Temu phone number" and you find pages listing 1-833-444-0199 next to "live agent". We rang it for this story: a man asked for a gift card. The company confirmed it has no such line. Do not call it.</p>',
    ],
    [
      'de',
      '<p>Auf vielen Seiten steht 0151 44412345 als Amazon-Hotline. Wir haben dort angerufen. Der Mann am Telefon wollte Gutscheincodes. Das ist Betrug.</p>',
    ],
    ['hi', '<pre>प्रिय ग्राहक, आपका Amazon खाता बंद होगा। कॉल करें 90000 41234</pre><p>यह धोखाधड़ी है। इस नंबर पर कॉल न करें।</p>'],
    ['fr', '<blockquote>Service client SHEIN : votre colis est bloqué, appelez le 06 44 41 23 45.</blockquote><p>Ce SMS est une arnaque : ne rappelez pas.</p>'],
    ['pl', '<blockquote>Temu: zwrot czeka. Zadzwoń: 601 444 123.</blockquote><p>To oszustwo. Nie dzwoń pod ten numer.</p>'],
  ])('%s: the quoted number stays quiet', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it.each([
    ['en', '<blockquote>Reader question: is this real?</blockquote><p>Amazon customer service: 1-833-444-0199. Call now.</p>', '+18334440199'],
    ['pl', '<p>Infolinia Temu: 601 444 123.</p><p>Nie dzwoń na inne numery, to oszustwo.</p>', '+48601444123'],
  ])('%s: a support number presented as such is still flagged', (lang, body, value) => {
    expect(values(body, { lang })).toEqual([value]);
  });
});

describe('a "contact us" page of a service that works with marketplaces is the site\'s own', () => {
  it.each([
    ['ka', 'კონტაქტი — ამანათები Amazon-იდან და eBay-იდან', '<h1>დაგვიკავშირდით</h1><table><tr><th>ტელეფონი</th><td>(032) 2 44 12 34</td></tr></table>'],
    ['ro', 'Contact — colete de pe Amazon și eBay', '<h1>Contactați-ne</h1><table><tr><th>Telefon</th><td>+40 21 444 1234</td></tr></table>'],
    ['hu', 'Kapcsolat — csomagok az Amazonról és az eBayről', '<h1>Lépjen kapcsolatba velünk</h1><table><tr><th>Telefon</th><td>+36 1 444 1234</td></tr></table>'],
    ['zh', '联系方式 — Amazon 和 eBay 集运', '<h1>联系我们</h1><table><tr><th>电话</th><td>+86 21 4441 2345</td></tr></table>'],
    ['th', 'ติดต่อ — ส่งพัสดุจาก Amazon และ eBay', '<h1>ติดต่อเรา</h1><table><tr><th>โทรศัพท์</th><td>+66 2 444 1234</td></tr></table>'],
    ['en', 'Contact — parcels from Amazon and eBay to your door', '<h1>Contact us</h1><table><tr><th>Phone</th><td>+44 20 7946 0123</td></tr></table>'],
  ])('%s: its own phone stays quiet', (lang, title, body) => {
    expect(values(body, { lang, title, url: 'https://parcels.example/contact' })).toEqual([]);
  });

  it('a "contact us" heading on a page posing as marketplace support is still flagged', () => {
    expect(values('<h1>Amazon customer service — contact us</h1><p>Amazon support hotline: +1 833 444 0199</p>', { lang: 'en' })).toEqual([
      '+18334440199',
    ]);
  });
});

describe('a domain registrar\'s or host\'s abuse contact is a third party\'s', () => {
  it.each([
    ['nl', 'WHOIS amazon-klantenservice.example', '<table><tr><th>Registrar abuse e-mail</th><td>abuse@registrar-one.example</td></tr></table>'],
    ['en', 'WHOIS lookup: temu-support-desk.example', '<table><tr><th>Registrar Abuse Contact Email</th><td>abuse@registrar-one.example</td></tr></table>'],
    ['de', 'WHOIS: aliexpress-kundenservice.example', '<p>Missbrauch melden beim Registrar: abuse@registrar-one.example</p>'],
    ['ru', 'WHOIS: shein-podderzhka.example', '<table><tr><th>Регистратор, e-mail для жалоб</th><td>abuse@registrar-one.example</td></tr></table>'],
    ['fr', 'WHOIS : amazon-service-client.example', '<p>Signaler un abus à l\'hébergeur : abuse@host-one.example</p>'],
  ])('%s: the abuse address stays quiet', (lang, title, body) => {
    expect(values(`<h1>${title}</h1>${body}`, { lang, title })).toEqual([]);
  });
});

describe('in a label/value table, the first row\'s value is not a column header', () => {
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  it.each([
    ['nl', 'Domeinnaam', 'amazon-klantenservice-nl.example', 'Registrar abuse e-mail', 'abuse@registrar-one.example'],
    ['en', 'Domain', 'temu-customer-service.example', 'Registrar abuse phone', '+1 213 444 1234'],
    ['de', 'Domain', 'aliexpress-kundenservice.example', 'Registrar Abuse-Telefon', '+49 30 44412345'],
    ['pl', 'Domena', 'infolinia-temu.example', 'Rejestrator – e-mail do zgłoszeń', 'abuse@registrar-one.example'],
    ['ru', 'Домен', 'podderzhka-aliexpress.example', 'Регистратор, e-mail для жалоб', 'abuse@registrar-one.example'],
  ])('%s: a WHOIS record\'s registrar contact stays quiet', (lang, label1, domain, label2, contact) => {
    const body = `<h1>WHOIS</h1><table>${row(label1, domain)}${row('Registrar', 'Registrar One Ltd')}${row(label2, contact)}</table>`;
    expect(values(body, { lang })).toEqual([]);
  });

  it('a real header row still labels its column', () => {
    const body = '<table><tr><th>Service</th><th>AliExpress hotline</th></tr><tr><td>Orders</td><td>+1 213 444 1234</td></tr></table>';
    expect(values(body, { lang: 'en' })).toEqual(['+12134441234']);
  });
});
