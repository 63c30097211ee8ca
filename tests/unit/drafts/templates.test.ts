import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { allTables } from '../../../lib/i18n/translate';
import { placeholdersOf } from '../../../lib/i18n/message-format';
import { SITUATIONS } from '../../../lib/drafts';
import type { Text, Wording } from '../../../lib/drafts/template';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (text: Text): [string, string][] => (typeof text === 'string' ? [['text', text]] : Object.entries(text).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** Languages whose integer counts need more than one/other. */
const NEEDS: Partial<Record<Locale, string[]>> = { uk: ['one', 'few', 'many'], ru: ['one', 'few', 'many'], en: ['one', 'other'], el: ['one', 'other'] };

function wordingProblems(where: string, wording: Wording): string[] {
  const problems: string[] = [];
  const english = forms(wording.en);
  const expected = placeholders(english[0]![1]).join();
  for (const locale of LOCALES) {
    for (const [form, text] of forms(wording[locale])) {
      if (placeholders(text).join() !== expected) problems.push(`${where} ${locale}/${form}: placeholders ${placeholders(text).join()} ≠ ${expected}`);
    }
    const text = wording[locale];
    if (typeof text !== 'string') {
      if (!wording.pluralBy) problems.push(`${where} ${locale}: plural forms without pluralBy`);
      for (const form of NEEDS[locale] ?? ['one']) if (!(form in text)) problems.push(`${where} ${locale}: missing plural form ${form}`);
    }
  }
  if (wording.pluralBy && !expected.split(',').includes(wording.pluralBy)) problems.push(`${where}: pluralBy ${wording.pluralBy} is not a placeholder`);
  // English counted nouns must change with the count.
  if (wording.pluralBy && typeof wording.en === 'string' && /\{\w+\} (day|part|item|photo)/.test(wording.en)) problems.push(`${where}: English noun after a count has no plural form`);
  return problems;
}

describe('sentence wordings', () => {
  it('use the same placeholders in every language and every plural form', () => {
    const problems = SITUATIONS.flatMap((situation) =>
      situation.sentences.flatMap((template) => template.variants.flatMap((wording, i) => wordingProblems(`${situation.id}/${template.id}#${i + 1}`, wording))),
    );
    expect(problems).toEqual([]);
  });

  it('try the fullest wording first, so known facts are never dropped', () => {
    for (const situation of SITUATIONS) {
      for (const template of situation.sentences) {
        const sets = template.variants.map((wording) => new Set(placeholders(forms(wording.en)[0]![1])));
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
});

describe('drafts catalog', () => {
  const tables = allTables();
  const keys = Object.keys(tables.en).filter((key) => key.startsWith('drafts.'));

  it('is registered and complete in every language', () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const locale of LOCALES) {
      const missing = keys.filter((key) => tables[locale][key] === undefined);
      expect(missing, locale).toEqual([]);
    }
  });

  it('keeps each message’s placeholders in every language', () => {
    const problems: string[] = [];
    for (const key of keys) {
      const expected = placeholdersOf(tables.en[key]!).join();
      for (const locale of LOCALES) {
        for (const [form, text] of forms(tables[locale][key]!)) {
          if (placeholdersOf(text).join() !== expected) problems.push(`${key} ${locale}/${form}`);
          if (locale !== 'en' && text === forms(tables.en[key]!)[0]![1] && /[a-z]{5,}/.test(text) && !/^[A-Z][A-Za-z]+$/.test(text)) problems.push(`${key} ${locale} untranslated`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
