/**
 * The message page (`/p/message/index.html?…orderId=…`, older msg.aliexpress.com): the
 * visible conversation with author, time and a fingerprint per message, and the order it
 * is about. Embedded data first; otherwise the conversation panel, told apart from the
 * list of conversations beside it by the words its elements are named with. Authorship
 * comes from explicit roles when the page names them (buyer/seller/system), else from
 * which side the bubble sits on (own messages on the right).
 */
import type { CapturedMessage, CapturedOrder, MissingCode } from '../../../schema/capture';
import { findMessageBox } from '../../shared/message-box';
import { ALIEXPRESS_ORDERS, orderNumberFromUrl, resolveLink, storeIdFromUrl } from '../urls';
import { parseMessageTime } from '../../shared/readers/dates';
import { embeddedJson, isObject, pick, pickString, visitObjects, type JsonObject } from '../../shared/readers/embedded-data';
import { withFingerprints } from '../../../schema/message-fingerprint';
import { labelledOrderNumbers } from '../../shared/readers/labels';
import { finishOrder } from '../../shared/readers/order-draft';
import { emptyCapture, type PageReader } from './reader';
import { attributeHints, flatText, selectAll, textLines } from '../../shared/readers/text';

type Author = CapturedMessage['author'];
type Unsigned = Omit<CapturedMessage, 'fingerprint'>;

const MESSAGE_TEXT_KEYS = ['content', 'messageContent', 'msgContent', 'text', 'summary'];
const AUTHOR_KEYS = ['senderType', 'fromType', 'senderRole', 'role', 'author', 'sender'];
const SELF_KEYS = ['isSelf', 'self', 'fromSelf', 'isBuyer', 'mine'];
const TIME_KEYS = ['gmtCreate', 'sendTime', 'createTime', 'timestamp', 'time', 'sentAt'];

/** Conversation panels, and the conversation list that must not be mistaken for one. */
const PANEL_HINT = /chat|message-?(?:list|view|content|panel|body|flow)|msg-?(?:list|content|view)|im-?(?:content|view|list)|conversation-?(?:body|content|view|detail)/;
const NOT_PANEL_HINT = /contact|session|sidebar|inbox|conversation-?list|channel-?list|nav/;
const ITEM_HINT = /(?:message|msg|chat|im)[-_]?(?:item|row|bubble|wrap|entry|line)|bubble/;
const TIME_HINT = /(?:^|[-_\s])(?:time|date|timestamp)(?:$|[-_\s])/;
const NAME_HINT = /(?:^|[-_\s])(?:name|nick|nickname|author|sender|avatar)(?:$|[-_\s])/;
const CONTENT_HINT = /(?:^|[-_\s])(?:content|text|body|bubble)(?:$|[-_\s])/;

function tokens(hints: string): Set<string> {
  return new Set(hints.split(/[^a-z0-9]+/).filter(Boolean));
}

function authorFromWord(word: string): Author | undefined {
  const lower = word.toLowerCase();
  if (/system|notice|notification|tips?$/.test(lower)) return 'system';
  if (/buyer|customer|self|mine/.test(lower)) return 'buyer';
  if (/seller|store|shop|merchant/.test(lower)) return 'seller';
  return undefined;
}

const AUTHOR_ATTRIBUTES = ['data-author', 'data-role', 'data-sender', 'data-from'];
/** Class words that say which side of a chat a bubble is on, and nothing else. */
const CHAT_SIDE_WORDS = ['incoming', 'outgoing', 'buyer', 'seller', 'sent', 'received', 'mine', 'theirs', 'self'];

/** The author an element's own data attributes name, if any. */
function explicitAuthorOf(element: Element): Author | undefined {
  for (const name of AUTHOR_ATTRIBUTES) {
    const value = element.getAttribute(name);
    const author = value ? authorFromWord(value) : undefined;
    if (author) return author;
  }
  return undefined;
}

/** Authorship from explicit roles first, then the bubble's side. */
function authorOf(element: Element): Author | undefined {
  const explicit = explicitAuthorOf(element);
  if (explicit) return explicit;
  const words = tokens(attributeHints(element));
  if (['system', 'notice', 'notification', 'tip', 'tips'].some((word) => words.has(word))) return 'system';
  if (['buyer', 'self', 'mine', 'me', 'own', 'sent', 'outgoing', 'right'].some((word) => words.has(word))) return 'buyer';
  const theirs = ['seller', 'store', 'shop', 'other', 'others', 'them', 'their', 'theirs', 'partner', 'peer', 'counterpart'];
  if ([...theirs, 'received', 'incoming', 'left', 'opposite'].some((word) => words.has(word))) {
    return 'seller';
  }
  return undefined;
}

