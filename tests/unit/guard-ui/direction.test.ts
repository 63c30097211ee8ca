import { describe, expect, it } from 'vitest';
import { languageAttributes } from '../../../lib/guard-ui/dom';

/*
 * The guard's UI roots name their language and direction, so a right-to-left
 * page's direction never cascades into them (issue 9; the layout itself is
 * checked in the browser by tests/e2e/guard-layout.spec.ts).
 */
describe('languageAttributes', () => {
  it('gives every UI language of the extension a left-to-right direction', () => {
    for (const lang of ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru']) expect(languageAttributes(lang)).toEqual({ lang, dir: 'ltr' });
  });

  it('gives a right-to-left language, with or without a region, a right-to-left direction', () => {
    expect(languageAttributes('ar').dir).toBe('rtl');
    expect(languageAttributes('he-IL').dir).toBe('rtl');
    expect(languageAttributes('fa_IR').dir).toBe('rtl');
  });
});
