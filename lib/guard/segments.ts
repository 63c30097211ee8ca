import type { HeadingRef, LinkRef, Segment, TextPiece } from './types';

/**
 * DOM → text segments, one per block, for any DOM implementation (browser,
 * jsdom, happy-dom): only standard Node properties are used, and the walk is
 * iterative, so a 10 000-deep tree cannot overflow the stack.
 *
 *   <p>Call <b>8 800</b> <span>301</span>-47-62</p>   → one segment "Call 8 800 301-47-62"
 *   <tr><td>Refunds</td><td>1-877-555-0188</td></tr>  → two segments (cells stay apart)
 *
 * Headings build an outline as the walk goes; every segment records the chain
 * of headings in force (h1 › h2 › …), which is how "near" is measured: in the
 * page's structure, not in characters. Sectioning elements (article, section,
 * aside, nav, main, footer) end their headings' reach when they close.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never page text a reader sees: code, styles, templates, form internals, embedded documents. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS',
  'TEXTAREA', 'SELECT', 'INPUT', 'AUDIO', 'VIDEO', 'MATH', 'META', 'LINK',
]);

const SECTIONING_TAGS = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'NAV', 'MAIN', 'FOOTER']);
const CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);
const CHROME_ROLES = new Set(['banner', 'contentinfo', 'navigation', 'complementary']);
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN', 'SECTION']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export interface ExtractOptions {
  /** Outline in force where `root` sits (incremental scans of inserted content). */
  headings?: readonly HeadingRef[];
  /** Whether `root` sits inside page chrome (header/footer/nav/aside). */
  inChrome?: boolean;
  /** Extra visibility test, e.g. computed style in a content script. */
  isHidden?: (element: Element) => boolean;
  /** Stop after this many nodes (pathological pages). */
  maxNodes?: number;
  /** Stop collecting text after this many characters. */
  maxChars?: number;
}

interface Builder {
  element: Element;
  parts: string[];
  length: number;
  pieces: TextPiece[];
  links: LinkRef[];
  headings: readonly HeadingRef[] | null;
  headingLevel: number;
  inChrome: boolean;
  /** Outline to restore when a sectioning element closes. */
  savedOutline: readonly HeadingRef[] | null;
  /** Whether this element was counted as main content. */
  isContent: boolean;
  openLinks: LinkRef[];
}

function headingLevel(el: Element): number {
  const tag = el.nodeName.toUpperCase();
  if (tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') {
    const level = Number(el.getAttribute('aria-level'));
    return level >= 1 && level <= 6 ? level : 2;
  }
  return 0;
}

function isHiddenElement(el: Element, extra?: (element: Element) => boolean): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return extra ? extra(el) : false;
}

/** The element whose block the node's text belongs to. */
export function blockAncestor(node: Node): Element | null {
  let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (n && n.nodeType === ELEMENT_NODE) {
    if (BLOCK_TAGS.has(n.nodeName.toUpperCase()) || headingLevel(n as Element) > 0) return n as Element;
    n = n.parentNode;
  }
  return null;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.nodeName.toUpperCase()) || headingLevel(el) > 0;
}

/** Whether `node` sits in page chrome rather than main content. */
export function isInChrome(node: Node): boolean {
  for (let n: Node | null = node; n && n.nodeType === ELEMENT_NODE; n = n.parentNode) {
    const tag = n.nodeName.toUpperCase();
    if (CONTENT_TAGS.has(tag)) return false;
    if (CHROME_TAGS.has(tag) || CHROME_ROLES.has((n as Element).getAttribute('role') ?? '')) return true;
  }
  return false;
}

function textOf(builder: Builder): string {
  return builder.parts.join('');
}

/**
 * Walks `root` and returns its text segments in the order their blocks close
 * (inner blocks before the blocks that contain them).
 */
