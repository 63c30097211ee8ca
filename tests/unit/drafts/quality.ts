import { expect } from 'vitest';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import type { DraftSentence } from '../../../lib/drafts';

/*
 * The English-quality rules every rendered sentence must pass, written
 * independently of the engine: they look only at the output text.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const COUNTED_NOUNS = ['day', 'item', 'part', 'photo', 'video', 'screenshot', 'contact'];
const PLURAL_RULES = COUNTED_NOUNS.map((noun) => ({
  noun,
  oneWithPlural: new RegExp(`(^|[^\\d.,])1 ${noun}s\\b`),
  manyWithSingular: new RegExp(`\\b(?:[02-9]|\\d{2,}) ${noun}\\b(?!s)`),
}));
const MONTH_RULES = MONTHS.map((month) => ({ month, anywhere: new RegExp(`\\b${month}\\b`, 'g'), wellFormed: new RegExp(`\\d{1,2} ${month} \\d{4}`) }));

/** Problems found in one English sentence; empty when it is fine. */
export function englishProblems(text: string): string[] {
  const problems: string[] = [];
  const fail = (why: string) => problems.push(`${why}: «${text}»`);
  if (text.trim() === '') fail('empty');
  if (/[{}]/.test(text)) fail('unfilled or stray placeholder brace');
  if (/\b(undefined|NaN|null|Infinity)\b|\[object/.test(text)) fail('leaked JS value');
  if (/ {2,}|\t/.test(text)) fail('double space');
  if (text !== text.trim()) fail('untrimmed');
  if (/ [,.;:!?]/.test(text)) fail('space before punctuation');
  if (/(?<!\.)\.\.(?!\.)|,,|\.,|,\./.test(text)) fail('doubled punctuation');
  if (!/^[A-Z]/.test(text)) fail('not capitalised');
  if (!/[.?!]$/.test(text)) fail('no final . ? or !');
  if (/\b(\w+) \1\b/i.test(text)) fail('doubled word');
  if (/\ba [aeiou]/i.test(text)) fail('"a" before a vowel');
  if (/\ban [b-df-hj-np-tv-z]/i.test(text)) fail('"an" before a consonant');
  for (const rule of PLURAL_RULES) {
    if (rule.oneWithPlural.test(text)) fail(`"1 ${rule.noun}s"`);
    if (rule.manyWithSingular.test(text)) fail(`plural count with singular "${rule.noun}"`);
  }
  // Money: always "1,234.50 USD", never a bare symbol.
  if (/[$€£¥]/.test(text)) fail('currency symbol instead of code');
  for (const match of text.matchAll(/\b(USD|EUR|GBP|PLN|UAH|RUB|RON|GEL|JPY)\b/g)) {
    const before = text.slice(0, match.index);
    if (!/(?:^|[\s(])\d{1,3}(?:,\d{3})*(?:\.\d{2})? $/.test(before)) fail(`currency ${match[1]} without a well-formed amount before it`);
  }
  // Dates: "12 March 2026", never 12/03/2026 or March 12.
  if (/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text)) fail('numeric date');
  for (const { month, anywhere, wellFormed } of MONTH_RULES) {
    for (const match of text.matchAll(anywhere)) {
      const around = text.slice(Math.max(0, (match.index ?? 0) - 3), (match.index ?? 0) + month.length + 5);
      if (!wellFormed.test(around)) fail(`month "${month}" not in "12 ${month} 2026" form`);
    }
  }
  return problems;
}

/**
 * The figures a sentence states, for comparing the English with its gloss:
 * digit groups are joined ("1,234.50", "1 234,50", "1.234,50" → 123450),
 * while separate numbers ("order 8123…, 5 days") stay apart.
 */
export function figures(text: string): string[] {
  const found = text.match(/\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+)?/g) ?? [];
  return found.map((token) => token.replace(/\D/g, '')).sort();
}

const GLOSS_END: Record<Locale, RegExp> = {
  en: /[.?!]$/,
  uk: /[.?!]$/,
  pl: /[.?!]$/,
  // Greek asks with ";" (the Greek question mark).
  el: /[.;!]$/,
  ro: /[.?!]$/,
  ka: /[.?!]$/,
  ru: /[.?!]$/,
};

export function glossProblems(sentence: DraftSentence): string[] {
  const problems: string[] = [];
  const englishFigures = figures(sentence.english);
  if (sentence.gloss.en !== sentence.english) problems.push(`en gloss differs from the English: ${sentence.id}`);
  for (const locale of LOCALES) {
    const gloss = sentence.gloss[locale];
    const fail = (why: string) => problems.push(`${locale} ${why} (${sentence.id}): «${gloss}»`);
    if (typeof gloss !== 'string' || gloss.trim() === '') {
      fail('missing');
      continue;
    }
    if (/[{}]/.test(gloss)) fail('unfilled placeholder');
    if (/\b(undefined|NaN|null)\b/.test(gloss)) fail('leaked JS value');
    if (/ {2,}/.test(gloss)) fail('double space');
    if (!GLOSS_END[locale].test(gloss)) fail('no final punctuation');
    if (/(?<!\.)\.\.(?!\.)/.test(gloss)) fail('doubled full stop');
    if (locale !== 'en' && gloss === sentence.english && /[a-z]{4,}/.test(gloss.replace(/\{.*?\}/g, ''))) {
      // A gloss identical to the English is an untranslated sentence, unless it is only names and figures.
      const words = gloss.split(/\s+/).filter((word) => /^[a-z]+[.,!?]?$/.test(word));
      if (words.length > 2) fail('same as the English');
    }
    const glossFigures = figures(gloss);
    if (glossFigures.join(' ') !== englishFigures.join(' ')) fail(`figures ${glossFigures.join(' ')} ≠ English ${englishFigures.join(' ')}`);
  }
  return problems;
}

export function expectCleanSentences(sentences: readonly DraftSentence[], where: string): void {
  const problems = sentences.flatMap((sentence) => [...englishProblems(sentence.english), ...glossProblems(sentence)]);
  expect(problems, where).toEqual([]);
}
