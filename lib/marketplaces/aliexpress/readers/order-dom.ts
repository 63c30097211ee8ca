/**
 * Orders as the visible page shows them. Signals in order of trust:
 *  1. links whose URL names an order (`orderId=` / `tradeOrderId=`, aliexpress.ru paths),
 *  2. order numbers written after a label ("Order ID:", "Номер заказа"…),
 *  3. the class names the order list has used (`.order-item…`), last, because they change.
 * An order's card is the largest element around its marks that holds no other order's
 * marks and no page chrome (navigation, header, tabs).
 */
import type { CapturedItem, CapturedStore } from '../../../schema/capture';
import { orderNumberFromUrl, productIdFromUrl, productUrl, resolveLink, storeIdFromUrl } from '../urls';
import { findCountdown } from './countdown';
import { findDate } from './dates';
import {
  hasOrderNumberLabel,
  labelledOrderDate,
  labelledOrderNumbers,
  labelledShipDate,
  labelledStatusText,
  labelledTotal,
  labelledTrackingNumber,
  quantityIn,
} from './labels';
import type { OrderDraft } from './order-draft';
import { parsePrice } from './price';
import { looksLikeStatus, normaliseStatus } from './status';
import { attributeHints, flatText, selectAll, selectFirst, textLines } from './text';

/** Class names from the order list as public code has seen it (DOMAIN.md "AliExpress pages"). */
const CLASS = {
  card: '.order-item',
  status: '.order-item-header-status-text',
  headerInfo: '.order-item-header-right-info',
  total: '.order-item-content-opt-price-total',
  storeLink: '.order-item-store-name a',
  storeName: '.order-item-store-name',
  itemName: '.order-item-content-info-name',
} as const;
const CHROME = 'nav, header, footer, [role="tablist"], [role="navigation"], [role="banner"]';
/** Product carousels beside an order ("More to love", "Recommended") are not the order's items. */
const SUGGESTIONS = /recommend|more-?to-?love|you-?may-?like|similar|related|guess/;

function inSuggestions(element: Element, card: Element): boolean {
  for (let node: Element | null = element; node && node !== card; node = node.parentElement) {
    if (SUGGESTIONS.test(attributeHints(node))) return true;
  }
  return false;
}
const NOT_CONTENT = 'a, button, nav, header, footer, [role="tablist"], [role="tab"], script, style';

interface Mark {
  element: Element;
  orderNumber: string;
}

/** Every element that names an order: order links, labelled numbers, then `.order-item` cards. */
function orderMarks(root: ParentNode, pageUrl: URL): Mark[] {
  const marks: Mark[] = [];
  for (const link of selectAll(root, 'a[href]')) {
    const url = resolveLink(link.getAttribute('href'), pageUrl);
    const orderNumber = url && orderNumberFromUrl(url);
    if (orderNumber) marks.push({ element: link, orderNumber });
  }
  const document = (root as Node).ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!hasOrderNumberLabel(node.nodeValue ?? '')) continue;
    // The number may sit in a sibling element: climb a little until label and value meet.
    let element = node.parentElement;
    for (let level = 0; element && level < 3; level += 1, element = element.parentElement) {
      if (element.closest('script, style')) break;
      const [orderNumber] = labelledOrderNumbers(textLines(element).join('\n'));
      if (orderNumber) {
        marks.push({ element, orderNumber });
        break;
      }
    }
  }
  for (const card of selectAll(root, CLASS.card)) {
    const [orderNumber] = labelledOrderNumbers(textLines(card).join('\n'));
    if (orderNumber && !marks.some((mark) => card.contains(mark.element))) marks.push({ element: card, orderNumber });
  }
  return marks;
}

function isPageFrame(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || selectFirst(element, CHROME) !== undefined;
}

/** The card of one order: climb from its first mark while no other order and no page chrome comes in. */
function cardFor(orderNumber: string, marks: readonly Mark[]): Element | undefined {
  const own = marks.filter((mark) => mark.orderNumber === orderNumber);
  const others = marks.filter((mark) => mark.orderNumber !== orderNumber);
  const first = own[0]?.element;
  if (!first) return undefined;
  const classed = first.closest(CLASS.card);
  if (classed && !others.some((mark) => classed.contains(mark.element))) return classed;
  let card = first;
  for (let parent = card.parentElement; parent; parent = parent.parentElement) {
    // The cheap test first: on a list, the climb usually ends at another order's mark.
    if (others.some((mark) => parent.contains(mark.element)) || isPageFrame(parent)) break;
    card = parent;
  }
  return card;
}

/** Order numbers in page order with their card elements. */
export function findOrderCards(root: ParentNode, pageUrl: URL): Array<{ orderNumber: string; card: Element }> {
  const marks = orderMarks(root, pageUrl);
  const seen = new Set<string>();
  const cards: Array<{ orderNumber: string; card: Element }> = [];
  for (const mark of marks) {
    if (seen.has(mark.orderNumber)) continue;
    seen.add(mark.orderNumber);
    const card = cardFor(mark.orderNumber, marks);
    if (card) cards.push({ orderNumber: mark.orderNumber, card });
  }
  // Cards in document order, whichever signal found them first.
  return cards.sort((a, b) => (a.card.compareDocumentPosition(b.card) & 4 ? -1 : 1));
}

