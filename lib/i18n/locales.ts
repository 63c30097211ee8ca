/** The UI languages, in the order the language picker shows them. */
export const LOCALES = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, for the language picker. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  uk: 'Українська',
  pl: 'Polski',
  el: 'Ελληνικά',
  ro: 'Română',
  ka: 'ქართული',
  ru: 'Русский',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from the browser's preference list
 * ("pl-PL", "uk", …); English when none matches.
 */
export function resolveLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
