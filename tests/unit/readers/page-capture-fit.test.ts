import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { textLines } from '../../../lib/marketplaces/shared/readers/text';
import { fitPageCapture, TEXT_LIMITS } from '../../../lib/schema/fit';
import type { PageCapture } from '../../../lib/schema/capture';
import { hugeHostileString } from '../../fixtures/hostile/data/strings';
import { HUGE_TITLE_LENGTH, hostileOrderListHtml, LONG_STORE } from '../../fixtures/hostile/data/order-list';
import { parseHtml } from './fixture';

/*
 * What the marketplace content script answers for "what does this page show"
 * crosses one or two messages (the in-page sidebar's goes through the
 * background) on every page change: a megabyte of page text must not ride
 * along. In Firefox it did, and the in-page sidebar never offered "Track all".
 */

const ORDER_LIST = new URL('https://www.aliexpress.com/p/order/index.html');

/** The hostile order list as the browser shows it after its own script ran (the 1 MB title put in). */
function hostileOrderList(): Document {
  const document = parseHtml(hostileOrderListHtml());
  document.querySelector('[data-scripted="huge"]')!.textContent = hugeHostileString(HUGE_TITLE_LENGTH);
  return document;
}

describe('fitPageCapture', () => {
  it('cuts every page text to what the database keeps, so a 1 MB title leaves the page as a few kilobytes', () => {
    const read = readAliExpressPage(hostileOrderList(), ORDER_LIST, Date.now());
    const fitted = fitPageCapture(read);
    expect(JSON.stringify(fitted).length).toBeLessThan(20_000);
    expect(fitted.orders.map((order) => order.orderNumber)).toEqual(read.orders.map((order) => order.orderNumber));
    for (const order of fitted.orders) {
      expect(order.store?.name.length ?? 0).toBeLessThanOrEqual(TEXT_LIMITS.storeName);
      for (const item of order.items) expect(item.title.length).toBeLessThanOrEqual(TEXT_LIMITS.itemTitle);
    }
    const huge = fitted.orders.find((order) => order.orderNumber === '8181000000000015')!;
    expect(huge.items[0]!.title).toHaveLength(TEXT_LIMITS.itemTitle);
    expect(huge.items[0]!.title.endsWith('…')).toBe(true);
    const longStore = fitted.orders.find((order) => order.orderNumber === '8181000000000013')!;
    expect(LONG_STORE.startsWith(longStore.store!.name.slice(0, -1).trimEnd())).toBe(true);
    // Short text passes unchanged.
    const plain = fitted.orders.find((order) => order.orderNumber === '8181000000000010')!;
    expect(plain).toEqual(read.orders.find((order) => order.orderNumber === '8181000000000010'));
  });

  it('fits messages, a product and a store the same way', () => {
    const long = 'x'.repeat(1_000_000);
    const capture: PageCapture = {
      kind: 'product',
      url: 'https://www.aliexpress.com/item/1005000000000001.html',
      orders: [],
      messages: [{ author: 'seller', text: long, fingerprint: 'f1' }],
      product: { productId: '1005000000000001', url: 'https://www.aliexpress.com/item/1005000000000001.html', title: long, store: { name: long } },
      store: { name: long },
      missing: [],
    };
    const fitted = fitPageCapture(capture);
    expect(fitted.messages[0]!.text).toHaveLength(TEXT_LIMITS.messageText);
    expect(fitted.product!.title).toHaveLength(TEXT_LIMITS.itemTitle);
    expect(fitted.product!.store!.name).toHaveLength(TEXT_LIMITS.storeName);
    expect(fitted.store!.name).toHaveLength(TEXT_LIMITS.storeName);
    expect(fitted.messages[0]!.fingerprint).toBe('f1');
  });
});

describe('textLines', () => {
  it('reads one huge text node only as far as the longest text kept, and the nodes after it still', () => {
    const body = parseHtml(`<!doctype html><html><body><div id="t"></div><div>Order ID: 8181000000000015</div></body></html>`).body;
    body.querySelector('#t')!.textContent = 'word '.repeat(200_000);
    const lines = textLines(body);
    expect(lines[0]!.length).toBeGreaterThanOrEqual(TEXT_LIMITS.itemTitle);
    expect(lines[0]!.length).toBeLessThanOrEqual(TEXT_LIMITS.messageText);
    expect(lines[1]).toBe('Order ID: 8181000000000015');
  });
  it('keeps a message-length text node whole', () => {
    const body = parseHtml(`<!doctype html><html><body><p id="t"></p></body></html>`).body;
    const message = 'a'.repeat(TEXT_LIMITS.messageText);
    body.querySelector('#t')!.textContent = message;
    expect(textLines(body)).toEqual([message]);
  });
});
