import type { Locale } from './locales';
import { ALL_CATALOGS } from './catalogs';
import { catalogTranslator, type KeysOf, type MessageParams } from './translator-core';

export type { MessageParams } from './translator-core';
/** Every UI message key: the keys of the English JSON files, as TypeScript reads them. */
export type MessageKey = KeysOf<(typeof ALL_CATALOGS)[number]>;

const app = catalogTranslator(ALL_CATALOGS);

/** Translates with every catalog: for extension pages, not for content scripts. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return app.translate(locale, key, params);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Whether `key` is a message of the catalogs (for keys built at run time, e.g. a wording variant). */
export function isMessageKey(key: string): key is MessageKey {
  return key in app.tables.en;
}

/** For tests and tooling: every locale's merged table, key → message text. */
export function allTables() {
  return app.tables;
}
