/**
 * Hand-written expectations for the blind Temu pages in tests/fixtures/temu/blind/,
 * written with the pages and before any Temu reader existed. Every value was read off the
 * page by a person (epoch seconds in embedded data converted by hand), not from a
 * reader's output. A field left out is not scored; `null` means the page does not show
 * it, so the reader must not invent one.
 */
import type { PageKind } from '../../../lib/schema/capture';
import { local } from './fixture';
import type { ExpectedOrder, Money } from './scoring';

export interface TemuExpectedOrder extends ExpectedOrder {
  /** The last day of the estimated delivery range (local midnight). */
  latestDelivery?: number | null;
  /** The day from which the page says a refund can be asked when tracking has not moved. */
  noUpdateRefund?: number | null;
  /** The last day to return, as the page writes it. */
  returnBy?: number | null;
}

export interface TemuLabelledPage {
  file: string;
  url: string;
  kind: PageKind;
  orders: TemuExpectedOrder[];
}

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const pln = (amount: number): Money => ({ amount, currency: 'PLN' });
const ron = (amount: number): Money => ({ amount, currency: 'RON' });
const item = (title: string, quantity: number, price: Money | null) => ({ title, quantity, price });

/** Built on call: local instants depend on the time zone the test sets first (Europe/Warsaw). */
export function temuBlindPages(): { now: number; pages: TemuLabelledPage[] } {
  return {
    now: local(2026, 12, 2, 12, 0),
    pages: [
      {
        file: 'list-en-hashed.html',
        url: 'https://www.temu.com/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-211-21905452099192792', status: 'shipped', total: usd(17.45), orderedAt: local(2026, 11, 21),
            items: [item('Ladies Knit Beanie, Warm Winter Hat', 2, usd(4.98)), item('USB-C Cable 3 Pack', 1, usd(7.49))],
            latestDelivery: local(2026, 12, 6),
          },
          {
            orderNumber: 'PO-211-20871100354410023', status: 'delivered', total: usd(9.87), orderedAt: local(2026, 11, 8),
            items: [item('Silicone Baking Mat', 3, usd(3.29))],
          },
          {
            orderNumber: 'PO-211-22010033001870455', status: 'awaiting-shipment', total: usd(11.99), orderedAt: local(2026, 12, 1),
            items: [item('LED Strip Lights 5m', 1, usd(11.99))], latestDelivery: null,
          },
        ],
      },
      {
        file: 'list-pl-aria.html',
        url: 'https://www.temu.com/pl/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-076-19850021200310977', status: 'shipped', total: pln(42.97), orderedAt: local(2026, 11, 14),
            items: [item('Kubek termiczny 500 ml', 1, pln(23.99)), item('Rękawiczki do ekranów dotykowych', 2, pln(9.49))],
          },
          {
            orderNumber: 'PO-076-19774100025530012', status: 'cancelled', total: pln(31.5), orderedAt: local(2026, 11, 2),
            items: [item('Organizer na biurko', 1, pln(31.5))],
          },
        ],
      },
      {
        file: 'list-ro-data-only.html',
        url: 'https://www.temu.com/ro/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-098-20011122334455667', status: 'delivered', total: ron(52.3), orderedAt: 1_795_508_100_000,
            items: [item('Husă telefon silicon', 2, ron(14.9)), item('Suport laptop reglabil', 1, ron(22.5))],
          },
          {
            orderNumber: 'PO-098-20109988776655443', status: 'shipped', total: ron(19.99), orderedAt: 1_796_139_600_000,
            items: [item('Lanternă frontală LED', 1, ron(19.99))],
          },
        ],
      },
      {
        file: 'detail-de.html',
        url: 'https://www.temu.com/de/bgt_order_detail.html?parent_order_sn=PO-141-19733300180022451',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-141-19733300180022451', status: 'shipped', total: eur(26.47), orderedAt: local(2026, 11, 3, 9, 0),
            trackingNumber: 'GD41200935DE',
            items: [item('Kabelloses Ladegerät 15W', 1, eur(12.49)), item('Silikon-Spatel-Set, 4-teilig', 2, eur(6.99))],
            latestDelivery: local(2026, 11, 15),
          },
        ],
      },
      {
        file: 'detail-fr-data-only.html',
        url: 'https://www.temu.com/fr/bgt_order_detail.html?parent_order_sn=PO-131-20400011223344556',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-131-20400011223344556', status: 'shipped', total: eur(38.6), orderedAt: 1_794_339_000_000,
            trackingNumber: 'LP00123456789012',
            items: [item('Tapis de yoga antidérapant', 1, eur(21.9)), item('Gourde isotherme 750 ml', 2, eur(8.35))],
            latestDelivery: local(2026, 11, 24),
          },
        ],
      },
      {
        file: 'detail-es.html',
        url: 'https://www.temu.com/es/bgt_order_detail.html?parent_order_sn=PO-131-20456700112233456',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-131-20456700112233456', status: 'shipped', total: eur(16.48), orderedAt: local(2026, 11, 12),
            trackingNumber: 'ES1234567890CN',
            items: [item('Organizador de cajones, 6 piezas', 1, eur(6.49)), item('Alfombrilla de ratón XXL', 1, eur(9.99))],
            latestDelivery: local(2026, 11, 27), noUpdateRefund: local(2026, 11, 30),
          },
        ],
      },
      {
        file: 'detail-it-mobile.html',
        url: 'https://www.temu.com/it/bgt_order_detail.html?parent_order_sn=PO-101-20333300044455566',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-101-20333300044455566', status: 'delivered', total: eur(23), orderedAt: local(2026, 11, 15),
            trackingNumber: null,
            items: [item('Set pennelli trucco, 12 pezzi', 1, eur(7.8)), item('Specchio LED da tavolo', 1, eur(15.2))],
            returnBy: local(2027, 2, 13),
          },
        ],
      },
      {
        file: 'detail-el.html',
        url: 'https://www.temu.com/gr/bgt_order_detail.html?parent_order_sn=PO-152-20500066677788899',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-152-20500066677788899', status: 'shipped', total: eur(28.4), orderedAt: local(2026, 11, 18),
            trackingNumber: 'GR998877665544', items: [item('Θερμός ανοξείδωτο 1L', 2, eur(14.2))],
            latestDelivery: local(2026, 12, 3),
          },
        ],
      },
      {
        file: 'return-en.html',
        url: 'https://www.temu.com/bgas_refund_detail.html?parent_after_sales_sn=PO-211-20871100354410023-D01',
        kind: 'order-detail',
        orders: [
          {
            // The refund amount is not the order total.
            orderNumber: 'PO-211-20871100354410023', status: 'dispute', total: null,
            items: [item('Silicone Baking Mat', 3, usd(3.29))],
          },
        ],
      },
      {
        file: 'tracking-pl.html',
        url: 'https://www.temu.com/pl/bgst_express.html?parent_order_sn=PO-076-20200055544433322',
        kind: 'order-detail',
        orders: [
          {
            orderNumber: 'PO-076-20200055544433322', status: 'shipped', trackingNumber: 'PL554433221100',
            latestDelivery: local(2026, 11, 29), noUpdateRefund: local(2026, 12, 4),
          },
        ],
      },
      {
        file: 'list-es-client.html',
        url: 'https://www.temu.com/es/bgt_orders.html',
        kind: 'order-list',
        orders: [
          {
            orderNumber: 'PO-131-20112233445566778', status: 'delivered', total: eur(11.98), orderedAt: local(2026, 11, 3),
            items: [item('Funda para almohada de satén', 2, eur(5.99))],
          },
          {
            orderNumber: 'PO-131-20222233445566779', status: 'awaiting-payment', total: eur(12.49), orderedAt: local(2026, 12, 1),
            items: [item('Reloj despertador digital', 1, eur(12.49))],
          },
        ],
      },
    ],
  };
}
