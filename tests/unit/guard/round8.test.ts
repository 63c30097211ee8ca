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
