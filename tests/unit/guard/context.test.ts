import { describe, expect, it } from 'vitest';
import { scanFragment, summary } from './helpers';

/**
 * Presentation as marketplace support, in the languages issue 3 lists. Pages
 * are written here for the test (none comes from the corpus); each expected
 * value is the number's E.164 form worked out by hand.
 */
describe('support contacts in many languages', () => {
  it.each([
    ['de', '<h1>AliExpress Kundenservice Hotline Deutschland</h1><p>Rufen Sie an: 030 12345678</p>', '+493012345678'],
    ['es', '<h1>Teléfono de atención al cliente de AliExpress</h1><ul><li>Llama al 912 345 678</li></ul>', '+34912345678'],
    ['fr', '<h1>Numéro du service client AliExpress</h1><p>Appelez le 01 23 45 67 89</p>', '+33123456789'],
    ['pt', '<h2>Central de atendimento AliExpress Brasil</h2><p>Ligue (11) 3456-7890</p>', '+551134567890'],
    ['tr', '<h1>AliExpress müşteri hizmetleri telefon numarası</h1><p>0212 345 67 89</p>', '+902123456789'],
    ['ar', '<h1>رقم خدمة عملاء علي إكسبريس</h1><p>اتصل على ٠١٠ ١٢٣٤ ٥٦٧٨</p>', '+201012345678'],
    ['hi', '<h1>अलीएक्सप्रेस कस्टमर केयर नंबर</h1><p>कॉल करें: ९८७६५ ४३२१०</p>', '+919876543210'],
    ['kk', '<h1>AliExpress қолдау қызметінің телефоны</h1><p>8 727 123 45 67</p>', '+77271234567'],
    ['cs', '<h1>AliExpress zákaznická linka</h1><p>Volejte 222 123 456</p>', '+420222123456'],
    ['he', '<h1>שירות לקוחות עלי אקספרס</h1><p>טלפון: 03-1234567</p>', '+97231234567'],
    ['ka', '<h1>ალიექსპრესის ცხელი ხაზი</h1><p>დარეკეთ: 032 224 51 78</p>', '+995322245178'],
    ['ru', '<h1>Техподдержка Алиэкспресс</h1><p>Звоните: 8 (800) 555-35-35</p>', '+78005553535'],
    ['uk', '<p>Гаряча лінія Аліекспрес: 0 800 214 365</p>', '+380800214365'],
    ['el', '<h1>Εξυπηρέτηση πελατών AliExpress</h1><p>Καλέστε 210 934 8271</p>', '+302109348271'],
  ])('%s', (lang, body, phone) => {
    expect(summary(scanFragment(body, { lang }))).toEqual([`phone ${phone} fake-support-phone`]);
  });

  it('joins a number split over inline elements and reads a tel: link whose text is "Call now"', () => {
    const found = scanFragment(
      '<h1>Горячая линия АлиЭкспресс</h1><p>Звоните: <b>8 800</b> <span>301</span>-47-62</p>' +
        '<p>Москва: <a href="tel:+74951204583">Позвонить</a></p>',
      { lang: 'ru' },
    );
    expect(summary(found)).toEqual(['phone +78003014762 fake-support-phone', 'phone +74951204583 fake-support-phone']);
  });

  it('reads table rows with their column header', () => {
    const found = scanFragment(
      '<h2>Which AliExpress number should I call?</h2><table><tr><th>Topic</th><th>Phone</th></tr>' +
        '<tr><td>Refunds</td><td>1-877-555-0188</td></tr></table>',
    );
    expect(summary(found)).toEqual(['phone +18775550188 fake-support-phone']);
  });

  it('flags e-mails and messengers by what their domain claims', () => {
    const found = scanFragment(
      '<h1>AliExpress support e-mail and WhatsApp</h1>' +
        '<p>Write to support: help [at] aliexpress-care [dot] com or aliexpress.refunds@gmail.com</p>' +
        '<p>Official address: service@aliexpress.com</p>' +
        '<p>WhatsApp: <a href="whatsapp://send?phone=447700900123">chat with us</a>, Telegram: @AliHelpDesk_bot</p>',
    );
    expect(summary(found)).toEqual([
      'email help@aliexpress-care.com lookalike-email',
      'email aliexpress.refunds@gmail.com freemail-support',
      'email service@aliexpress.com marketplace-domain-email',
      'messenger https://wa.me/447700900123 fake-support-messenger',
      'messenger https://t.me/alihelpdesk_bot fake-support-messenger',
    ]);
  });

  it('names the marketplace the contact is presented for', () => {
    const [temu] = scanFragment('<p>Temu customer service: +1 (877) 555-0114</p>');
    expect(temu?.marketplace).toBe('temu');
    const [amazon] = scanFragment('<h1>Amazon.pl infolinia</h1><p>+48 22 640 93 18</p>', { lang: 'pl' });
    expect(amazon?.marketplace).toBe('amazon');
  });

  it('does not read Polish "temu" (ago) as the marketplace', () => {
    expect(scanFragment('<h1>Infolinia</h1><p>Dwa lata temu dzwoniłem na numer +48 22 640 93 18.</p>', { lang: 'pl' })).toEqual([]);
  });
});

