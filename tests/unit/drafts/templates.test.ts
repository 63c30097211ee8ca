import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n/locales';
import { allTables } from '../../../lib/i18n/translate';
import { sentencesMessages } from '../../../lib/i18n/catalogs/sentences';
import { messagesOf } from '../../../lib/i18n/translator-core';
import { placeholdersOf, pluralSelectors } from '../../../lib/i18n/message-format';
import { SITUATIONS } from '../../../lib/drafts';
import { wordingText } from '../../../lib/drafts/template';

/*
 * The sentences are data (lib/i18n/locales/<lang>/sentences.json); the i18n
 * tests check every language's placeholders and plural forms there. These
 * check what only the drafts care about: the order wordings are tried in,
 * and English counted nouns that change with the count.
 */

const ENGLISH_COUNTED_NOUN = /\{\w+\} (day|part|item|photo|piece)s?\b/;

describe('sentence wordings', () => {
  it('try the fullest wording first, so known facts are never dropped', () => {
    for (const situation of SITUATIONS) {
      for (const template of situation.sentences) {
        const sets = template.variants.map((wording) => new Set(placeholdersOf(wordingText(wording, 'en'))));
        sets.forEach((later, j) => {
          for (let i = 0; i < j; i += 1) {
            // A later wording never needs a fact an earlier one lacks while offering fewer.
            const earlier = sets[i]!;
            const laterIsSuperset = [...earlier].every((name) => later.has(name)) && later.size > earlier.size;
            expect(laterIsSuperset, `${situation.id}/${template.id}: wording ${j + 1} is unreachable`).toBe(false);
          }
        });
      }
    }
  });

  it('an English noun after a count is inside a plural', () => {
    const problems: string[] = [];
    for (const [key, message] of Object.entries(messagesOf(sentencesMessages, 'en'))) {
      const outsidePlurals = pluralSelectors(message).size === 0 ? message : '';
      if (ENGLISH_COUNTED_NOUN.test(outsidePlurals)) problems.push(`${key}: ${message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('drafts catalogs', () => {
  const ui = allTables();
  const tables = Object.fromEntries(LOCALES.map((locale) => [locale, { ...ui[locale], ...messagesOf(sentencesMessages, locale) }])) as Record<(typeof LOCALES)[number], Record<string, string>>;
  const keys = Object.keys(tables.en).filter((key) => key.startsWith('drafts.') || key.startsWith('sentences.'));

  it('are registered and complete in every language', () => {
    expect(keys.filter((key) => key.startsWith('sentences.')).length).toBeGreaterThan(200);
    for (const locale of LOCALES) {
      const missing = keys.filter((key) => tables[locale][key] === undefined);
      expect(missing, locale).toEqual([]);
    }
  });

  it('leave no English untranslated in another language', () => {
    const problems: string[] = [];
    for (const key of keys) {
      for (const locale of LOCALES) {
        const text = tables[locale][key]!;
        // One word may be the same in both (WhatsApp, ro “contact”); a phrase left in English is not.
        if (locale !== 'en' && text === tables.en[key] && /[a-z]{5,}/.test(text) && /\s/.test(text)) problems.push(`${key} ${locale} untranslated`);
      }
    }
    expect(problems).toEqual([]);
  });
});
