import type { Catalog, Message } from './define';
import { LOCALES, type Locale } from './locales';

export type KeysOf<C> = C extends Catalog<infer K> ? K : never;
export type MessageParams = Record<string, string | number>;
type Table = Record<string, Message>;

/**
 * Builds a translator over a set of catalogs. Content scripts pass only the
 * catalogs they show, so the all-pages script does not carry the whole UI.
 */
export function catalogTranslator<C extends readonly Catalog<string>[]>(catalogs: C) {
  type Key = KeysOf<C[number]>;
  const tables = Object.fromEntries(LOCALES.map((l) => [l, {} as Table])) as Record<Locale, Table>;
  for (const catalog of catalogs) {
    for (const locale of LOCALES) Object.assign(tables[locale], (catalog as Record<Locale, Table>)[locale]);
  }
  const pluralRules = new Map<Locale, Intl.PluralRules>();
  const pluralCategory = (locale: Locale, count: number): Intl.LDMLPluralRule => {
    let rules = pluralRules.get(locale);
    if (!rules) {
      rules = new Intl.PluralRules(locale);
      pluralRules.set(locale, rules);
    }
    return rules.select(count);
  };

  /**
   * Looks a key up in the locale's table, falling back to English, and fills
   * `{name}` placeholders. Plural messages pick their form from `params.count`.
   */
  function translate(locale: Locale, key: Key, params?: MessageParams): string {
    const message = tables[locale][key] ?? tables.en[key];
    if (message === undefined) return key;
    const text = typeof message === 'string' ? message : (message[pluralCategory(locale, Number(params?.count ?? 0))] ?? message.other);
    return interpolate(text, params, locale);
  }

  return { translate, tables: tables as Readonly<Record<Locale, Readonly<Table>>> };
}

function interpolate(text: string, params: MessageParams | undefined, locale: Locale): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