export function extractSegments(root: Node, options: ExtractOptions = {}): Segment[] {
  const start: Node | null =
    root.nodeType === DOCUMENT_NODE ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!start) return [];
  const maxNodes = options.maxNodes ?? 400_000;
  const maxChars = options.maxChars ?? 20_000_000;
  const segments: Segment[] = [];
  const stack: Builder[] = [];
  let outline: readonly HeadingRef[] = options.headings ?? [];
  let contentDepth = 0;
  let chromeDepth = options.inChrome ? 1 : 0;
  let nodes = 0;
  let chars = 0;

  const top = (): Builder | undefined => stack[stack.length - 1];

  const append = (text: string, node: Text | null): void => {
    const b = top();
    if (!b) return;
    if (b.headings === null) b.headings = outline;
    if (node) b.pieces.push({ node, start: b.length, end: b.length + text.length });
    b.parts.push(text);
    b.length += text.length;
  };

  const open = (el: Element, asBlock: boolean): void => {
    const tag = el.nodeName.toUpperCase();
    const role = el.getAttribute('role') ?? '';
    const isContent = CONTENT_TAGS.has(tag);
    if (isContent) contentDepth += 1;
    const chrome = contentDepth === 0 && (CHROME_TAGS.has(tag) || CHROME_ROLES.has(role));
    if (chrome) chromeDepth += 1;
    if (!asBlock) return;
    if (stack.length > 0) append('\n', null);
    // Page furniture (a footer, a sidebar) is not governed by the article's headings, only by its own.
    const entersChrome = chrome && chromeDepth === 1;
    const savedOutline = SECTIONING_TAGS.has(tag) || entersChrome ? outline : null;
    if (entersChrome) outline = [];
    stack.push({
      element: el,
      parts: [],
      length: 0,
      pieces: [],
      links: [],
      headings: null,
      headingLevel: headingLevel(el),
      inChrome: chromeDepth > 0,
      savedOutline,
      isContent,
      openLinks: [],
    });
  };

  const close = (el: Element, asBlock: boolean): void => {
    const tag = el.nodeName.toUpperCase();
    const role = el.getAttribute('role') ?? '';
    if (CONTENT_TAGS.has(tag)) contentDepth -= 1;
    if (contentDepth === 0 && (CHROME_TAGS.has(tag) || CHROME_ROLES.has(role)) && chromeDepth > 0) chromeDepth -= 1;
    if (!asBlock) return;
    const b = stack.pop();
    if (!b) return;
    const text = textOf(b);
    const headings = b.headings ?? outline;
    let heading: HeadingRef | null = null;
    if (b.headingLevel > 0) {
      heading = { level: b.headingLevel, text: text.replace(/\s+/g, ' ').trim(), element: el };
      if (heading.text.length > 0) outline = [...outline.filter((h) => h.level < b.headingLevel), heading];
    }
    if (b.savedOutline) outline = b.savedOutline;
    if (text.trim().length > 0 || b.links.length > 0) {
      segments.push({ block: el, text, pieces: b.pieces, links: b.links, headings, heading, inChrome: b.inChrome });
    }
  };

  // Returns true when the walk should descend into `node` (and later close it).
  const enter = (node: Node): boolean => {
    nodes += 1;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0 && chars < maxChars) {
        chars += data.length;
        // Source line breaks are spaces to a reader; structural breaks are added as "\n" by blocks and <br>.
        append(data.replace(/[\r\n\t\f]/g, ' '), node as Text);
      }
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = el.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHiddenElement(el, options.isHidden)) return false;
    if (tag === 'BR') {
      append('\n', null);
      return false;
    }
    open(el, isBlockElement(el) || node === start);
    if (tag === 'A') {
      const href = el.getAttribute('href');
      const b = top();
      if (href && b) {
        const link: LinkRef = { element: el, href, start: b.length, end: b.length };
        b.links.push(link);
        b.openLinks.push(link);
      }
    }
    return true;
  };

  const leave = (node: Node): void => {
    const el = node as Element;
    if (el.nodeName.toUpperCase() === 'A') {
      const b = top();
      const link = b?.openLinks.pop();
      if (b && link) link.end = b.length;
    }
    close(el, isBlockElement(el) || node === start);
  };

  if (start.nodeType === TEXT_NODE) {
    const parent = start.parentNode as Element | null;
    if (!parent) return [];
    open(parent, true);
    enter(start);
    close(parent, true);
    return segments;
  }
  if (!enter(start)) return segments;
  let node: Node | null = start.firstChild;
  while (node && nodes < maxNodes) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE && !SKIPPED_TAGS.has(node.nodeName.toUpperCase())) {
      // Entered but empty (or skipped as hidden: then enter returned false and open was not called).
      if (wasOpened(node as Element, options.isHidden)) leave(node);
    }
    while (node && node !== start && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== start) leave(node);
    }
    if (!node || node === start) break;
    node = node.nextSibling;
  }
  // Close whatever the node cap left open, then the root.
  while (stack.length > 1) {
    const b = stack[stack.length - 1]!;
    close(b.element, true);
  }
  leave(start);
  return segments;
}

/** Mirrors `enter`'s decision for elements, so empty elements are closed exactly when they were opened. */
function wasOpened(el: Element, extra?: (element: Element) => boolean): boolean {
  const tag = el.nodeName.toUpperCase();
  return tag !== 'BR' && !SKIPPED_TAGS.has(tag) && !isHiddenElement(el, extra);
}
