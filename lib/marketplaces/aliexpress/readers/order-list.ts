/**
 * The order list (`/p/order/index.html`, aliexpress.ru `/order-list`): every order shown,
 * from embedded data first and the visible cards second, merged by order number.
 */
import { ALIEXPRESS_ORDERS } from '../urls';
import { embeddedJson } from '../../shared/readers/embedded-data';
import { ordersFromData } from './order-data';
import { findOrderCards, readOrderFromElement } from './order-dom';
import { collectMissing, finishOrder, mergeDrafts, type OrderDraft } from '../../shared/readers/order-draft';
import { emptyCapture, type PageReader } from './reader';

export const orderListReader: PageReader = {
  id: 'order-list',
  kind: 'order-list',
  pageTypes: ['order-list'],
  detect(document, url) {
    return findOrderCards(document.body ?? document, url).length >= 2;
  },
  read(document, url, now) {
    const capture = emptyCapture('order-list', url);
    const fromData = ordersFromData(embeddedJson(document), url, now);
    const fromPage = new Map<string, OrderDraft>();
    for (const { orderNumber, card } of findOrderCards(document.body ?? document, url)) {
      fromPage.set(orderNumber, readOrderFromElement(card, orderNumber, url, now, true));
    }
    // Page order first (what the user sees), then orders only the data knows.
    const numbers = [...new Set([...fromPage.keys(), ...fromData.keys()])];
    capture.orders = numbers.map((orderNumber) => {
      const data = fromData.get(orderNumber);
      const page = fromPage.get(orderNumber);
      const draft = data ? mergeDrafts(data, page) : (page ?? { orderNumber });
      return finishOrder(draft, { site: ALIEXPRESS_ORDERS, pageUrl: url, expectTracking: false });
    });
    capture.missing = capture.orders.length === 0 ? ['orders'] : collectMissing(...capture.orders.map((o) => o.missing));
    return capture;
  },
};