function storeIn(card: Element, pageUrl: URL): CapturedStore | undefined {
  for (const link of selectAll(card, 'a[href]')) {
    const url = resolveLink(link.getAttribute('href'), pageUrl);
    const storeId = url && storeIdFromUrl(url);
    const name = flatText(link) || link.getAttribute('title')?.trim();
    if (url && storeId && name) return { name, url: url.href, storeId };
  }
  const named = selectFirst(card, CLASS.storeLink) ?? selectFirst(card, CLASS.storeName);
  const name = named ? flatText(named) : '';
  return name ? { name } : undefined;
}

/** The largest element around a product link that holds no other product and no order-level total. */
function itemBox(link: Element, productId: string, card: Element, pageUrl: URL): Element {
  let box = link;
  for (let parent = box.parentElement; parent && parent !== card; parent = parent.parentElement) {
    const otherProduct = selectAll(parent, 'a[href]').some((other) => {
      const url = resolveLink(other.getAttribute('href'), pageUrl);
      const id = url && productIdFromUrl(url);
      return id !== undefined && id !== productId;
    });
    if (otherProduct || labelledTotal(textLines(parent).join('\n'))) break;
    box = parent;
  }
  return box;
}

function itemsIn(card: Element, pageUrl: URL): CapturedItem[] {
  const byProduct = new Map<string, { titles: string[]; box: Element }>();
  for (const link of selectAll(card, 'a[href]')) {
    const url = resolveLink(link.getAttribute('href'), pageUrl);
    const productId = url && productIdFromUrl(url);
    if (!productId || inSuggestions(link, card)) continue;
    const entry = byProduct.get(productId) ?? { titles: [], box: itemBox(link, productId, card, pageUrl) };
    const title = flatText(link) || link.getAttribute('title')?.trim() || selectFirst(link, 'img[alt]')?.getAttribute('alt')?.trim();
    if (title) entry.titles.push(title);
    byProduct.set(productId, entry);
  }
  const items: CapturedItem[] = [];
  for (const [productId, { titles, box }] of byProduct) {
    const title = titles.sort((a, b) => b.length - a.length)[0];
    if (!title) continue;
    const text = textLines(box).join('\n');
    const item: CapturedItem = { title, productId, url: productUrl(productId, pageUrl), quantity: quantityIn(text) ?? 1 };
    const price = parsePrice(text);
    if (price) item.price = price;
    items.push(item);
  }
  if (items.length > 0) return items;
  // No product links: the list's item-name class, last resort.
  return selectAll(card, CLASS.itemName)
    .map((element) => {
      const title = flatText(element);
      const box = element.parentElement ?? element;
      const text = textLines(box).join('\n');
      const item: CapturedItem = { title, quantity: quantityIn(text) ?? 1 };
      const price = parsePrice(text);
      if (price) item.price = price;
      return item;
    })
    .filter((item) => item.title.length > 0);
}

/** The status phrase: after a status label, in an element named for status, or a short status-like text. */
function statusIn(card: Element, text: string): string | undefined {
  const classed = selectFirst(card, CLASS.status);
  if (classed && flatText(classed)) return flatText(classed);
  const labelled = labelledStatusText(text);
  if (labelled && normaliseStatus(labelled) !== 'unknown') return labelled;
  const candidates = selectAll(card, '*').filter((element) => !element.closest(NOT_CONTENT));
  const named = candidates.find((element) => /status/.test(attributeHints(element)) && looksLikeStatus(flatText(element)));
  if (named) return flatText(named);
  const leaf = candidates.find((element) => element.children.length === 0 && looksLikeStatus(flatText(element)));
  return leaf ? flatText(leaf) : undefined;
}

/** Reads one order's fields from its card (a list card, or the whole detail page). */
export function readOrderFromElement(card: Element, orderNumber: string, pageUrl: URL, now: number): OrderDraft {
  const lines = textLines(card);
  const text = lines.join('\n');
  const draft: OrderDraft = { orderNumber };
  const statusText = statusIn(card, text);
  if (statusText) draft.statusText = statusText;
  const store = storeIn(card, pageUrl);
  if (store) draft.store = store;
  const items = itemsIn(card, pageUrl);
  if (items.length) draft.items = items;
  const classedTotal = selectFirst(card, CLASS.total);
  const total = labelledTotal(text) ?? (classedTotal ? parsePrice(flatText(classedTotal)) : undefined);
  if (total) draft.total = total;
  const headerInfo = selectFirst(card, CLASS.headerInfo);
  const orderedAt = labelledOrderDate(text) ?? (headerInfo ? findDate(flatText(headerInfo))?.at : undefined);
  if (orderedAt !== undefined) draft.orderedAt = orderedAt;
  const shippedAt = labelledShipDate(text);
  if (shippedAt !== undefined) draft.shippedAt = shippedAt;
  const trackingNumber = labelledTrackingNumber(text);
  if (trackingNumber) draft.trackingNumber = trackingNumber;
  const protection = findCountdown(lines, now);
  if (protection) draft.protection = protection;
  return draft;
}
