import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { local, parseHtml } from './fixture';

const now = local(2026, 3, 20, 12);
const url = new URL('https://m.aliexpress.com/p/order/index.html');
const card = (id: string, row: string) => `<a href="/p/order/detail.html?orderId=${id}">
  <div><span>Some Store</span><span>Shipped</span></div><div>${row}</div>
  <div><span>3 days ago</span><span>Total: US $4.00</span></div></a>`;

describe('compact list cards without product links', () => {
  it('take the item from the row with its price and count', () => {
    const document = parseHtml(`<html><body><div>${card('8001234567890123', '<span>Blue phone case</span><span>US $2.00</span><span>x2</span>')}${card('8001234567890456', '<span>Red phone case</span><span>US $4.00</span><span>x1</span>')}</div></body></html>`);
    const [first] = readAliExpressPage(document, url, now).orders;
    expect(first?.items).toEqual([{ title: 'Blue phone case', quantity: 2, price: { amount: 2, currency: 'USD' } }]);
    expect(first?.orderedAt).toBe(local(2026, 3, 17));
    expect(first?.store).toEqual({ name: 'Some Store' });
  });

  it('take no store from a date beside the status', () => {
    const dated = (id: string) => `<a href="/p/order/detail.html?orderId=${id}"><div><span>Mar 3, 2026</span><span>Shipped</span></div>
      <div><span>Blue phone case</span><span>US $2.00</span><span>x2</span></div></a>`;
    const document = parseHtml(`<html><body><div>${dated('8001234567890123')}${dated('8001234567890456')}</div></body></html>`);
    expect(readAliExpressPage(document, url, now).orders.map((order) => order.store)).toEqual([undefined, undefined]);
  });

  it('invent no item when no row shows a price and a count', () => {
    const document = parseHtml(`<html><body><div>${card('8001234567890123', '<span>Blue phone case</span>')}${card('8001234567890456', '<span>Red phone case</span>')}</div></body></html>`);
    expect(readAliExpressPage(document, url, now).orders.map((order) => order.items)).toEqual([[], []]);
  });
});
