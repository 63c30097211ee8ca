/**
 * Temu orders as the visible page shows them. Temu's class names are build hashes
 * (`_3a9Zm`), so nothing here reads a class. Signals, in order of trust:
 *  1. links and data attributes naming a parent order (`parent_order_sn=PO-…`,
 *     `data-order-sn`, `data-href`), and aria-labels that carry one;
 *  2. a parent order number in the text (`PO-211-…`): the `PO-` prefix and region make it
 *     unmistakable, and a sub-order number (no `PO-`) is never taken for an order.
 * An item is the smallest block that shows a title, a price and a count (or links a
 * product): the same shape whatever the layout or language.
 */
import type { CapturedItem } from '../../../schema/capture';
import { climbToCard, isPageChrome } from '../../shared/readers/cards';
import { findDate, numericDateOrderFor, relativeDay } from '../../shared/readers/dates';
import { labelledStatusText, labelledTotal, labelledTrackingNumber, quantityIn } from '../../shared/readers/labels';
import { resolveLink } from '../../shared/readers/links';
import type { OrderDraft } from '../../shared/readers/order-draft';
import { findPrices } from '../../shared/readers/price';
import { looksLikeStatus, normaliseStatus } from '../../shared/readers/status';
import { flatText, selectAll, textLines } from '../../shared/readers/text';
import { PARENT_ORDER_IN_TEXT, parentOrderFromUrl } from '../urls';
import { temuOrderDate, temuPageDates } from './labels';

interface Mark {
  element: Element;
  orderNumber: string;
}

/** Attributes that hold a link on script-driven cards and buttons. */
const LINK_ATTRIBUTES = new Set(['href', 'data-href', 'data-url', 'data-link', 'data-target-url', 'data-detail-url']);
/** Where the content of a card is not: controls, navigation, tabs. */
const NOT_CONTENT = 'a, button, [role="button"], nav, [role="tablist"], [role="tab"], script, style';
/** Product pages: `/…-g-601099548666279.html` or `/goods.html?goods_id=…`. */
const PRODUCT_PATH = /-g-(\d{6,20})\.html$/;
/** An item block is short; a longer one is a card or the page. */
const MAX_ITEM_CHARS = 500;
/** Product carousels under an order ("Recommended for you") are not its items: known by name or heading. */
const SUGGESTION_HINT = /recommend|you-?may-?like|more-?to-?love|similar|related|guess/i;
const SUGGESTION_HEADING =
  /recommended|you may (?:also )?like|more to love|polecane|może ci się spodoba|empfohlen|das könnte dir|recomandat|s-ar putea să|recommandé|vous aimerez|recomendad|te puede gustar|consigliat|potrebbe piacerti|προτειν|μπορεί να σας αρέσ/iu;

function headingOf(block: Element): string {
  const heading = Array.from(block.children).find((child) => /^H[1-6]$/i.test(child.tagName) || child.getAttribute('role') === 'heading');
  return heading ? flatText(heading) : '';
}

function inSuggestions(element: Element, card: Element): boolean {
  for (let node: Element | null = element; node && node !== card; node = node.parentElement) {
    const hints = `${node.getAttribute('class') ?? ''} ${node.id} ${node.getAttribute('aria-label') ?? ''}`;
    if (SUGGESTION_HINT.test(hints) || SUGGESTION_HEADING.test(headingOf(node)) || SUGGESTION_HEADING.test(node.getAttribute('aria-label') ?? '')) {
      return true;
    }
  }
  return false;
}

export function parentOrdersIn(text: string): string[] {
  return Array.from(text.matchAll(PARENT_ORDER_IN_TEXT), (match) => match[0]);
}

/** The parent order an element's links, data attributes or aria-label name. */
function orderInAttributes(element: Element, pageUrl: URL): string | undefined {
  for (const { name, value } of Array.from(element.attributes)) {
    if (LINK_ATTRIBUTES.has(name)) {
      const url = resolveLink(value, pageUrl);
      const orderNumber = url && parentOrderFromUrl(url);
      if (orderNumber) return orderNumber;
    } else if (name.startsWith('data-') || name === 'aria-label' || name === 'title') {
      const [orderNumber] = parentOrdersIn(value);
      if (orderNumber) return orderNumber;
    }
  }
  return undefined;
}

function orderMarks(root: ParentNode, pageUrl: URL): Mark[] {
  const marks: Mark[] = [];
  for (const element of selectAll(root, '*')) {
    if (!element.hasAttributes()) continue;
    const orderNumber = orderInAttributes(element, pageUrl);
    if (orderNumber) marks.push({ element, orderNumber });
  }
  const document = (root as Node).ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('script, style, template')) continue;
    for (const orderNumber of parentOrdersIn(node.nodeValue ?? '')) marks.push({ element, orderNumber });
  }
  return marks;
}

/** Every parent order the page names, in page order, with its card. */
export function findTemuOrderCards(root: ParentNode, pageUrl: URL): Array<{ orderNumber: string; card: Element }> {
  const marks = orderMarks(root, pageUrl);
  const cards = new Map<string, Element>();
  for (const mark of marks) {
    if (cards.has(mark.orderNumber)) continue;
    const others = marks.filter((other) => other.orderNumber !== mark.orderNumber).map((other) => other.element);
    cards.set(mark.orderNumber, climbToCard(mark.element, others));
  }
  return [...cards]
    .map(([orderNumber, card]) => ({ orderNumber, card }))
    .sort((a, b) => (a.card.compareDocumentPosition(b.card) & 4 ? -1 : 1));
}

