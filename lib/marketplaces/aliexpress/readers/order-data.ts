/**
 * Orders found in the page's embedded data. Key names are the ones the site's data and
 * public scrapers of it use; an object counts as an order only when it carries a valid
 * order number under an order-number key, and its own children are not searched for more
 * orders (items often repeat the parent's order id).
 */
import type { CapturedItem, CapturedStore, Money } from '../../../schema/capture';
import { isOrderNumber, productIdFromUrl, productUrl, resolveLink, storeIdFromUrl } from '../urls';
import { parseCountdownText } from '../../shared/readers/countdown';
import { findDate } from '../../shared/readers/dates';
import {
  isObject,
  pick,
  pickArray,
  pickObject,
  pickString,
  valuesUnder,
  visitObjects,
  type JsonObject,
} from '../../shared/readers/embedded-data';
import { mergeDrafts, type OrderDraft } from '../../shared/readers/order-draft';
import { parsePrice } from '../../shared/readers/price';

const ORDER_NUMBER_KEYS = ['orderId', 'tradeOrderId', 'orderNumber', 'orderNo', 'orderIdStr', 'parentOrderId'];
const STATUS_KEYS = ['orderStatusText', 'statusText', 'orderStatusDesc', 'statusDesc', 'orderStatusName', 'orderStatus', 'status'];
const STORE_OBJECT_KEYS = ['store', 'storeInfo', 'seller', 'sellerInfo', 'shop', 'shopInfo'];
const STORE_NAME_KEYS = ['storeName', 'sellerName', 'shopName', 'storeTitle', 'name'];
const STORE_URL_KEYS = ['storeUrl', 'storeLink', 'shopUrl', 'sellerUrl', 'url'];
const STORE_ID_KEYS = ['storeId', 'storeNo', 'shopId'];
const TOTAL_KEYS = ['totalAmount', 'orderAmount', 'payAmount', 'actualPayAmount', 'orderTotal', 'totalPrice', 'total'];
const CURRENCY_KEYS = ['currency', 'currencyCode', 'currencyCodeStr'];
const ORDERED_AT_KEYS = ['orderDate', 'gmtCreate', 'createTime', 'orderTime', 'createdAt', 'gmtOrderCreate'];
const SHIPPED_AT_KEYS = ['shippedAt', 'shipTime', 'gmtShip', 'sendGoodsTime', 'gmtSendGoods'];
const TRACKING_KEYS = ['trackingNumber', 'trackingNo', 'logisticsNo', 'mailNo'];
const PROTECTION_TEXT_KEYS = ['protectionText', 'buyerProtectionText', 'countdownText', 'deliveryDeadlineText'];
const PROTECTION_END_KEYS = ['protectionEndTime', 'buyerProtectionEndTime', 'deliveryDeadline', 'protectionEndsAt'];
const ITEM_LIST_KEYS = ['productList', 'items', 'orderLines', 'itemList', 'products', 'childOrderList', 'subOrders'];
const ITEM_TITLE_KEYS = ['productName', 'itemTitle', 'productTitle', 'title', 'subject', 'name'];
const ITEM_ID_KEYS = ['productId', 'itemId'];
const ITEM_URL_KEYS = ['productUrl', 'itemUrl', 'detailUrl', 'productDetailUrl', 'url'];
const QUANTITY_KEYS = ['quantity', 'productCount', 'buyAmount', 'qty', 'count'];
const PRICE_KEYS = ['price', 'unitPrice', 'productPrice', 'itemPrice', 'amount'];
const PRINTED_MONEY_KEYS = ['formatedAmount', 'formattedAmount', 'display', 'text'];

/**
 * Patterns on normalised key names (lower case, no `_` or `-`), tried after the exact
 * names above: payloads rename fields between versions (`statusLabel`,
 * `storeNameDisplay`, `totalPayAmount`, `createTimeStr`, `logisticsTrackingNo`…). Each
 * value is still checked for its kind (a date, a price, a text), so a loose name alone
 * never makes a field.
 */
const LOOSE = {
  status: /(?:status|state)(?:text|desc|label|name|str|title)/,
  storeHolder: /seller|store|shop|merchant|vendor/,
  storeName: /(?:store|shop|seller|merchant|vendor)(?:name|title)/,
  storeUrl: /(?:url|link|href)$/,
  storeId: /(?:store|shop|seller|merchant)id$/,
  // "paidTotal", "grandTotal" end in total; "subTotal", "itemTotal", "shippingTotal" are not the order's.
  // Never a time, id or count ("paidAt", "totalCount"), which a bare number beside a currency would pass for.
  total:
    /^(?!.*(?:time|date|at|id|count|num|qty)$)(?:(?:total|paid|(?:actual)?pay(?:ment)?amount|order(?:amount|total|price))|(?!sub|item|product|ship|tax|discount|coupon)[a-z]*total$)/,
  orderedAt: /^(?:gmt)?(?:create|order|placed|purchase)(?:d|order)?(?:time|date|at)|^(?:created|ordered|placed)(?:on|at)?$|^gmtcreate/,
  shippedAt: /^(?:gmt)?(?:ship|send|dispatch|deliver(?!y))(?:ped|goods|ed)?(?:time|date|at)/,
  tracking: /(?:tracking|logistics|mail|waybill)(?:no|number|code)/,
  protectionText: /(?:protection|countdown|deadline)/,
  itemList: /(?:product|item|line|sku|goods|suborder|childorder)s?(?:list|vos?|infos?|items)?$/,
  itemTitle: /title|name|subject/,
  itemId: /^(?:product|item)id/,
  quantity: /quantity|qty|(?:buy|product|item)(?:count|num|amount)$/,
  price: /price/,
  printedMoney: /format|display|text|str$/,
} as const;

