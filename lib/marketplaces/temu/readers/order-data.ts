/**
 * Temu orders in the page's embedded data (`window.rawData = {store: …}`, rendered by the
 * server before the page's scripts draw it). Key names are the ones public scrapers of
 * these pages read (README.md); spelling varies (`parent_order_sn`, `parentOrderSn`) and
 * the shared pickers ignore case, `_` and `-`. An object is an order only when it carries
 * a parent order number; amounts are read from printed strings only, because bare
 * numbers in this data are often cents.
 */
import type { CapturedItem, PageDate } from '../../../schema/capture';
import { isObject, pick, pickString, visitObjects, type JsonObject } from '../../shared/readers/embedded-data';
import type { OrderDraft } from '../../shared/readers/order-draft';
import { parsePrice } from '../../shared/readers/price';
import { isParentOrderNumber, localePrefix } from '../urls';
import { temuPageDates } from './labels';

const ORDER_KEYS = ['parentOrderSn', 'parentOrderNo'];
const STATUS_KEYS = ['orderStatusDesc', 'parentOrderStatusDesc', 'orderStatusText', 'statusDesc', 'statusText', 'orderStatusStr'];
const TOTAL_KEYS = ['orderAmountStr', 'payAmountStr', 'totalAmountStr', 'orderTotalStr', 'displayAmount', 'payAmount', 'orderAmount'];
const ORDERED_AT_KEYS = ['parentOrderTime', 'orderTime', 'orderCreateTime', 'createTime'];
const TRACKING_KEYS = ['trackingNumber', 'trackingNo', 'trackNo', 'waybillNo'];
const LATEST_DELIVERY_KEYS = ['latestDeliveryTime', 'latestArrivalTime', 'deliveryDeadline'];
const DELIVERY_TEXT_KEYS = ['estimateDeliveryTimeDesc', 'deliveryTimeDesc', 'arrivalTimeDesc'];
const ITEM_TITLE_KEYS = ['goodsName', 'goodsTitle'];
const QUANTITY_KEYS = ['goodsNumber', 'goodsNum', 'quantity', 'goodsCount'];
const PRICE_KEYS = ['goodsPriceStr', 'priceStr', 'unitPriceStr', 'displayPrice', 'goodsPrice'];
const GOODS_ID_KEYS = ['goodsId'];
const LINK_KEYS = ['linkUrl', 'seoLinkUrl', 'goodsUrl'];

/** Epoch seconds or milliseconds; anything else is not a time. */
function instantFrom(value: string | number | undefined): number | undefined {
  const number = typeof value === 'string' && /^\d{10,13}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number') return undefined;
  if (number > 1e12) return number;
  return number > 1e9 ? number * 1000 : undefined;
}

function printedMoney(object: JsonObject, keys: readonly string[]) {
  const value = pick(object, keys);
  return typeof value === 'string' ? parsePrice(value) : undefined;
}

function itemFrom(object: JsonObject, pageUrl: URL): CapturedItem | undefined {
  const title = pickString(object, ITEM_TITLE_KEYS);
  if (!title) return undefined;
  const quantity = Number(pick(object, QUANTITY_KEYS) ?? 1);
  const item: CapturedItem = { title, quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1 };
  const price = printedMoney(object, PRICE_KEYS);
  if (price) item.price = price;
  const goodsId = pickString(object, GOODS_ID_KEYS);
  const link = pickString(object, LINK_KEYS);
  if (goodsId && /^\d+$/.test(goodsId)) {
    item.productId = goodsId;
    item.url = `https://www.temu.com${localePrefix(pageUrl)}/goods.html?goods_id=${goodsId}`;
  } else if (link?.startsWith('/')) {
    item.url = `https://www.temu.com${link}`;
  }
  return item;
}

/** Items anywhere under the order object (goods lists nest in packages and sub-orders). */
function itemsUnder(order: JsonObject, pageUrl: URL): CapturedItem[] {
  const items: CapturedItem[] = [];
  visitObjects(Object.values(order), (object) => {
    const item = itemFrom(object, pageUrl);
    if (item && !items.some((other) => other.title === item.title && other.productId === item.productId)) items.push(item);
    return item !== undefined;
  });
  return items;
}

/** The first value under `keys` in the order object or the objects nested in it. */
function deepPick(order: JsonObject, keys: readonly string[]): string | number | undefined {
  let found: string | number | undefined;
  visitObjects(order, (object) => {
    found ??= pick(object, keys);
    return found !== undefined;
  });
  return found;
}

function draftFrom(order: JsonObject, orderNumber: string, pageUrl: URL, now: number): OrderDraft {
  const draft: OrderDraft = { orderNumber };
  const status = pickString(order, STATUS_KEYS);
  if (status && !/^\d+$/.test(status)) draft.statusText = status;
  const total = printedMoney(order, TOTAL_KEYS);
  if (total) draft.total = total;
  const orderedAt = instantFrom(pick(order, ORDERED_AT_KEYS));
  if (orderedAt !== undefined) draft.orderedAt = orderedAt;
  const tracking = deepPick(order, TRACKING_KEYS);
  if (typeof tracking === 'string' && /^[A-Za-z0-9]{8,30}$/.test(tracking) && /\d/.test(tracking)) draft.trackingNumber = tracking.toUpperCase();
  const items = itemsUnder(order, pageUrl);
  if (items.length) draft.items = items;
  const pageDates: PageDate[] = [];
  const latest = instantFrom(deepPick(order, LATEST_DELIVERY_KEYS));
  const deliveryText = deepPick(order, DELIVERY_TEXT_KEYS);
  if (latest !== undefined) pageDates.push({ kind: 'latest-delivery', at: latest, sourceText: String(deliveryText ?? latest) });
  else if (typeof deliveryText === 'string') pageDates.push(...temuPageDates([deliveryText], orderedAt ?? now));
  if (pageDates.length) draft.pageDates = pageDates;
  return draft;
}

/** Order drafts from every embedded block, keyed by parent order number; the first occurrence wins. */
export function temuOrdersFromData(blocks: readonly unknown[], pageUrl: URL, now: number): Map<string, OrderDraft> {
  const orders = new Map<string, OrderDraft>();
  for (const block of blocks) {
    visitObjects(block, (object) => {
      const value = pickString(object, ORDER_KEYS);
      if (!value || !isParentOrderNumber(value) || !isObject(object)) return false;
      if (!orders.has(value)) orders.set(value, draftFrom(object, value, pageUrl, now));
      return true;
    });
  }
  return orders;
}