describe('contacts that must stay quiet', () => {
  it.each([
    ['a shop contact page that mentions selling on AliExpress', 'de',
      '<h1>Kontakt – Fahrradladen Müller</h1><p>Wir verkaufen auch auf AliExpress.</p><h2>So erreichen Sie uns</h2><p>Telefon: 030 98765432</p>'],
    ['a bank fraud line in an honest guide', 'en',
      '<h1>How to contact AliExpress support</h1><p>If your card was charged, call your bank fraud line at +1 800 555 0100.</p>'],
    ['a courier hotline on a tracking page', 'fr',
      '<h1>Suivi colis AliExpress</h1><p>Service client du transporteur : 01 23 45 67 80</p>'],
    ['a newsroom tip line in a story about fake hotlines', 'en',
      "<h1>Pensioners lose savings after calling 'AliExpress hotline'</h1><p>AliExpress has no phone line.</p><h2>How to protect yourself</h2><p>Never read out codes.</p><p>Contact the newsroom on 0161 496 0452.</p>"],
    ['a consumer association line', 'ro',
      '<h1>Ai o problemă cu o comandă AliExpress?</h1><p>AliExpress nu are număr de telefon.</p><h2>Consiliere gratuită</h2><ul><li>Telefon asociație: 021 312 6048</li></ul>'],
    ["the site's own footer under an article about AliExpress support", 'en',
      '<main><h1>AliExpress customer service</h1><p>Use the Help Center chat.</p></main><footer><p>Our office: +44 20 7946 0000</p></footer>'],
    ['a page merely talking about support', 'uk',
      '<h1>Телефон підтримки AliExpress</h1><p>Офіційного номера немає: пишіть у чат Центру допомоги.</p>'],
    ['digits that are not phones on a support page', 'en',
      '<h1>AliExpress support</h1><p>Order ID: 8190427716350982, tracking LP00471829305516, total US $195.81, 2025-03-14.</p>'],
    ['share buttons', 'en',
      '<h1>AliExpress deals</h1><p><a href="https://t.me/share/url?url=x">Share on Telegram</a> <a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></p>'],
  ])('%s', (_name, lang, body) => {
    expect(scanFragment(body, { lang })).toEqual([]);
  });

  it('keeps official contacts quiet', () => {
    expect(scanFragment('<h1>Amazon customer service number</h1><p>Call 1-888-280-4331</p>')).toEqual([]);
    expect(summary(scanFragment('<h1>Amazon customer service number</h1><p>Call 1-855-555-0199</p>'))).toEqual([
      'phone +18555550199 fake-support-phone',
    ]);
  });

  it('honours the user trust lists', () => {
    const body = '<h1>AliExpress hotline</h1><p>Call +1 (888) 555-0123</p>';
    expect(scanFragment(body, { trusted: { contacts: ['+18885550123'], sites: [] } })).toEqual([]);
    expect(scanFragment(body, { trusted: { contacts: [], sites: ['pages.example'] } })).toEqual([]);
    expect(scanFragment(body, { trusted: { contacts: [], sites: ['other.example'] } })).toHaveLength(1);
  });
});

