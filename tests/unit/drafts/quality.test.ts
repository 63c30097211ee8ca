import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n/locales';
import { englishProblems, figures, glossProblems } from './quality';

// The checker must catch what it claims to catch, or the combination test proves nothing.
describe('the English-quality checker', () => {
  it('accepts a well-formed sentence', () => {
    expect(englishProblems('I would like a full refund of 1,234.50 USD, placed on 2 February 2026.')).toEqual([]);
    expect(englishProblems('The buyer protection for this order ends in 1 day, on 12 March 2026.')).toEqual([]);
  });

  it.each([
    ['I would like a full refund of {total}.', 'placeholder'],
    ['The parcel is undefined.', 'leaked JS value'],
    ['The refund is NaN USD.', 'leaked JS value'],
    ['I would like  a refund.', 'double space'],
    ['i would like a refund.', 'not capitalised'],
    ['I would like a refund', 'no final'],
    ['The protection ends in 1 days.', '"1 days"'],
    ['The protection ends in 5 day.', 'singular'],
    ['This is a item.', '"a" before a vowel'],
    ['This is an parcel.', '"an" before a consonant'],
    ['Please refund $12.50.', 'symbol'],
    ['Please refund 12.5 USD.', 'well-formed amount'],
    ['It was placed on 03/12/2026.', 'numeric date'],
    ['It was placed on March 12, 2026.', 'form'],
    ['Please send the the tracking number.', 'doubled word'],
    ['Please send it..', 'doubled punctuation'],
  ])('rejects %s', (text, why) => {
    expect(englishProblems(text).join('\n')).toContain(why);
  });

  it('joins digit groups but keeps separate numbers apart', () => {
    expect(figures('1,234.50 USD')).toEqual(['123450']);
    expect(figures('1 234,50 USD')).toEqual(['123450']);
    expect(figures('1.234,50 USD')).toEqual(['123450']);
    expect(figures('order 8123456789012345, 5 days')).toEqual(['5', '8123456789012345']);
    expect(figures('შეკვეთა 8123456789012345 5 დღის წინ')).toEqual(['5', '8123456789012345']);
  });

  it('flags a gloss that is missing, untranslated or states other figures', () => {
    const english = 'The refund of 24.90 USD has not arrived.';
    const gloss = Object.fromEntries(LOCALES.map((l) => [l, 'Повернення 24,90 USD не надійшло.'])) as Record<(typeof LOCALES)[number], string>;
    gloss.en = english;
    expect(glossProblems({ id: 'x', english, gloss })).toEqual([]);
    expect(glossProblems({ id: 'x', english, gloss: { ...gloss, pl: '' } }).join()).toContain('pl missing');
    expect(glossProblems({ id: 'x', english, gloss: { ...gloss, ro: 'Rambursarea de 42,90 USD nu a ajuns.' } }).join()).toContain('ro figures');
    expect(glossProblems({ id: 'x', english, gloss: { ...gloss, el: english } }).join()).toContain('el same as the English');
  });
});
