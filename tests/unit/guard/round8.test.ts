import { describe, expect, it } from 'vitest';
import { spellDigits } from '../../../lib/guard/digit-words';
import { scanFragment } from './helpers';

/**
 * The phenomena behind the misses and false alarms of blind batch 2026-12-03-h,
 * each with fixtures written for the phenomenon (not copied from any page), in
 * several languages.
 */

const values = (body: string, options: Parameters<typeof scanFragment>[1] = {}) => scanFragment(body, options).map((f) => f.value);

describe('hundreds as words, and numbers said wholly in words', () => {
  it.each([
    ['ru', 'восемь восемьсот триста два сорок пять шестьдесят семь', '88003024567'],
    ['uk', 'нуль шістдесят сім сто двадцять три сорок п’ять шістдесят сім', '0671234567'],
    ['pl', 'sto dwadzieścia trzy czterdzieści pięć 67', '1234567'],
    ['el', 'εκατό είκοσι τρία 45 67', '1234567'],
    ['bg', 'нула осем осем петстотин пет 12 34', '0885051234'],
    ['sr', 'нула шест четири седамсто осам 12 34', '0647081234'],
    ['ka', 'ხუთი ხუთი ხუთი ასი 12 34', '5551001234'],
    ['de', 'null acht null null einhundert 12 34', '08001001234'],
    ['pt', 'zero oito zero zero cento 12 34', '08001001234'],
  ])('%s: %s', (_lang, written, digits) => {
    expect(spellDigits(written)?.text.replace(/\D/g, '')).toBe(digits);
  });

  it('a unit after a hundred fills it ("триста один" is 301), a run of units said digit by digit does not', () => {
    expect(spellDigits('восемь восемьсот триста один двадцать семь')?.text).toBe('880030127');
    expect(spellDigits('one eight hundred five five five 0142')?.text).toBe('1800555 0142');
    expect(spellDigits('eight hundred five 555 0142')?.text).toBe('805 555 0142');
  });

  it.each([
    ['ru', 'Позвоните в службу поддержки AliExpress: восемь восемьсот триста один двадцать семь шестьдесят четыре.', '+78003012764'],
    ['uk', 'Гаряча лінія підтримки Temu: нуль вісімсот триста п’ятдесят п’ять нуль сорок.', '+380800355040'],
    ['en', 'Call AliExpress customer support toll free: one eight hundred three two one forty-five sixty-seven.', '+18003214567'],
  ])('%s: fake support said all in words is found', (lang, text, expected) => {
    expect(values(`<p>${text}</p>`, { lang })).toEqual([expected]);
  });

  it('prose with a few number words and no number stays quiet', () => {
    expect(values('<p>AliExpress: три дня, два спора, один ответ службы поддержки.</p>', { lang: 'ru' })).toEqual([]);
  });
});

describe('a scam number quoted in a warning section, in a sentence of its own', () => {
  it.each([
    ['uk', '<h1>Шахраї дзвонять від імені AliExpress</h1><p>Люди отримують дзвінки від «служби доставки AliExpress». Найчастіше дзвонять з номера +380 44 555 98 76.</p>'],
    ['el', '<h1>Απάτη με μηνύματα «από το eBay»</h1><p>Χρήστες του eBay λαμβάνουν SMS. Το μήνυμα ζητά να καλέσουν το 210 555 0142.</p>'],
    ['ru', '<h1>Осторожно: звонки от имени Temu</h1><p>Покупателям звонят якобы из поддержки Temu. Чаще всего звонят с номера +7 495 555-98-76.</p>'],
    ['en', '<h2>Fraudsters pretend to be SHEIN</h2><p>Shoppers get calls from the “SHEIN delivery team”. The number seen most often: +44 20 7946 0321.</p>'],
    ['pl', '<p>Oszuści podszywają się pod Temu. Dzwonią jako „obsługa klienta Temu”. Najczęściej z numeru +48 22 555 98 76.</p>'],
  ])('%s stays quiet', (lang, body) => {
    expect(values(body, { lang })).toEqual([]);
  });

  it.each([
    ['ru', '<h1>Осторожно, мошенники!</h1><p>Звоните только в официальную поддержку AliExpress: +7 495 555-98-76.</p>', '+74955559876'],
    ['en', '<h1>Beware of scams</h1><p>Scammers are everywhere. Contact SHEIN customer support at +44 20 7946 0321.</p>', '+442079460321'],
    ['uk', '<h1>Служба підтримки Temu</h1><p>Шахраї підробляють наш сайт. Гаряча лінія підтримки Temu: +380 44 555 98 76.</p>', '+380445559876'],
  ])('%s: a support line presented in its own sentence under a warning is still flagged', (lang, body, expected) => {
    expect(values(body, { lang })).toEqual([expected]);
  });
});
