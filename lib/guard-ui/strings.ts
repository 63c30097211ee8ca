import { appMessages } from '../i18n/catalogs/app';
import { guardMessages } from '../i18n/catalogs/guard';
import { guarduiMessages } from '../i18n/catalogs/guardui';
import type { Locale } from '../i18n/locales';
import { messagesOf } from '../i18n/translator-core';
import { SETTINGS_KEYS, type GuardStrings } from './i18n';

/**
 * For the background only (the content script must not import this file:
 * it holds every language): the guard's strings in `locale`, English where a
 * translation is missing, sent with the answer to `guard/lists`.
 */
export function guardStrings(locale: Locale): GuardStrings {
  const messages: Record<string, string> = {};
  for (const catalog of [guardMessages, guarduiMessages]) Object.assign(messages, messagesOf(catalog, 'en'), messagesOf(catalog, locale));
  for (const key of SETTINGS_KEYS) messages[key] = (appMessages[locale][key] ?? appMessages.en[key]).message;
  return { locale, messages };
}
