import { describe, expect, it } from 'vitest';
import { mentionsMarketplace } from '../../../lib/guard';

describe('mentionsMarketplace (the cheap first pass)', () => {
  it.each([
    ['I ordered it from AliExpress', 'en'],
    ['ALIEXPRESS hotline', 'en'],
    ['write to help@aIiexpress-service.ru', 'ru'],
    ['ali express deals', 'en'],
    ['Amazon.pl infolinia', 'pl'],
    ['sold on eBay', 'en'],
    ['Temu Customer Service', 'en'],
    ['SHEIN UK returns', 'en'],
    ['mail sheinhelpdesk.uk@gmail.com', 'en'],
    ['Горячая линия АлиЭкспресс', 'ru'],
    ['Телефон Аліекспрес', 'uk'],
    ['AliExpress-ის ცხელი ხაზი', 'ka'],
    ['ალიექსპრესის ცხელი ხაზი', 'ka'],
    ['خدمة عملاء علي إكسبريس', 'ar'],
    ['שירות לקוחות עלי אקספרס', 'he'],
    ['अलीएक्सप्रेस कस्टमर केयर', 'hi'],
    ['速卖通客服电话', 'zh'],
  ])('finds %s', (text, lang) => {
    expect(mentionsMarketplace(`Some text before. ${text}. And after.`, lang)).toBe(true);
  });

  it('finds a non-Latin name on a page whose language attribute says otherwise', () => {
    expect(mentionsMarketplace('Горячая линия АлиЭкспресс: звоните', 'en')).toBe(true);
  });

  it.each([
    ['Dwa lata temu kupiłem rower.', 'pl'],
    ['The express train along the bay to the horizon zone.', 'en'],
    ['Schein und Sein; the emu ran.', 'de'],
    ['Write to editor@news.example about express delivery.', 'en'],
    ['Доставка экспресс-почтой, тему закрыли.', 'ru'],
  ])('stays quiet on %s', (text, lang) => {
    expect(mentionsMarketplace(text, lang)).toBe(false);
  });
});
