import type { Catalog, Entry } from './define';
import { LOCALES, type Locale } from './locales';
import { formatMessage, type MessageParams } from './message-format';

export type { MessageParams } from './message-format';
export type KeysOf<C> = C extends Catalog<infer K> ? K : never;
/** One language's messages, key → message text (descriptions dropped). */
export type Table = Record<string, string>;

/** One catalog's messages in one language, as key → message text. */
export function messagesOf(catalog: Readonly<Record<Locale, Readonly<Record<string, Entry>>>>, locale: Locale): Table {
  return Object.fromEntries(Object.entries(catalog[locale]).map(([key, entry]) => [key, entry.message]));
}

/**
 * Builds a translator over a set of catalogs. Content scripts pass only the
 * catalogs they show, so the all-pages script does not carry the whole UI.
 */
export function catalogTranslator<C extends readonly Catalog<string>[]>(catalogs: C) {
  const tables = Object.fromEntries(LOCALES.map((l) => [l, {} as Table])) as Record<Locale, Table>;
  for (const catalog of catalogs) {
    for (const locale of LOCALES) Object.assign(tables[locale], messagesOf(catalog, locale));
  }
  return { translate: tableTranslator<KeysOf<C[number]>>(tables), tables: tables as Readonly<Record<Locale, Readonly<Table>>> };
}

/**
 * Looks a key up in the locale's table, falling back to English, and formats
 * it (placeholders, plurals). An unknown key shows as itself.
 */
export function tableTranslator<Key extends string>(tables: Readonly<Record<Locale, Readonly<Table>>>) {
  return (locale: Locale, key: Key, params?: MessageParams): string => {
    const message = tables[locale][key] ?? tables.en[key];
    return message === undefined ? key : formatMessage(locale, message, params);
  };
}