/** The distinct parent orders named in the visible text. */
export function parentOrdersInText(root: Node): string[] {
  return [...new Set(parentOrdersIn(textLines(root).join('\n')))];
}

/** A product title: words, not a price, date, label, status, count or order number. */
function isTitle(text: string, now: number): boolean {
  if (!/\p{L}{2}/u.test(text) || text.length > 300 || text.includes(':') || looksLikeStatus(text)) return false;
  if (findPrices(text).length > 0 || findDate(text) || relativeDay(text, now) !== undefined) return false;
  return parentOrdersIn(text).length === 0 && !/^[x×]\s?\d+$/i.test(text);
}

function productLinkIn(element: Element, pageUrl: URL): { url: string; productId: string } | undefined {
  const candidates = [element, ...selectAll(element, 'a[href], [data-url], [data-href]')];
  for (const candidate of candidates) {
    const href = candidate.getAttribute('href') ?? candidate.getAttribute('data-url') ?? candidate.getAttribute('data-href');
    const url = resolveLink(href, pageUrl);
    const productId = url && (PRODUCT_PATH.exec(url.pathname)?.[1] ?? url.searchParams.get('goods_id') ?? undefined);
    if (url && productId && /^\d+$/.test(productId)) return { url: `${url.origin}${url.pathname}${url.pathname.startsWith('/goods.html') ? `?goods_id=${productId}` : ''}`, productId };
  }
  return undefined;
}

/** The item an element shows, when it is an item block: a title, a price, and a count or product link. */
function itemOf(element: Element, pageUrl: URL, now: number): CapturedItem | undefined {
  const lines = textLines(element);
  const text = lines.join('\n');
  if (text.length === 0 || text.length > MAX_ITEM_CHARS || labelledTotal(text) || parentOrdersIn(text).length > 0) return undefined;
  // Titles stand on a line of their own or in an element of their own (inline rows).
  const leaves = selectAll(element, '*').filter((child) => child.children.length === 0).map((child) => flatText(child));
  const title = [...lines, ...leaves, element.getAttribute('aria-label')?.trim() ?? '']
    .filter((candidate) => isTitle(candidate, now))
    .sort((a, b) => b.length - a.length)[0];
  if (!title) return undefined;
  const rest = text.replace(title, '\n');
  const [price] = findPrices(rest);
  const quantity = quantityIn(rest);
  const product = productLinkIn(element, pageUrl);
  if (!price || (quantity === undefined && !product)) return undefined;
  return { title, quantity: quantity ?? 1, price, ...(product ?? {}) };
}

/** The smallest item blocks in the card: an element whose descendants hold no item of their own. */
function itemsIn(card: Element, pageUrl: URL, now: number): CapturedItem[] {
  const found = [card, ...selectAll(card, '*')]
    .filter((element) => !element.closest('script, style') && !inSuggestions(element, card))
    .map((element) => ({ element, item: itemOf(element, pageUrl, now) }))
    .filter((entry): entry is { element: Element; item: CapturedItem } => entry.item !== undefined);
  return found
    .filter(({ element }) => !found.some((other) => other.element !== element && element.contains(other.element)))
    .map(({ item }) => item);
}

/** The status phrase: after a status label, on a status role, or a short status-like text. */
function statusIn(card: Element, text: string): string | undefined {
  const labelled = labelledStatusText(text);
  if (labelled && normaliseStatus(labelled) !== 'unknown') return labelled;
  for (const element of selectAll(card, '[role="status"][aria-label]')) {
    const spoken = element.getAttribute('aria-label') ?? '';
    const phrase = labelledStatusText(spoken) ?? spoken;
    if (normaliseStatus(phrase) !== 'unknown') return phrase.trim();
  }
  const leaf = selectAll(card, '*').find((element) => {
    if (element.children.length > 0) return false;
    const excluded = element.closest(NOT_CONTENT);
    const chrome = element.closest('header, footer');
    return (!excluded || excluded === card) && !(chrome && isPageChrome(chrome)) && looksLikeStatus(flatText(element));
  });
  return leaf ? flatText(leaf) : undefined;
}

/** One order's fields from its card (a list card, or the whole page on one-order pages). */
export function readTemuOrder(card: Element, orderNumber: string, pageUrl: URL, now: number): OrderDraft {
  const lines = textLines(card);
  const text = lines.join('\n');
  const dateOrder = numericDateOrderFor(card.ownerDocument.documentElement?.getAttribute('lang'));
  const draft: OrderDraft = { orderNumber };
  const statusText = statusIn(card, text);
  if (statusText) draft.statusText = statusText;
  const items = itemsIn(card, pageUrl, now);
  if (items.length) draft.items = items;
  const total = labelledTotal(text);
  if (total) draft.total = total;
  const orderedAt = temuOrderDate(text, dateOrder);
  if (orderedAt !== undefined) draft.orderedAt = orderedAt;
  const trackingNumber = labelledTrackingNumber(text);
  if (trackingNumber) draft.trackingNumber = trackingNumber;
  const pageDates = temuPageDates(lines, orderedAt ?? now, dateOrder);
  if (pageDates.length) draft.pageDates = pageDates;
  return draft;
}
