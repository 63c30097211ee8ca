/**
 * One order's own pages: the order detail (`/p/order/detail.html?orderId=…`, the old
 * trade.aliexpress.com/order_detail.htm, aliexpress.ru `/order-list/<id>`), its tracking
 * page and its dispute pages. The order number comes from the URL, else from a labelled
 * field, else from the embedded data when it holds exactly one order.
 */
import type { MissingCode } from '../../../schema/capture';
import { ALIEXPRESS_ORDERS, classifyAliExpressUrl, orderNumberFromUrl, type AliExpressPageType } from '../urls';
import { embeddedJson } from '../../shared/readers/embedded-data';
import { labelledOrderNumbers } from '../../shared/readers/labels';
import { orderNumbersInContext } from '../../shared/readers/order-context';
import { ordersFromData } from './order-data';
import { readOrderFromElement } from './order-dom';
import { finishOrder, mergeDrafts } from '../../shared/readers/order-draft';
import { emptyCapture, type PageReader } from './reader';
import { visibleText } from '../../shared/readers/text';

/** Tracking and dispute pages show only part of the order; other parts are not "missing". */
const PARTIAL_PAGE_EXPECTS: Partial<Record<AliExpressPageType, readonly MissingCode[]>> = {
  tracking: ['status', 'tracking-number', 'protection'],
  dispute: ['status'],
};

export const orderDetailReader: PageReader = {
  id: 'order-detail',
  kind: 'order-detail',
  pageTypes: ['order-detail', 'tracking', 'dispute'],
  detect(document) {
    // A number the page only mentions (an example, a quote, a post) does not make it an order page.
    return document.body !== null && orderNumbersInContext(document.body, labelledOrderNumbers).length === 1;
  },
  read(document, url, now) {
    const capture = emptyCapture('order-detail', url);
    const root = document.body ?? document.documentElement;
    if (!root) return { ...capture, missing: ['order-number'] };
    const data = ordersFromData(embeddedJson(document), url, now, true);
    const [onlyDataOrder] = data.size === 1 ? [...data.keys()] : [];
    const orderNumber = orderNumberFromUrl(url) ?? labelledOrderNumbers(visibleText(root))[0] ?? onlyDataOrder;
    if (!orderNumber) return { ...capture, missing: ['order-number'] };
    const page = readOrderFromElement(root, orderNumber, url, now);
    const fromData = data.get(orderNumber);
    const pageType = classifyAliExpressUrl(url);
    const expects = PARTIAL_PAGE_EXPECTS[pageType];
    const order = finishOrder(fromData ? mergeDrafts(fromData, page) : page, {
      site: ALIEXPRESS_ORDERS,
      pageUrl: url,
      expectTracking: true,
      ...(pageType === 'dispute' ? { statusHint: 'dispute' as const } : {}),
      ...(expects ? { expects } : {}),
    });
    capture.orders = [order];
    capture.missing = [...order.missing];
    return capture;
  },
};
