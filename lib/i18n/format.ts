import { dateFormat, numberFormat, relativeTimeFormat } from './intl';
import { FILE_SIZE_UNITS } from './intl-fallback-types';
import type { Locale } from './locales';

// Intl uses these tags; Georgian needs no region, Greek and others likewise.
// Formatters come from ./intl, which stands in for a language the browser's ICU lacks (Georgian in Chromium).
const intlTag = (locale: Locale): string => locale;

export function formatDate(instant: number, locale: Locale, timeZone?: string): string {
  return dateFormat(intlTag(locale), { dateStyle: 'medium', timeZone }).format(instant);
}

export function formatDateTime(instant: number, locale: Locale, timeZone?: string): string {
  return dateFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  try {
    return numberFormat(intlTag(locale), { style: 'currency', currency }).format(amount);
  } catch {
    // An unknown currency code must not break the list; show it plainly.
    return `${numberFormat(intlTag(locale)).format(amount)} ${currency}`;
  }
}

/** "in 3 days", "2 hours ago", in the user's language. */
export function formatRelative(deltaMs: number, locale: Locale): string {
  const rtf = relativeTimeFormat(intlTag(locale));
  const abs = Math.abs(deltaMs);
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;
  if (abs >= day) return rtf.format(Math.round(deltaMs / day), 'day');
  if (abs >= hour) return rtf.format(Math.round(deltaMs / hour), 'hour');
  return rtf.format(Math.round(deltaMs / minute), 'minute');
}

export function formatFileSize(bytes: number, locale: Locale): string {
  const units = FILE_SIZE_UNITS;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(intlTag(locale), {
    style: 'unit',
    unit: units[unit] ?? 'byte',
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
