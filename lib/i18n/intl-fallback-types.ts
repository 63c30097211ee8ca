/** The date styles the UI formats with: `dateStyle|timeStyle`. */
export const DATE_STYLES = ['long|', 'medium|', 'long|short', 'medium|short'] as const;
export type DateStyleKey = (typeof DATE_STYLES)[number];

export const RELATIVE_UNITS = ['day', 'hour', 'minute'] as const;
export type RelativeUnit = (typeof RELATIVE_UNITS)[number];

export const FILE_SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
export type FileSizeUnit = (typeof FILE_SIZE_UNITS)[number];

/** A text per plural category, `{0}` standing for the number. */
export type PluralPatterns = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * One language's CLDR patterns, for a browser whose ICU lacks that language
 * (Chromium's ICU has no Georgian: Intl formats `ka` as `en-US`).
 * Date patterns use {d} {dd} {MMMM} {MMM} {y} {H} {HH} {h} {hh} {mm} {a}.
 */
export interface IntlFallbackData {
  months: { long: string[]; short: string[] };
  patterns: Record<DateStyleKey, string>;
  /** AM and PM, for languages that write a 12-hour clock. */
  dayPeriods: [string, string];
  number: { decimal: string; group: string; minimumGrouping: number };
  /** `named`: "tomorrow", "yesterday", "this hour" where the language has a word for -1, 0 or 1. */
  relative: Record<RelativeUnit, { future: PluralPatterns; past: PluralPatterns; named: Record<string, string> }>;
  /** "{0} and {1}"; longer lists join with `start` and end with `end`. */
  list: { pair: string; start: string; end: string };
  units: Record<FileSizeUnit, PluralPatterns>;
}
