/** Field labels and card limits the readers of every marketplace share (lib/marketplaces/shared/readers). */
import { describe, expect, it } from 'vitest';
import { climbToCard } from '../../../lib/marketplaces/shared/readers/cards';
import { labelledTotal, labelledTrackingNumber, quantityIn } from '../../../lib/marketplaces/shared/readers/labels';
import { parseHtml } from './fixture';

describe('totals', () => {
  it.each([
    ['Summe (3 Artikel): 18,97 €', { amount: 18.97, currency: 'EUR' }],
    ['Total (2 items): $17.45', { amount: 17.45, currency: 'USD' }],
    ['Összesen: 2 580 Ft', { amount: 2580, currency: 'HUF' }],
  ])('%s', (text, expected) => {
    expect(labelledTotal(text)).toEqual(expected);
  });

  it('still refuses a subtotal', () => {
    expect(labelledTotal('Subtotal: $5.00')).toBeUndefined();
  });
});

describe('abbreviated quantity labels and more tracking labels', () => {
  it.each([
    ['Qtd.: 2', 2],
    ['Cant.: 3', 3],
    ['Mennyiség: 4', 4],
  ])('%s', (text, expected) => {
    expect(quantityIn(text)).toBe(expected);
  });

  it('reads a Czech parcel number with its value on the next line', () => {
    expect(labelledTrackingNumber('Číslo zásilky\nZ4455667788')).toBe('Z4455667788');
  });
});

describe('order cards', () => {
  const html = `<!doctype html><html><body><header><nav>Shop</nav></header><main><div id="list">
    <article id="a"><header><strong>Shipped</strong></header><p id="mark-a">Order A</p><footer>Total: $1.00</footer></article>
    <article id="b"><header><strong>Delivered</strong></header><p id="mark-b">Order B</p></article>
  </div></main></body></html>`;

  it('keep the header and footer of their own article (only the page header is chrome)', () => {
    const document = parseHtml(html);
    const card = climbToCard(document.getElementById('mark-a')!, [document.getElementById('mark-b')!]);
    expect(card.id).toBe('a');
  });
});
