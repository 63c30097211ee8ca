import { describe, expect, it } from 'vitest';
import { scanFragment } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-i,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('warnings that say "impersonates", "fake", "beware" or "numbers to avoid" in more words', () => {
  it.each([
    ['he', '<h1>אזהרה: המספר 03-555-9876 מתחזה לשירות הלקוחות של Temu</h1><p>הקוראים מספרים על שיחות.</p>'],
    ['he', '<p>גורם המתחזה לנציג של AliExpress מתקשר מהמספר 052-555-9876 ומבקש קוד אימות.</p>'],
    ['nl', '<h2>Pas op: nep-klantenservice van SHEIN</h2><p>Hotline: 0900 555 9876</p><p>U betaalt € 1 per minuut.</p>'],
    ['nl', '<h2>Waarschuwing: Temu-hulplijn via advertenties</h2><p>Telefoon: 0900 555 9876</p>'],
    ['ro', '<h2>Numere de evitat</h2><ul><li>0722 555 987 — SMS „coletul Temu așteaptă plata”</li><li>021 555 9876 — apel „de la AliExpress”</li></ul>'],
    ['ro', '<p>Numărul 021 555 9876 se prezintă drept asistența clienți AliExpress și cere codul cardului.</p>'],
    ['en', '<h2>Numbers to avoid</h2><ul><li>020 7946 0123 — the “Amazon refunds team”</li></ul>'],
    ['fr', '<h2>Numéros à éviter</h2><ul><li>01 55 55 98 76 — « service client SHEIN »</li></ul>'],
    ['pl', '<h2>Tych numerów unikaj</h2><ul><li>22 555 98 76 — „infolinia Temu”</li></ul>'],
  ])('%s: %s stays quiet', (lang, body) => {
    expect(values(body, { lang, url: 'https://news-site.example/warning' })).toEqual([]);
  });

  it('a support line under an ordinary heading is still flagged', () => {
    expect(values('<h2>Numere de contact</h2><ul><li>Suport AliExpress: 021 555 9876</li></ul>', { lang: 'ro' })).toEqual(['+40215559876']);
  });
});

describe("legally required seller notices on Japanese, Korean and Chinese listings", () => {
  it.each([
    [
      'ja',
      'https://www.amazon.co.jp/sp?seller=A1B2C3D4E5',
      '<h2>特定商取引法に基づく表記</h2><table><tr><th>販売業者</th><td>株式会社サンプル雑貨</td></tr><tr><th>メールアドレス</th><td>shop@sample-zakka.example</td></tr></table>',
    ],
    ['ja', 'https://www.amazon.co.jp/sp?seller=A1B2C3D4E5', '<p>販売業者：株式会社サンプル雑貨　連絡先：shop@sample-zakka.example</p>'],
    [
      'ko',
      'https://www.temu.com/kr/goods-601100.html',
      '<h2>판매자 정보</h2><p>상호: 샘플상사 · 통신판매업 신고번호: 2026-서울강남-01234 · 이메일: cs@sample-sangsa.example</p>',
    ],
    ['zh', 'https://www.aliexpress.com/item/1005001.html', '<h2>产品安全信息</h2><p>制造商：深圳市示例电子有限公司，邮箱：service@shili-dianzi.example</p>'],
  ])('%s: the seller or manufacturer contact in %s stays quiet', (lang, url, body) => {
    expect(values(body, { lang, url })).toEqual([]);
  });

  it('a seller who invites the buyer out from inside such a notice is still flagged', () => {
    const body = '<h2>特定商取引法に基づく表記</h2><p>まとめ買いは直接ご連絡いただければ割引します：shop@sample-zakka.example</p>';
    expect(values(body, { lang: 'ja', url: 'https://www.amazon.co.jp/sp?seller=A1B2C3D4E5' })).toEqual(['shop@sample-zakka.example']);
  });
});

