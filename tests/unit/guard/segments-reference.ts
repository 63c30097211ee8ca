import type { ExtractOptions } from '../../../lib/guard/segments';
import type { HeadingRef, LinkRef, Segment, TextPiece } from '../../../lib/guard/types';

/**
 * The reference for segments-equivalence.test.ts: lib/guard/segments.ts's walk
 * as it was on 2026-12-03 before the walk was made cheaper (issue 10, "faster,
 * with margin"), kept unchanged so that every later walk can be compared with
 * it segment by segment. Not used by the engine.
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


const NO_LINKS: LinkRef[] = [];
/** Shared by blocks without text (until they get some) and by segments made of links only; never written to. */
const NO_PIECES: TextPiece[] = [];

const OPEN_BLOCK = 1;
const OPEN_CHROME = 2;
const OPEN_CONTENT = 4;
const OPEN_LINK = 8;
const OPEN_REVERSED = 16;

/** Shown reversed: <bdo dir="rtl">, or an inline style that overrides the bidi algorithm right-to-left. */
function overridesToRtl(el: Element, tag: string): boolean {
  const dir = el.getAttribute('dir');
  if (tag === 'BDO') return dir !== null && dir.toLowerCase() === 'rtl';
  const style = el.getAttribute('style');
  return style !== null && /bidi-override/i.test(style) && /direction\s*:\s*rtl/i.test(style);
}

/**
 * Whether a style sheet of the document can override the bidi algorithm
 * (`unicode-bidi: bidi-override` in a class rule shows stored text reversed).
 * Read once per document: computed styles are costly, so elements are only
 * asked for theirs on the rare pages that have such a rule.
 */
const sheetBidiByDocument = new WeakMap<Document, boolean>();

function sheetsOverrideBidi(doc: Document | null): boolean {
  if (!doc) return false;
  let known = sheetBidiByDocument.get(doc);
  if (known === undefined) {
    known = Array.from(doc.querySelectorAll('style')).some((style) => /bidi-override/i.test(style.textContent ?? ''));
    sheetBidiByDocument.set(doc, known);
  }
  return known;
}

/** Shown reversed by a style sheet rule (see sheetsOverrideBidi). */
function styledRtlOverride(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || !el.hasAttribute('class')) return false;
  const style = view.getComputedStyle(el);
  return style.unicodeBidi === 'bidi-override' && style.direction === 'rtl';
}

/** Text a reader is given in attributes: image alt text, aria-label, title (only with a digit or "@" in it). */
function attributeText(el: Element, tag: string): string {
  let text = '';
  const add = (value: string | null): void => {
    if (value && /[\p{Nd}@]/u.test(value) && !text.includes(value)) text += ` ${value}`;
  };
  if (tag === 'IMG' || tag === 'AREA') add(el.getAttribute('alt'));
  add(el.getAttribute('aria-label'));
  add(el.getAttribute('title'));
  return text ? `${text} ` : '';
}

interface Builder {
  element: Element;
  /** The segment's text so far (V8 joins appended strings lazily: no array of parts to collect). */
  text: string;
  length: number;
  pieces: TextPiece[];
  links: LinkRef[];
  headings: readonly HeadingRef[] | null;
  headingLevel: number;
  inChrome: boolean;
  /** Outline to restore when a sectioning element closes. */
  savedOutline: readonly HeadingRef[] | null;
  openLinks: LinkRef[];
  /** Ranges shown reversed (see Segment.reversed). */
  reversed: Array<readonly [number, number]> | null;
  /** Holds attribute text (alt, aria-label, title) even without text nodes. */
  attributeText: boolean;
}

