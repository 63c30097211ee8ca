import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import { countdownText, explainDeadline, kindName, reminderText, sourceText, urgencyLabel } from '../../../lib/deadlines/text';
import { DEADLINE_KINDS } from '../../../lib/deadlines/kinds';
import { URGENCY_LEVELS } from '../../../lib/deadlines/urgency';
import { LOCALES } from '../../../lib/i18n';
import type { ComputedDeadline } from '../../../lib/deadlines/types';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const KYIV = 'Europe/Kyiv';
const ctx = (locale: (typeof LOCALES)[number]) => ({ locale, timeZone: KYIV, marketplaceName: 'AliExpress' });

// Shipped Mar 1 2025 10:00 Kyiv; 30 days of protection → ends Mar 31 10:00.
const list = computeDeadlines({ marketplace: 'aliexpress', status: 'shipped', shippedAt: utc(2025, 3, 1, 8), protectionDays: 30 }, { timeZone: KYIV });
const find = (kind: ComputedDeadline['kind']) => {
  const d = list.find((x) => x.kind === kind);
  if (!d) throw new Error(kind);
  return d;
};

describe('names and labels', () => {
  it('names every kind in every language, with the marketplace filled in', () => {
    for (const locale of LOCALES) {
      for (const kind of DEADLINE_KINDS) {
        const name = kindName(kind, ctx(locale));
        expect(name.length, `${locale} ${kind}`).toBeGreaterThan(3);
        expect(name).not.toContain('{');
        expect(name).not.toContain('deadlines.');
      }
      expect(kindName('marketplace-steps-in', ctx(locale))).toContain('AliExpress');
      for (const level of URGENCY_LEVELS) expect(urgencyLabel(level, locale)).not.toContain('deadlines.');
    }
    expect(kindName('dispute-last-day', ctx('en'))).toBe('Last day to open a dispute');
    expect(kindName('marketplace-steps-in', ctx('uk'))).toBe('Втручається AliExpress');
  });
});

describe('explainDeadline', () => {
  it('explains a contested rule: derivation, source, estimate with the figures', () => {
    const e = explainDeadline(find('dispute-last-day'), ctx('en'));
    expect(e.derivation).toBe('14 days after buyer protection ends (Mar 31, 2025)');
    expect(e.source).toBe('Source: buyer guides (#000) and marketplace help pages');
    expect(e.estimate?.label).toBe('estimate');
    expect(e.estimate?.alternatives).toBe('Sources give different numbers of days: 14, 15.');
    expect(e.overridden).toBeUndefined();
  });

  it('lists all four figures for the dispute window and uses the right plural', () => {
    const d = find('dispute-opens');
    expect(explainDeadline(d, ctx('en')).estimate?.alternatives).toBe('Sources give different numbers of days: 5, 6, 10, 11.');
    expect(explainDeadline(d, ctx('uk')).derivation.startsWith('Через 10 днів після того, як продавець відправив замовлення')).toBe(true);
    expect(explainDeadline(d, ctx('ru')).derivation.startsWith('Через 10 дней после того')).toBe(true);
    expect(explainDeadline(d, ctx('pl')).derivation.startsWith('10 dni po wysłaniu')).toBe(true);
    expect(explainDeadline(d, ctx('ro')).derivation.startsWith('La 10 zile după')).toBe(true);
    expect(explainDeadline(find('dispute-last-day'), ctx('ro')).derivation.startsWith('La 14 zile după')).toBe(true);
  });

  it('says "before" for the extension ask, with the count positive', () => {
    const e = explainDeadline(find('extend-protection-ask'), ctx('en'));
    expect(e.derivation).toBe('5 days before buyer protection ends (Mar 31, 2025)');
    expect(e.estimate).toBeUndefined();
    expect(explainDeadline(find('extend-protection-ask'), ctx('ru')).derivation.startsWith('За 5 дней до окончания')).toBe(true);
  });

  it('page, user and seed-only sources', () => {
    const page = computeDeadlines(
      { marketplace: 'aliexpress', status: 'shipped', protectionEndsAtFromPage: { endsAt: utc(2025, 5, 1), seenAt: utc(2025, 4, 1, 9, 30) } },
      { timeZone: KYIV },
    ).find((d) => d.kind === 'protection-end');
    if (!page) throw new Error('no page deadline');
    expect(explainDeadline(page, ctx('en'))).toEqual({
      derivation: 'Countdown on the order page, as seen on Apr 1, 2025, 12:30 PM',
      source: 'Source: the order page',
    });
    const user = computeDeadlines(
      { marketplace: 'aliexpress', status: 'shipped', shippedAt: utc(2025, 3, 1, 8), protectionDays: 30, overrides: { 'protection-end': utc(2025, 4, 5, 9) } },
      { timeZone: KYIV },
    ).find((d) => d.kind === 'protection-end');
    if (!user) throw new Error('no override');
    expect(explainDeadline(user, ctx('en'))).toEqual({
      derivation: 'Date you entered',
      source: 'Source: you',
      overridden: { label: 'set by you', computed: 'Calculated date: Mar 31, 2025, 10:00 AM' },
    });
    expect(sourceText({ origin: 'documents', seeds: ['000'], publicSources: false }, 'en')).toBe('Source: buyer guides (#000)');
    expect(sourceText({ origin: 'documents', seeds: [], publicSources: true }, 'en')).toBe('Source: marketplace help pages and buyer guides');
  });
});