describe('a seller moving the deal off the platform, in more languages, and Zalo / Signal by name', () => {
  it.each([
    ['vi', 'https://vi.aliexpress.com/store/1103', '<p>Khách sỉ liên hệ Zalo 0905 551 234 để được giảm thêm.</p>', '+84905551234'],
    ['vi', 'https://vi.aliexpress.com/store/1103', '<p>Mua nhiều gọi 0905 551 234, chuyển khoản trực tiếp rẻ hơn.</p>', '+84905551234'],
    ['id', 'https://id.aliexpress.com/store/1103', '<p>Mau harga grosir? Hubungi 0812-5555-9876 dan transfer langsung ke rekening kami.</p>', '+6281255559876'],
    ['th', 'https://th.aliexpress.com/store/1103', '<p>สั่งจำนวนมาก โทร 081 555 9876 โอนเงินโดยตรง ได้ส่วนลดเพิ่ม</p>', '+66815559876'],
    ['it', 'https://www.ebay.it/itm/1103', '<p>Per un prezzo migliore contattami su Signal al 333 555 9876, pagamento con bonifico.</p>', '+393335559876'],
    ['nl', 'https://www.amazon.nl/dp/B0TEST', '<p>Wilt u het goedkoper? Bel 06 5555 9876 en maak het bedrag rechtstreeks over.</p>', '+31655559876'],
    ['hu', 'https://www.aliexpress.com/store/1103', '<p>Nagyobb tételnél közvetlenül is eladom, hívjon: +36 30 555 9876, átutalással olcsóbban.</p>', '+36305559876'],
    ['zh', 'https://www.aliexpress.com/store/1103', '<p>批发请私下联系，电话 138 0013 9876，转账更便宜。</p>', '+8613800139876'],
    ['ja', 'https://www.amazon.co.jp/sp?seller=A1B2', '<p>まとめ買いは直接ご連絡ください：090-5555-9876（銀行振込で割引）</p>', '+819055559876'],
    ['ko', 'https://www.temu.com/kr/mall-1103.html', '<p>대량 구매는 직접 연락 주세요 010-5555-9876 계좌이체 시 할인</p>', '+821055559876'],
  ])('%s on %s: the phone is flagged', (lang, url, body, expected) => {
    expect(values(body, { lang, url })).toEqual([expected]);
  });

  it.each([
    ['vi', 'https://vi.aliexpress.com/p/order/detail.html', '<p>Địa chỉ giao hàng: 12 Lê Lợi, Quận 1 · Điện thoại người nhận: 0905 551 234</p>'],
    ['ko', 'https://www.temu.com/kr/order.html', '<p>배송지: 서울 강남구 · 수령인 전화 010-5555-9876</p>'],
  ])("%s: a buyer's own shipping phone on the marketplace stays quiet", (lang, url, body) => {
    expect(values(body, { lang, url })).toEqual([]);
  });
});
describe('LINE ids labelled in Thai and Japanese', () => {
  it.each([
    ['th', '<h1>ศูนย์ช่วยเหลือลูกค้า SHEIN</h1><p>แอดไลน์: @shein-th-care</p>', 'https://line.me/R/ti/p/@shein-th-care'],
    ['th', '<p>ฝ่ายบริการลูกค้า Temu ไอดีไลน์: temucare01</p>', 'https://line.me/R/ti/p/~temucare01'],
    ['ja', '<p>Amazonカスタマーサービス ラインID：amazon_jp_help</p>', 'https://line.me/R/ti/p/~amazon_jp_help'],
  ])('%s: %s', (lang, body, expected) => {
    expect(values(body, { lang, url: 'https://help-pages.example/' })).toEqual([expected]);
  });

  it('the Thai word for a production line, with no id after it, is not a LINE id', () => {
    expect(values('<p>ฝ่ายบริการลูกค้า Temu: ไลน์การผลิตใหม่เริ่มเดือนหน้า</p>', { lang: 'th' })).toEqual([]);
  });
});


