import { describe, expect, it } from 'vitest';
import {
  classifyAliExpressUrl,
  isOrderNumber,
  orderDetailUrl,
  orderNumberFromUrl,
  productIdFromUrl,
  productUrl,
  resolveLink,
  storeIdFromUrl,
} from '../../../lib/marketplaces/aliexpress/urls';

describe('classifyAliExpressUrl', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/index.html', 'order-list'],
    ['https://pl.aliexpress.com/p/order/index.html?spm=a2g0o', 'order-list'],
    ['https://trade.aliexpress.com/orderList.htm', 'order-list'],
    ['https://aliexpress.ru/order-list', 'order-list'],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123', 'order-detail'],
    ['https://trade.aliexpress.com/order_detail.htm?orderId=80123456789012', 'order-detail'],
    ['https://aliexpress.ru/order-list/5012345678909876', 'order-detail'],
    ['https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8181234567890123', 'tracking'],
    ['https://www.aliexpress.com/p/message/index.html?orderId=8181234567890123', 'messages'],
    ['https://msg.aliexpress.com/buyerMsgListNew.htm', 'messages'],
    ['https://www.aliexpress.com/p/reverse-pages/detail.html?orderId=8181234567890123', 'dispute'],
    ['https://www.aliexpress.com/item/1005005123456789.html', 'product'],
    ['https://m.aliexpress.us/item/1005005123456789.html?sku_id=12000033333333333', 'product'],
    ['https://www.aliexpress.com/store/1102345678', 'store'],
    ['https://www.aliexpress.com/store/1102345678/pages/all-items.html', 'store'],
    ['https://www.aliexpress.com/', 'other'],
    ['https://www.aliexpress.com/p/order/detail.html.evil.example/', 'other'],
    ['https://aliexpress.com.evil.example/p/order/index.html', 'other'],
    ['https://www.temu.com/item/1005005123456789.html', 'other'],
  ])('%s is %s', (href, expected) => {
    expect(classifyAliExpressUrl(new URL(href))).toBe(expected);
  });
});

describe('orderNumberFromUrl', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123', '8181234567890123'],
    ['https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=3045678901234567', '3045678901234567'],
    ['https://www.aliexpress.com/p/message/index.html?sellerId=2201234567&orderid=8181234567890456', '8181234567890456'],
    ['https://trade.aliexpress.com/order_detail.htm?orderId=80123456789012', '80123456789012'],
    ['https://aliexpress.ru/order-list/5012345678909876', '5012345678909876'],
  ])('%s → %s', (href, expected) => {
    expect(orderNumberFromUrl(new URL(href))).toBe(expected);
  });

  it.each([
    // 15 and 17 digits are neither modern nor old order numbers.
    'https://www.aliexpress.com/p/order/detail.html?orderId=818123456789012',
    'https://www.aliexpress.com/p/order/detail.html?orderId=81812345678901234',
    // A SKU or product id in another parameter is not an order number.
    'https://www.aliexpress.com/item/1005005123456789.html?sku_id=12000033333333333',
    'https://www.aliexpress.com/p/order/detail.html?productId=1005005123456789',
    'https://www.aliexpress.com/p/order/detail.html?orderId=abc',
    // Not the marketplace.
    'https://phish.example/p/order/detail.html?orderId=8181234567890123',
  ])('finds none in %s', (href) => {
    expect(orderNumberFromUrl(new URL(href))).toBeUndefined();
  });
});

describe('ids from paths', () => {
  it('reads modern and old product ids, never SKU ids', () => {
    expect(productIdFromUrl(new URL('https://www.aliexpress.com/item/1005005123456789.html?sku_id=12000033333333333'))).toBe(
      '1005005123456789',
    );
    expect(productIdFromUrl(new URL('https://www.aliexpress.com/item/32501234567.html'))).toBe('32501234567');
    expect(productIdFromUrl(new URL('https://www.aliexpress.com/item/12000033333333333.html'))).toBeUndefined();
  });

  it('reads store ids', () => {
    expect(storeIdFromUrl(new URL('https://www.aliexpress.com/store/1102345678?spm=x'))).toBe('1102345678');
    expect(storeIdFromUrl(new URL('https://www.aliexpress.com/storefront/1102345678'))).toBeUndefined();
  });

  it('tells order numbers by length only', () => {
    expect(isOrderNumber('8181234567890123')).toBe(true);
    expect(isOrderNumber('80123456789012')).toBe(true);
    expect(isOrderNumber('123456789012345')).toBe(false);
    expect(isOrderNumber('8181 2345 6789 0123')).toBe(false);
  });
});

describe('links', () => {
  const page = new URL('https://fr.aliexpress.com/p/order/index.html');

  it('builds detail and product links on the page host, aliexpress.ru on its own path', () => {
    expect(orderDetailUrl('8181234567890123', page)).toBe('https://fr.aliexpress.com/p/order/detail.html?orderId=8181234567890123');
    expect(orderDetailUrl('5012345678909876', new URL('https://aliexpress.ru/order-list'))).toBe(
      'https://aliexpress.ru/order-list/5012345678909876',
    );
    expect(orderDetailUrl('80123456789012', new URL('https://trade.aliexpress.com/orderList.htm'))).toBe(
      'https://www.aliexpress.com/p/order/detail.html?orderId=80123456789012',
    );
    expect(productUrl('1005005123456789', page)).toBe('https://fr.aliexpress.com/item/1005005123456789.html');
  });

  it('resolves only web links', () => {
    expect(resolveLink('//www.aliexpress.com/store/1', page)?.href).toBe('https://www.aliexpress.com/store/1');
    expect(resolveLink('javascript:alert(1)', page)).toBeUndefined();
    expect(resolveLink('http://[bad', page)).toBeUndefined();
    expect(resolveLink(null, page)).toBeUndefined();
  });
});
