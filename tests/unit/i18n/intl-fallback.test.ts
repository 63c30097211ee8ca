import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';

/*
 * Chromium's ICU has no Georgian: `new Intl.DateTimeFormat('ka')` quietly
 * formats as en-US and `supportedLocalesOf(['ka'])` is empty. Node's full ICU
 * has every UI language, so these tests make Intl behave like such a browser
 * for one language at a time and expect what Node's real ICU writes for it.
 */

const REAL_INTL = Intl;
const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** Intl as a browser whose ICU lacks `missing`: that language formats as en-US. */
function intlWithout(missing: Locale): typeof Intl {
  const tagsFor = (tags: unknown) => {
    const list = tags === undefined ? [] : Array.isArray(tags) ? (tags as string[]) : [tags as string];
    return list.map((tag) => (language(tag) === missing ? 'en-US' : tag));
  };
  const lacking = <C extends abstract new (...args: never[]) => unknown>(Real: C & { supportedLocalesOf(tags: string | string[]): string[] }) => {
    const Wrapped = function (this: unknown, tags?: unknown, options?: unknown) {
      return new (Real as unknown as new (tags: string[], options?: unknown) => unknown)(tagsFor(tags), options);
    } as unknown as C & { supportedLocalesOf(tags: string | string[]): string[] };
    Wrapped.supportedLocalesOf = (tags: string | string[]) => Real.supportedLocalesOf(tags).filter((tag) => language(tag) !== missing);
    return Wrapped;
  };
  return Object.assign(Object.create(REAL_INTL) as typeof Intl, {
    DateTimeFormat: lacking(REAL_INTL.DateTimeFormat),
    NumberFormat: lacking(REAL_INTL.NumberFormat),
    RelativeTimeFormat: lacking(REAL_INTL.RelativeTimeFormat),
    ListFormat: lacking(REAL_INTL.ListFormat),
  });
}

/** The modules under test, loaded fresh (their formatter caches empty) with Intl lacking `missing`. */
async function loadWithout(missing: Locale) {
  vi.resetModules();
  vi.stubGlobal('Intl', intlWithout(missing));
  const i18n = await import('../../../lib/i18n');
  const drafts = await import('../../../lib/drafts');
  return { i18n, drafts };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const ZONES = ['UTC', 'Asia/Tbilisi', 'America/New_York'];
// Every month, one- and two-digit days, morning, afternoon and midnight.
const INSTANTS = Array.from({ length: 12 }, (_, month) => Date.UTC(2026, month, month % 2 === 0 ? 5 : 23, (month * 5) % 24, month * 4));

const native = (locale: Locale, options: Intl.DateTimeFormatOptions) => new REAL_INTL.DateTimeFormat(locale, options);

describe('the simulated browser really lacks the language', () => {
  it('formats Georgian as en-US, as Chromium does', () => {
    const intl = intlWithout('ka');
    expect(intl.DateTimeFormat.supportedLocalesOf(['ka'])).toEqual([]);
    expect(new intl.DateTimeFormat('ka', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 12))).toBe('March 12, 2026');
  });
});

describe.each(LOCALES)('%s dates and numbers when the browser ICU lacks the language', (locale) => {
  it('order page dates (medium, with and without time) are in the language’s format', async () => {
    const { i18n } = await loadWithout(locale);
    for (const timeZone of ZONES)
      for (const at of INSTANTS) {
        expect(i18n.formatDate(at, locale, timeZone)).toBe(native(locale, { dateStyle: 'medium', timeZone }).format(at));
        expect(i18n.formatDateTime(at, locale, timeZone)).toBe(native(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at));
      }
  });

  it('the dispute text’s deadline line and the glosses carry the language’s long date', async () => {
    const { i18n, drafts } = await loadWithout(locale);
    for (const at of INSTANTS) {
      const expected = native(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
      const notice = drafts.deadlineNotice({ at, daysLeft: 4, passed: false }, locale, 'UTC');
      expect(notice.params?.date).toBe(locale === 'en' ? drafts.formatEnglishDate(at, 'UTC') : expected);
      expect(i18n.translate(locale, notice.key, notice.params)).toContain(String(notice.params?.date));
    }
  });

  it('the English draft keeps English dates while the gloss shows the language’s', async () => {
    // Every ICU has English (it is what a missing language turns into): for en, a browser without Georgian.
    const { drafts } = await loadWithout(locale === 'en' ? 'ka' : locale);
    const now = Date.UTC(2026, 2, 9, 10);
    const draft = drafts.buildDraft({ situation: 'ask-tracking', tone: 'firm', context: { orderNumber: '8123456789012345', orderDate: Date.UTC(2026, 1, 14, 12), now, timeZone: 'UTC' } });
    expect(draft.text).toContain('14 February 2026');
    expect(draft.text).toContain('12 March 2026');
    const glosses = draft.sentences.map((sentence) => sentence.gloss[locale]).join(' ');
    // Georgian glosses give dates after a colon (see lib/drafts/common.ts), so the long date is whole.
    expect(glosses).toContain(locale === 'en' ? '14 February 2026' : native(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 1, 14, 12)).replace(/\.$/, ''));
  });

  it('numbers, money, file sizes, relative times and lists are in the language’s format', async () => {
    const { i18n } = await loadWithout(locale);
    const number = (options?: Intl.NumberFormatOptions) => new REAL_INTL.NumberFormat(locale, options);
    for (const value of [0, 7, 1234, 12345.678, 1234567.5]) {
      expect(i18n.numberFormat(locale).format(value)).toBe(number().format(value));
      expect(i18n.numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)).toBe(number({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));
    }
    expect(i18n.formatMoney(1234.5, 'EUR', locale)).toContain(number({ minimumFractionDigits: 2 }).format(1234.5));
    expect(i18n.formatFileSize(1536, locale)).toBe(new REAL_INTL.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(1.5));
    const relative = new REAL_INTL.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (const [value, unit] of [[-1, 'day'], [0, 'day'], [1, 'day'], [2, 'day'], [3, 'day'], [-5, 'day'], [21, 'day'], [4, 'hour'], [-1, 'hour'], [0, 'minute'], [25, 'minute']] as const)
      expect(i18n.relativeTimeFormat(locale).format(value, unit)).toBe(relative.format(value, unit));
    const list = new REAL_INTL.ListFormat(locale, { type: 'conjunction' });
    for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c', 'd']]) expect(i18n.listFormat(locale).format(items)).toBe(list.format(items));
  });
});
