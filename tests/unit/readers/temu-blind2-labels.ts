/**
 * Hand-written expectations for the second blind Temu batch in tests/fixtures/temu/blind2/,
 * written with the pages on 2026-12-02, after the readers existed but before they saw these
 * pages, and scored before any change. Every value was read off the page by a person (the
 * one epoch-seconds time in embedded data is taken as the page states it). A field left out
 * is not scored; `null` means the page does not show it, so the reader must not invent one.
 *
 * What this batch adds to the first: Portuguese, Czech, Hungarian, Ukrainian and British
 * English pages; numeric dates (27.11.2026, 24/11/2026, 26. 11. 2026, 2026. nov. 4.);
 * forints, koruny, hryvnias and pounds; a list after "View more" (a second appended block);
 * cards that show sub-order numbers (no `PO-`) and name the parent order only in a link;
 * a mobile page of react-native-web divs; embedded data under other key names; a return
 * page where items are chosen; a tracking page with numeric dates.
 */
import type { TemuLabelledPage } from './temu-blind-labels';
import { local } from './fixture';
import type { Money } from './scoring';

const money = (currency: string) => (amount: number): Money => ({ amount, currency });
const eur = money('EUR');
const czk = money('CZK');
const huf = money('HUF');
const uah = money('UAH');
const gbp = money('GBP');
const ron = money('RON');
const item = (title: string, quantity: number, price: Money | null) => ({ title, quantity, price });