function messagesFromData(blocks: readonly unknown[], now: number): Unsigned[] {
  const messages: Unsigned[] = [];
  const read = (object: JsonObject): boolean => {
    const text = pickString(object, MESSAGE_TEXT_KEYS);
    const role = pickString(object, AUTHOR_KEYS);
    const self = SELF_KEYS.map((key) => object[key]).find((value) => typeof value === 'boolean');
    const author = typeof self === 'boolean' ? (self ? 'buyer' : authorFromWord(role ?? '') ?? 'seller') : authorFromWord(role ?? '');
    if (!text || !author) return false;
    const message: Unsigned = { author, text };
    const time = pick(object, TIME_KEYS);
    const sentAt = typeof time === 'number' ? (time > 1e12 ? time : time > 1e9 ? time * 1000 : undefined) : time ? parseMessageTime(time, now) : undefined;
    if (sentAt !== undefined) message.sentAt = sentAt;
    messages.push(message);
    return true;
  };
  for (const block of blocks) visitObjects(block, (object) => isObject(object) && read(object));
  return messages;
}

/** Layout words for a bubble's side; they mark a chat only with the checks in `sidedHolders`. */
const SIDE_WORDS = ['left', 'right'];

/**
 * Elements whose children sit on both sides ("row--left", "row--right") and show their own
 * timestamps, at least two of them: a chat laid out by alignment alone. A two-column page
 * layout has sides too, but not a time in each column.
 */
function sidedHolders(document: Document, now: number): Element[] {
  const sides = new Map<Element, { words: Set<string>; timed: number }>();
  for (const element of selectAll(document, 'body [class]')) {
    const parent = element.parentElement;
    const word = SIDE_WORDS.find((side) => tokens(element.getAttribute('class')?.toLowerCase() ?? '').has(side));
    if (!parent || !word) continue;
    const entry = sides.get(parent) ?? { words: new Set<string>(), timed: 0 };
    entry.words.add(word);
    if (timeOf(element, now) !== undefined) entry.timed += 1;
    sides.set(parent, entry);
  }
  return [...sides].filter(([, { words, timed }]) => words.size === SIDE_WORDS.length && timed >= 2).map(([parent]) => parent);
}

function panelCandidates(document: Document, now: number): Element[] {
  const logs = selectAll(document, '[role="log"]');
  if (logs.length) return logs;
  const named = selectAll(document, 'body *').filter((element) => {
    const hints = attributeHints(element);
    return PANEL_HINT.test(hints) && !NOT_PANEL_HINT.test(hints) && !element.closest('[class*="contact"], [class*="session"]');
  });
  // Pages with hashed class names still mark each message's author, in a data attribute or
  // a class word ("incoming", "outgoing"): the elements holding such messages are panels
  // too, whatever they are called. Class words must mark two children of one element, and
  // only unmistakable words count ("right" or "other" alone are layout words).
  const holders = new Set<Element>();
  for (const element of selectAll(document, AUTHOR_ATTRIBUTES.map((name) => `[${name}]`).join(', '))) {
    if (element.parentElement && explicitAuthorOf(element)) holders.add(element.parentElement);
  }
  const byClassWord = new Map<Element, number>();
  for (const element of selectAll(document, 'body [class]')) {
    const words = tokens(element.getAttribute('class')?.toLowerCase() ?? '');
    const parent = element.parentElement;
    if (parent && CHAT_SIDE_WORDS.some((word) => words.has(word))) byClassWord.set(parent, (byClassWord.get(parent) ?? 0) + 1);
  }
  for (const [parent, count] of byClassWord) if (count >= 2) holders.add(parent);
  for (const holder of sidedHolders(document, now)) holders.add(holder);
  return [...named, ...holders];
}

/** Message elements: the outermost descendants named like chat items, else the panel's children. */
function messageElements(panel: Element): Element[] {
  const named = selectAll(panel, '*').filter((element) => ITEM_HINT.test(attributeHints(element)));
  const outermost = named.filter((element) => !named.some((other) => other !== element && other.contains(element)));
  // Named parts that carry no author ("bubble" inside a sided row) are not the messages.
  if (outermost.length && !outermost.some((element) => authorOf(element) !== undefined)) {
    const children = Array.from(panel.children);
    if (children.some((child) => authorOf(child) !== undefined)) return children;
  }
  return outermost.length ? outermost : Array.from(panel.children);
}

/**
 * A text that is only a timestamp ("12.03.2026 10:15", "Heute 09:30", "오후 3:05"): a
 * few words around a date or clock, not a sentence that happens to mention a time.
 */
function isTimestampText(text: string, now: number): boolean {
  if (text.length === 0 || text.length > 40) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters <= 12 && parseMessageTime(text, now) !== undefined;
}

/** Elements of a message that hold its time: named for it, `<time>`, or a leaf whose whole text is a timestamp. */
function timeElements(element: Element, now: number): Element[] {
  const leaves = selectAll(element, '*').filter((child) => child.children.length === 0 && flatText(child) !== '');
  return selectAll(element, '*').filter((child) => {
    if (child.tagName === 'TIME' || TIME_HINT.test(attributeHints(child))) return true;
    // A message whose only text is "10:15" keeps it as its text.
    return leaves.length > 1 && leaves.includes(child) && isTimestampText(flatText(child), now);
  });
}

