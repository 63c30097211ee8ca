/**
 * Readers never throw: on empty, broken, hostile or mutilated pages they return a valid
 * capture that finds less and says so.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { pageCaptureSchema } from '../../../lib/schema/capture';
import { mulberry32 } from '../../support/random';
import { fixtureHtml, parseHtml } from './fixture';

const now = Date.UTC(2026, 2, 10, 12);
const URLS = [
  'https://www.aliexpress.com/p/order/index.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
  'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8181234567890123',
  'https://www.aliexpress.com/p/message/index.html?orderId=8181234567890123',
  'https://www.aliexpress.com/p/reverse-pages/detail.html?orderId=8181234567890123',
  'https://www.aliexpress.com/item/1005005123456789.html',
  'https://www.aliexpress.com/store/1102345678',
  'https://www.aliexpress.com/some/unknown/page.html',
];
const FIXTURES = readdirSync(join(process.cwd(), 'tests/fixtures/aliexpress')).filter((name) => name.endsWith('.html'));

function readsSafely(document: Document, url: string) {
  const capture = readAliExpressPage(document, new URL(url), now);
  expect(() => pageCaptureSchema.parse(capture)).not.toThrow();
  return capture;
}

describe('garbage input', () => {
  it.each(URLS)('an empty document at %s', (url) => {
    const capture = readsSafely(parseHtml(''), url);
    // Only the URL can name an order here, and nothing else is known about it.
    const fromUrl = new URL(url).searchParams.get('orderId') ?? new URL(url).searchParams.get('tradeOrderId');
    expect(capture.orders.map((order) => order.orderNumber)).toEqual(fromUrl ? [fromUrl] : []);
    // A dispute page is about a dispute even before it shows anything.
    const status = url.includes('/reverse-pages/') ? 'dispute' : 'unknown';
    for (const order of capture.orders) expect(order).toMatchObject({ status, items: [] });
    expect(capture.messages).toEqual([]);
    expect(capture.missing.length).toBeGreaterThan(0);
  });

  it.each(URLS)('an XML document without a body at %s', (url) => {
    readsSafely(new DOMParser().parseFromString('<root><orderId>8181234567890123</orderId></root>', 'application/xml'), url);
  });

  it('something that is not a document at all', () => {
    const capture = readAliExpressPage({} as Document, new URL(URLS[0] ?? ''), now);
    expect(capture).toEqual({ kind: 'order-list', url: URLS[0], orders: [], messages: [], missing: ['page-kind'] });
  });

  it('hostile embedded data: broken, deeply nested and enormous', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const html = `<script>window.a = {"orderId": "8181234567890123", "items": [</script>
      <script>window.b = ${deep};</script>
      <script type="application/json">{"orderId": 8181234567890123, "totalAmount": {"amount": "NaN", "currency": "usd"}}</script>
      <script>window.c = {"orderId": "${'9'.repeat(40)}"};</script>
      <script>window.d = ${JSON.stringify({ list: Array.from({ length: 3000 }, (_, i) => ({ orderId: String(8181000000000000 + i) })) })};</script>`;
    for (const url of URLS) readsSafely(parseHtml(html), url);
  });

  it('text full of long digit runs, labels without values and odd characters', () => {
    const html = `<div>Order ID:</div><div>Order ID: 12345678901234567890</div><div>${'1'.repeat(5000)}</div>
      <div>Total: US $</div><div>Buyer protection ends in 999 days 99 hours</div><div>\u0000\uFFFF\uD800</div>
      <a href="javascript:alert(1)?orderId=8181234567890123">x</a><a href="http://[::1">y</a>`;
    for (const url of URLS) {
      const capture = readsSafely(parseHtml(html), url);
      expect(capture.orders.map((order) => order.orderNumber)).not.toContain('1234567890123456');
    }
  });

  it('random tag soup', () => {
    const next = mulberry32(7);
    const pieces = ['<div>', '</div>', '<span class="order-item">', '<a href="/p/order/detail.html?orderId=8181234567890123">', '</a>',
      'Order ID: 8181234567890123', 'US $1.00', 'x2', 'Shipped', '12 мар. 2026 г.', '<textarea>', '<table><tr><td>', '<script>x={', '"'];
    for (let round = 0; round < 40; round += 1) {
      const html = Array.from({ length: 60 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      for (const url of URLS) readsSafely(parseHtml(html), url);
    }
  });
});

describe('mutilated fixtures', () => {
  it.each(FIXTURES)('%s with random parts removed', (fixture) => {
    const next = mulberry32(fixture.length * 31);
    for (let round = 0; round < 12; round += 1) {
      const document = parseHtml(fixtureHtml(fixture));
      const elements = Array.from(document.querySelectorAll('body *'));
      for (const element of elements) if (next() < 0.25) element.remove();
      for (const url of URLS) readsSafely(document, url);
    }
  });
});
