/**
 * Prices as AliExpress prints them in its many currencies and locales:
 * "US $12.34", "12,34 zł", "€ 1.234,56", "1 234,56 руб.", "R$ 45,90".
 */
import type { Money } from '../../../schema/primitives';
import { asciiDigits } from './text';

/** Currency marks as the site writes them, with their ISO 4217 code. Longer marks first where one contains another. */
const CURRENCY_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['US $', 'USD'], ['US$', 'USD'], ['USD', 'USD'],
  ['CA $', 'CAD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['CAD', 'CAD'],
  ['AU $', 'AUD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['AUD', 'AUD'],
  ['NZ$', 'NZD'], ['NZD', 'NZD'],
  ['MX$', 'MXN'], ['MXN', 'MXN'],
  ['R$', 'BRL'], ['BRL', 'BRL'],
  ['CLP', 'CLP'], ['COP', 'COP'],
  ['$', 'USD'],
  ['€', 'EUR'], ['EUR', 'EUR'],
  ['£', 'GBP'], ['GBP', 'GBP'],
  ['zł', 'PLN'], ['zl', 'PLN'], ['PLN', 'PLN'],
  ['руб.', 'RUB'], ['руб', 'RUB'], ['₽', 'RUB'], ['р.', 'RUB'], ['RUB', 'RUB'],
  ['₴', 'UAH'], ['грн.', 'UAH'], ['грн', 'UAH'], ['UAH', 'UAH'],
  ['Kč', 'CZK'], ['CZK', 'CZK'],
  ['lei', 'RON'], ['RON', 'RON'],
  ['₾', 'GEL'], ['GEL', 'GEL'],
  ['Ft', 'HUF'], ['HUF', 'HUF'],
  ['₺', 'TRY'], ['TL', 'TRY'], ['TRY', 'TRY'],
  ['₪', 'ILS'], ['ILS', 'ILS'],
  ['₩', 'KRW'], ['KRW', 'KRW'],
  ['₸', 'KZT'], ['KZT', 'KZT'],
  ['лв.', 'BGN'], ['лв', 'BGN'], ['BGN', 'BGN'],
  ['₹', 'INR'], ['INR', 'INR'],
  ['CHF', 'CHF'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'],
  ['JPY', 'JPY'], ['CNY', 'CNY'], ['SAR', 'SAR'], ['AED', 'AED'],
];
const CODE_BY_MARK = new Map(CURRENCY_MARKS.map(([mark, code]) => [mark.toLowerCase(), code]));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A mark made of letters must not be part of a longer word ("TL" inside "TOTAL"). */
function markPattern(mark: string): string {
  const escaped = escapeRegExp(mark).replace(/ /g, '[\\s\\u00a0]?');
  const before = /^\p{L}/u.test(mark) ? '(?<!\\p{L})' : '';
  const after = /\p{L}$/u.test(mark) ? '(?!\\p{L})' : '';
  return `${before}${escaped}${after}`;
}

const MARK = `(${[...CURRENCY_MARKS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([mark]) => markPattern(mark))
  .join('|')})`;
/**
 * Grouped thousands (exactly three digits per group) or a plain run of at most nine
 * digits (longer runs are ids, not prices), with up to two decimals.
 */
const NUMBER = '(\\d{1,3}(?:[ \\u00a0\\u202f.,\'’]\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?)(?![\\d.,]?\\d)';
/** Mark and number sit on one line: a line break never joins them. */
const GAP = '[ \\u00a0\\u202f]?';
/** A mark after a number must not be the prefix of the next price ("SKU 123 / US $4.20"). */
const PRICE = new RegExp(
  `${MARK}${GAP}${NUMBER}|(?<![\\d.,])${NUMBER}${GAP}${MARK}(?![ \\u00a0]?\\d)`,
  'giu',
);

/** "1.234,56" → 1234.56, "1,234.56" → 1234.56, "12,34" → 12.34, "1 234" → 1234. */
export function parseAmount(raw: string): number | undefined {
  const digits = raw.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(digits)) return undefined;
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt = Math.max(lastDot, lastComma);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const single = digits.indexOf(separator) === at;
    // One separator followed by three digits is a thousands group ("1.234"); the site
    // always prints cents with two digits.
    if (single && digits.length - at - 1 !== 3) decimalAt = at;
  }
  const whole = (decimalAt >= 0 ? digits.slice(0, decimalAt) : digits).replace(/[.,]/g, '');
  const fraction = decimalAt >= 0 ? digits.slice(decimalAt + 1) : '';
  const amount = Number(fraction ? `${whole}.${fraction}` : whole);
  // Above a billion it is an id that happens to sit next to a currency sign.
  return Number.isFinite(amount) && amount <= 1e9 ? amount : undefined;
}

function codeFor(mark: string): string | undefined {
  return CODE_BY_MARK.get(mark.replace(/[\s\u00a0]+/g, ' ').toLowerCase());
}

/** Every price in the text, in order of appearance. */
export function findPrices(text: string): Money[] {
  const prices: Money[] = [];
  for (const match of asciiDigits(text).matchAll(PRICE)) {
    const mark = match[1] ?? match[4];
    const number = match[2] ?? match[3];
    if (!mark || !number) continue;
    const currency = codeFor(mark);
    const amount = parseAmount(number);
    if (currency && amount !== undefined) prices.push({ amount, currency });
  }
  return prices;
}

/** The first price in the text, or undefined when it shows none. */
export function parsePrice(text: string): Money | undefined {
  return findPrices(text)[0];
}
