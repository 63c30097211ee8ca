import { numberFormat as localeNumberFormat } from './intl';
import type { Locale } from './locales';

/**
 * The one plural/placeholder engine for the UI and the drafts. A message is
 * plain text with `{name}` placeholders and, where a number changes the words,
 * an ICU-style plural argument:
 *
 *   "{count, plural, one {{count} order} few {{count} orders} other {{count} orders}}"
 *
 * Branches are CLDR categories (zero, one, two, few, many, other) or exact
 * values (`=0`); `other` is required. Only this subset of ICU MessageFormat is
 * understood: no `#`, no `select`, no apostrophe quoting — translators'
 * tools (Crowdin, Weblate, Lokalise) read it as ICU all the same.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One Intl object per language, made on first use (they are costly to build). */
function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      value = make(locale);
      cache.set(locale, value);
    }
    return value;
  };
}

const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));
const numberFormat = perLocale((locale) => localeNumberFormat(locale));

/** Index of the `}` that closes the `{` at `open`, or -1 when unbalanced. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;
const SELECTOR = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;

/** The branches of a plural argument's body (`one {…} other {…}`), or null when malformed. */
export function pluralBranches(body: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let rest = body;
  while (rest.trim() !== '') {
    const head = SELECTOR.exec(rest);
    if (!head) return null;
    const open = head[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) return null;
    branches.set(head[1]!, rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  return branches.has('other') ? branches : null;
}

/** Calls `visit` for each top-level `{…}` argument; returns the text with each replaced by what `visit` gives. */
function mapArguments(text: string, visit: (inner: string, whole: string) => string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(text, open);
    if (close < 0) break;
    out += text.slice(i, open) + visit(text.slice(open + 1, close), text.slice(open, close + 1));
    i = close + 1;
  }
  return out + text.slice(i);
}

/**
 * Fills `{name}` placeholders and chooses plural branches by the language's
 * CLDR rules. Numbers are written the language's way (1 000, 1.000…); an
 * unknown placeholder stays as written, so a gap shows instead of vanishing.
 * A plural argument's value must be a number or a numeric string.
 */
export function formatMessage(locale: Locale, message: string, params?: MessageParams): string {
  return mapArguments(message, (inner, whole) => {
    const plural = PLURAL_HEAD.exec(inner);
    if (plural) {
      const branches = pluralBranches(inner.slice(plural[0].length));
      const raw = params?.[plural[1]!];
      if (!branches || raw === undefined) return whole;
      const count = Number(raw);
      const branch = branches.get(`=${count}`) ?? branches.get(pluralRules(locale).select(count)) ?? branches.get('other')!;
      return formatMessage(locale, branch, params);
    }
    const value = /^\w+$/.test(inner) ? params?.[inner] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/** Every placeholder a message uses, plural arguments and those inside branches included, sorted. */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) =>
    mapArguments(text, (inner, whole) => {
      const plural = PLURAL_HEAD.exec(inner);
      if (plural) {
        names.add(plural[1]!);
        for (const branch of pluralBranches(inner.slice(plural[0].length))?.values() ?? []) walk(branch);
      } else if (/^\w+$/.test(inner)) names.add(inner);
      return whole;
    });
  walk(message);
  return [...names].sort();
}

/** The plural branches a message offers, keyed by argument name (for tests and checks). */
export function pluralSelectors(message: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  mapArguments(message, (inner, whole) => {
    const plural = PLURAL_HEAD.exec(inner);
    if (plural) found.set(plural[1]!, [...(pluralBranches(inner.slice(plural[0].length))?.keys() ?? ['(malformed)'])]);
    return whole;
  });
  return found;
}
