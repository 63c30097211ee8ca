import type { CapturedMessage, CapturedOrder, CapturedProduct, CapturedStore, PageCapture } from './capture';

/** The stored records' limits that page text can exceed (lib/schema/order.ts, seller-message.ts). */
export const TEXT_LIMITS = { storeName: 200, itemTitle: 500, statusText: 200, sourceText: 500, messageText: 20_000 } as const;
const MAX_ITEMS = 500;
const MAX_TRACKING = 64;

/**
 * `text` within `max` characters: cut, with "…" as the last one, when longer.
 * Never splits a surrogate pair (an emoji stays whole or goes).
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * A captured order fitted to what the database stores: long names and titles
 * cut with "…" so a 600-character title saves (cut) rather than sinking the
 * whole "Track all". A tracking number too long to be one is dropped, not cut.
 */
export function fitCapturedOrder(order: CapturedOrder): CapturedOrder {
  const fitted: CapturedOrder = {
    ...order,
    items: order.items.slice(0, MAX_ITEMS).map((item) => ({ ...item, title: fitText(item.title, TEXT_LIMITS.itemTitle) })),
  };
  if (order.store) fitted.store = fitStore(order.store);
  if (order.statusText !== undefined) fitted.statusText = fitText(order.statusText, TEXT_LIMITS.statusText);
  if (order.protection) fitted.protection = { ...order.protection, sourceText: fitText(order.protection.sourceText, TEXT_LIMITS.sourceText) };
  if (order.trackingNumber !== undefined && order.trackingNumber.trim().length > MAX_TRACKING) delete fitted.trackingNumber;
  return fitted;
}

function fitStore(store: CapturedStore): CapturedStore {
  return { ...store, name: fitText(store.name, TEXT_LIMITS.storeName) };
}

function fitProduct(product: CapturedProduct): CapturedProduct {
  const fitted: CapturedProduct = { ...product };
  if (product.title !== undefined) fitted.title = fitText(product.title, TEXT_LIMITS.itemTitle);
  if (product.store) fitted.store = fitStore(product.store);
  return fitted;
}

/**
 * What a page reader found, fitted before it leaves the page: the answer
 * crosses one or two messages (the in-page sidebar's goes through the
 * background) and is validated on arrival, so a page with a megabyte-long
 * title must not make it carry, copy and parse that megabyte each time.
 * Nothing is lost: the database keeps no more than these limits anyway.
 */
export function fitPageCapture(capture: PageCapture): PageCapture {
  const fitted: PageCapture = {
    ...capture,
    orders: capture.orders.map(fitCapturedOrder),
    messages: capture.messages.map((message): CapturedMessage => ({ ...message, text: fitText(message.text, TEXT_LIMITS.messageText) })),
  };
  if (capture.product) fitted.product = fitProduct(capture.product);
  if (capture.store) fitted.store = fitStore(capture.store);
  return fitted;
}
