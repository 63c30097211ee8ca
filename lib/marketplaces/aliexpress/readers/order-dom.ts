/**
 * Orders as the visible page shows them. Signals in order of trust:
 *  1. links whose URL names an order (`orderId=` / `tradeOrderId=`, aliexpress.ru paths),
 *  2. order numbers written after a label ("Order ID:", "Номер заказа"…),
 *  3. the class names the order list has used (`.order-item…`), last, because they change.
 * An order's card is the largest element around its marks that holds no other order's
 * marks and no page chrome (navigation, header, tabs).
 */
import type { CapturedItem, CapturedStore } from '../../../schema/capture';
import { isOrderNumber, orderNumberFromUrl, productIdFromUrl, productUrl, resolveLink, storeIdFromUrl } from '../urls';
import { climbToCard } from '../../shared/readers/cards';
import { findCountdown, isDeadlineText } from '../../shared/readers/countdown';
import { findDate, numericDateOrderFor, relativeDay, type NumericDateOrder } from '../../shared/readers/dates';
import {
  hasOrderNumberLabel,
  hasShipDateLabel,
  labelledOrderDate,
  labelledOrderNumbers,
  labelledShipDate,
  labelledDeliveryDate,
  labelledReceiptConfirmationDate,
  labelledStatusText,
  labelledTotal,
  labelledTrackingNumber,
  quantityIn,
} from '../../shared/readers/labels';
import type { OrderDraft } from '../../shared/readers/order-draft';
import { parsePrice } from '../../shared/readers/price';
import { looksLikeStatus, normaliseStatus } from '../../shared/readers/status';
import { attributeHints, flatText, selectAll, selectFirst, textLines } from '../../shared/readers/text';

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

/** Attributes script-driven pages put a link in, on buttons and cards instead of `<a href>`. */
const LINK_ATTRIBUTES = ['data-href', 'data-url', 'data-link', 'data-target-url', 'data-detail-url'];
/** An attribute named for the order id (`data-order-id`, `data-orderid`, `data-trade-order-id`) is a labelled field. */
const ORDER_ID_ATTRIBUTE = /^data-(?:trade-?|main-?|parent-?)?order-?(?:id|no|number)$/i;

/** The order an element's link or data attributes name. */
function orderNumberInAttributes(element: Element, pageUrl: URL): string | undefined {
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name;
    if (name === 'href' || LINK_ATTRIBUTES.includes(name)) {
      const url = resolveLink(attribute.value, pageUrl);
      const orderNumber = url && orderNumberFromUrl(url);
      if (orderNumber) return orderNumber;
    } else if (ORDER_ID_ATTRIBUTE.test(name) && isOrderNumber(attribute.value.trim())) {
      return attribute.value.trim();
    }
  }
  return undefined;
}

