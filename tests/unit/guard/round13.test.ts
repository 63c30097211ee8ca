import { describe, expect, it } from 'vitest';
import { scanFragment, scanValues as values } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-m,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

describe('a legal block laid out as label/value rows: the legal label sits a row or two above the contact', () => {
  it.each([
    [
      'de',
      'https://www.temu.com/de/gartenschere-g-601099500011122.html',
      '<table><tr><th>Hersteller</th><td>Wuxi Lvyuan Tools Co., Ltd.</td></tr><tr><th>EU-Verantwortliche Person</th><td>Kranich Compliance GmbH, Hafenstraße 4, 20457 Hamburg</td></tr><tr><th>E-Mail</th><td>kontakt@kranich-compliance.example</td></tr><tr><th>Telefon</th><td>040 3344 5566</td></tr></table>',
    ],
    [
      'fr',
      'https://www.amazon.fr/dp/B0TEST1234',
      '<dl><dt>Fabricant</dt><dd>Hangzhou Lumen Lighting Co., Ltd.</dd><dt>Personne responsable dans l’UE</dt><dd>Conformité Loire SAS, 12 quai de la Fosse, 44000 Nantes</dd><dt>Contact</dt><dd>securite@conformite-loire.example</dd></dl>',
    ],
    [
      'pl',
      'https://www.ebay.com/itm/100200300400',
      '<table><tr><td>Importer</td><td>Wisła Import Sp. z o.o., ul. Portowa 8, 80-001 Gdańsk</td></tr><tr><td>Kontakt</td><td>biuro@wisla-import.example</td></tr></table>',
    ],
    [
      'es',
      'https://www.aliexpress.com/item/1005000111222333.html',
      '<dl><dt>Importador</dt><dd>Meseta Importaciones S.L., Calle Mayor 20, 28013 Madrid</dd><dt>Correo</dt><dd>atencion@meseta-importaciones.example</dd></dl>',
    ],
  ])('%s: the contact row of the legal block stays quiet', (lang, url, body) => {
    expect(values(`<h1>Artikel</h1>${body}`, { lang, url })).toEqual([]);
  });

  it('a contact row that invites the buyer out is still flagged, legal rows above or not', () => {
    const body =
      '<table><tr><th>Hersteller</th><td>Wuxi Lvyuan Tools Co., Ltd.</td></tr><tr><th>Kontakt</th><td>Für Großhandelspreise schreiben Sie uns auf WhatsApp: +49 1523 4567890</td></tr></table>';
    expect(values(body, { lang: 'de', url: 'https://www.temu.com/de/x-g-601099500011123.html' })).toEqual(['+4915234567890']);
  });

  it('a spec table without legal rows keeps a seller\'s outside address flagged', () => {
    const body =
      '<table><tr><th>Material</th><td>Baumwolle</td></tr><tr><th>Farbe</th><td>Blau</td></tr><tr><th>Kontakt</th><td>shopdeals4u@gmail.com</td></tr></table>';
    expect(values(body, { lang: 'de', url: 'https://www.temu.com/de/x-g-601099500011124.html' })).toEqual(['shopdeals4u@gmail.com']);
  });

  it('a legal row far above, past an ordinary row, does not reach the contact row', () => {
    const body =
      '<table><tr><th>Hersteller</th><td>Wuxi Lvyuan Tools Co., Ltd.</td></tr><tr><th>Material</th><td>Stahl</td></tr><tr><th>Kontakt</th><td>shopdeals4u@gmail.com</td></tr></table>';
    expect(values(body, { lang: 'de', url: 'https://www.temu.com/de/x-g-601099500011125.html' })).toEqual(['shopdeals4u@gmail.com']);
  });
});

