import { describe, expect, it } from 'vitest';
import { deadlinesMessages } from '../../../lib/i18n/catalogs/deadlines';
import { LOCALES } from '../../../lib/i18n';
import type { Message } from '../../../lib/i18n/define';

const placeholders = (message: Message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

// The plural forms each language's grammar needs for whole numbers (CLDR).
const NEEDED_FORMS: Record<string, readonly string[]> = {
  en: ['one', 'other'],
  el: ['one', 'other'],
  uk: ['one', 'few', 'many'],
  ru: ['one', 'few', 'many'],
  pl: ['one', 'few', 'many'],
  ro: ['one', 'few', 'other'],
  ka: [],
};

describe('deadlines catalog', () => {
  const en = deadlinesMessages.en;
  const keys = Object.keys(en).sort();

  it('every key is prefixed and every language has exactly the English keys', () => {
    for (const key of keys) expect(key.startsWith('deadlines.')).toBe(true);
    for (const locale of LOCALES) expect(Object.keys(deadlinesMessages[locale]).sort(), locale).toEqual(keys);
  });

  it('translations use the same placeholders as English and are never empty', () => {
    for (const locale of LOCALES) {
      const table = deadlinesMessages[locale] as Record<string, Message>;
      for (const key of keys) {
        const message = table[key];
        if (message === undefined) throw new Error(`${locale} ${key} missing`);
        expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders((en as Record<string, Message>)[key] as Message));
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect((text ?? '').trim().length, `${locale} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('plural messages carry the forms the language needs', () => {
    for (const locale of LOCALES) {
      const table = deadlinesMessages[locale] as Record<string, Message>;
      for (const key of keys) {
        const message = table[key];
        if (typeof (en as Record<string, Message>)[key] === 'string' || message === undefined) continue;
        if (typeof message === 'string') {
          // Allowed only where the language has one form for every count.
          expect(NEEDED_FORMS[locale], `${locale} ${key}`).toEqual([]);
          continue;
        }
        for (const form of NEEDED_FORMS[locale] ?? []) expect(message[form as 'one'], `${locale} ${key} ${form}`).toBeTruthy();
      }
    }
  });

  it('non-English texts are actually translated (not English copied over)', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const table = deadlinesMessages[locale] as Record<string, Message>;
      const same = keys.filter((key) => {
        const a = JSON.stringify(table[key]);
        return a === JSON.stringify((en as Record<string, Message>)[key]) && /[a-z]{3}/i.test(a.replace(/\{\w+\}/g, ''));
      });
      expect(same, locale).toEqual([]);
    }
  });
});