function timeOf(element: Element, now: number): number | undefined {
  const stamp = selectAll(element, 'time[datetime]')[0]?.getAttribute('datetime');
  if (stamp) {
    const parsed = parseMessageTime(stamp, now);
    if (parsed !== undefined) return parsed;
  }
  for (const timed of timeElements(element, now)) {
    const at = parseMessageTime(flatText(timed), now);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** The time divider shown above a run of messages ("Today", "Mar 12, 2026 10:15"), if any. */
function dividerTimeBefore(element: Element, now: number): number | undefined {
  let sibling = element.previousElementSibling;
  for (let steps = 0; sibling && steps < 50; steps += 1, sibling = sibling.previousElementSibling) {
    // Another message is not a divider, whatever time it shows.
    if (ITEM_HINT.test(attributeHints(sibling)) || authorOf(sibling) !== undefined) continue;
    const text = flatText(sibling);
    if (text.length > 0 && text.length <= 40) {
      const at = parseMessageTime(text, now);
      if (at !== undefined) return at;
    }
  }
  return undefined;
}

function textOf(element: Element, now: number): string {
  const content = selectAll(element, '*').find((child) => {
    const hints = attributeHints(child);
    return CONTENT_HINT.test(hints) && !TIME_HINT.test(hints) && !NAME_HINT.test(hints) && child.tagName !== 'TIME';
  });
  if (content) return textLines(content).join('\n');
  const times = new Set(timeElements(element, now));
  const skip = new Set(selectAll(element, '*').filter((child) => times.has(child) || NAME_HINT.test(attributeHints(child))));
  if (skip.size === 0) return textLines(element).join('\n');
  // The time often shares a line with the text (inline spans): read a copy without it.
  const copy = element.cloneNode(true) as Element;
  const originals = selectAll(element, '*');
  selectAll(copy, '*').forEach((child, index) => {
    const original = originals[index];
    if (original && skip.has(original)) child.remove();
  });
  return textLines(copy).join('\n');
}

function messagesFromPage(document: Document, now: number): Unsigned[] {
  const panels = panelCandidates(document, now)
    .map((panel) => ({ panel, items: messageElements(panel) }))
    .filter(({ items }) => items.some((item) => authorOf(item) !== undefined));
  // The panel with the most authored items is the conversation (outer wrappers included).
  const best = panels.sort((a, b) => b.items.length - a.items.length)[0];
  if (!best) return [];
  const messages: Unsigned[] = [];
  for (const item of best.items) {
    const author = authorOf(item);
    const text = textOf(item, now);
    if (!author || !text) continue;
    const message: Unsigned = { author, text };
    const sentAt = timeOf(item, now) ?? dividerTimeBefore(item, now);
    if (sentAt !== undefined) message.sentAt = sentAt;
    messages.push(message);
  }
  return messages;
}

/** The order the conversation is about: the URL, else a single order linked or labelled in the page. */
function conversationOrder(document: Document, url: URL): string | undefined {
  const fromUrl = orderNumberFromUrl(url);
  if (fromUrl) return fromUrl;
  const linked = new Set<string>();
  for (const link of selectAll(document, 'a[href]')) {
    const target = resolveLink(link.getAttribute('href'), url);
    const orderNumber = target && orderNumberFromUrl(target);
    if (orderNumber) linked.add(orderNumber);
  }
  if (document.body) for (const orderNumber of labelledOrderNumbers(textLines(document.body).join('\n'))) linked.add(orderNumber);
  return linked.size === 1 ? [...linked][0] : undefined;
}

function storeOfConversation(document: Document, url: URL): CapturedOrder['store'] {
  for (const link of selectAll(document, 'a[href]')) {
    if (link.closest('[class*="contact"], [class*="session"]')) continue;
    const target = resolveLink(link.getAttribute('href'), url);
    const storeId = target && storeIdFromUrl(target);
    const name = flatText(link);
    if (target && storeId && name) return { name, url: target.href, storeId };
  }
  return undefined;
}

export const messagesReader: PageReader = {
  id: 'messages',
  kind: 'messages',
  pageTypes: ['messages'],
  detect(document) {
    return findMessageBox(document) !== undefined && messagesFromPage(document, 0).length > 0;
  },
  read(document, url, now) {
    const capture = emptyCapture('messages', url);
    const fromData = messagesFromData(embeddedJson(document), now);
    const unsigned = fromData.length ? fromData : messagesFromPage(document, now);
    const orderNumber = conversationOrder(document, url);
    capture.messages = withFingerprints(unsigned).map((message) => (orderNumber ? { ...message, orderNumber } : message));
    const missing: MissingCode[] = [];
    if (capture.messages.length === 0) missing.push('messages');
    else if (capture.messages.some((message) => message.sentAt === undefined)) missing.push('message-time');
    if (!orderNumber) missing.push('order-number');
    if (!findMessageBox(document)) missing.push('message-box');
    if (orderNumber) {
      const store = storeOfConversation(document, url);
      // The message page shows only who the order is with; nothing else is expected of it.
      capture.orders = [finishOrder({ orderNumber, ...(store ? { store } : {}) }, { site: ALIEXPRESS_ORDERS, pageUrl: url, expectTracking: false, expects: [] })];
    }
    capture.missing = missing;
    return capture;
  },
};
