import { dateFormat, listFormat, numberFormat } from '../i18n/intl';
import type { Locale } from '../i18n/locales';
import type { Money } from './types';

/*
 * How facts are written inside drafts. English follows one fixed, unambiguous
 * form because the reader is a seller anywhere in the world:
 * dates as "12 March 2026" (day, month name, year: never 03/12 vs 12/03),
 * money as "12.50 USD" (ISO code after the amount: "$" alone could be any dollar).
 * Glosses use each language's own long date and the same ISO code, so the
 * buyer sees the very figures that go into the English.
 */

const englishDate = new Map<string, Intl.DateTimeFormat>();

export function formatEnglishDate(instant: number, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = englishDate.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    englishDate.set(key, format);
  }
  return format.format(instant);
}

/** Intl formatters are costly to build and drafts are rebuilt on every keystroke: keep one per settings. */
type Formatter = ReturnType<typeof dateFormat> | ReturnType<typeof numberFormat>;
const formatters = new Map<string, Formatter>();

function cached<F extends Formatter>(key: string, make: () => F): F {
  let format = formatters.get(key);
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format as F;
}

export function formatGlossDate(instant: number, locale: Locale, timeZone?: string): string {
  if (locale === 'en') return formatEnglishDate(instant, timeZone);
  return cached(`date|${locale}|${timeZone ?? ''}`, () => dateFormat(locale, { dateStyle: 'long', timeZone })).format(instant);
}

const minorDigits = new Map<string, number>();

function currencyDigits(currency: string): number {
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigits.set(currency, digits);
  }
  return digits;
}

function decimals(locale: string, digits: number): ReturnType<typeof numberFormat> {
  return cached(`number|${locale}|${digits}`, () => numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
}

export function formatEnglishMoney(money: Money): string {
  return `${decimals('en-US', currencyDigits(money.currency)).format(money.amount)} ${money.currency}`;
}

export function formatGlossMoney(money: Money, locale: Locale): string {
  if (locale === 'en') return formatEnglishMoney(money);
  return `${decimals(locale, currencyDigits(money.currency)).format(money.amount)} ${money.currency}`;
}

export function formatCount(value: number, locale: Locale): string {
  const tag = locale === 'en' ? 'en-US' : locale;
  return cached(`count|${tag}`, () => numberFormat(tag, { maximumFractionDigits: 2 })).format(value);
}

/** Rounds to the currency's minor unit, so "30% of 19.99" is a payable amount. */
export function roundMoney(amount: number, currency: string): number {
  const factor = 10 ** currencyDigits(currency);
  return Math.round(amount * factor) / factor;
}

export function isUsableMoney(money: Money | undefined): money is Money {
  return money !== undefined && Number.isFinite(money.amount) && money.amount > 0 && /^[A-Z]{3}$/.test(money.currency);
}

/*
 * Page text is written by the page (issue 8 #9): a listing title may carry
 * markup, NUL, zero-width joiners or a right-to-left override that would
 * reorder what the seller reads. None of it belongs in a message.
 */
const MARKUP = /<[^<>]*>?/g;
// Controls (C0, DEL, C1), bidi embeddings/overrides/isolates and marks, zero-width characters, BOM, soft hyphen, noncharacters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff]/g;

/** Page or buyer text without markup and invisible or direction-changing characters. */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, ' ').replace(MARKUP, ' ').replace(/[<>]/g, ' ');
}

/** Letters of any script but Latin: such text cannot go into an English message. */
export function hasNonLatinLetters(value: string): boolean {
  return /(?=\p{L})\P{Script=Latin}/u.test(value);
}

/**
 * Text the buyer typed or the page gave, made safe to put inside a sentence:
 * visible characters only, one line, no template braces, no sentence-ending
 * punctuation of its own, and short enough that a listing title does not
 * swallow the message.
 */
export function inlineText(value: string | undefined, maxLength: number): string | undefined {
  if (value === undefined) return undefined;
  let text = visibleText(value)
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,]+$/u, '');
  if (text.length > maxLength) {
    const cut = text.slice(0, maxLength - 1);
    const lastSpace = cut.lastIndexOf(' ');
    // Cut at the last whole word, unless the cut already falls between words.
    const endsWord = /\s/.test(text.charAt(maxLength - 1));
    const atWord = endsWord || lastSpace <= maxLength / 2 ? cut : cut.slice(0, lastSpace);
    // "…case and…" reads as broken; end on a content word.
    text = `${atWord.replace(/(?:\s+(?:and|or|with|for|the|of|a|an|to|in|on|by))+$/iu, '').replace(/[\s.,;:!?&+/-]+$/u, '')}…`;
  }
  return text === '' ? undefined : text;
}

const listFormats = new Map<Locale, ReturnType<typeof listFormat>>();

/** "a, b and c" in the language's own way; British style in English (no comma before "and"). */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = listFormat(locale === 'en' ? 'en-GB' : locale);
    listFormats.set(locale, format);
  }
  return format.format(items);
}