describe('countdownText', () => {
  const now = utc(2025, 4, 10, 9);
  const day = 86_400_000;
  const hour = 3_600_000;
  const left = (ms: number, locale: (typeof LOCALES)[number] = 'en', kind: ComputedDeadline['kind'] = 'protection-end') =>
    countdownText({ kind, dueAt: now + ms }, now, locale);

  it('English', () => {
    expect(left(3 * day + 5 * hour)).toBe('3 days left');
    expect(left(day + 23 * hour)).toBe('1 day left'); // rounds down: never promises more time
    expect(left(5 * hour + 59 * 60_000)).toBe('5 hours left');
    expect(left(59 * 60_000)).toBe('59 minutes left');
    expect(left(-2 * day - hour)).toBe('Overdue by 2 days');
    expect(left(-hour)).toBe('Overdue by 1 hour');
  });

  it('Slavic plurals agree with the number', () => {
    expect(left(1 * day, 'ru')).toBe('Остался 1 день');
    expect(left(2 * day, 'ru')).toBe('Осталось 2 дня');
    expect(left(5 * day, 'ru')).toBe('Осталось 5 дней');
    expect(left(21 * day, 'ru')).toBe('Остался 21 день');
    expect(left(22 * day, 'uk')).toBe('Залишилося 22 дні');
    expect(left(11 * day, 'uk')).toBe('Залишилося 11 днів');
    expect(left(3 * day, 'pl')).toBe('Zostały 3 dni');
    expect(left(5 * day, 'pl')).toBe('Zostało 5 dni');
    expect(left(1 * day, 'pl')).toBe('Został 1 dzień');
    expect(left(-2 * hour, 'uk')).toBe('Прострочено на 2 години');
  });

  it('Romanian adds "de" from 20, Greek and Georgian', () => {
    expect(left(20 * day, 'ro')).toBe('Au mai rămas 20 de zile');
    expect(left(19 * day, 'ro')).toBe('Au mai rămas 19 zile');
    expect(left(1 * day, 'ro')).toBe('A mai rămas 1 zi');
    expect(left(1 * day, 'el')).toBe('Απομένει 1 ημέρα');
    expect(left(3 * day, 'el')).toBe('Απομένουν 3 ημέρες');
    expect(left(3 * day, 'ka')).toBe('დარჩა 3 დღე');
  });

  it('a passed milestone is "ago", not overdue', () => {
    expect(left(-3 * day, 'en', 'dispute-opens')).toBe('3 days ago');
    expect(left(-2 * hour, 'en', 'seller-response-due')).toBe('2 hours ago');
  });
});

describe('reminderText', () => {
  const last = find('dispute-last-day'); // Apr 14 2025 10:00 Kyiv, estimate

  it('writes title and body in the user’s language, with the estimate note', () => {
    const text = reminderText({ kind: last.kind, dueAt: last.dueAt, deadline: last }, '8123456789012345', utc(2025, 4, 13, 6), ctx('en'));
    expect(text.title).toBe('Last day to open a dispute: tomorrow');
    expect(text.body).toBe(
      '8123456789012345: Apr 14, 2025, 10:00 AM is the last day to open a dispute. After that you can no longer get your money back through a dispute. The date is an estimate: check the order page.',
    );
    expect(text.buttons).toEqual({ openOrder: 'Open order', snooze: 'Remind me later' });
  });

  it('a late reminder reads from the moment it is shown', () => {
    const uk = reminderText({ kind: last.kind, dueAt: last.dueAt, deadline: last }, '#1', utc(2025, 4, 14, 5), ctx('uk'));
    expect(uk.title).toBe('Останній день, щоб відкрити спір: сьогодні');
    const ka = reminderText({ kind: last.kind, dueAt: last.dueAt, deadline: last }, '#1', utc(2025, 4, 11, 5), ctx('ka'));
    expect(ka.title).toBe('დავის გახსნის ბოლო დღე: 3 დღეში');
  });

  it('every kind has a body in every language with the order and date in it', () => {
    for (const locale of LOCALES) {
      for (const kind of DEADLINE_KINDS) {
        const d = { ...last, kind, estimate: false };
        const text = reminderText({ kind, dueAt: d.dueAt, deadline: d }, 'ORDER-77', utc(2025, 4, 1), ctx(locale));
        expect(text.body, `${locale} ${kind}`).toContain('ORDER-77');
        expect(text.body, `${locale} ${kind}`).toContain('2025');
        expect(text.body).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
