import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { ENGINES, loadFixture, local, parseHtml } from './fixture';

const NOW = local(2026, 4, 1, 12);

describe('delivery and receipt-confirmation dates on order pages', () => {
  for (const engine of ENGINES) {
    it(`reads both from an English detail page (${engine})`, () => {
      const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8345678901234567');
      const [order] = readAliExpressPage(loadFixture('order-detail-completed-en.html', engine), url, NOW).orders;
      expect(order?.status).toBe('completed');
      expect(order?.deliveredAt).toBe(local(2026, 3, 20));
      expect(order?.receiptConfirmedAt).toBe(local(2026, 3, 22, 14, 5));
    });

    it(`reads the delivery date from a Polish page, not the order date after a bare "Delivered" status (${engine})`, () => {
      const url = new URL('https://pl.aliexpress.com/p/order/detail.html?orderId=8456789012345678');
      const [order] = readAliExpressPage(loadFixture('order-detail-delivered-pl.html', engine), url, NOW).orders;
      expect(order?.deliveredAt).toBe(local(2026, 3, 18));
      expect(order?.receiptConfirmedAt).toBeUndefined();
    });
  }

  it('ignores a "delivered" date in the future (a misread, never a fact) and pages that show none', () => {
    const html = (line: string) =>
      `<!doctype html><html lang="en"><body><div><div>Shipped</div><div>Order ID: 8345678901234567</div><div>${line}</div></div></body></html>`;
    const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8345678901234567');
    expect(readAliExpressPage(parseHtml(html('Delivered on: Apr 20, 2026')), url, NOW).orders[0]?.deliveredAt).toBeUndefined();
    expect(readAliExpressPage(parseHtml(html('Estimated delivery: Mar 20, 2026')), url, NOW).orders[0]?.deliveredAt).toBeUndefined();
    expect(readAliExpressPage(parseHtml(html('Delivered on: Mar 20, 2026')), url, NOW).orders[0]?.deliveredAt).toBe(local(2026, 3, 20));
  });
});