/** Every element that names an order: order links and order-id attributes, labelled numbers, then `.order-item` cards. */
function orderMarks(root: ParentNode, pageUrl: URL): Mark[] {
  const marks: Mark[] = [];
  for (const element of selectAll(root, 'a[href], [data-href], [data-url], [data-link], [data-target-url], [data-detail-url]')) {
    const orderNumber = orderNumberInAttributes(element, pageUrl);
    if (orderNumber) marks.push({ element, orderNumber });
  }
  // Attribute names cannot be matched by a selector pattern: look at each element's own.
  for (const element of selectAll(root, '*')) {
    if (!element.hasAttributes()) continue;
    for (const attribute of Array.from(element.attributes)) {
      if (ORDER_ID_ATTRIBUTE.test(attribute.name) && isOrderNumber(attribute.value.trim())) {
        marks.push({ element, orderNumber: attribute.value.trim() });
        break;
      }
    }
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

/** The card of one order: climb from its first mark while no other order and no page chrome comes in. */
function cardFor(orderNumber: string, marks: readonly Mark[]): Element | undefined {
  const own = marks.filter((mark) => mark.orderNumber === orderNumber);
  const others = marks.filter((mark) => mark.orderNumber !== orderNumber);
  const first = own[0]?.element;
  if (!first) return undefined;
  const classed = first.closest(CLASS.card);
  if (classed && !others.some((mark) => classed.contains(mark.element))) return classed;
  return climbToCard(first, others.map((mark) => mark.element));
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

/**
 * A list card that links no store still names it where the desktop list does: in the
 * card's header, on the same row as the status ("Sunny Outdoor Store · Shipped"). Only a
 * plain name counts there, not a date, price, label or countdown.
 */
function storeBesideStatus(card: Element, statusText: string | undefined, now: number): CapturedStore | undefined {
  if (!statusText) return undefined;
  const status = selectAll(card, '*').find((element) => element.children.length === 0 && flatText(element) === statusText);
  const row = status?.parentElement;
  if (!row || row === card || row.children.length !== 2) return undefined;
  const other = Array.from(row.children).find((child) => child !== status);
  const name = other && other.children.length === 0 ? flatText(other) : '';
  if (!/\p{L}{2}/u.test(name) || name.length > 80 || name.includes(':') || looksLikeStatus(name)) return undefined;
  if (parsePrice(name) || findDate(name) || relativeDay(name, now) !== undefined || isDeadlineText(name)) return undefined;
  return { name };
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

/**
 * The text around an item, without its title (a title's "50 pcs" or "3 prize" is not a
 * quantity or price), in two readings: inline pieces joined as a person sees them ("US
 * $12.34"), and the box's child elements apart, for when joining runs fields together
 * ("22,50 leix2").
 */
function itemTexts(box: Element, title: string): [string, string] {
  const untitled = (text: string) => text.replace(title, '\n');
  const joined = untitled(textLines(box).join('\n'));
  const apart = untitled(Array.from(box.childNodes, (child) => flatText(child)).join(' \n'));
  return [joined, apart];
}

function itemFields(box: Element, title: string): Pick<CapturedItem, 'quantity' | 'price'> {
  const [joined, apart] = itemTexts(box, title);
  const fields: Pick<CapturedItem, 'quantity' | 'price'> = { quantity: quantityIn(joined) ?? quantityIn(apart) ?? 1 };
  const price = parsePrice(joined) ?? parsePrice(apart);
  if (price) fields.price = price;
  return fields;
}

function itemsIn(card: Element, pageUrl: URL, listCard: boolean, now: number): CapturedItem[] {
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
    items.push({ title, productId, url: productUrl(productId, pageUrl), ...itemFields(box, title) });
  }
  if (items.length > 0) return items;
  // No product links: the list's item-name class.
  const named = selectAll(card, CLASS.itemName)
    .map((element) => {
      const title = flatText(element);
      const item: CapturedItem = { title, ...itemFields(element.parentElement ?? element, title) };
      return item;
    })
    .filter((item) => item.title.length > 0);
  if (named.length > 0 || !listCard) return named;
  const line = unlinkedItemLine(card, now);
  return line ? [line] : [];
}

/**
 * A compact list card (mobile) that links neither product nor item class: the item is a
 * text of a few words in the row that shows its price and count ("Cat scratching post ·
 * US $9.90 · x2"), not a status, date, label or total. One item at most: such cards show
 * the first line of the order only.
 */
function unlinkedItemLine(card: Element, now: number): CapturedItem | undefined {
  for (const element of selectAll(card, '*')) {
    if (element.children.length > 0 || (element.closest(NOT_CONTENT) ?? card) !== card) continue;
    const title = flatText(element);
    const words = title.split(' ').filter((word) => /\p{L}{2}/u.test(word));
    if (words.length < 2 || title.length > 300 || title.includes(':') || looksLikeStatus(title)) continue;
    if (parsePrice(title) || findDate(title) || relativeDay(title, now) !== undefined || isDeadlineText(title)) continue;
    const row = element.parentElement;
    if (!row || row === card) continue;
    const rowText = textLines(row).join('\n');
    if (labelledTotal(rowText)) continue;
    const fields = itemFields(row, title);
    const counted = quantityIn(itemTexts(row, title).join('\n')) !== undefined;
    if (fields.price && counted) return { title, ...fields };
  }
  return undefined;
}

/** The header cell texts of the table a row belongs to, by column; empty when the table has none. */
function columnHeaders(row: Element): string[] {
  const table = row.closest('table');
  const headerRow = table && selectAll(table, 'tr').find((candidate) => selectFirst(candidate, 'th') !== undefined);
  if (!headerRow || headerRow === row) return [];
  return Array.from(headerRow.children).map((cell) => flatText(cell));
}

/**
 * The card's text lines. A table row's cells get their column header in front ("Totale:
 * € 23,40"), because in a table the header is the label: the same label readers then
 * work on rows and on cards alike.
 */
function cardLines(card: Element): string[] {
  if (card.tagName.toUpperCase() !== 'TR') return textLines(card);
  const headers = columnHeaders(card);
  if (headers.length === 0) return textLines(card);
  return Array.from(card.children).flatMap((cell, column) => {
    const lines = textLines(cell);
    const header = headers[column];
    if (!header || lines.length === 0) return lines;
    return [`${header}: ${lines[0] ?? ''}`, ...lines.slice(1)];
  });
}

/**
 * A list card's order date when no label names it: the first date on the card that is not
 * a deadline's or the shipping date. List cards show the order date and little else, so
 * this is safe there; it is never used on detail pages, where many dates appear.
 */
function unlabelledCardDate(lines: readonly string[], order: NumericDateOrder | undefined, now: number): number | undefined {
  const usable = lines.filter((line) => !isDeadlineText(line) && !hasShipDateLabel(line));
  for (const line of usable) {
    const found = findDate(line, order);
    if (found) return found.at;
  }
  // Mobile cards write "2 days ago" or "Yesterday" on a line of their own; a status such
  // as "Delivered yesterday" is about delivery, not the order.
  for (const line of usable) {
    if (line.length > 30 || looksLikeStatus(line)) continue;
    const day = relativeDay(line, now);
    if (day !== undefined) return day;
  }
  return undefined;
}

/** The status phrase: after a status label, in an element named for status, or a short status-like text. */
function statusIn(card: Element, text: string): string | undefined {
  const classed = selectFirst(card, CLASS.status);
  if (classed && flatText(classed)) return flatText(classed);
  const labelled = labelledStatusText(text);
  if (labelled && normaliseStatus(labelled) !== 'unknown') return labelled;
  // A card that is itself a link (mobile lists) still has content inside it.
  const candidates = selectAll(card, '*').filter((element) => {
    const excluded = element.closest(NOT_CONTENT);
    return !excluded || excluded === card;
  });
  const named = candidates.find((element) => /status/.test(attributeHints(element)) && looksLikeStatus(flatText(element)));
  if (named) return flatText(named);
  const leaf = candidates.find((element) => element.children.length === 0 && looksLikeStatus(flatText(element)));
  return leaf ? flatText(leaf) : undefined;
}

/**
 * Reads one order's fields from its card (a list card, or the whole detail page, where
 * `listCard` is false).
 */
export function readOrderFromElement(card: Element, orderNumber: string, pageUrl: URL, now: number, listCard = false): OrderDraft {
  const lines = cardLines(card);
  const text = lines.join('\n');
  const dateOrder = numericDateOrderFor(card.ownerDocument.documentElement?.getAttribute('lang'));
  const draft: OrderDraft = { orderNumber };
  const statusText = statusIn(card, text);
  if (statusText) draft.statusText = statusText;
  const store = storeIn(card, pageUrl) ?? (listCard ? storeBesideStatus(card, statusText, now) : undefined);
  if (store) draft.store = store;
  const items = itemsIn(card, pageUrl, listCard, now);
  if (items.length) draft.items = items;
  const classedTotal = selectFirst(card, CLASS.total);
  const total = labelledTotal(text) ?? (classedTotal ? parsePrice(flatText(classedTotal)) : undefined);
  if (total) draft.total = total;
  const headerInfo = selectFirst(card, CLASS.headerInfo);
  const orderedAt =
    labelledOrderDate(text, dateOrder) ??
    (headerInfo ? findDate(flatText(headerInfo), dateOrder)?.at : undefined) ??
    (listCard ? unlabelledCardDate(lines, dateOrder, now) : undefined);
  if (orderedAt !== undefined) draft.orderedAt = orderedAt;
  const shippedAt = labelledShipDate(text, dateOrder);
  if (shippedAt !== undefined) draft.shippedAt = shippedAt;
  const deliveredAt = labelledDeliveryDate(text, dateOrder, now);
  if (deliveredAt !== undefined) draft.deliveredAt = deliveredAt;
  const receiptConfirmedAt = labelledReceiptConfirmationDate(text, dateOrder, now);
  if (receiptConfirmedAt !== undefined) draft.receiptConfirmedAt = receiptConfirmedAt;
  const trackingNumber = labelledTrackingNumber(text);
  if (trackingNumber) draft.trackingNumber = trackingNumber;
  const protection = findCountdown(lines, now);
  if (protection) draft.protection = protection;
  return draft;
}