describe("sellers on the marketplace's own pages", () => {
  const item = 'https://www.aliexpress.com/item/1005007318245561.html';

  it('flags contacts that move the deal off the platform', () => {
    const found = scanFragment(
      '<div class="desc"><p>Wholesale: contact us directly on WhatsApp +86 135 2871 4460 or sunny@163.com, pay by bank transfer.</p></div>',
      { url: item },
    );
    expect(summary(found)).toEqual([
      'phone +8613528714460 offplatform-seller',
      'email sunny@163.com offplatform-seller',
    ]);
    expect(found[0]?.marketplace).toBe('aliexpress');
  });

  it('flags any messenger link a seller posts', () => {
    const found = scanFragment('<p>Пишите: <a href="https://t.me/optom_chasy_direct">наш канал</a></p>', {
      url: 'https://aliexpress.ru/item/1.html',
      lang: 'ru',
    });
    expect(summary(found)).toEqual(['messenger https://t.me/optom_chasy_direct offplatform-seller']);
  });

  it("stays quiet on the buyer's own order data", () => {
    const found = scanFragment(
      '<h1>Order details</h1><p>Order ID: 8190427716350982</p><p>J. Doe<br>4417 Maple Ave<br>Phone: +1 (217) 555-0143</p>',
      { url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190427716350982' },
    );
    expect(found).toEqual([]);
  });
});

describe('numbers split over blocks', () => {
  it('joins a country-code cell with the rest of the number', () => {
    const found = scanFragment(
      '<h1>AliExpress UK helpline</h1><table><tr><th>Code</th><th>Number</th></tr><tr><td>+44</td><td>20 7946 0321</td></tr></table>',
    );
    expect(summary(found)).toEqual(['phone +442079460321 fake-support-phone']);
  });

  it('does not merge a column of separate numbers or plain figures', () => {
    const found = scanFragment(
      '<h1>AliExpress UK helpline</h1><table><tr><td>12</td><td>345 678</td></tr><tr><td>2024</td><td>1 299 00</td></tr></table>',
    );
    expect(found).toEqual([]);
  });

  it('leaves a payment company line alone in an honest guide', () => {
    expect(
      scanFragment('<h1>AliExpress has no phone line</h1><p>If you paid with PayPal, call PayPal at +1 888 221 1161.</p>'),
    ).toEqual([]);
  });
});

describe("a site's own contact next to a marketplace mention", () => {
  // Each page names AliExpress in one sentence and gives the shop's own service in the next.
  it.each([
    ['de', 'Viele unserer Ersatzteile kommen von AliExpress. Bei Fragen erreichen Sie unseren Kundenservice unter 089 5555 1234.'],
    ['es', 'Compramos piezas en AliExpress. Nuestro teléfono de atención al cliente: +34 912 345 678.'],
    ['tr', "Ürünlerimizi AliExpress'ten getiriyoruz. Müşteri hizmetlerimiz: 0212 555 12 34."],
    ['fr', 'Nous achetons certaines pièces sur AliExpress. Notre service client : 01 23 45 67 89.'],
    ['pt', 'Compramos parte das peças no AliExpress. Nosso atendimento: (11) 3456-7890.'],
    ['pl', 'Część części kupujemy na AliExpress. Nasza infolinia: 22 123 45 67.'],
    ['cs', 'Některé díly kupujeme na AliExpressu. Naše zákaznická linka: 234 567 890.'],
    ['ru', 'Часть товаров мы закупаем на AliExpress. Наша служба поддержки: +7 812 123-45-67.'],
    ['uk', 'Деякі деталі ми замовляємо на AliExpress. Телефон нашої підтримки: 044 123 4567.'],
    ['el', 'Κάποια εξαρτήματα τα φέρνουμε από το AliExpress. Το τηλέφωνό μας: 210 123 4567.'],
    ['ro', 'Unele piese le cumpărăm de pe AliExpress. Serviciul nostru de asistență: 021 123 4567.'],
    ['ka', 'ზოგიერთ ნაწილს AliExpress-ზე ვყიდულობთ. ჩვენი ტელეფონი: 032 2 987 654.'],
    ['he', 'חלק מהמוצרים מגיעים מעלי אקספרס. שירות הלקוחות שלנו: 03-555-1234.'],
    ['ar', 'نستورد بعض المنتجات من علي إكسبريس. خدمة العملاء لدينا: ٠١١ ٤٥٦ ٧٨٩٠'],
    ['hi', 'हम कुछ सामान अलीएक्सप्रेस से मंगाते हैं। हमारी ग्राहक सेवा: 98765 43210'],
    ['kk', 'Кейбір тауарларды AliExpress-тен әкелеміз. Біздің қолдау қызметі: +7 701 234 5678.'],
    ['en', 'We source some parts from AliExpress. For help, our support team is on (312) 555-0175.'],
  ])('%s', (lang, text) => {
    expect(scanFragment(`<h1>Kontakt</h1><p>${text}</p>`, { lang })).toEqual([]);
  });

  it('still flags a page that speaks as the marketplace under a heading naming its support', () => {
    const found = scanFragment(
      '<h1>AliExpress Customer Service</h1><p>Orders late? Our support team is available 24/7. Call our toll-free hotline: 1-877-555-0142.</p>',
    );
    expect(summary(found)).toEqual(['phone +18775550142 fake-support-phone']);
  });

  it('keeps a site\'s own contact under a "contact" heading below a heading that only names the marketplace', () => {
    const body =
      '<h1>Jasa Titip Belanja AliExpress</h1><p>Kami bantu belanja dari AliExpress.</p><h2>Hubungi penjual</h2><p>Toko Jaya — WhatsApp kami: 0812-5555-1234</p>';
    expect(scanFragment(body, { lang: 'id' })).toEqual([]);
  });

  it('lets a heading that ends on a third party ("AliExpress parcel pickup point") own the contacts under it', () => {
    expect(scanFragment('<h2>AliExpress parcel pickup point</h2><p>Phone: (312) 555-0134</p>')).toEqual([]);
    expect(scanFragment('<h1>AliExpress rendelés vámkezelése</h1><h2>Postai ügyfélszolgálat</h2><p>Telefon: +36 1 555 7777</p>', { lang: 'hu' })).toEqual([]);
    // The marketplace named after the third party still claims it.
    expect(summary(scanFragment('<h2>Courier problems? AliExpress hotline</h2><p>Phone: (312) 555-0134</p>'))).toEqual([
      'phone +13125550134 fake-support-phone',
    ]);
  });

  it('keeps a classified ad\'s own contact under "seller contacts", but not a hotline named after that advice', () => {
    const ad = '<h1>Выкуп товаров с AliExpress</h1><h2>Контакты продавца</h2><p>Игорь. Звоните: 8 (999) 555-12-34</p>';
    expect(scanFragment(ad, { lang: 'ru' })).toEqual([]);
    const advice = '<p>If you cannot contact the seller, call the AliExpress hotline: 1-844-555-0199.</p>';
    expect(summary(scanFragment(advice))).toEqual(['phone +18445550199 fake-support-phone']);
  });

  it('still flags a possessive clause that names the marketplace, or a contact that names it', () => {
    expect(summary(scanFragment('<p>Contact our AliExpress support line: 1-877-555-0142.</p>'))).toEqual([
      'phone +18775550142 fake-support-phone',
    ]);
    expect(summary(scanFragment('<p>AliExpress refunds. Write to our desk: aliexpress.refunds@gmail.com</p>'))).toEqual([
      'email aliexpress.refunds@gmail.com freemail-support',
    ]);
  });

  it('does not let a title that only names the marketplace claim a contact section', () => {
    const body = '<h2>Kontakt z przewoźnikiem</h2><p>Infolinia: 22 577 55 55</p>';
    expect(scanFragment(body, { lang: 'pl', title: 'Paczka z AliExpress utknęła – co robić?' })).toEqual([]);
    expect(summary(scanFragment('<h2>Kontakt</h2><p>Infolinia: 22 577 55 55</p>', { lang: 'pl', title: 'Infolinia AliExpress' }))).toEqual([
      'phone +48225775555 fake-support-phone',
    ]);
  });

  it('reads a Telegram link under a heading that names the messenger in its own script', () => {
    const found = scanFragment('<h1>שירות לקוחות עלי אקספרס</h1><h2>טלגרם</h2><p><a href="https://t.me/AliSupportIL">t.me/AliSupportIL</a></p>', {
      lang: 'he',
    });
    expect(summary(found)).toEqual(['messenger https://t.me/alisupportil fake-support-messenger']);
  });
});

describe('label / value layouts', () => {
  it('reads the label of a value block from the block before it (flex rows, cards, bold paragraphs)', () => {
    const rows =
      '<h1>Customer service numbers of online stores</h1>' +
      '<div class="row"><div>Green Valley Garden</div><div>+1 617 555 0134</div></div>' +
      '<div class="row"><div>AliExpress</div><div><span>+1 844 555 0111</span></div></div>';
    expect(summary(scanFragment(rows))).toEqual(['phone +18445550111 fake-support-phone']);
    const bold = '<h1>Servicenummern</h1><p><b>AliExpress Hotline Deutschland:</b></p><p>０８００ ５５５ ５６７８</p>';
    expect(summary(scanFragment(bold, { lang: 'de' }))).toEqual(['phone +498005555678 fake-support-phone']);
  });

  it('does not take a sentence before a contact for its label', () => {
    const body = '<h1>Contact</h1><p>We also sell our kits on AliExpress.</p><p>Phone: (312) 555-0188</p>';
    expect(scanFragment(body)).toEqual([]);
  });

  it('joins an area-code cell with the rest of the number', () => {
    const table =
      '<h1>Kundenservice der Marktplätze</h1><table><tr><th>Marktplatz</th><th>Vorwahl</th><th>Rufnummer</th></tr>' +
      '<tr><td>AliExpress</td><td>0800</td><td>555 4321</td></tr></table>';
    expect(summary(scanFragment(table, { lang: 'de' }))).toEqual(['phone +498005554321 fake-support-phone']);
  });

  it('counts "number of …", "… help" right before a contact as presenting it', () => {
    expect(summary(scanFragment('<p>Número de AliExpress España: 912 345 678</p>', { lang: 'es' }))).toEqual([
      'phone +34912345678 fake-support-phone',
    ]);
    expect(summary(scanFragment('<p>Numer do AliExpress: 22 123 45 67</p>', { lang: 'pl' }))).toEqual([
      'phone +48221234567 fake-support-phone',
    ]);
    // The same words in another sentence of the block do not.
    expect(scanFragment('<p>Jede AliExpress-Bestellung hat eine Nummer mit 16 Ziffern. Laden Müller, 030 12345678</p>', { lang: 'de' })).toEqual([]);
  });

  it('reads a common misspelling of the brand', () => {
    expect(summary(scanFragment('<p>Aliexpres support: 1-844-555-0176</p>'))).toEqual(['phone +18445550176 fake-support-phone']);
  });
});
