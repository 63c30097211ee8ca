import type { guardMessages } from '../i18n/catalogs/guard';
import type { guarduiMessages } from '../i18n/catalogs/guardui';
import { isLocale, type Locale } from '../i18n/locales';
import { tableTranslator, type KeysOf, type MessageParams } from '../i18n/translator-core';

/*
 * The all-pages script carries no catalog: the guard's strings in all seven
 * languages would add ~10 KB gzipped to every page, and most pages never show
 * a warning. When something is flagged, the background sends the strings of
 * the user's language along with the trust lists (lib/guard-ui/strings.ts
 * builds them there), and the shared engine (formatMessage) does plurals and
 * placeholders.
 */
/** The settings sections' own titles, so "undo it in …" names what the user will see there. */
export const SETTINGS_KEYS = ['app.settings.trustedContacts', 'app.settings.trustedSites'] as const;
export type GuardUiKey = KeysOf<typeof guardMessages | typeof guarduiMessages> | (typeof SETTINGS_KEYS)[number];
export type Translate = (key: GuardUiKey, params?: MessageParams) => string;

/** The guard's messages in one language, English filling any gap. */
export interface GuardStrings {
  locale: Locale;
  messages: Readonly<Record<string, string>>;
}

const MAX_KEYS = 500;
const MAX_TEXT = 2000;

function isMessage(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

/** Checks the background's `strings` by hand (no zod on every page). */
export function parseGuardStrings(value: unknown): GuardStrings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { locale, messages } = value as Record<string, unknown>;
  if (!isLocale(locale) || typeof messages !== 'object' || messages === null) return null;
  const entries = Object.entries(messages as Record<string, unknown>);
  if (entries.length > MAX_KEYS || !entries.every(([key, message]) => /^(guard|guardui|app\.settings)\./.test(key) && isMessage(message))) return null;
  return { locale, messages: messages as Record<string, string> };
}

export function guardTranslator(strings: GuardStrings): Translate {
  // One table serves every locale slot: the background already filled gaps with English.
  const table = strings.messages;
  const translate = tableTranslator<GuardUiKey>({ en: table, uk: table, pl: table, el: table, ro: table, ka: table, ru: table });
  return (key, params) => translate(strings.locale, key, params);
}
