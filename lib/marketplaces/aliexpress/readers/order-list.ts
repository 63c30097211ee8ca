/**
 * The order list (`/p/order/index.html`, aliexpress.ru `/order-list`): every order shown,
 * from embedded data first and the visible cards second, merged by order number.
 */
import { ALIEXPRESS_ORDERS } from '../urls';
import { embeddedJson } from '../../shared/readers/embedded-data';
import { ordersFromData } from './order-data';
import { findOrderCards, readOrderFromElement } from './order-dom';
import { labelledOrderNumbers } from '../../shared/readers/labels';
import { orderNumbersInContext } from '../../shared/readers/order-context';
import { collectMissing, finishOrder, mergeDrafts, type OrderDraft } from '../../shared/readers/order-draft';
import { emptyCapture, type PageReader } from './reader';

export const orderListReader: PageReader = {
  id: 'order-list',
  kind: 'order-list',
  pageTypes: ['order-list'],
  detect(document, url) {
    if (!document.body) return false;
    // Cards whose number the page only mentions (posts quoting their orders) do not make a list.
    const shown = new Set(orderNumbersInContext(document.body, labelledOrderNumbers));
    return findOrderCards(document.body, url).filter(({ orderNumber }) => shown.has(orderNumber)).length >= 2;
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