describe('a scammer\'s message quoted in a news sentence under a warning stays quiet', () => {
  it.each([
    ['en', '<h1>Fraudsters pose as Temu support</h1><p>“Call +44 7400 123456, this is Temu customer service, we will refund you,” said the text a reader forwarded to us.</p>'],
    ['ru', '<h1>Мошенники представляются поддержкой Shein</h1><p>«Позвоните по номеру +7 912 345-67-89, это служба поддержки Shein, мы вернём деньги», — такое сообщение получил житель Перми.</p>'],
    ['de', '<h1>Polizei warnt vor falschen eBay-Anrufen</h1><p>„Rufen Sie den eBay-Kundenservice unter 030 5557 1234 an, Ihr Konto ist gesperrt“, hieß es in der SMS an eine Rentnerin.</p>'],
    ['pl', '<h2>Oszuści podszywają się pod AliExpress</h2><p>„Zadzwoń na infolinię AliExpress: 601 555 321, zwrócimy pieniądze” – napisali do mieszkanki Łodzi.</p>'],
    ['fr', '<h1>Arnaque : de faux conseillers Amazon</h1><p>« Appelez le service client Amazon au 06 12 34 56 78 pour votre remboursement », disait le message reçu par une lectrice.</p>'],
  ])('%s: the number inside the quotation is the warning\'s subject', (lang, body) => {
    expect(values(body, { lang, url: 'https://news-desk.example/2026/12/scam' })).toEqual([]);
  });

  it('the same quotation without any warning is still flagged', () => {
    const body = '<h1>Temu help</h1><p>“Call +44 7400 123456, this is Temu customer service, we will refund you,” said the text.</p>';
    expect(values(body, { lang: 'en', url: 'https://news-desk.example/2026/12/help' })).toEqual(['+447400123456']);
  });

  it('under a warning, a number outside the quotation presented as support is still flagged', () => {
    const body =
      '<h1>Fraudsters pose as Temu support</h1><p>“We will refund you,” the fakes say. Call the only official Temu customer service line: +44 7400 123789.</p>';
    expect(values(body, { lang: 'en', url: 'https://news-desk.example/2026/12/scam2' })).toEqual(['+447400123789']);
  });
});

describe('the site speaks of its own contact ("our") in more languages', () => {
  const page = (h1: string, p: string) => `<h1>${h1}</h1><p>${p}</p>`;
  it.each([
    ['is', page('Pakkar frá AliExpress og Temu', 'Spurningar? Þjónustuborð okkar svarar í síma 555 1234 alla virka daga.')],
    ['sv', page('Paket från AliExpress och Temu', 'Frågor om tullen? Vår kundtjänst nås på 08-123 456 78 vardagar 9–16.')],
    ['nb', page('Pakker fra AliExpress og Temu', 'Spørsmål om toll? Vår kundeservice svarer på 22 41 86 31 hverdager.')],
    ['da', page('Pakker fra AliExpress og Temu', 'Spørgsmål om told? Vores kundeservice svarer på 33 12 34 56 på hverdage.')],
    ['et', page('Pakid AliExpressist ja Temust', 'Küsimused tolli kohta? Meie klienditeenindus: 612 3456.')],
    ['sk', page('Balíky z AliExpress a Temu', 'Otázky k clu? Linka našej zákazníckej podpory: 02 5710 1234.')],
    ['eu', page('AliExpress eta Temu paketeak', 'Aduanari buruzko zalantzak? Gure bezeroarentzako arreta: 943 123 456.')],
    ['hy', page('AliExpress-ի և Temu-ի ծանրոցներ', 'Մաքսի մասին հարցե՞ր: Մեր հաճախորդների սպասարկում՝ 010 123456։')],
    ['mt', page('Pakketti minn AliExpress u Temu', 'Mistoqsijiet dwar id-dwana? Is-servizz tal-klijenti tagħna: 2122 3344.')],
  ])('%s: the site\'s own customer line on a page about marketplace parcels stays quiet', (lang, body) => {
    expect(values(body, { lang, url: 'https://parcels-help.example/customs' })).toEqual([]);
  });
});

describe('institutions speak for their own desks: universities, libraries, councils, airlines, hospitals', () => {
  it.each([
    ['en', '<h1>Amazon Prime Student: signing up</h1><p>Trouble with your student e-mail? Contact the University IT service desk on 0161 496 0123.</p>'],
    ['de', '<h1>Bücher bei Amazon bestellen</h1><p>Probleme mit dem Uni-Konto? Die IT-Hotline der Universität hilft unter 0761 203 4455.</p>'],
    ['cy', '<h1>Prynu llyfrau ar Amazon</h1><p>Problem gyda’ch cyfrif? Cysylltwch â Llyfrgell y Brifysgol: 01248 383 123.</p>'],
    ['hu', '<h1>Tankönyvek az Amazonról</h1><p>Gond van a hallgatói fiókkal? Az egyetem informatikai ügyfélszolgálata: 06 1 234 5678.</p>'],
    ['is', '<h1>Pakkar frá Temu</h1><p>Spurningar um bókasafnskortið? Hringdu í Bókasafn Reykjavíkur í síma 411 6100.</p>'],
  ])('%s: the institution\'s own line stays quiet', (lang, body) => {
    expect(values(body, { lang, url: 'https://institution-pages.example/help' })).toEqual([]);
  });
});

