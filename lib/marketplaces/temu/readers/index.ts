/**
 * The one entry point to the Temu page readers.
 *
 *   URL ──classifyTemuUrl──▶ list │ one order (detail, tracking, return) │ chat
 *    └─ unknown path ──▶ by content: two or more parent orders named → list, one → one order
 *
 * Embedded data first, the visible page second, merged by order number. Pure and never
 * throws: a failure on a page nobody foresaw becomes an empty capture.
 */
import type { MissingCode, PageCapture } from '../../../schema/capture';
import { embeddedJson } from '../../shared/readers/embedded-data';
import { collectMissing, finishOrder, mergeDrafts, type OrderDraft } from '../../shared/readers/order-draft';
import { classifyTemuUrl, parentOrderFromUrl, TEMU_ORDERS, type TemuPageType } from '../urls';
import { findTemuOrderCards, parentOrdersIn, parentOrdersInText, readTemuOrder } from './order-dom';
import { orderNumbersInContext } from '../../shared/readers/order-context';
import { temuOrdersFromData } from './order-data';

/** Temu is the seller of record, and its pages show no buyer-protection countdown. */
const LIST_EXPECTS: readonly MissingCode[] = ['status', 'items', 'item-price', 'total', 'ordered-at'];
const PAGE_EXPECTS: Partial<Record<TemuPageType, readonly MissingCode[]>> = {
  'order-detail': [...LIST_EXPECTS, 'tracking-number'],
  tracking: ['tracking-number'],
  return: ['items'],
};
/** A tracking page exists once the parcel left; a return page is a refund request under way. */
const STATUS_HINTS: Partial<Record<TemuPageType, PageCapture['orders'][number]['status']>> = {
  tracking: 'shipped',
  return: 'dispute',
};

function emptyCapture(kind: PageCapture['kind'], url: URL): PageCapture {
  return { kind, url: url.href, orders: [], messages: [], missing: [] };
}

function readList(document: Document, url: URL, now: number): PageCapture {
  const capture = emptyCapture('order-list', url);
  const fromData = temuOrdersFromData(embeddedJson(document), url, now);
  const fromPage = new Map<string, OrderDraft>();
  for (const { orderNumber, card } of findTemuOrderCards(document.body ?? document, url)) {
    fromPage.set(orderNumber, readTemuOrder(card, orderNumber, url, now));
  }
  const numbers = [...new Set([...fromPage.keys(), ...fromData.keys()])];
  capture.orders = numbers.map((orderNumber) => {
    const data = fromData.get(orderNumber);
    const page = fromPage.get(orderNumber);
    const draft = data ? mergeDrafts(data, page) : (page ?? { orderNumber });
    return finishOrder(draft, { site: TEMU_ORDERS, pageUrl: url, expectTracking: false, expects: LIST_EXPECTS });
  });
  capture.missing = capture.orders.length === 0 ? ['orders'] : collectMissing(...capture.orders.map((o) => o.missing));
  return capture;
}

function readOneOrder(document: Document, url: URL, now: number, pageType: TemuPageType): PageCapture {
  const capture = emptyCapture('order-detail', url);
  const root = document.body ?? document.documentElement;
  const data = temuOrdersFromData(embeddedJson(document), url, now);
  const [onlyInText] = root ? parentOrdersInText(root) : [];
  const [onlyInData] = data.size === 1 ? [...data.keys()] : [];
  const orderNumber = parentOrderFromUrl(url) ?? onlyInText ?? onlyInData;
  if (!root || !orderNumber) return { ...capture, missing: ['order-number'] };
  const page = readTemuOrder(root, orderNumber, url, now);
  const fromData = data.get(orderNumber);
  const hint = STATUS_HINTS[pageType];
  const order = finishOrder(fromData ? mergeDrafts(fromData, page) : page, {
    site: TEMU_ORDERS,
    pageUrl: url,
    expectTracking: true,
    expects: PAGE_EXPECTS[pageType] ?? PAGE_EXPECTS['order-detail'] ?? [],
    ...(hint ? { statusHint: hint } : {}),
  });
  capture.orders = [order];
  capture.missing = [...order.missing];
  return capture;
}

function read(document: Document, url: URL, now: number): PageCapture {
  const pageType = classifyTemuUrl(url);
  if (pageType === 'order-list') return readList(document, url, now);
  if (pageType === 'order-detail' || pageType === 'tracking' || pageType === 'return') return readOneOrder(document, url, now, pageType);
  if (pageType === 'chat') return { ...emptyCapture('messages', url), missing: ['messages'] };
  // A path nobody foresaw (single-page navigation): judge by the orders the page shows as its own, not those it only mentions.
  const named = document.body ? orderNumbersInContext(document.body, parentOrdersIn).length : 0;
  if (named >= 2) return readList(document, url, now);
  if (named === 1) return readOneOrder(document, url, now, 'order-detail');
  return { ...emptyCapture('other', url), missing: ['page-kind'] };
}

/** What a Temu page shows: its orders (list, detail, tracking, return), and what was missing. */
export function readTemuPage(document: Document, url: URL, now: number): PageCapture {
  try {
    return read(document, url, now);
  } catch {
    return { ...emptyCapture('other', url), missing: ['page-kind'] };
  }
}
