import { describe, expect, it } from 'vitest';
import { ALL_CATALOGS } from '../../../lib/i18n/catalogs';
import { LOCALES, resolveLocale } from '../../../lib/i18n/locales';
import { translate } from '../../../lib/i18n/translate';
import type { Message } from '../../../lib/i18n/define';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

/** The plural categories each language's grammar uses for whole numbers. */
function categoriesUsed(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  const used = new Set<string>();
  for (let n = 0; n <= 200; n++) used.add(rules.select(n));
  return used;
}

describe('catalogs', () => {
  it('no two catalogs define the same key, and keys carry their catalog prefix', () => {
    const seen = new Map<string, number>();
    ALL_CATALOGS.forEach((catalog, index) => {
      const keys = Object.keys(catalog.en);
      const prefixes = new Set(keys.map((k) => k.split('.')[0]));
      expect(prefixes.size, `catalog #${index} mixes prefixes ${[...prefixes]}`).toBe(1);
      for (const key of keys) {
        expect(seen.has(key), `duplicate key ${key}`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  for (const locale of LOCALES) {
    it(`${locale}: every key is translated, non-empty, with the English placeholders`, () => {
      for (const catalog of ALL_CATALOGS) {
        const table = (catalog as Record<string, Record<string, Message>>)[locale]!;
        for (const [key, english] of Object.entries(catalog.en as Record<string, Message>)) {
          const message = table[key];
          expect(message, `${locale} ${key}`).toBeDefined();
          const texts = typeof message === 'string' ? [message] : Object.values(message!);
          for (const text of texts) expect((text ?? '').trim(), `${locale} ${key}`).not.toBe('');
          expect(placeholders(message!), `${locale} ${key}`).toEqual(placeholders(english));
          if (typeof message === 'object') {
            for (const category of categoriesUsed(locale)) {
              expect(message[category as Intl.LDMLPluralRule] ?? message.other, `${locale} ${key} ${category}`).toBeTruthy();
            }
            if (['uk', 'ru', 'pl'].includes(locale)) {
              expect(Object.keys(message).sort(), `${locale} ${key} needs one/few/many`).toEqual(expect.arrayContaining(['one', 'few', 'many']));
            }
          }
        }
      }
    });
  }

  it('non-English tables are not copies of English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const catalog of ALL_CATALOGS) {
        const table = (catalog as Record<string, unknown>)[locale];
        expect(table, `${locale} is a copy of en`).not.toBe(catalog.en);
      }
    }
  });
});

describe('translate', () => {
  it('chooses plural forms by the language’s rules', () => {
    expect(translate('en', 'app.orders.count', { count: 1 })).toBe('1 order');
    expect(translate('en', 'app.orders.count', { count: 2 })).toBe('2 orders');
    expect(translate('ru', 'sidebar.dueSoon', { count: 1 })).toBe('1 срок истекает в течение 3 дней');
    expect(translate('ru', 'sidebar.dueSoon', { count: 3 })).toBe('3 срока истекают в течение 3 дней');
    expect(translate('ru', 'sidebar.dueSoon', { count: 5 })).toBe('5 сроков истекают в течение 3 дней');
    expect(translate('pl', 'sidebar.dueSoon', { count: 22 })).toBe('22 terminy mijają w ciągu 3 dni');
  });

  it('resolves the browser language', () => {
    expect(resolveLocale(['pl-PL', 'en'])).toBe('pl');
    expect(resolveLocale(['de-DE', 'uk'])).toBe('uk');
    expect(resolveLocale(['de-DE'])).toBe('en');
    expect(resolveLocale([])).toBe('en');
  });
});