describe('marketplace names in the scripts of South Asia', () => {
  it.each([
    ['kn', '<h1>ಅಲಿಎಕ್ಸ್‌ಪ್ರೆಸ್ ಗ್ರಾಹಕ ಸೇವೆ</h1><p>ಸಹಾಯವಾಣಿ: 98450 12345</p>', '+919845012345'],
    ['ta', '<h1>அலிஎக்ஸ்பிரஸ் வாடிக்கையாளர் சேவை</h1><p>உதவி எண்: 98400 12345</p>', '+919840012345'],
    ['te', '<h1>అలీఎక్స్‌ప్రెస్ కస్టమర్ కేర్</h1><p>హెల్ప్‌లైన్: 98480 12345</p>', '+919848012345'],
    ['ml', '<h1>അലിഎക്സ്പ്രസ് കസ്റ്റമർ കെയർ</h1><p>ഫോൺ: 98470 12345</p>', '+919847012345'],
    ['gu', '<h1>અલીએક્સપ્રેસ ગ્રાહક સેવા</h1><p>હેલ્પલાઇન: 98250 12345</p>', '+919825012345'],
    ['pa', '<h1>ਅਲੀਐਕਸਪ੍ਰੈਸ ਗਾਹਕ ਸੇਵਾ</h1><p>ਹੈਲਪਲਾਈਨ: 98140 12345</p>', '+919814012345'],
    ['or', '<h1>ଆଲିଏକ୍ସପ୍ରେସ ଗ୍ରାହକ ସେବା</h1><p>ହେଲ୍ପଲାଇନ: 98610 12345</p>', '+919861012345'],
    ['si', '<h1>අලිඑක්ස්ප්‍රෙස් පාරිභෝගික සේවා</h1><p>දුරකථන: 077 345 6789</p>', '+94773456789'],
    ['ta', '<h1>அலி எக்ஸ்பிரஸ் வாடிக்கையாளர் சேவை</h1><p>உதவி எண்: 98410 12345</p>', '+919841012345'],
  ])('%s: a helpline under the marketplace\'s name in the page\'s script is flagged', (lang, body, value) => {
    expect(values(body, { lang, url: 'https://help-directory.example/in' })).toEqual([value]);
  });

  it('the same helpline with no marketplace named stays quiet', () => {
    expect(values('<h1>ಗ್ರಾಹಕ ಸೇವೆ</h1><p>ಸಹಾಯವಾಣಿ: 98450 12345</p>', { lang: 'kn', url: 'https://help-directory.example/in' })).toEqual([]);
  });
});

describe('a bare run of digits after a phone or messenger word in another script', () => {
  it.each([
    ['ar', 'https://www.amazon.eg/dp/B0TEST5678', '<p>اطلب الكمية عبر واتساب 01012345678</p>', '+201012345678'],
    ['ar', 'https://www.amazon.sa/dp/B0TEST5679', '<p>للتواصل جوال 0551234567 وخصم إضافي</p>', '+966551234567'],
    ['hi', 'https://www.amazon.in/dp/B0TEST5680', '<p>थोक ऑर्डर के लिए व्हाट्सएप 9876543210 पर मैसेज करें</p>', '+919876543210'],
    ['he', 'https://www.ebay.com/itm/100200300401', '<p>להנחה כתבו לנו בוואטסאפ 0502345678</p>', '+972502345678'],
  ])('%s: the seller\'s number on the marketplace is read and flagged', (lang, url, body, value) => {
    expect(values(body, { lang, url })).toEqual([value]);
  });

  it.each([
    ['fa', '<h1>پشتیبانی آمازون</h1><p>تلفن 02188776655</p>', '+982188776655'],
    ['zh', '<h1>亚马逊客服热线</h1><p>电话 13812345678</p>', '+8613812345678'],
    ['th', '<h1>ศูนย์บริการลูกค้า Shein</h1><p>โทร 0812345678</p>', '+66812345678'],
  ])('%s: a fake support line written as one run after the phone word is flagged', (lang, body, value) => {
    expect(values(body, { lang, url: 'https://support-lines.example/x' })).toEqual([value]);
  });

  it.each([
    ['ar', '<h1>خدمة العملاء أمازون</h1><p>رقم الطلب 40312345678 وتاريخ الشحن 2026</p>'],
    ['fa', '<h1>پشتیبانی آمازون</h1><p>کد پستی ۱۴۳۴۸۶۳۱۱۱</p>'],
    ['zh', '<h1>亚马逊客服</h1><p>订单号 40312345678</p>'],
  ])('%s: an order id or postcode next to support words stays a plain digit run', (lang, body) => {
    expect(scanFragment(body, { lang, url: 'https://support-lines.example/y' })).toEqual([]);
  });
});
