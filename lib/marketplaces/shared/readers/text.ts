/**
 * Reading text out of a page the way a person sees it: scripts and styles skipped, block
 * elements on their own lines, inline pieces joined. AliExpress splits prices and labels
 * across spans (`<span>US $</span><span>12</span><span>.34</span>`), so inline pieces
 * must join without spaces while separate blocks must not run together.
 */

import { TEXT_LIMITS } from '../../../schema/fit';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'BUTTON',
]);
/** Upper bound on characters read from one subtree, so a huge page cannot stall the reader. */
const MAX_CHARS = 400_000;
/**
 * Upper bound on characters read from one text node: the longest text kept
 * (a message) fits, while a hostile megabyte-long title is not copied and
 * scanned again by every reader that looks at its card, each read blocking the page.
 */
const MAX_NODE_CHARS = TEXT_LIMITS.messageText;

/** Collapses all whitespace (including no-break and narrow spaces) to single spaces. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ').trim();
}

/**
 * Arabic-Indic and Persian digits, and the Arabic decimal and thousands marks, written as
 * ASCII. Arabic pages print prices, dates and counts in either script; readers of numbers
 * call this first. Each character maps to one character, so text positions stay valid.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Marks where an inline element began or ended, resolved by `joinInline`. The
 * "unit separator" control character: not page text. (Not a Unicode
 * noncharacter: Chrome refuses to load a content script file containing one.)
 */
const SEAM = '\u001f';
/**
 * Inline elements join without a space ("US $" + "12" + ".34"), except where two words
 * or a word and a number would run together ("2 days ago" + "Total:", "silicon" + "22,50
 * lei"): scripts written without spaces (Chinese, Japanese) and digit runs join as before.
 */
// eslint-disable-next-line no-control-regex -- the seam is a control character on purpose (see SEAM)
const SEAM_BETWEEN_WORDS = /(?<=[\p{L}\p{N}])\u001f+(?=[\p{L}\p{N}])/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function joinInline(text: string): string {
  return text
    .replace(SEAM_BETWEEN_WORDS, (seam, offset: number) => {
      const before = text[offset - 1] ?? '';
      const after = text[offset + seam.length] ?? '';
      const digits = /\d/.test(before) && /\d/.test(after);
      return digits || UNSPACED_SCRIPT.test(before) || UNSPACED_SCRIPT.test(after) ? '' : ' ';
    })
    .replaceAll(SEAM, '');
}

/** The element's visible text with one line per block element; lines squashed, empty lines dropped. */
export function textLines(root: Node): string[] {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length > MAX_CHARS) return;
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').slice(0, Math.min(MAX_NODE_CHARS, MAX_CHARS + 1 - length));
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(tag) || (node.nodeType === 1 && (node as Element).hasAttribute('hidden'))) return;
    const block = BLOCKS.has(tag);
    const seam = block ? '\n' : tag ? SEAM : '';
    parts.push(seam);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    parts.push(seam);
  };
  walk(root);
  return joinInline(parts.join(''))
    .split('\n')
    .map(squash)
    .filter((line) => line.length > 0);
}

/** The visible text as one string, blocks separated by newlines. */
export function visibleText(root: Node): string {
  return textLines(root).join('\n');
}

/** Text of an element on one line. */
export function flatText(root: Node): string {
  return squash(textLines(root).join(' '));
}

/** Class and id tokens plus `data-*` attribute names and values, lower-cased, for loose matching. */
export function attributeHints(element: Element): string {
  const hints: string[] = [element.getAttribute('class') ?? '', element.id];
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name.startsWith('data-') || attribute.name === 'role' || attribute.name === 'aria-label') {
      hints.push(attribute.name, attribute.value);
    }
  }
  return hints.join(' ').toLowerCase();
}

/** `querySelectorAll` that never throws on a selector the engine rejects. */
export function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function selectFirst(root: ParentNode, selector: string): Element | undefined {
  return selectAll(root, selector)[0];
}
