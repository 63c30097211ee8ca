import type { Catalog, Message } from './define';
import { LOCALES, type Locale } from './locales';
import { ALL_CATALOGS } from './catalogs';

type KeysOf<C> = C extends Catalog<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof ALL_CATALOGS)[number]>;
export type MessageParams = Record<string, string | number>;

type Table = Record<string, Message>;

function mergeTables(): Record<Locale, Table> {
  const merged = Object.fromEntries(LOCALES.map((l) => [l, {} as Table])) as Record<Locale, Table>;
  for (const catalog of ALL_CATALOGS) {
    for (const locale of LOCALES) Object.assign(merged[locale], (catalog as Record<Locale, Table>)[locale]);
  }
  return merged;
}

const tables = mergeTables();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function interpolate(text: string, params: MessageParams | undefined, locale: Locale): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/**
 * Looks a key up in the locale's table, falling back to English, and fills
 * `{name}` placeholders. Plural messages pick their form from `params.count`.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = tables[locale][key] ?? tables.en[key];
  if (message === undefined) return key;
  if (typeof message === 'string') return interpolate(message, params, locale);
  const count = Number(params?.count ?? 0);
  const form = message[pluralCategory(locale, count)] ?? message.other;
  return interpolate(form, params, locale);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** For tests and tooling: every locale's merged table. */
export function allTables(): Readonly<Record<Locale, Readonly<Table>>> {
  return tables;
}
