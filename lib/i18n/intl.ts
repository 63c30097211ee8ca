import { INTL_FALLBACK_DATA } from './intl-fallback-data';
import type { DateStyleKey, FileSizeUnit, IntlFallbackData, PluralPatterns, RelativeUnit } from './intl-fallback-types';
import { isLocale } from './locales';

/*
 * Every locale-aware Intl formatter the UI and the glosses use, built here.
 * A browser's ICU may lack a UI language: Chromium's has no Georgian, so
 * `new Intl.DateTimeFormat('ka')` silently formats as en-US ("March 12,
 * 2026" on a Georgian screen). Each factory asks `supportedLocalesOf` first
 * and, when the language is missing, formats from the CLDR patterns in
 * ./intl-fallback-data.ts instead of falling back to English.
 */

export interface DateFormatOptions {
  dateStyle: 'long' | 'medium';
  timeStyle?: 'short';
  timeZone?: string;
}

interface Formatter<A extends unknown[]> {
  format(...args: A): string;
}

type IntlConstructor = { supportedLocalesOf(locales: string | readonly string[]): string[] };

/** The fallback patterns for `tag`, when this browser's `constructor` lacks its language and we have them. */
function fallbackFor(constructor: IntlConstructor, tag: string): IntlFallbackData | undefined {
  if (constructor.supportedLocalesOf([tag]).length > 0) return undefined;
  const language = tag.toLowerCase().split('-')[0];
  return isLocale(language) ? INTL_FALLBACK_DATA[language] : undefined;
}

/** One of a kind per key: Intl objects are costly to build and the fallback formats on every render. */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const fieldReaders = new Map<string, Intl.DateTimeFormat>();

function plural(tag: string, patterns: PluralPatterns, value: number, text: string): string {
  const category = memo(pluralRules, tag, () => new Intl.PluralRules(tag)).select(value);
  return (patterns[category] ?? patterns.other ?? '{0}').replace('{0}', text);
}

/** The instant's calendar fields in `timeZone`, read with en-US, which every ICU has. */
function fieldsIn(instant: number, timeZone: string | undefined) {
  const reader = memo(fieldReaders, timeZone ?? '', () => new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }));
  const parts = reader.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour') % 24, minute: field('minute') };
}

function formatDateFromData(data: IntlFallbackData, key: DateStyleKey, instant: number, timeZone: string | undefined): string {
  const { year, month, day, hour, minute } = fieldsIn(instant, timeZone);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const pad = (value: number) => String(value).padStart(2, '0');
  const tokens: Record<string, string> = {
    d: String(day),
    dd: pad(day),
    MMMM: data.months.long[month - 1] ?? '',
    MMM: data.months.short[month - 1] ?? '',
    y: String(year),
    H: String(hour),
    HH: pad(hour),
    h: String(twelve),
    hh: pad(twelve),
    mm: pad(minute),
    a: data.dayPeriods[hour < 12 ? 0 : 1],
  };
  return data.patterns[key].replace(/\{(\w+)\}/g, (whole, name: string) => tokens[name] ?? whole);
}

export function dateFormat(tag: string, options: DateFormatOptions): Formatter<[number]> {
  const data = fallbackFor(Intl.DateTimeFormat, tag);
  if (!data) return new Intl.DateTimeFormat(tag, options);
  const key = `${options.dateStyle}|${options.timeStyle ?? ''}` as DateStyleKey;
  return { format: (instant) => formatDateFromData(data, key, instant, options.timeZone) };
}

function groupDigits(digits: string, data: IntlFallbackData): string {
  if (digits.length < 4 + (data.number.minimumGrouping - 1)) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, data.number.group);
}

/** A plain decimal in the language's symbols, rounded like Intl (half away from zero). */
function formatDecimal(data: IntlFallbackData, value: number, minimumFractionDigits: number, maximumFractionDigits: number): string {
  const factor = 10 ** maximumFractionDigits;
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * factor) / factor);
  let [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(maximumFractionDigits).split('.');
  fraction = fraction.replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  whole = groupDigits(whole, data);
  return `${rounded < 0 ? '-' : ''}${whole}${fraction ? data.number.decimal + fraction : ''}`;
}

export type NumberFormatOptions =
  | { minimumFractionDigits?: number; maximumFractionDigits?: number; style?: 'decimal' }
  | { style: 'currency'; currency: string }
  | { style: 'unit'; unit: FileSizeUnit; unitDisplay: 'short'; maximumFractionDigits?: number };

export function numberFormat(tag: string, options: NumberFormatOptions = {}): Formatter<[number]> {
  const data = fallbackFor(Intl.NumberFormat, tag);
  if (!data) return new Intl.NumberFormat(tag, options);
  if (options.style === 'currency') {
    // Throws on a code that is not a currency, as Intl does; the ISO code follows the amount, as in the glosses.
    const digits = new Intl.NumberFormat('en', options).resolvedOptions().maximumFractionDigits ?? 2;
    return { format: (value) => `${formatDecimal(data, value, digits, digits)}\u00a0${options.currency}` };
  }
  const maximum = options.maximumFractionDigits ?? 3;
  const minimum = options.style === 'unit' ? 0 : Math.min(options.minimumFractionDigits ?? 0, maximum);
  if (options.style === 'unit') {
    const patterns = data.units[options.unit];
    return { format: (value) => plural(tag, patterns, value, formatDecimal(data, value, minimum, maximum)) };
  }
  return { format: (value) => formatDecimal(data, value, minimum, Math.max(minimum, maximum)) };
}

export function relativeTimeFormat(tag: string): Formatter<[number, RelativeUnit]> {
  const data = fallbackFor(Intl.RelativeTimeFormat, tag);
  if (!data) return new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  return {
    format: (value, unit) => {
      const entry = data.relative[unit];
      const named = entry.named[String(value)];
      if (named !== undefined) return named;
      const size = Math.abs(value);
      return plural(tag, value < 0 || Object.is(value, -0) ? entry.past : entry.future, size, formatDecimal(data, size, 0, 3));
    },
  };
}

export function listFormat(tag: string): Formatter<[readonly string[]]> {
  const data = fallbackFor(Intl.ListFormat, tag);
  if (!data) return new Intl.ListFormat(tag, { type: 'conjunction' });
  const { pair, start, end } = data.list;
  return {
    format: (items) => {
      if (items.length <= 1) return items[0] ?? '';
      if (items.length === 2) return pair.replace('{0}', items[0] ?? '').replace('{1}', items[1] ?? '');
      return `${items.slice(0, -1).join(start)}${end}${items[items.length - 1] ?? ''}`;
    },
  };
}
