/**
 * Temu regression pages (tests/fixtures/temu/pages/), apart from the blind batch: a list
 * that grows ("View more"), a list drawn after load, a detail page under a country-and-
 * language prefix with recommendations and a sub-order number, the chat with Temu
 * support, and the URL rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pages as temuPages } from '../../../lib/marketplaces/temu/pages';
import { readTemuPage } from '../../../lib/marketplaces/temu/readers';
import { classifyTemuUrl, parentOrderFromUrl, temuOrderDetailUrl } from '../../../lib/marketplaces/temu/urls';
import { pageCaptureSchema } from '../../../lib/schema/capture';
import { local, parseHtml } from './fixture';

const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Warsaw';
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});
const NOW = local(2026, 12, 2, 12, 0);
const page = (name: string) => parseHtml(readFileSync(join(process.cwd(), 'tests/fixtures/temu/pages', name), 'utf8'));
const LIST_URL = new URL('https://www.temu.com/de/bgt_orders.html');

const MORE_CARD = `<div class="Qa_2"><div class="Qa_3"><span>Storniert</span></div>
  <div class="Qa_4"><span>Bestell-ID: PO-141-19900011122233344</span> <span>Bestellzeit: 28. Okt. 2026</span></div>
  <div class="Qa_5"><a href="/de/x-g-601099500033333.html">Gartenschere</a><span>11,20 €</span><span>x1</span></div>
  <div class="Qa_6">Gesamt: 11,20 €</div></div>`;

describe('a Temu order list', () => {
  it('reads every card, not the recommendations beside them', () => {
    const capture = readTemuPage(page('list-de-more.html'), LIST_URL, NOW);
    expect(pageCaptureSchema.safeParse(capture).success).toBe(true);
    expect(capture.orders.map((o) => [o.orderNumber, o.status, o.total?.amount])).toEqual([
      ['PO-141-20011100022233344', 'delivered', 17.98],
      ['PO-141-20033300044455566', 'shipped', 5.49],
    ]);
    const [first, second] = capture.orders;
    expect(first?.items).toEqual([
      expect.objectContaining({ title: 'Nachtlicht mit Bewegungsmelder', quantity: 2, price: { amount: 8.99, currency: 'EUR' }, productId: '601099500011111' }),
    ]);
    expect(first?.orderedAt).toBe(local(2026, 11, 2));
    expect(first?.orderUrl).toBe('https://www.temu.com/de/bgt_order_detail.html?parent_order_sn=PO-141-20011100022233344');
    expect(second?.pageDates).toEqual([expect.objectContaining({ kind: 'latest-delivery', at: local(2026, 12, 4) })]);
    expect(capture.orders.flatMap((o) => o.items.map((i) => i.title))).not.toContain('Schal');
  });

  it('offers the orders "View more" adds to the same page', () => {
    const document = page('list-de-more.html');
    expect(readTemuPage(document, LIST_URL, NOW).orders).toHaveLength(2);
    document.getElementById('orders')?.insertAdjacentHTML('beforeend', MORE_CARD);
    const grown = readTemuPage(document, LIST_URL, NOW);
    expect(grown.orders.map((o) => o.orderNumber)).toContain('PO-141-19900011122233344');
    expect(grown.orders.find((o) => o.orderNumber === 'PO-141-19900011122233344')?.status).toBe('cancelled');
  });

  it('reads a list drawn after load: nothing before, the orders once they appear', () => {
    const document = parseHtml('<!doctype html><html lang="de"><body><div id="root"><div class="sk"></div></div></body></html>');
    const before = readTemuPage(document, LIST_URL, NOW);
    expect(before.orders).toEqual([]);
    expect(before.missing).toContain('orders');
    const drawn = page('list-de-more.html').getElementById('orders')?.outerHTML ?? '';
    document.getElementById('root')?.insertAdjacentHTML('beforeend', drawn);
    expect(readTemuPage(document, LIST_URL, NOW).orders).toHaveLength(2);
  });
});

describe('a Temu order page under a country-and-language prefix', () => {
  const url = new URL('https://www.temu.com/uk-pl/bgt_order_detail.html?parent_order_sn=PO-070-20044400011122233');
  const capture = readTemuPage(page('detail-ukpl-return.html'), url, NOW);
  const [order] = capture.orders;

  it('reads the order, its items and its dates', () => {
    expect(pageCaptureSchema.safeParse(capture).success).toBe(true);
    expect(capture.orders).toHaveLength(1);
    expect(order).toMatchObject({
      orderNumber: 'PO-070-20044400011122233',
      marketplace: 'temu',
      status: 'delivered',
      total: { amount: 40.2, currency: 'PLN' },
      orderedAt: local(2026, 11, 18, 14, 5),
      trackingNumber: 'UK00998877PL',
      orderUrl: 'https://www.temu.com/uk-pl/bgt_order_detail.html?parent_order_sn=PO-070-20044400011122233',
    });
    expect(order?.pageDates).toEqual([expect.objectContaining({ kind: 'return-by', at: local(2027, 2, 16) })]);
  });

  it('takes the order lines, not the recommended products under them', () => {
    expect(order?.items.map((item) => item.title)).toEqual(['Zestaw pędzli do malowania', 'Farby akrylowe 24 kolory']);
  });
});

describe('Temu order numbers are never invented', () => {
  it('takes neither a sub-order number nor an after-sales id for an order', () => {
    const document = parseHtml(`<html><body><div>Podzamówienie 070-20044400011122999</div>
      <div>Return/refund ID: PA-211-20871100354410023-D01</div><div>Total: $3.00</div></body></html>`);
    const capture = readTemuPage(document, new URL('https://www.temu.com/bgt_order_detail.html'), NOW);
    expect(capture.orders).toEqual([]);
    expect(capture.missing).toEqual(['order-number']);
  });

  it('reads nothing on a page of another site that only looks like Temu', () => {
    const capture = readTemuPage(page('list-de-more.html'), new URL('https://eviltemu.com/bgt_orders.html'), NOW);
    expect(capture.orders.every((order) => order.orderUrl.startsWith('https://www.temu.com/'))).toBe(true);
  });
});

describe('the chat with Temu support', () => {
  it('is a message page whose box takes a draft', () => {
    const document = page('chat-en.html');
    const url = new URL('https://www.temu.com/chat.html');
    expect(readTemuPage(document, url, NOW).kind).toBe('messages');
    expect(temuPages.insertMessage(document, 'Hello Temu support')).toEqual({ ok: true, boxKind: 'editable' });
    expect(document.querySelector('[role="textbox"]')?.textContent).toBe('Hello Temu support');
    expect((document.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('');
  });
});

describe('Temu URLs', () => {
  it.each([
    ['https://www.temu.com/bgt_orders.html', 'order-list'],
    ['https://www.temu.com/pl/bgt_orders.html', 'order-list'],
    ['https://www.temu.com/uk-pl/bgt_order_detail.html?parent_order_sn=PO-070-20044400011122233', 'order-detail'],
    ['https://m.temu.com/ro/bgt_order_detail.html', 'order-detail'],
    ['https://www.temu.com/de/bgst_express.html?parent_order_sn=PO-141-19733300180022451', 'tracking'],
    ['https://www.temu.com/bgas_refund_detail.html?parent_after_sales_sn=PO-211-20871100354410023-D01', 'return'],
    ['https://www.temu.com/ladies-knit-beanie-g-601099548666279.html', 'product'],
    ['https://eviltemu.com/bgt_orders.html', 'other'],
    ['https://www.temu.com.evil.example/bgt_orders.html', 'other'],
  ])('%s is %s', (href, type) => {
    expect(classifyTemuUrl(new URL(href))).toBe(type);
  });

  it('takes the parent order from its parameters, dropping an after-sales suffix', () => {
    expect(parentOrderFromUrl(new URL('https://www.temu.com/bgas_refund_detail.html?parent_after_sales_sn=PO-211-20871100354410023-D01'))).toBe(
      'PO-211-20871100354410023',
    );
    expect(parentOrderFromUrl(new URL('https://www.temu.com/bgt_order_detail.html?parent_order_sn=211-20871100354410023'))).toBeUndefined();
    expect(parentOrderFromUrl(new URL('https://evil.example/bgt_order_detail.html?parent_order_sn=PO-211-20871100354410023'))).toBeUndefined();
  });

  it('links the detail page on the page host and locale', () => {
    expect(temuOrderDetailUrl('PO-076-1', new URL('https://www.temu.com/pl/bgt_orders.html'))).toBe(
      'https://www.temu.com/pl/bgt_order_detail.html?parent_order_sn=PO-076-1',
    );
    expect(temuOrderDetailUrl('PO-211-1', new URL('https://evil.example/'))).toBe('https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-1');
  });
});
