import type { Locale } from './locales';

/**
 * One message as the JSON files hold it (the `messages.json` shape that
 * translators' tools read). `message` is plain text with `{name}`
 * placeholders or an ICU-style plural (see ./message-format.ts).
 */
export interface Entry {
  message: string;
  description?: string;
}

/** English entries must tell translators where the text shows, what the placeholders are and how long it may be. */
export interface EnglishEntry extends Entry {
  description: string;
}

/**
 * One area's messages in every UI language, loaded from
 * lib/i18n/locales/<lang>/<area>.json. The English file fixes the keys; the
 * type makes a missing key in any other language a compile error.
 */
export type Catalog<K extends string> = { en: Record<K, EnglishEntry> } & Record<Exclude<Locale, 'en'>, Record<K, Entry>>;

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}
