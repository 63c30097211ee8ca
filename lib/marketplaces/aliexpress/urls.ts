/**
 * AliExpress URL patterns: which page a URL is, and the ids it carries.
 *
 * URLs are the most stable signal the site offers (class names change without notice,
 * see ../shared/DOMAIN.md "AliExpress pages"), so readers ask here first. Ids are only
 * ever taken from a named parameter or a known path segment, never from any run of
 * digits: order ids, product ids (16 digits, 1005…) and SKU ids (17 digits) look alike.
 */
import { hostBelongsTo } from '../types';
import { aliexpressSite } from './site';

export type AliExpressPageType =
  | 'order-list'
  | 'order-detail'
  | 'tracking'
  | 'messages'
  | 'dispute'
  | 'product'
  | 'store'
  | 'other';

/** Modern order numbers have 16 digits, older ones 14. */
export const ORDER_NUMBER = /^(?:\d{16}|\d{14})$/;
/** Modern product ids are 16 digits starting 1005; older listings have 10–12 digits. */
const PRODUCT_ID = /^(?:1005\d{12}|\d{10,12})$/;
/** Parameters that carry an order number, as the site's own links write them. */
const ORDER_PARAMS = ['orderid', 'tradeorderid'];

export function isAliExpressUrl(url: URL): boolean {
  return hostBelongsTo(url.hostname, aliexpressSite.domains);
}

export function isOrderNumber(value: string): boolean {
  return ORDER_NUMBER.test(value);
}

export function isProductId(value: string): boolean {
  return PRODUCT_ID.test(value);
}

export { resolveLink } from '../shared/readers/links';

/** The order number a URL names through `orderId`/`tradeOrderId` or aliexpress.ru's `/order-list/<id>`. */
export function orderNumberFromUrl(url: URL): string | undefined {
  if (!isAliExpressUrl(url)) return undefined;
  for (const [key, value] of url.searchParams) {
    if (ORDER_PARAMS.includes(key.toLowerCase()) && isOrderNumber(value.trim())) return value.trim();
  }
  const ru = /^\/order-list\/(\d+)\/?$/.exec(url.pathname);
  if (ru?.[1] && isOrderNumber(ru[1])) return ru[1];
  return undefined;
}

/** The product id in `/item/<id>.html` (also the short `/i/<id>.html`). */
export function productIdFromUrl(url: URL): string | undefined {
  if (!isAliExpressUrl(url)) return undefined;
  const match = /\/(?:item|i)\/(\d+)\.html$/.exec(url.pathname);
  return match?.[1] && isProductId(match[1]) ? match[1] : undefined;
}

/** The store id in `/store/<id>` (any subdomain, any sub-page of the store). */
export function storeIdFromUrl(url: URL): string | undefined {
  if (!isAliExpressUrl(url)) return undefined;
  return /\/store\/(\d{3,12})(?:[/?#.]|$)/.exec(url.pathname)?.[1];
}

export function classifyAliExpressUrl(url: URL): AliExpressPageType {
  if (!isAliExpressUrl(url)) return 'other';
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (host.startsWith('msg.') || path.startsWith('/p/message/')) return 'messages';
  if (path.startsWith('/p/reverse-pages/') || (host.startsWith('trade.') && path.startsWith('/issue/'))) {
    return 'dispute';
  }
  if (path.startsWith('/p/tracking/') || host.startsWith('track.')) return 'tracking';
  if (path === '/p/order/detail.html' || path === '/order_detail.htm' || /^\/order-list\/\d+\/?$/.test(path)) {
    return 'order-detail';
  }
  if (path === '/p/order/index.html' || path === '/orderlist.htm' || /^\/order-list\/?$/.test(path)) {
    return 'order-list';
  }
  if (productIdFromUrl(url)) return 'product';
  if (storeIdFromUrl(url)) return 'store';
  return 'other';
}

/**
 * The host to build links on: the page's own (keeping its language subdomain or
 * aliexpress.ru), except the old service hosts that serve no order or product pages.
 */
function mainHost(pageUrl: URL): string {
  if (!isAliExpressUrl(pageUrl) || /^(msg|trade|track)\./.test(pageUrl.hostname)) return 'www.aliexpress.com';
  return pageUrl.host;
}

/** The canonical order detail page (aliexpress.ru keeps its own path). */
export function orderDetailUrl(orderNumber: string, pageUrl: URL): string {
  const host = mainHost(pageUrl);
  if (host.endsWith('aliexpress.ru')) return `https://${host}/order-list/${orderNumber}`;
  return `https://${host}/p/order/detail.html?orderId=${orderNumber}`;
}

/** AliExpress as the shared order readers need it: its id and its order page. */
export const ALIEXPRESS_ORDERS = { marketplace: 'aliexpress', orderUrl: orderDetailUrl } as const;

/** A product link without tracking parameters. */
export function productUrl(productId: string, pageUrl: URL): string {
  return `https://${mainHost(pageUrl)}/item/${productId}.html`;
}
