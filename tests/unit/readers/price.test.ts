import { describe, expect, it } from 'vitest';
import { findPrices, parseAmount, parsePrice } from '../../../lib/marketplaces/shared/readers/price';

describe('parsePrice', () => {
  it.each([
    ['US $12.34', 12.34, 'USD'],
    ['US$ 0.99', 0.99, 'USD'],
    ['$7', 7, 'USD'],
    ['12,34 zł', 12.34, 'PLN'],
    ['1\u00a0049,00 zł', 1049, 'PLN'],
    ['€ 1.234,56', 1234.56, 'EUR'],
    ['12,99 €', 12.99, 'EUR'],
    ['1 234,56 руб.', 1234.56, 'RUB'],
    ['2\u202f999\u00a0₽', 2999, 'RUB'],
    ['1 250,00 грн', 1250, 'UAH'],
    ['R$ 45,90', 45.9, 'BRL'],
    ['C$ 9.99', 9.99, 'CAD'],
    ['AU $1,299.00', 1299, 'AUD'],
    ['£3.50', 3.5, 'GBP'],
    ['12.34 USD', 12.34, 'USD'],
    ['Total: US $1,234.56', 1234.56, 'USD'],
    ['Итого: 2\u00a0469,12\u00a0руб.', 2469.12, 'RUB'],
    ['1.234 €', 1234, 'EUR'],
    ['99,5 lei', 99.5, 'RON'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parsePrice(text)).toEqual({ amount, currency });
  });

  it.each([
    ['no currency', 'Total 5'],
    ['a letter code inside a word', 'TOTAL 5'],
    ['an order number before a price on the next line', 'SKU: 12000034567890123\n'],
    ['a ten-digit run after a currency sign', 'US $1234567890123'],
    ['empty', ''],
  ])('finds nothing in %s', (_label, text) => {
    expect(parsePrice(text)).toBeUndefined();
  });

  it('does not glue an id to the next price across a line break', () => {
    expect(findPrices('SKU: 12000034567890123\nUS $4.20')).toEqual([{ amount: 4.2, currency: 'USD' }]);
  });

  it('lists prices in order', () => {
    expect(findPrices('US $15.99 x2 … Total: US $31.98')).toEqual([
      { amount: 15.99, currency: 'USD' },
      { amount: 31.98, currency: 'USD' },
    ]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['12,34', 12.34],
    ['12.5', 12.5],
    ['1 234', 1234],
    ['1,234', 1234],
    ['1.234.567', 1234567],
  ])('%s → %d', (raw, amount) => {
    expect(parseAmount(raw)).toBe(amount);
  });

  it('refuses what is not a number', () => {
    expect(parseAmount('12a')).toBeUndefined();
    expect(parseAmount('')).toBeUndefined();
  });
});

describe('prices in Arabic-Indic digits', () => {
  it('reads the Arabic decimal mark', () => {
    expect(parsePrice('US $٢٤٫٥٠')).toEqual({ amount: 24.5, currency: 'USD' });
  });
});