function levelOf(el: Element, tag: string, role: string): number {
  if (tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (role === 'heading') {
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




/**
 * Walks `root` and returns its text segments in the order their blocks close
 * (inner blocks before the blocks that contain them).
 */
export function referenceSegments(root: Node, options: ExtractOptions = {}): Segment[] {
  const walk = referenceWalk(root, options);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/** Nodes between two pauses of `walkSegments`. */
const NODES_PER_STEP = 256;

/**
 * The state of one walk: the open blocks (each builds one segment), the
 * outline of headings in force, and what `enter` learnt about each open
 * element (a number per element, popped by `leave`: attribute reads are not
 * free, and a number allocates nothing).
 */
class SegmentWalk {
  readonly segments: Segment[] = [];
  nodes = 0;
  private readonly stack: Builder[] = [];
  private readonly opened: number[] = [];
  private readonly reversedStarts: number[] = [];
  private outline: readonly HeadingRef[];
  private contentDepth = 0;
  private chromeDepth: number;
  private chars = 0;
  private readonly maxChars: number;
  /** A style sheet may override bidi (see sheetsOverrideBidi): ask classed elements for their computed style. */
  private readonly sheetBidi: boolean;

  constructor(
    readonly start: Node,
    private readonly options: ExtractOptions,
  ) {
    this.outline = options.headings ?? [];
    this.chromeDepth = options.inChrome ? 1 : 0;
    this.maxChars = options.maxChars ?? 20_000_000;
    this.sheetBidi = sheetsOverrideBidi(start.ownerDocument);
  }

  private top(): Builder | undefined {
    return this.stack[this.stack.length - 1];
  }

  private append(text: string, node: Text | null): void {
    const b = this.top();
    if (!b) return;
    if (b.headings === null) b.headings = this.outline;
    if (node) {
      const piece = { node, start: b.length, end: b.length + text.length };
      // Most blocks hold one text node: an array of exactly one, not one with room for sixteen.
      if (b.pieces === NO_PIECES) b.pieces = [piece];
      else b.pieces.push(piece);
    }
    b.text += text;
    b.length += text.length;
  }

  open(el: Element, tag: string, role: string, asBlock: boolean): void {
    const content = CONTENT_TAGS.has(tag);
    if (content) this.contentDepth += 1;
    const chrome = this.contentDepth === 0 && (CHROME_TAGS.has(tag) || CHROME_ROLES.has(role));
    if (chrome) this.chromeDepth += 1;
    this.opened.push(
      (asBlock ? OPEN_BLOCK : 0) | (chrome ? OPEN_CHROME : 0) | (content ? OPEN_CONTENT : 0) | (tag === 'A' ? OPEN_LINK : 0),
    );
    if (!asBlock) return;
    if (this.stack.length > 0) this.append('\n', null);
    // Page furniture (a footer, a sidebar) is not governed by the article's headings, only by its own.
    const entersChrome = chrome && this.chromeDepth === 1;
    const savedOutline = SECTIONING_TAGS.has(tag) || entersChrome ? this.outline : null;
    if (entersChrome) this.outline = [];
    this.stack.push({
      element: el,
      text: '',
      length: 0,
      pieces: NO_PIECES,
      links: NO_LINKS,
      headings: null,
      headingLevel: levelOf(el, tag, role),
      inChrome: this.chromeDepth > 0,
      savedOutline,
      openLinks: NO_LINKS,
      reversed: null,
      attributeText: false,
    });
  }

  close(el: Element): void {
    const info = this.opened.pop();
    if (info === undefined) return;
    if (info & OPEN_CONTENT) this.contentDepth -= 1;
    if (info & OPEN_CHROME) this.chromeDepth -= 1;
    if (!(info & OPEN_BLOCK)) return;
    const b = this.stack.pop();
    if (!b) return;
    const { text } = b;
    const headings = b.headings ?? this.outline;
    let heading: HeadingRef | null = null;
    if (b.headingLevel > 0) {
      heading = { level: b.headingLevel, text: text.replace(/\s+/g, ' ').trim(), element: el };
      if (heading.text.length > 0) this.outline = [...this.outline.filter((h) => h.level < b.headingLevel), heading];
    }
    if (b.savedOutline) this.outline = b.savedOutline;
    if (b.links.length > 0 || ((b.pieces.length > 0 || b.attributeText) && /\S/.test(text))) {
      const segment: Segment = { block: el, text, pieces: b.pieces, links: b.links, headings, heading, inChrome: b.inChrome };
      if (b.reversed) segment.reversed = b.reversed;
      this.segments.push(segment);
    }
  }

  /** Reads a node; returns true when the walk should descend into it (and later leave it). */
  enter(node: Node): boolean {
    this.nodes += 1;
    if (node.nodeType === TEXT_NODE) {
      this.enterText(node as Text);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    // HTML documents report upper-case names already; only foreign elements (svg, XHTML) need folding.
    const name = el.nodeName;
    const tag = name.charCodeAt(0) >= 97 ? name.toUpperCase() : name;
    if (SKIPPED_TAGS.has(tag)) return false;
    if (tag === 'BR') {
      this.append('\n', null);
      return false;
    }
    const hasAttributes = el.hasAttributes();
    if (hasAttributes && isHiddenElement(el, this.options.isHidden)) return false;
    if (!hasAttributes && this.options.isHidden?.(el)) return false;
    const role = hasAttributes ? (el.getAttribute('role') ?? '') : '';
    this.open(el, tag, role, node === this.start || BLOCK_TAGS.has(tag) || levelOf(el, tag, role) > 0);
    if (hasAttributes) this.readAttributes(el, tag);
    return true;
  }

  private enterText(node: Text): void {
    const data = node.data;
    if (data.length === 0 || this.chars >= this.maxChars) return;
    this.chars += data.length;
    // Source line breaks are spaces to a reader; structural breaks are added as "\n" by blocks and <br>.
    // Between blocks a page's source has one line break per block: that node is just a space.
    this.append(data === '\n' ? ' ' : /[\r\n\t\f]/.test(data) ? data.replace(/[\r\n\t\f]/g, ' ') : data, node);
  }

  /** A link's href, the text a reader is given in attributes, and a reversed display direction. */
  private readAttributes(el: Element, tag: string): void {
    const b = this.top();
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href && b) {
        const link: LinkRef = { element: el, href, start: b.length, end: b.length };
        // Most blocks hold no link: their arrays stay the shared empty one until they do.
        if (b.links === NO_LINKS) b.links = [];
        if (b.openLinks === NO_LINKS) b.openLinks = [];
        b.links.push(link);
        b.openLinks.push(link);
      }
    }
    const extra = attributeText(el, tag);
    if (extra && b) {
      this.append(extra, null);
      b.attributeText = true;
    }
    if (overridesToRtl(el, tag) || (this.sheetBidi && styledRtlOverride(el))) {
      this.opened[this.opened.length - 1]! |= OPEN_REVERSED;
      this.reversedStarts.push(this.top()?.length ?? 0);
    }
  }

  leave(node: Node): void {
    const info = this.opened[this.opened.length - 1] ?? 0;
    const b = this.top();
    if (info & OPEN_REVERSED) {
      const from = this.reversedStarts.pop() ?? 0;
      if (b && b.length > from) (b.reversed ??= []).push([from, b.length]);
    }
    if (info & OPEN_LINK) {
      const link = b?.openLinks.pop();
      if (b && link) link.end = b.length;
    }
    this.close(node as Element);
  }

  /** Closes whatever the node cap left open, then the root. */
  finish(): Segment[] {
    while (this.opened.length > 1) this.close(this.stack[this.stack.length - 1]?.element ?? (this.start as Element));
    this.leave(this.start);
    return this.segments;
  }
}

/** The node a walk of `root` starts at: a document's body (or root element), else `root`. */
function walkStart(root: Node): Node | null {
  return root.nodeType === DOCUMENT_NODE ? ((root as Document).body ?? (root as Document).documentElement) : root;
}

/** A walk started at a text node reads that node as its parent's only content. */
function walkTextNode(walk: SegmentWalk, node: Node): Segment[] {
  const parent = node.parentNode as Element | null;
  if (!parent) return [];
  walk.open(parent, parent.nodeName.toUpperCase(), '', true);
  walk.enter(node);
  walk.close(parent);
  return walk.segments;
}

/**
 * `extractSegments` in steps: pauses (yields) every NODES_PER_STEP nodes so
 * that a caller on a page's main thread can give the page its turn on huge
 * documents (50 000 nodes take over a second in Chromium); returns the segments.
 */
function* referenceWalk(root: Node, options: ExtractOptions = {}): Generator<void, Segment[]> {
  const start = walkStart(root);
  if (!start) return [];
  const maxNodes = options.maxNodes ?? 400_000;
  const walk = new SegmentWalk(start, options);
  if (start.nodeType === TEXT_NODE) return walkTextNode(walk, start);
  if (!walk.enter(start)) return walk.segments;
  // Children are read by index from childNodes: O(1) in every DOM, whereas nextSibling is a
  // linear search in some (happy-dom), which made large flat pages quadratic. The open elements are
  // three parallel stacks, not an object per element: the walk allocates little besides its segments.
  const nodes: Node[] = [start];
  const lists: Array<NodeListOf<ChildNode>> = [start.childNodes];
  const next: number[] = [0];
  while (nodes.length > 0 && walk.nodes < maxNodes) {
    const top = nodes.length - 1;
    const children = lists[top]!;
    const index = next[top]!;
    const child = index < children.length ? children.item(index) : null;
    if (!child) {
      const node = nodes.pop()!;
      lists.pop();
      next.pop();
      if (nodes.length > 0) walk.leave(node);
      continue;
    }
    next[top] = index + 1;
    if (walk.nodes % NODES_PER_STEP === 0) yield;
    if (walk.enter(child)) {
      if (child.firstChild) {
        nodes.push(child);
        lists.push(child.childNodes);
        next.push(0);
      } else {
        walk.leave(child);
      }
    }
  }
  return walk.finish();
}

