import type { Locale } from './locales';

/**
 * A message is either plain text with `{name}` placeholders, or plural forms
 * chosen by `Intl.PluralRules` for the `count` parameter. Only `other` is
 * required: languages use the forms their grammar has (uk/ru/pl: one, few,
 * many; ka: one/other in CLDR but other suffices).
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/**
 * One feature's messages in every UI language. The English table fixes the
 * keys; the type makes a missing key in any other language a compile error.
 */
export type Catalog<K extends string> = { en: Record<K, Message> } & Record<Exclude<Locale, 'en'>, Record<K, Message>>;

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}