/** Epoch seconds or milliseconds, or a date string as the site prints it. */
function instantFrom(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') {
    if (value > 1e12) return value;
    if (value > 1e9) return value * 1000;
    return undefined;
  }
  if (value === undefined) return undefined;
  if (/^\d{12,13}$/.test(value)) return Number(value);
  return findDate(value)?.at;
}

/** Money as the data writes it: "US $12.34", {amount, currency}, {cent, currency}, or a number beside a currency key. */
function moneyFrom(value: unknown, owner: JsonObject): Money | undefined {
  if (typeof value === 'string') {
    const printed = parsePrice(value);
    if (printed) return printed;
    const currency = pickString(owner, CURRENCY_KEYS);
    const amount = Number(value);
    return currency && /^[A-Z]{3}$/.test(currency) && Number.isFinite(amount) ? { amount, currency } : undefined;
  }
  if (typeof value === 'number') {
    const currency = pickString(owner, CURRENCY_KEYS);
    return currency && /^[A-Z]{3}$/.test(currency) ? { amount: value, currency } : undefined;
  }
  if (isObject(value)) {
    const printed = pickString(value, PRINTED_MONEY_KEYS, LOOSE.printedMoney);
    const fromText = printed === undefined ? undefined : parsePrice(printed);
    if (fromText) return fromText;
    const currency = pickString(value, CURRENCY_KEYS);
    const amount = pick(value, ['amount', 'value']);
    const cents = pick(value, ['cent', 'cents']);
    if (!currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
    if (amount !== undefined && Number.isFinite(Number(amount))) return { amount: Number(amount), currency };
    if (cents !== undefined && Number.isFinite(Number(cents))) return { amount: Number(cents) / 100, currency };
  }
  return undefined;
}

function firstMoney(object: JsonObject, keys: readonly string[], loose?: RegExp): Money | undefined {
  for (const value of valuesUnder(object, keys, loose)) {
    const money = moneyFrom(value, object);
    if (money) return money;
  }
  return undefined;
}

/** The first value under the keys that reads as an instant. */
function firstInstant(object: JsonObject, keys: readonly string[], loose?: RegExp): number | undefined {
  for (const value of valuesUnder(object, keys, loose)) {
    const at = typeof value === 'string' || typeof value === 'number' ? instantFrom(value) : undefined;
    if (at !== undefined) return at;
  }
  return undefined;
}

function orderNumberOf(object: JsonObject): string | undefined {
  for (const value of valuesUnder(object, ORDER_NUMBER_KEYS)) {
    const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof text === 'string' && isOrderNumber(text.trim())) return text.trim();
  }
  return undefined;
}

function storeFrom(order: JsonObject, pageUrl: URL): CapturedStore | undefined {
  const holder = pickObject(order, STORE_OBJECT_KEYS, LOOSE.storeHolder);
  const name =
    (holder && pickString(holder, STORE_NAME_KEYS, LOOSE.storeName)) ??
    pickString(order, ['storeName', 'sellerName', 'shopName'], LOOSE.storeName);
  if (!name) return undefined;
  const href =
    (holder && pickString(holder, STORE_URL_KEYS, LOOSE.storeUrl)) ?? pickString(order, ['storeUrl', 'storeLink', 'shopUrl']);
  const link = resolveLink(href, pageUrl);
  const storeId =
    (link && storeIdFromUrl(link)) ??
    (holder && pickString(holder, STORE_ID_KEYS, LOOSE.storeId)) ??
    pickString(order, STORE_ID_KEYS, LOOSE.storeId);
  const store: CapturedStore = { name };
  if (link) store.url = link.href;
  if (storeId && /^\d+$/.test(storeId)) store.storeId = storeId;
  return store;
}

function itemFrom(value: unknown, pageUrl: URL): CapturedItem | undefined {
  if (!isObject(value)) return undefined;
  const title = pickString(value, ITEM_TITLE_KEYS, LOOSE.itemTitle);
  if (!title) return undefined;
  const link = resolveLink(pickString(value, ITEM_URL_KEYS), pageUrl);
  const productId = (link && productIdFromUrl(link)) ?? pickString(value, ITEM_ID_KEYS, LOOSE.itemId);
  const quantity = Number(pick(value, QUANTITY_KEYS, LOOSE.quantity) ?? 1);
  const item: CapturedItem = { title, quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1 };
  if (productId && /^\d+$/.test(productId)) {
    item.productId = productId;
    item.url = productUrl(productId, pageUrl);
  } else if (link) {
    item.url = link.href;
  }
  const price = firstMoney(value, PRICE_KEYS, LOOSE.price);
  if (price) item.price = price;
  return item;
}

