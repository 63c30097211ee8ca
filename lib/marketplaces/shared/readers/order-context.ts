import { flatText } from './text';

/*
 * Whether an order number on a page is one of the page's own orders, or only
 * mentioned: a help article's example ("…look for the label, for example:
 * Order ID: 8180…"), a forum post, a quote in a blog, an FAQ answer. Readers
 * that judge a page by its content (a URL nobody classified) count only the
 * numbers that stand in an order context:
 *
 * - a field of their own: the smallest element holding the number says little
 *   else (an order view writes "Order ID: 8181… Copy", prose writes sentences);
 * - not quoted or shown as an example (blockquote, q, cite, figcaption, code…);
 * - not one post's heading in a discussion: the record around the field holds
 *   no sentence (an order card holds a status, a date, a title, a price).
 */

/** Words besides the number and its label that a field may carry ("Copy", a date, "Order date"). */
const MAX_FIELD_WORDS = 8;
/** A line this long in words, ending like a sentence, is prose. */
const SENTENCE_WORDS = 10;
/** A label further up than this from its number is not its field. */
const MAX_FIELD_DEPTH = 6;
/** HTML for quoting someone or showing an example: what stands in them is not the page's own. */
const QUOTING = 'blockquote, q, cite, figcaption, code, pre, samp, kbd';

const words = (text: string) => text.match(/\p{L}+/gu)?.length ?? 0;
const isSentence = (line: string) => words(line) >= SENTENCE_WORDS && /[.!?…»"”)]\s*$/u.test(line);

/** The smallest element, from `start` up to `root`, whose text names a number `numbersIn` finds. */
function fieldOf(start: Element | null, root: Element, numbersIn: (text: string) => string[]): Element | undefined {
  let depth = 0;
  for (let element = start; element && depth < MAX_FIELD_DEPTH; element = element.parentElement, depth++) {
    if (numbersIn(flatText(element)).length > 0) return element;
    if (element === root) return undefined;
  }
  return undefined;
}

/** The text of `field` without the numbers and their labels: what else the field says. */
function otherWords(field: Element, numbersIn: (text: string) => string[]): number {
  let text = flatText(field);
  for (const number of numbersIn(text)) text = text.replace(number, ' ');
  // The label is a few words at most; counting them all would penalise long labels ("Numéro de commande").
  return Math.max(0, words(text) - 3);
}

/** The nearest ancestor of `field` that says more than the field: the record the field belongs to. */
function recordOf(field: Element, root: Element): Element | undefined {
  const own = flatText(field);
  for (let element = field.parentElement; element; element = element.parentElement) {
    if (flatText(element) !== own) return element;
    if (element === root) return undefined;
  }
  return undefined;
}

function inOrderContext(field: Element, root: Element, numbersIn: (text: string) => string[]): boolean {
  if (field.closest(QUOTING)) return false;
  if (otherWords(field, numbersIn) > MAX_FIELD_WORDS) return false;
  const record = recordOf(field, root);
  if (!record) return true;
  // One child block at a time: a sentence split over several inline elements still reads as one line.
  return ![...record.children].some((child) => child !== field && !child.contains(field) && isSentence(flatText(child)));
}

/**
 * The order numbers (as `numbersIn` finds them in text) that `root` shows in
 * an order context, each once, in page order. `numbersIn` is the marketplace's
 * own: labelled 16-digit numbers on AliExpress, `PO-…` numbers on Temu.
 */
export function orderNumbersInContext(root: Element, numbersIn: (text: string) => string[]): string[] {
  const found = new Set<string>();
  const judged = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Order numbers are long digit runs (16 on AliExpress, 17 in Temu's `PO-…`): other text nodes cannot hold one.
    if (!/\p{Nd}{12}/u.test(node.nodeValue ?? '')) continue;
    const field = fieldOf(node.parentElement, root, numbersIn);
    if (!field || judged.has(field)) continue;
    judged.add(field);
    if (inOrderContext(field, root, numbersIn)) for (const number of numbersIn(flatText(field))) found.add(number);
  }
  return [...found];
}
