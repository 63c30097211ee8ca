import { describe, expect, it } from 'vitest';
import { mentionsMarketplace } from '../../../lib/guard';
import { mentionsSteps } from '../../../lib/guard/first-pass';
import { parseHtml } from './helpers';

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

describe('mentionsSteps (the first pass over a page, in steps)', () => {
  const filler = (length: number) => 'the parcel came late and the price was fair. '.repeat(Math.ceil(length / 46)).slice(0, length);
  const run = (steps: Generator<void, boolean>): boolean => {
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  };

  // The chunks are 256,000 characters long: names at their edges and beyond must still be found.
  it.each([0, 1_000, 255_990, 256_000, 300_000, 511_900, 1_200_000, 2_999_980])(
    'finds a name at character %i of one huge text node, as in the whole text',
    (at) => {
      const text = `${filler(at)}AliExpress${filler(3_000_000 - at)}`;
      const doc = parseHtml(`<html><body><pre>${text}</pre></body></html>`, 'https://notes.example/');
      expect(run(mentionsSteps(doc.body, 'en'))).toBe(mentionsMarketplace(text, 'en'));
      expect(run(mentionsSteps(doc.body, 'en'))).toBe(true);
    },
  );

  it('finds a name split over many small nodes and one huge one, and none in text without one', () => {
    const small = Array.from({ length: 300 }, (_, i) => `<p>${filler(900 + i)}</p>`).join('');
    const named = parseHtml(`<html><body>${small}<p>${filler(255_000)}Ali</p><p>Express${filler(600_000)}</p></body></html>`, 'https://n.example/');
    expect(run(mentionsSteps(named.body, 'en'))).toBe(mentionsMarketplace(named.body.textContent ?? '', 'en'));
    const plain = parseHtml(`<html><body>${small}<pre>${filler(900_000)}</pre></body></html>`, 'https://n.example/');
    expect(run(mentionsSteps(plain.body, 'en'))).toBe(false);
  });
});
