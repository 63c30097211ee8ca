/**
 * Order list, order detail, tracking and dispute fixtures, read through the one entry
 * point. Every expected value below was written by hand from the fixture's HTML.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { pageCaptureSchema, type CapturedOrder, type PageCapture } from '../../../lib/schema/capture';
import { DAY, ENGINES, HOUR, loadFixture, local } from './fixture';

// Page dates are local wall-clock times; a zone away from UTC keeps that honest.
const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Warsaw';
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const now = local(2026, 3, 10, 12, 0);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

interface Case {
  fixture: string;
  url: string;
  kind: PageCapture['kind'];
  missing: PageCapture['missing'];
  orders: CapturedOrder[];
}

const cases: Case[] = [
  {
    fixture: 'order-list-en.html',
    url: 'https://www.aliexpress.com/p/order/index.html',
    kind: 'order-list',
    missing: [],
    orders: [
      {
        orderNumber: '8181234567890123',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
        store: { name: 'Shenzhen Gadget Store', url: 'https://www.aliexpress.com/store/1101234567', storeId: '1101234567' },
        items: [
          {
            title: 'Wireless Earbuds Bluetooth 5.3 Noise Cancelling',
            productId: '1005004567890123',
            url: 'https://www.aliexpress.com/item/1005004567890123.html',
            quantity: 2,
            price: usd(15.99),
          },
        ],
        total: usd(31.98),
        orderedAt: local(2026, 3, 2),
        status: 'shipped',
        statusText: 'Awaiting delivery',
        protection: { endsAt: now + 12 * DAY + 5 * HOUR, sourceText: 'Buyer protection ends in 12 days 5 hours' },
        missing: [],
      },
      {
        orderNumber: '8181234567890456',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890456',
        store: { name: 'Home Decor Factory Store', url: 'https://www.aliexpress.com/store/912345678', storeId: '912345678' },
        items: [
          {
            title: 'LED Strip Lights 5m RGB',
            productId: '1005001111111111',
            url: 'https://www.aliexpress.com/item/1005001111111111.html',
            quantity: 1,
            price: usd(5.25),
          },
          {
            title: 'Adhesive Wall Hooks 10 pcs',
            productId: '1005002222222222',
            url: 'https://www.aliexpress.com/item/1005002222222222.html',
            quantity: 3,
            price: usd(1.08),
          },
        ],
        total: usd(8.49),
        orderedAt: local(2026, 2, 27),
        status: 'awaiting-shipment',
        statusText: 'Awaiting shipment',
        missing: [],
      },
      {
        orderNumber: '3045678901234567',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=3045678901234567',
        store: { name: 'Cable World', url: 'https://www.aliexpress.com/store/1100987654', storeId: '1100987654' },
        items: [
          {
            title: 'USB C to USB C Cable 100W 2m',
            productId: '1005006789012345',
            url: 'https://www.aliexpress.com/item/1005006789012345.html',
            quantity: 1,
            price: usd(4.2),
          },
        ],
        total: usd(4.2),
        orderedAt: local(2026, 1, 15),
        status: 'completed',
        statusText: 'Completed',
        missing: [],
      },
    ],
  },
  {
    fixture: 'order-list-ru.html',
    url: 'https://www.aliexpress.com/p/order/index.html',
    kind: 'order-list',
    missing: [],
    orders: [
      {
        orderNumber: '5012345678901234',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=5012345678901234',
        store: { name: 'Магазин Электроники', url: 'https://aliexpress.ru/store/1109876543', storeId: '1109876543' },
        items: [
          {
            title: 'Беспроводные наушники TWS',
            productId: '1005003333333333',
            url: 'https://www.aliexpress.com/item/1005003333333333.html',
            quantity: 2,
            price: { amount: 1234.56, currency: 'RUB' },
          },
        ],
        total: { amount: 2469.12, currency: 'RUB' },
        orderedAt: local(2026, 3, 12),
        status: 'shipped',
        statusText: 'Ожидает получения',
        protection: { endsAt: now + 12 * DAY + 5 * HOUR, sourceText: 'Защита покупателя закончится через 12 дн. 5 ч.' },
        missing: [],
      },
      {
        orderNumber: '5012345678905678',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=5012345678905678',
        store: { name: 'Дом и Сад', url: 'https://aliexpress.ru/store/1105555555', storeId: '1105555555' },
        items: [
          {
            title: 'Лейка садовая 2 л',
            productId: '1005004444444444',
            url: 'https://www.aliexpress.com/item/1005004444444444.html',
            quantity: 1,
            price: { amount: 350, currency: 'RUB' },
          },
        ],
        total: { amount: 350, currency: 'RUB' },
        orderedAt: local(2026, 3, 5),
        status: 'awaiting-shipment',
        statusText: 'Ожидает отправки',
        missing: [],
      },
      {
        orderNumber: '5012345678909999',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=5012345678909999',
        store: { name: 'Спорт Шоп', url: 'https://aliexpress.ru/store/1107777777', storeId: '1107777777' },
        items: [
          {
            title: 'Спортивные кроссовки мужские',
            productId: '1005005555555555',
            url: 'https://www.aliexpress.com/item/1005005555555555.html',
            quantity: 1,
            price: { amount: 2990, currency: 'RUB' },
          },
        ],
        total: { amount: 2990, currency: 'RUB' },
        orderedAt: local(2026, 2, 28),
        status: 'cancelled',
        statusText: 'Заказ закрыт',
        missing: [],
      },
    ],
  },
  {
    fixture: 'order-list-pl.html',
    url: 'https://pl.aliexpress.com/p/order/index.html',
    kind: 'order-list',
    missing: [],
    orders: [
      {
        orderNumber: '8190123456789012',
        marketplace: 'aliexpress',
        orderUrl: 'https://pl.aliexpress.com/p/order/detail.html?orderId=8190123456789012',
        store: { name: 'Sklep z Akcesoriami', url: 'https://pl.aliexpress.com/store/1103333333', storeId: '1103333333' },
        items: [
          {
            title: 'Etui na telefon silikonowe',
            productId: '1005007777777777',
            url: 'https://pl.aliexpress.com/item/1005007777777777.html',
            quantity: 2,
            price: { amount: 45.99, currency: 'PLN' },
          },
        ],
        total: { amount: 91.98, currency: 'PLN' },
        orderedAt: local(2026, 3, 5),
        status: 'shipped',
        statusText: 'Wysłane',
        protection: { endsAt: now + 3 * DAY + 4 * HOUR, sourceText: 'Ochrona kupującego kończy się za 3 dni 4 godz.' },
        missing: [],
      },
      {
        orderNumber: '8190123456780000',
        marketplace: 'aliexpress',
        orderUrl: 'https://pl.aliexpress.com/p/order/detail.html?orderId=8190123456780000',
        store: { name: 'Narzędzia PRO', url: 'https://pl.aliexpress.com/store/1104444444', storeId: '1104444444' },
        items: [
          {
            title: 'Zestaw wkrętaków 24 w 1',
            productId: '1005008888888888',
            url: 'https://pl.aliexpress.com/item/1005008888888888.html',
            quantity: 1,
            price: { amount: 1049, currency: 'PLN' },
          },
        ],
        total: { amount: 1049, currency: 'PLN' },
        orderedAt: local(2026, 3, 9),
        status: 'awaiting-payment',
        statusText: 'Oczekuje na płatność',
        missing: [],
      },
    ],
  },
  {
    // Hashed classes; embedded data wins where it speaks, the page fills the rest, and an
    // order only the data knows is still listed.
    fixture: 'order-list-es-hashed.html',
    url: 'https://es.aliexpress.com/p/order/index.html',
    kind: 'order-list',
    missing: [],
    orders: [
      {
        orderNumber: '8201234567890123',
        marketplace: 'aliexpress',
        orderUrl: 'https://es.aliexpress.com/p/order/detail.html?orderId=8201234567890123',
        store: { name: 'Tienda Oficial Hogar', url: 'https://es.aliexpress.com/store/1106666666', storeId: '1106666666' },
        items: [
          {
            title: 'Robot aspirador con mopa',
            productId: '1005001234500001',
            url: 'https://es.aliexpress.com/item/1005001234500001.html',
            quantity: 1,
            price: eur(1234.56),
          },
        ],
        total: eur(1234.56),
        orderedAt: local(2026, 3, 12),
        status: 'shipped',
        statusText: 'Enviado',
        protection: { endsAt: now + 20 * DAY + 6 * HOUR, sourceText: 'Protección al comprador: quedan 20 días 6 horas' },
        missing: [],
      },
      {
        orderNumber: '8201234567890456',
        marketplace: 'aliexpress',
        orderUrl: 'https://es.aliexpress.com/p/order/detail.html?orderId=8201234567890456',
        store: { name: 'Moda Joven', url: 'https://es.aliexpress.com/store/1108888888', storeId: '1108888888' },
        items: [
          {
            title: 'Camiseta de algodón',
            productId: '1005001234500002',
            url: 'https://es.aliexpress.com/item/1005001234500002.html',
            quantity: 3,
            price: eur(12.99),
          },
        ],
        total: eur(38.97),
        orderedAt: local(2026, 3, 2),
        status: 'awaiting-shipment',
        statusText: 'Pendiente de envío',
        missing: [],
      },
      {
        orderNumber: '8201234567899999',
        marketplace: 'aliexpress',
        orderUrl: 'https://es.aliexpress.com/p/order/detail.html?orderId=8201234567899999',
        store: { name: 'Papelería Feliz' },
        items: [
          {
            title: 'Cuaderno A5 punteado',
            productId: '1005001234500003',
            url: 'https://es.aliexpress.com/item/1005001234500003.html',
            quantity: 2,
            price: eur(4.5),
          },
        ],
        total: eur(8.99),
        orderedAt: Date.UTC(2026, 0, 1),
        status: 'completed',
        statusText: 'FINISH',
        missing: [],
      },
    ],
  },
  {
    fixture: 'order-detail-fr.html',
    url: 'https://fr.aliexpress.com/p/order/detail.html?orderId=8212345678901234',
    kind: 'order-detail',
    missing: [],
    orders: [
      {
        orderNumber: '8212345678901234',
        marketplace: 'aliexpress',
        orderUrl: 'https://fr.aliexpress.com/p/order/detail.html?orderId=8212345678901234',
        store: { name: 'Boutique Officielle Montres', url: 'https://fr.aliexpress.com/store/1102222222', storeId: '1102222222' },
        items: [
          {
            title: 'Montre connectée femme étanche',
            productId: '1005002468013579',
            url: 'https://fr.aliexpress.com/item/1005002468013579.html',
            quantity: 1,
            price: eur(11.5),
          },
        ],
        // "Sous-total : 11,50 €" comes first on the page and is not the total.
        total: eur(12.99),
        orderedAt: local(2026, 3, 1, 14, 32),
        shippedAt: local(2026, 3, 3),
        status: 'shipped',
        statusText: 'Expédiée',
        trackingNumber: 'LP00123456789012',
        protection: { endsAt: local(2026, 3, 12), sourceText: 'Remboursement si non livré avant le 12 mars 2026' },
        missing: [],
      },
    ],
  },
  {
    fixture: 'tracking-pt.html',
    url: 'https://pt.aliexpress.com/p/tracking/index.html?tradeOrderId=8223456789012345',
    kind: 'order-detail',
    missing: [],
    orders: [
      {
        orderNumber: '8223456789012345',
        marketplace: 'aliexpress',
        orderUrl: 'https://pt.aliexpress.com/p/order/detail.html?orderId=8223456789012345',
        items: [],
        status: 'shipped',
        statusText: 'Em trânsito',
        trackingNumber: 'NL123456789CN',
        protection: { endsAt: now + 5 * DAY + 3 * HOUR, sourceText: 'Proteção ao comprador termina em 5 dias 3 horas' },
        missing: [],
      },
    ],
  },
  {
    fixture: 'order-detail-uk.html',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8234567890123456',
    kind: 'order-detail',
    missing: [],
    orders: [
      {
        orderNumber: '8234567890123456',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8234567890123456',
        store: { name: 'Світ Інструментів', url: 'https://www.aliexpress.com/store/1101010101', storeId: '1101010101' },
        items: [
          {
            title: 'Дриль акумуляторний 12В',
            productId: '1005003692581470',
            url: 'https://www.aliexpress.com/item/1005003692581470.html',
            quantity: 1,
            price: { amount: 1250, currency: 'UAH' },
          },
        ],
        total: { amount: 1250, currency: 'UAH' },
        orderedAt: local(2026, 3, 3),
        shippedAt: local(2026, 3, 5),
        status: 'shipped',
        statusText: 'Відправлено',
        // From the embedded data, upper-cased.
        trackingNumber: 'UA998877665CN',
        protection: { endsAt: now + 7 * DAY + 2 * HOUR, sourceText: 'Захист покупця закінчиться через 7 днів 2 години' },
        missing: [],
      },
    ],
  },
  {
    fixture: 'order-detail-ru-aliexpress-ru.html',
    url: 'https://aliexpress.ru/order-list/5012345678909876',
    kind: 'order-detail',
    missing: [],
    orders: [
      {
        orderNumber: '5012345678909876',
        marketplace: 'aliexpress',
        orderUrl: 'https://aliexpress.ru/order-list/5012345678909876',
        store: { name: 'Официальный магазин Xiaomi', url: 'https://aliexpress.ru/store/1100000001', storeId: '1100000001' },
        items: [
          {
            title: 'Умные часы Xiaomi Band 8',
            productId: '1005001020304050',
            url: 'https://aliexpress.ru/item/1005001020304050.html',
            quantity: 1,
            price: { amount: 2999, currency: 'RUB' },
          },
        ],
        total: { amount: 2999, currency: 'RUB' },
        orderedAt: local(2026, 3, 1, 22, 5),
        status: 'shipped',
        statusText: 'Ожидает получения',
        trackingNumber: 'RU123456789CN',
        protection: { endsAt: now + 2 * DAY + 17 * HOUR, sourceText: 'Срок доставки: осталось 2 дн. 17 ч.' },
        missing: [],
      },
    ],
  },
  {
    fixture: 'order-detail-old-trade.html',
    url: 'https://trade.aliexpress.com/order_detail.htm?orderId=80123456789012',
    kind: 'order-detail',
    missing: ['tracking-number'],
    orders: [
      {
        orderNumber: '80123456789012',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=80123456789012',
        store: { name: 'Old Time Shop', url: 'https://www.aliexpress.com/store/200123', storeId: '200123' },
        items: [
          {
            title: 'Vintage Watch Leather Strap',
            productId: '32501234567',
            url: 'https://www.aliexpress.com/item/32501234567.html',
            quantity: 1,
            price: usd(7.8),
          },
        ],
        total: usd(7.8),
        orderedAt: local(2015, 6, 30, 8, 15),
        status: 'completed',
        statusText: 'Finished',
        missing: ['tracking-number'],
      },
    ],
  },
  {
    fixture: 'dispute-en.html',
    url: 'https://www.aliexpress.com/p/reverse-pages/detail.html?orderId=8181234567890123',
    kind: 'order-detail',
    missing: [],
    orders: [
      {
        orderNumber: '8181234567890123',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
        items: [],
        status: 'dispute',
        statusText: 'Refund request',
        missing: [],
      },
    ],
  },
  {
    // Parts missing on purpose: see the fixture's comment.
    fixture: 'order-list-missing-parts.html',
    url: 'https://www.aliexpress.com/p/order/index.html',
    kind: 'order-list',
    missing: ['store', 'item-price', 'total', 'ordered-at', 'protection', 'status'],
    orders: [
      {
        orderNumber: '8181000000000001',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181000000000001',
        items: [
          {
            title: 'Phone case, transparent',
            productId: '1005000000000011',
            url: 'https://www.aliexpress.com/item/1005000000000011.html',
            quantity: 1,
          },
        ],
        status: 'shipped',
        statusText: 'Shipped',
        missing: ['store', 'item-price', 'total', 'ordered-at', 'protection'],
      },
      {
        orderNumber: '8181000000000002',
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181000000000002',
        items: [{ title: 'Mystery item', quantity: 1 }],
        status: 'unknown',
        missing: ['status', 'store', 'item-price', 'total', 'ordered-at'],
      },
    ],
  },
  {
    fixture: 'order-list-empty.html',
    url: 'https://www.aliexpress.com/p/order/index.html',
    kind: 'order-list',
    missing: ['orders'],
    orders: [],
  },
  {
    // Neither the URL nor the page names the order; long digit runs on it are not order numbers.
    fixture: 'order-detail-no-number.html',
    url: 'https://www.aliexpress.com/p/order/detail.html',
    kind: 'order-detail',
    missing: ['order-number'],
    orders: [],
  },
];

describe.each(ENGINES)('order pages in %s', (engine) => {
  describe.each(cases)('$fixture', ({ fixture, url, kind, missing, orders }) => {
    const capture = readAliExpressPage(loadFixture(fixture, engine), new URL(url), now);

    it('is a valid capture of the expected kind', () => {
      expect(pageCaptureSchema.parse(capture)).toEqual(capture);
      expect(capture.kind).toBe(kind);
      expect(capture.url).toBe(url);
      expect(capture.messages).toEqual([]);
    });

    it('reports what is missing', () => {
      expect(capture.missing).toEqual(missing);
    });

    it('finds the orders in page order', () => {
      expect(capture.orders.map((order) => order.orderNumber)).toEqual(orders.map((order) => order.orderNumber));
    });

    it.each(orders.map((order) => [order.orderNumber, order] as const))('reads order %s', (orderNumber, expected) => {
      expect(capture.orders.find((order) => order.orderNumber === orderNumber)).toEqual(expected);
    });
  });
});

describe('dispatch without a known URL', () => {
  it('recognises an order list by its content on an unknown path', () => {
    const capture = readAliExpressPage(loadFixture('order-list-en.html'), new URL('https://www.aliexpress.com/p/order-new/list.html'), now);
    expect(capture.kind).toBe('order-list');
    expect(capture.orders.map((order) => order.orderNumber)).toEqual(['8181234567890123', '8181234567890456', '3045678901234567']);
  });

  it('recognises a single labelled order as a detail page', () => {
    const capture = readAliExpressPage(loadFixture('order-detail-fr.html'), new URL('https://fr.aliexpress.com/p/order-new/view.html'), now);
    expect(capture.kind).toBe('order-detail');
    expect(capture.orders[0]?.orderNumber).toBe('8212345678901234');
  });

  it('says it does not know the page when nothing fits', () => {
    const capture = readAliExpressPage(loadFixture('order-list-empty.html'), new URL('https://www.aliexpress.com/'), now);
    expect(capture).toEqual({ kind: 'other', url: 'https://www.aliexpress.com/', orders: [], messages: [], missing: ['page-kind'] });
  });

  it('ignores product, SKU and arbitrary 16-digit runs outside labels and order links', () => {
    const capture = readAliExpressPage(loadFixture('order-list-en.html'), new URL('https://www.aliexpress.com/p/order/index.html'), now);
    const numbers = capture.orders.map((order) => order.orderNumber);
    for (const decoy of ['1005009999999999', '1234567890123456', '12000034567890123', '1005004567890123']) {
      expect(numbers).not.toContain(decoy);
    }
  });
});