function draftFrom(object: JsonObject, orderNumber: string, pageUrl: URL, now: number): OrderDraft {
  const draft: OrderDraft = { orderNumber };
  const store = storeFrom(object, pageUrl);
  if (store) draft.store = store;
  const items = (pickArray(object, ITEM_LIST_KEYS, LOOSE.itemList) ?? [])
    .map((value) => itemFrom(value, pageUrl))
    .filter((item): item is CapturedItem => item !== undefined);
  if (items.length) draft.items = items;
  const total = firstMoney(object, TOTAL_KEYS, LOOSE.total);
  if (total) draft.total = total;
  const orderedAt = firstInstant(object, ORDERED_AT_KEYS, LOOSE.orderedAt);
  if (orderedAt !== undefined) draft.orderedAt = orderedAt;
  const shippedAt = firstInstant(object, SHIPPED_AT_KEYS, LOOSE.shippedAt);
  if (shippedAt !== undefined) draft.shippedAt = shippedAt;
  const status = pickString(object, STATUS_KEYS, LOOSE.status);
  // Numeric status codes ("WAIT_SELLER_SEND_GOODS" is text, 3 is not) say nothing to a person.
  if (status && !/^\d+$/.test(status)) draft.statusText = status;
  const tracking = valuesUnder(object, TRACKING_KEYS, LOOSE.tracking).find(
    (value): value is string => typeof value === 'string' && /^[A-Za-z0-9]{8,30}$/.test(value) && /\d/.test(value),
  );
  if (tracking) draft.trackingNumber = tracking.toUpperCase();
  const fromText = valuesUnder(object, PROTECTION_TEXT_KEYS, LOOSE.protectionText)
    .map((value) => (typeof value === 'string' ? parseCountdownText(value, now) : undefined))
    .find((countdown) => countdown !== undefined);
  const protectionEnd = instantFrom(pick(object, PROTECTION_END_KEYS));
  if (fromText) draft.protection = fromText;
  else if (protectionEnd !== undefined) {
    draft.protection = { endsAt: protectionEnd, sourceText: String(pick(object, PROTECTION_END_KEYS)) };
  }
  return draft;
}

/** Objects looked at around a lone order; a detail page's data is small, a bundle is not data. */
const SCOPE_BUDGET = 2_000;

/**
 * A detail page's data often keeps only the order's id and status in the object that names
 * the order, and its amounts, lines and parcel in siblings (`orderBase`, `orderAmount`,
 * `storeGroups: [[…]]`, `logistics`). When a block names exactly one order, everything in
 * it is about that order: the gaps are filled from the block's other objects, in order,
 * and its items are the objects that carry a product id and a title, however deeply
 * nested in arrays.
 */
function fromOrderScope(block: unknown, draft: OrderDraft, pageUrl: URL, now: number): OrderDraft {
  const scope: JsonObject[] = [];
  visitObjects(block, (object) => {
    scope.push(object);
    return scope.length >= SCOPE_BUDGET;
  });
  let filled = draft;
  const items: CapturedItem[] = [];
  for (const object of scope) {
    const { items: _nested, ...fields } = draftFrom(object, draft.orderNumber, pageUrl, now);
    filled = mergeDrafts(filled, fields);
    const hasProductId = pick(object, ITEM_ID_KEYS, LOOSE.itemId) !== undefined;
    const item = hasProductId ? itemFrom(object, pageUrl) : undefined;
    if (item && !items.some((other) => other.productId === item.productId && other.title === item.title)) items.push(item);
  }
  return draft.items?.length || items.length === 0 ? filled : { ...filled, items };
}

/**
 * Order drafts from all embedded data blocks, keyed by order number, first occurrence wins.
 * `onePageOrder`: the page is about one order (detail, tracking, dispute), so a block that
 * names only that order is all about it; a list's block may name one order beside
 * recommended products, which are not its items.
 */
export function ordersFromData(blocks: readonly unknown[], pageUrl: URL, now: number, onePageOrder = false): Map<string, OrderDraft> {
  const orders = new Map<string, OrderDraft>();
  for (const block of blocks) {
    const inBlock = new Map<string, OrderDraft>();
    visitObjects(block, (object) => {
      const orderNumber = orderNumberOf(object);
      if (!orderNumber) return false;
      if (!inBlock.has(orderNumber)) inBlock.set(orderNumber, draftFrom(object, orderNumber, pageUrl, now));
      return true;
    });
    const [lone, ...others] = inBlock.values();
    if (onePageOrder && lone && others.length === 0) inBlock.set(lone.orderNumber, fromOrderScope(block, lone, pageUrl, now));
    for (const [orderNumber, draft] of inBlock) if (!orders.has(orderNumber)) orders.set(orderNumber, draft);
  }
  return orders;
}
