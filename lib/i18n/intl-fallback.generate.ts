/**
 * Writes lib/i18n/intl-fallback-data.ts: the few CLDR patterns the UI formats
 * dates, numbers, relative times and lists with, for every UI language, read
 * from Node's full ICU. Run by hand (`npx tsx lib/i18n/intl-fallback.generate.ts`)
 * when a language is added; the output is committed because the browsers'
 * ICU is what it stands in for. tests/unit/i18n/intl-fallback.test.ts checks
 * the committed data still formats as Node's ICU does. Not part of the bundle.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from './locales';
import { DATE_STYLES, FILE_SIZE_UNITS, RELATIVE_UNITS, type IntlFallbackData, type PluralPatterns } from './intl-fallback-types';

// 5 March 2026, 09:07 UTC: one-digit day and hour show whether they are padded.
const SAMPLE = Date.UTC(2026, 2, 5, 9, 7);
const AFTERNOON = Date.UTC(2026, 2, 5, 15, 7);

function months(locale: Locale, month: 'long' | 'short', style: 'long' | 'medium'): string[] {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => {
    const part = format.formatToParts(Date.UTC(2026, index, 5)).find((entry) => entry.type === 'month');
    if (!part) throw new Error(`${locale}: no ${month} month in a ${style} date`);
    return part.value;
  });
}

const TOKENS: Partial<Record<Intl.DateTimeFormatPartTypes, (value: string) => string>> = {
  day: (value) => (value.length === 2 ? '{dd}' : '{d}'),
  year: () => '{y}',
  hour: (value) => (value.length === 2 ? '{HH}' : '{H}'),
  minute: () => '{mm}',
  dayPeriod: () => '{a}',
};

/** A style's parts with the sample's values replaced by tokens; the month by {MMMM} (long) or {MMM} (short). */
function pattern(locale: Locale, key: string): string {
  const [dateStyle, timeStyle] = key.split('|') as ['long' | 'medium', 'short' | ''];
  const format = new Intl.DateTimeFormat(locale, { dateStyle, ...(timeStyle ? { timeStyle } : {}), timeZone: 'UTC' });
  const twelveHour = format.resolvedOptions().hourCycle === 'h12' || format.resolvedOptions().hourCycle === 'h11';
  return format
    .formatToParts(SAMPLE)
    .map((part) => {
      if (part.type === 'month') return dateStyle === 'long' ? '{MMMM}' : '{MMM}';
      if (part.type === 'hour' && twelveHour) return part.value.length === 2 ? '{hh}' : '{h}';
      // V8's format() writes a plain space where formatToParts gives ICU's narrow no-break space (web compatibility).
      if (part.type === 'literal') return part.value.replace(/[{}]/g, '').replace(/\u202f/g, ' ');
      const token = TOKENS[part.type];
      if (!token) throw new Error(`${locale}: unexpected ${part.type} in ${key}`);
      return token(part.value);
    })
    .join('');
}

function dayPeriods(locale: Locale): [string, string] {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' });
  const period = (at: number) => format.formatToParts(at).find((part) => part.type === 'dayPeriod')?.value ?? '';
  return [period(SAMPLE), period(AFTERNOON)];
}

/** A whole number (or 1.5 for a category only fractions reach) of each plural category. */
function samples(locale: Locale): [Intl.LDMLPluralRule, number][] {
  const rules = new Intl.PluralRules(locale);
  const found = new Map<Intl.LDMLPluralRule, number>();
  for (const n of [2, 5, 1, 21, 11, 101, 1.5]) if (!found.has(rules.select(n))) found.set(rules.select(n), n);
  return [...found];
}

function pluralPatterns(locale: Locale, format: (n: number) => string): PluralPatterns {
  const number = new Intl.NumberFormat(locale);
  const patterns: PluralPatterns = {};
  for (const [category, n] of samples(locale)) patterns[category] = format(n).replace(number.format(n), '{0}');
  return patterns;
}

function relative(locale: Locale): IntlFallbackData['relative'] {
  const always = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const auto = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const entries = RELATIVE_UNITS.map((unit) => [
    unit,
    {
      future: pluralPatterns(locale, (n) => always.format(n, unit)),
      past: pluralPatterns(locale, (n) => always.format(-n, unit)),
      // "tomorrow", "the day after tomorrow": where `numeric: 'auto'` has a word instead of the number.
      named: Object.fromEntries([-2, -1, 0, 1, 2].filter((n) => auto.format(n, unit) !== always.format(n, unit)).map((n) => [n, auto.format(n, unit)])),
    },
  ]);
  return Object.fromEntries(entries) as IntlFallbackData['relative'];
}

function numberSymbols(locale: Locale): IntlFallbackData['number'] {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
  const symbol = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  // Polish and others leave four-digit numbers ungrouped (CLDR minimumGroupingDigits 2).
  const minimumGrouping = new Intl.NumberFormat(locale).format(1234).length === 4 ? 2 : 1;
  return { decimal: symbol('decimal'), group: symbol('group'), minimumGrouping };
}

function list(locale: Locale): IntlFallbackData['list'] {
  const format = new Intl.ListFormat(locale, { type: 'conjunction' });
  const three = format.format(['\u0001', '\u0002', '\u0003']);
  return {
    pair: format.format(['{0}', '{1}']),
    start: three.slice(three.indexOf('\u0001') + 1, three.indexOf('\u0002')),
    end: three.slice(three.indexOf('\u0002') + 1, three.indexOf('\u0003')),
  };
}

function units(locale: Locale): IntlFallbackData['units'] {
  const entries = FILE_SIZE_UNITS.map((unit) => {
    const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    return [unit, pluralPatterns(locale, (n) => format.format(n))];
  });
  return Object.fromEntries(entries) as IntlFallbackData['units'];
}

function dataFor(locale: Locale): IntlFallbackData {
  return {
    months: { long: months(locale, 'long', 'long'), short: months(locale, 'short', 'medium') },
    patterns: Object.fromEntries(DATE_STYLES.map((key) => [key, pattern(locale, key)])) as IntlFallbackData['patterns'],
    dayPeriods: dayPeriods(locale),
    number: numberSymbols(locale),
    relative: relative(locale),
    list: list(locale),
    units: units(locale),
  };
}

const data = Object.fromEntries(LOCALES.map((locale) => [locale, dataFor(locale)]));
const source =
  `// Written by lib/i18n/intl-fallback.generate.ts from Node ${process.version} (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}): edit the generator, not this file.\n` +
  "import type { IntlFallbackData } from './intl-fallback-types';\n" +
  "import type { Locale } from './locales';\n\n" +
  `export const INTL_FALLBACK_DATA: Record<Locale, IntlFallbackData> = ${JSON.stringify(data, null, 2)};\n`;
writeFileSync(fileURLToPath(new URL('./intl-fallback-data.ts', import.meta.url)), source);
process.stdout.write(`intl-fallback-data.ts: ${source.length} bytes\n`);