describe('"write to us" under a heading that presents the page as a marketplace\'s support', () => {
  it.each([
    ['en', '<h1>eBay Buyer Support</h1><p>Claims handled by agents.</p><p>Replies within 10 minutes.</p><p>Write to us on Skype: ebay.claims.team</p>', ['skype:ebay.claims.team']],
    ['cs', '<h1>Zákaznická podpora Temu</h1><p>Vyřešíme reklamace.</p><ul><li>bez poplatků</li></ul><p>Napište nám: pomoc.zakaznikum@seznam.cz</p>', ['pomoc.zakaznikum@seznam.cz']],
    ['uk', '<h1>Служба підтримки SHEIN</h1><p>Повернення коштів за 24 години.</p><p>Напишіть нам у Skype: shein.help.ua</p>', ['skype:shein.help.ua']],
    ['de', '<h1>Amazon Kundenservice Deutschland</h1><p>Wir helfen bei Rückerstattungen.</p><p>Schreiben Sie uns unter 030 5555 9876</p>', ['+493055559876']],
    ['pl', '<h1>Infolinia Temu</h1><p>Pomożemy w każdej sprawie.</p><p>Napisz do nas: temu.pomoc.pl@gmail.com</p>', ['temu.pomoc.pl@gmail.com']],
    ['es', '<h1>Atención al cliente de AliExpress</h1><ul><li>Reembolsos</li></ul><p>Escríbenos por WhatsApp: <a href="https://wa.me/34612559876">612 55 98 76</a></p>', ['https://wa.me/34612559876', '+34612559876']],
  ])('%s: flagged', (lang, body, expected) => {
    expect(values(body, { lang, url: 'https://support-pages.example/' }).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['a shop whose heading names no marketplace', '<h1>Contact us</h1><p>We sell on Amazon and eBay too.</p><p>Write to us: +44 20 7946 0321</p>'],
    ['a guide with a section of its own', '<h1>How to reach AliExpress customer service</h1><p>Use the chat in the app.</p><h2>About this guide</h2><p>Write to us: +44 20 7946 0321</p>'],
    ['a third party named after "write to us"', '<h1>Temu customer service explained</h1><p>Write to us or call your bank: +44 20 7946 0321</p>'],
  ])('%s stays quiet', (_name, body) => {
    expect(values(body, { lang: 'en', url: 'https://support-pages.example/' })).toEqual([]);
  });

  it.each([
    ['en', '<h1>How to contact Amazon customer service</h1><p>Use the Help page and the chat.</p><p>Questions about this guide? Write to us: +44 20 7946 0321</p>'],
    ['pl', '<h1>Jak skontaktować się z obsługą klienta Temu?</h1><p>Temu odpowiada na czacie w aplikacji.</p><p>Napisz do nas: +48 22 555 98 76</p>'],
    ['cs', '<h1>Zákaznická podpora AliExpress: návod</h1><p>AliExpress nemá telefonní linku.</p><p>Napište nám: +420 222 555 123</p>'],
    ['ru', '<h1>Как связаться с поддержкой SHEIN</h1><p>SHEIN отвечает только в чате.</p><p>Вопросы по статье? Наша линия: +7 495 555-98-76</p>'],
    ['en', '<h1>Temu support: how it works</h1><p>Temu answers in the app chat.</p><p>Call our helpline: +44 20 7946 0321</p>'],
  ])("%s: a guide's own contact under a heading that asks or explains stays quiet", (lang, body) => {
    expect(values(body, { lang, url: 'https://support-guides.example/' })).toEqual([]);
  });
});


describe('a paragraph that introduces the contact in the next block', () => {
  it.each([
    ['ka', '<p>ამანათი დაიკარგა ან თანხა არ დაგიბრუნდათ? დაგვიკავშირდით Temu-ს ცხელ ხაზზე:</p><p>+995 32 2 55 98 76</p>', ['+995322559876']],
    ['it', '<p>Problemi con un reso o con un rimborso? Il servizio clienti Amazon ora risponde anche su WhatsApp 👇</p><p><a href="https://wa.me/393335559876">Scrivici</a></p>', ['https://wa.me/393335559876']],
    ['en', '<p>Refund stuck or parcel lost? Temu’s refund team now answers by phone, every day of the week, holidays too:</p><p class="n">+1 888 555 0199</p>', ['+18885550199']],
    ['pl', '<p>Paczka nie dotarła, a zwrot się opóźnia? Konsultanci infolinii SHEIN pomogą od ręki, dzwoń śmiało ⬇️</p><p>22 555 98 76</p>', ['+48225559876']],
    ['ru', '<p>Не пришла посылка или не вернули деньги? Операторы горячей линии AliExpress ответят круглосуточно, звоните:</p><p>8 800 555-98-76</p>', ['+78005559876']],
  ])('%s: flagged', (lang, body, expected) => {
    expect(values(body, { lang, url: 'https://intro-pages.example/' })).toEqual(expected);
  });

  it.each([
    ['a shop pointing to its own workshop', '<p>We also sell on AliExpress, but for orders on this website please call our workshop directly:</p><p>+44 20 7946 0321</p>'],
    ['a warning introducing the scam number', '<p>Fraudsters pose as the Temu hotline these days and call from this number:</p><p>+44 20 7946 0321</p>'],
    ['an introduction whose last sentence is about someone else', '<p>AliExpress parcels are slow this month. For anything about this blog, contact the editor:</p><p>+44 20 7946 0321</p>'],
  ])('%s stays quiet', (_name, body) => {
    expect(values(body, { lang: 'en', url: 'https://intro-pages.example/' })).toEqual([]);
  });
});

describe('a "Description" heading between a contact and the page heading that presents it', () => {
  it.each([
    ['hu', '<h1>Temu Ügyfélszolgálat Segítő</h1><h2>Leírás</h2><p>Ügyfélszolgálat Signalon: <a href="https://signal.me/#p/+36305559876">írjon</a></p>', 'https://signal.me/#p/+36305559876'],
    ['en', '<h1>AliExpress Customer Care Helper</h1><h2>Description</h2><p>Our agents answer calls on +1 888 555 0199</p>', '+18885550199'],
    ['ru', '<h1>Поддержка SHEIN — приложение</h1><h2>Описание</h2><p>Горячая линия: 8 800 555-98-76</p>', '+78005559876'],
    ['nl', '<h1>eBay Klantenservice App</h1><h2>Omschrijving</h2><p>Telefoon: 020 555 9876</p>', '+31205559876'],
  ])('%s: flagged', (lang, body, expected) => {
    expect(values(body, { lang, url: 'https://app-listing.example/app' })).toEqual([expected]);
  });

  it.each([
    ['a heading about something else', '<h1>AliExpress customer service explained</h1><h2>Opening hours of our office</h2><p>Customer service: +44 20 7946 0321</p>'],
    ['a heading that only contains the word', '<h1>Temu Customer Care Helper</h1><h2>Description of our repair service</h2><p>Call: +44 20 7946 0321</p>'],
  ])('%s stays quiet', (_name, body) => {
    expect(values(body, { lang: 'en', url: 'https://app-listing.example/app' })).toEqual([]);
  });
});
