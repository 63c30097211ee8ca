/**
 * Temu URL patterns: which page a URL is and the order it names (see README.md for the
 * sources). Page names carry Temu's own prefixes: `bgt_` orders, `bgas_` after-sales
 * (returns and refunds), `bgst_` shipping. A locale segment may come first:
 * `/pl/bgt_orders.html`, `/uk-pl/bgt_orders.html`.
 */
import { hostBelongsTo } from '../types';
import { temuSite } from './site';

export type TemuPageType = 'order-list' | 'order-detail' | 'tracking' | 'return' | 'chat' | 'store' | 'product' | 'other';

/** A parent order number anywhere in text: `PO-` + 3-digit region + its digits; never a sub-order (no `PO-`). */
export const PARENT_ORDER_IN_TEXT = /(?<![\w-])PO-\d{3}-\d{14,20}(?!\d)/g;
/** A whole parent order number; a little slack around the 17 digits seen, never without `PO-`. */
export const PARENT_ORDER = /^PO-\d{3}-\d{14,20}$/;
/** Parameters that carry a parent order (after-sales ids append `-D01`, the request's number). */
const ORDER_PARAMS = ['parent_order_sn', 'parent_after_sales_sn', 'posn'];
/** `/pl/`, `/ro/`, `/uk-pl/`, `/es-en/`: country, or country and language. */
const LOCALE_PREFIX = /^\/[a-z]{2}(?:-[a-z]{2})?(?=\/)/;

export function isTemuUrl(url: URL): boolean {
  return hostBelongsTo(url.hostname, temuSite.domains);
}

export function isParentOrderNumber(value: string): boolean {
  return PARENT_ORDER.test(value);
}

/** The locale segment of the path (`/pl`), or '' on the US site. */
export function localePrefix(url: URL): string {
  return LOCALE_PREFIX.exec(url.pathname)?.[0] ?? '';
}

/** The page path without the locale segment, lower-cased. */
function pagePath(url: URL): string {
  return url.pathname.slice(localePrefix(url).length).toLowerCase();
}

export function parentOrderFromUrl(url: URL): string | undefined {
  if (!isTemuUrl(url)) return undefined;
  for (const [key, raw] of url.searchParams) {
    if (!ORDER_PARAMS.includes(key.toLowerCase())) continue;
    const value = raw.trim().replace(/-D\d{2}$/, '');
    if (isParentOrderNumber(value)) return value;
  }
  return undefined;
}

export function classifyTemuUrl(url: URL): TemuPageType {
  if (!isTemuUrl(url)) return 'other';
  const path = pagePath(url);
  if (path === '/bgt_orders.html') return 'order-list';
  if (path === '/bgt_order_detail.html') return 'order-detail';
  if (path.startsWith('/bgst_')) return 'tracking';
  if (path.startsWith('/bgas_')) return 'return';
  if (/^\/(?:chat|bgcs_|support)/.test(path) || path.startsWith('/chat_')) return 'chat';
  if (/-m-\d+\.html$/.test(path) || path.startsWith('/mall.html')) return 'store';
  if (/-g-\d+\.html$/.test(path) || path.startsWith('/goods.html')) return 'product';
  return 'other';
}

/** The order's detail page on the page's own host and locale. */
export function temuOrderDetailUrl(orderNumber: string, pageUrl: URL): string {
  const host = isTemuUrl(pageUrl) ? pageUrl.host : 'www.temu.com';
  return `https://${host}${localePrefix(pageUrl)}/bgt_order_detail.html?parent_order_sn=${encodeURIComponent(orderNumber)}`;
}

export const TEMU_ORDERS = { marketplace: 'temu', orderUrl: temuOrderDetailUrl } as const;
