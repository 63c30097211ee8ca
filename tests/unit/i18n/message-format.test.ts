import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, pluralBranches } from '../../../lib/i18n/message-format';

const ORDERS = '{count, plural, one {{count} zamówienie} few {{count} zamówienia} many {{count} zamówień} other {{count} zamówienia}}';

describe('formatMessage', () => {
  it('fills placeholders and writes numbers the language’s way', () => {
    expect(formatMessage('en', 'Saved: {added} new, {updated} updated.', { added: 2, updated: 0 })).toBe('Saved: 2 new, 0 updated.');
    expect(formatMessage('pl', '{n} zł', { n: 1234.5 })).toBe('1234,5 zł');
    expect(formatMessage('uk', '{n}', { n: 12345 })).toBe(`12${'\u00a0'}345`);
  });

  it('leaves an unknown placeholder visible and text without braces alone', () => {
    expect(formatMessage('en', 'Order {order} by {date}', { order: '81' })).toBe('Order 81 by {date}');
    expect(formatMessage('en', 'No braces here.')).toBe('No braces here.');
  });

  it('chooses CLDR plural branches per language', () => {
    expect([1, 2, 5, 22, 25, 1.5].map((count) => formatMessage('pl', ORDERS, { count }))).toEqual([
      '1 zamówienie',
      '2 zamówienia',
      '5 zamówień',
      '22 zamówienia',
      '25 zamówień',
      '1,5 zamówienia',
    ]);
  });

  it('prefers an exact =N branch, falls back to other, and keeps text around the plural', () => {
    const message = 'Left: {days, plural, =0 {none} one {{days} day} other {{days} days}} before {date}.';
    expect(formatMessage('en', message, { days: 0, date: 'Monday' })).toBe('Left: none before Monday.');
    expect(formatMessage('en', message, { days: 1, date: 'Monday' })).toBe('Left: 1 day before Monday.');
    expect(formatMessage('ru', '{count, plural, other {{count} дня}}', { count: 5 })).toBe('5 дня');
  });

  it('accepts a numeric string as the plural argument (the drafts pass formatted values)', () => {
    expect(formatMessage('uk', '{days, plural, one {{days} день} few {{days} дні} many {{days} днів} other {{days} дня}}', { days: '3' })).toBe('3 дні');
  });

  it('shows a plural whose count is missing, or which is malformed, as written', () => {
    expect(formatMessage('en', ORDERS)).toBe(ORDERS);
    expect(formatMessage('en', '{count, plural, one {x}}', { count: 1 })).toBe('{count, plural, one {x}}');
  });
});

describe('placeholdersOf / pluralBranches', () => {
  it('lists plural arguments and placeholders inside branches', () => {
    expect(placeholdersOf('{count, plural, one {by {date}} other {{count} by {date}}} for {order}')).toEqual(['count', 'date', 'order']);
    expect(placeholdersOf('Plain.')).toEqual([]);
  });

  it('reads branches, requiring other', () => {
    expect([...(pluralBranches(' one {a} few {b {x}} other {c}') ?? new Map()).entries()]).toEqual([
      ['one', 'a'],
      ['few', 'b {x}'],
      ['other', 'c'],
    ]);
    expect(pluralBranches('one {a}')).toBeNull();
    expect(pluralBranches('one {a} bogus')).toBeNull();
  });
});