/** Built on call: local instants depend on the time zone the test sets first (Europe/Warsaw). */
export function temuBlind2Pages(): { now: number; pages: TemuLabelledPage[] } {
  return {
    now: local(2026, 12, 2, 12, 0),
    pages: [
      {
        file: 'list-de-view-more.html',
        url: 'https://www.temu.com/de/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-141-21877700011122233', status: 'shipped', total: eur(18.97), orderedAt: local(2026, 11, 27),
            items: [item('Thermo-Socken, 5 Paar', 1, eur(9.99)), item('Eiskratzer mit Handschuh', 2, eur(4.49))],
            latestDelivery: local(2026, 12, 11),
          },
          {
            orderNumber: 'PO-141-21766600033344455', status: 'cancelled', total: eur(15.79), orderedAt: local(2026, 11, 19),
            items: [item('Bluetooth-Lautsprecher, wasserdicht', 1, eur(15.79))],
          },
          {
            orderNumber: 'PO-141-21322200055566677', status: 'delivered', total: eur(7.25), orderedAt: local(2026, 10, 21),
            items: [item('Digitale Küchenwaage', 1, eur(7.25))],
          },
        ],
      },
      {
        file: 'list-fr-numeric-dates.html',
        url: 'https://www.temu.com/fr/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-131-21900033300011122', status: 'shipped', total: eur(25.35), orderedAt: local(2026, 11, 24),
            items: [item('Bougies parfumées, lot de 4', 1, eur(11.4)), item('Plaid polaire 150 x 200 cm', 1, eur(13.95))],
          },
          {
            orderNumber: 'PO-131-21555544433322211', status: 'delivered', total: eur(16.2), orderedAt: local(2026, 11, 8),
            items: [item('Tire-bouchon électrique', 1, eur(16.2))],
          },
        ],
      },
      {
        file: 'detail-pt.html',
        url: 'https://www.temu.com/pt/bgt_order_detail.html?parent_order_sn=PO-135-21933311122233344',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-135-21933311122233344', status: 'shipped', total: eur(30.8), orderedAt: local(2026, 11, 25, 20, 41),
            trackingNumber: 'CT123456789PT',
            items: [item('Auscultadores Bluetooth dobráveis', 1, eur(17.9)), item('Capa para tablet 10"', 2, eur(6.45))],
            latestDelivery: local(2026, 12, 9),
          },
        ],
      },
      {
        file: 'detail-cs-mobile.html',
        url: 'https://www.temu.com/cz/bgt_order_detail.html?parent_order_sn=PO-203-21944455566677788',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-203-21944455566677788', status: 'shipped', total: czk(387), orderedAt: local(2026, 11, 26),
            trackingNumber: 'Z4455667788',
            items: [item('Rychlonabíječka USB-C 20 W', 1, czk(189)), item('Ochranné sklo na telefon, 3 ks', 2, czk(99))],
            latestDelivery: local(2026, 12, 12),
          },
        ],
      },
      {
        file: 'list-hu.html',
        url: 'https://www.temu.com/hu/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-204-21200011100022233', status: 'delivered', total: huf(2580), orderedAt: local(2026, 11, 4),
            items: [item('Érintőképernyős kesztyű', 2, huf(1290))],
          },
          {
            orderNumber: 'PO-204-21788800099900011', status: 'shipped', total: huf(5640), orderedAt: local(2026, 11, 23),
            items: [item('Asztali LED lámpa', 1, huf(4490)), item('AA elem, 8 db', 1, huf(1150))],
          },
        ],
      },
      {
        file: 'detail-uk-data-only.html',
        url: 'https://www.temu.com/ua/bgt_order_detail.html?parent_order_sn=PO-220-21811122233344455',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-220-21811122233344455', status: 'shipped', total: uah(1249), orderedAt: 1_796_056_200_000,
            trackingNumber: '20450012345678',
            items: [item('Павербанк 20000 мА·год', 1, uah(899)), item('Кабель Lightning 1 м', 2, uah(175))],
          },
        ],
      },
      {
        file: 'list-it-suborders.html',
        url: 'https://www.temu.com/it/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-101-21911100022233344', status: 'shipped', total: eur(24.5), orderedAt: local(2026, 11, 22),
            items: [item('Borraccia in acciaio 1 L', 1, eur(9.9)), item('Zaino impermeabile 20 L', 1, eur(14.6))],
          },
          {
            orderNumber: 'PO-101-22000055566677788', status: 'awaiting-shipment', total: eur(7.6), orderedAt: local(2026, 12, 1),
            items: [item('Presine in silicone, 2 pezzi', 2, eur(3.8))],
          },
        ],
      },
      {
        file: 'return-es-select.html',
        url: 'https://www.temu.com/es/bgas_return_select.html?parent_order_sn=PO-131-21433300011100099',
        kind: 'order-detail',
        orders: [
          {
            // Choosing what to return: the return has not started; the page shows no total and no order date.
            orderNumber: 'PO-131-21433300011100099', status: 'delivered', total: null, orderedAt: null,
            items: [item('Lámpara de escritorio LED', 1, eur(18.99)), item('Soporte para móvil de coche', 1, eur(4.5))],
            returnBy: local(2027, 2, 14),
          },
        ],
      },
      {
        file: 'tracking-de-numeric.html',
        url: 'https://www.temu.com/de/bgst_express.html?parent_order_sn=PO-141-21655500044433322',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-141-21655500044433322', status: 'shipped', trackingNumber: 'H1002345678901234567',
            latestDelivery: local(2026, 12, 6), noUpdateRefund: local(2026, 12, 10),
          },
        ],
      },
      {
        file: 'detail-el-client.html',
        url: 'https://www.temu.com/gr/bgt_order_detail.html?parent_order_sn=PO-152-21700099988877766',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-152-21700099988877766', status: 'delivered', total: eur(32.9), orderedAt: local(2026, 11, 16),
            trackingNumber: null, items: [item('Ηλεκτρική σκούπα χειρός', 1, eur(32.9))],
            returnBy: local(2027, 2, 14),
          },
        ],
      },
      {
        file: 'list-ukEn-mixed.html',
        url: 'https://www.temu.com/uk/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-044-21922200011133344', status: 'shipped', total: gbp(12.98), orderedAt: local(2026, 11, 24),
            items: [item('Hot Water Bottle with Knitted Cover', 2, gbp(6.49))], latestDelivery: local(2026, 12, 3),
          },
          {
            orderNumber: 'PO-044-21500011122233344', status: 'cancelled', total: gbp(4.99), orderedAt: local(2026, 11, 12),
            items: [item('Fairy Lights, 10 m', 1, gbp(4.99))],
          },
        ],
      },
      {
        file: 'detail-ro-dotted.html',
        url: 'https://www.temu.com/ro/bgt_order_detail.html?parent_order_sn=PO-098-21600077766655544',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-098-21600077766655544', status: 'shipped', total: ron(89.97), orderedAt: local(2026, 11, 19, 14, 32),
            trackingNumber: 'RO2233445566CN',
            items: [item('Pătură electrică 160 x 130 cm', 1, ron(69.99)), item('Termometru digital de cameră', 2, ron(9.99))],
            latestDelivery: local(2026, 12, 4), noUpdateRefund: local(2026, 12, 9),
          },
        ],
      },
    ],
  };
}
