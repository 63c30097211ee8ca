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

/**
 * What a tag is to the walk, as bits of one number: one lookup per element
 * instead of a set per question. A heading's level (h1–h6) is kept in bits 8–10.
 */
const BLOCK = 1;
const SKIPPED = 2;
const SECTIONING = 4;
const CHROME = 8;
const CONTENT = 16;
const LINK = 32;
const LINE_BREAK = 64;
const LEVEL_SHIFT = 8;

const TAG_KINDS = new Map<string, number>();
function kind(bit: number, tags: string): void {
  for (const tag of tags.split(' ')) TAG_KINDS.set(tag, (TAG_KINDS.get(tag) ?? 0) | bit);
}
kind(
  BLOCK,
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BUTTON CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TD ' +
    'TFOOT TH THEAD TR UL',
);
/** Never page text a reader sees: code, styles, templates, form internals, embedded documents. */
kind(SKIPPED, 'SCRIPT STYLE NOSCRIPT TEMPLATE HEAD TITLE IFRAME OBJECT EMBED SVG CANVAS TEXTAREA SELECT INPUT AUDIO VIDEO MATH META LINK');
kind(SECTIONING, 'ARTICLE SECTION ASIDE NAV MAIN FOOTER');
kind(CHROME, 'HEADER FOOTER NAV ASIDE');
kind(CONTENT, 'ARTICLE MAIN SECTION');
kind(LINK, 'A');
kind(LINE_BREAK, 'BR');
for (let level = 1; level <= 6; level += 1) kind(level << LEVEL_SHIFT, `H${level}`);

const CHROME_ROLES = new Set(['banner', 'contentinfo', 'navigation', 'complementary']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Anything a reader would see as a character (the test for whether a block has text at all). */
const VISIBLE = /\S/;

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

const NO_LINKS: LinkRef[] = [];

const OPEN_BLOCK = 1;
const OPEN_CHROME = 2;
const OPEN_CONTENT = 4;
const OPEN_LINK = 8;
const OPEN_REVERSED = 16;

/** The upper-case tag name: HTML documents report it already; only foreign elements (svg, XHTML) need folding. */
function tagOf(el: Element): string {
  const name = el.nodeName;
  return name.charCodeAt(0) >= 97 ? name.toUpperCase() : name;
}

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

/** What an element's tag is to the walk, for the helpers outside it (any case folded, as they always did). */
function kindsOf(el: Element): number {
  return TAG_KINDS.get(el.nodeName.toUpperCase()) ?? 0;
}

function headingLevel(el: Element): number {
  const kinds = kindsOf(el);
  // h1–h6 need no attribute read: incremental scans ask this of up to 400 siblings.
  return kinds >> LEVEL_SHIFT || levelOf(el, kinds, el.getAttribute('role') ?? '');
}

/** h1–h6 by their tag, else role="heading" with its aria-level (2 when it has none that fits). */
function levelOf(el: Element, kinds: number, role: string): number {
  const level = kinds >> LEVEL_SHIFT;
  if (level > 0) return level;
  if (role === 'heading') {
    const aria = Number(el.getAttribute('aria-level'));
    return aria >= 1 && aria <= 6 ? aria : 2;
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
    if (isBlockElement(n as Element)) return n as Element;
    n = n.parentNode;
  }
  return null;
}

export function isBlockElement(el: Element): boolean {
  return (kindsOf(el) & BLOCK) !== 0 || headingLevel(el) > 0;
}

/** Whether `node` sits in page chrome rather than main content. */
export function isInChrome(node: Node): boolean {
  for (let n: Node | null = node; n && n.nodeType === ELEMENT_NODE; n = n.parentNode) {
    const kinds = kindsOf(n as Element);
    if (kinds & CONTENT) return false;
    if (kinds & CHROME || CHROME_ROLES.has((n as Element).getAttribute('role') ?? '')) return true;
  }
  return false;
}

/**
 * Where a block's text nodes sit in its text. Most blocks hold one text node:
 * it is kept in three fields; any further ones as flat triples (node, start,
 * end), not an object each. A segment makes its TextPiece objects only when
 * asked (most segments hold no contact and never are), and every object a
 * segment holds is one more for each young-generation GC during the scan to copy.
 */
class PieceList {
  firstNode: Text | null = null;
  firstStart = 0;
  firstEnd = 0;
  more: Array<Text | number> | null = null;

  add(node: Text, start: number, end: number): void {
    if (this.firstNode === null) {
      this.firstNode = node;
      this.firstStart = start;
      this.firstEnd = end;
    } else if (this.more === null) this.more = [node, start, end];
    else this.more.push(node, start, end);
  }

  makePieces(): TextPiece[] {
    if (this.firstNode === null) return [];
    const made: TextPiece[] = [{ node: this.firstNode, start: this.firstStart, end: this.firstEnd }];
    const more = this.more ?? [];
    for (let i = 0; i < more.length; i += 3) made.push({ node: more[i] as Text, start: more[i + 1] as number, end: more[i + 2] as number });
    return made;
  }
}

/** Until a block gets text (or a line break), its outline is not known: the one in force then is its own. */
const OUTLINE_UNSET: readonly HeadingRef[] = [];

/**
 * One block as the walk builds it, and then its segment: the same object, so
 * an emitted block allocates nothing more. Offsets → text nodes (`pieces`)
 * are made on first use.
 */
class BlockSegment extends PieceList implements Segment {
  /** The segment's text so far (V8 joins appended strings lazily: no array of parts to collect). */
  text = '';
  links: LinkRef[] = NO_LINKS;
  headings: readonly HeadingRef[] = OUTLINE_UNSET;
  heading: HeadingRef | null = null;
  /** Ranges shown reversed (see Segment.reversed); absent when none. */
  reversed?: Array<readonly [number, number]>;
  /** While open: links whose text is still being read. */
  openLinks: LinkRef[] = NO_LINKS;
  /** Holds a character a reader sees (text, or attribute text with a digit or "@"). */
  visible = false;
  private made: TextPiece[] | null = null;

  constructor(
    readonly block: Element,
    readonly headingLevel: number,
    readonly inChrome: boolean,
    /** Outline to restore when a sectioning element closes. */
    readonly savedOutline: readonly HeadingRef[] | null,
  ) {
    super();
  }

  get pieces(): TextPiece[] {
    return (this.made ??= this.makePieces());
  }
}

/**
 * Walks `root` and returns its text segments in the order their blocks close
 * (inner blocks before the blocks that contain them).
 */
export function extractSegments(root: Node, options: ExtractOptions = {}): Segment[] {
  const walk = walkSegments(root, options);
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
  private readonly stack: BlockSegment[] = [];
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

  private top(): BlockSegment | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Text that no node holds: a line break for a block or <br>, attribute text. */
  private appendString(b: BlockSegment, text: string): void {
    if (b.headings === OUTLINE_UNSET) b.headings = this.outline;
    b.text += text;
  }

  open(el: Element, kinds: number, role: string, asBlock: boolean): void {
    const content = (kinds & CONTENT) !== 0;
    if (content) this.contentDepth += 1;
    const chrome = this.contentDepth === 0 && ((kinds & CHROME) !== 0 || CHROME_ROLES.has(role));
    if (chrome) this.chromeDepth += 1;
    this.opened.push(
      (asBlock ? OPEN_BLOCK : 0) | (chrome ? OPEN_CHROME : 0) | (content ? OPEN_CONTENT : 0) | (kinds & LINK ? OPEN_LINK : 0),
    );
    if (!asBlock) return;
    const parent = this.top();
    if (parent) this.appendString(parent, '\n');
    // Page furniture (a footer, a sidebar) is not governed by the article's headings, only by its own.
    const entersChrome = chrome && this.chromeDepth === 1;
    const savedOutline = (kinds & SECTIONING) !== 0 || entersChrome ? this.outline : null;
    if (entersChrome) this.outline = [];
    this.stack.push(new BlockSegment(el, levelOf(el, kinds, role), this.chromeDepth > 0, savedOutline));
  }

  close(): void {
    const info = this.opened.pop();
    if (info === undefined) return;
    if (info & OPEN_CONTENT) this.contentDepth -= 1;
    if (info & OPEN_CHROME) this.chromeDepth -= 1;
    if (!(info & OPEN_BLOCK)) return;
    const b = this.stack.pop();
    if (!b) return;
    const { text, block } = b;
    if (b.headings === OUTLINE_UNSET) b.headings = this.outline;
    if (b.headingLevel > 0) {
      const heading = { level: b.headingLevel, text: text.replace(/\s+/g, ' ').trim(), element: block };
      b.heading = heading;
      if (heading.text.length > 0) this.outline = [...this.outline.filter((h) => h.level < b.headingLevel), heading];
    }
    if (b.savedOutline) this.outline = b.savedOutline;
    if (b.links.length > 0 || b.visible) this.segments.push(b);
  }

  /** Reads a node; returns true when the walk should descend into it (and later leave it). */
  enter(node: Node): boolean {
    this.nodes += 1;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      this.enterText(node as Text);
      return false;
    }
    if (type !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = tagOf(el);
    const kinds = TAG_KINDS.get(tag) ?? 0;
    if (kinds & (SKIPPED | LINE_BREAK)) {
      const b = kinds & LINE_BREAK ? this.top() : undefined;
      if (b) this.appendString(b, '\n');
      return false;
    }
    const hasAttributes = el.hasAttributes();
    if (hasAttributes ? isHiddenElement(el, this.options.isHidden) : this.options.isHidden?.(el)) return false;
    const role = hasAttributes ? (el.getAttribute('role') ?? '') : '';
    this.open(el, kinds, role, node === this.start || (kinds & BLOCK) !== 0 || levelOf(el, kinds, role) > 0);
    if (hasAttributes) this.readAttributes(el, tag);
    return true;
  }

  private enterText(node: Text): void {
    const data = node.data;
    const length = data.length;
    if (length === 0 || this.chars >= this.maxChars) return;
    this.chars += length;
    const b = this.top();
    if (!b) return;
    if (b.headings === OUTLINE_UNSET) b.headings = this.outline;
    const start = b.text.length;
    b.add(node, start, start + length);
    // Between blocks a page's source has one line break per block: that node is just a space.
    if (data === '\n') {
      b.text += ' ';
      return;
    }
    // Source line breaks are spaces to a reader; structural breaks are added as "\n" by blocks and <br>.
    b.text += /[\r\n\t\f]/.test(data) ? data.replace(/[\r\n\t\f]/g, ' ') : data;
    if (!b.visible) {
      // A printable ASCII character first (most text) is visible without a regex.
      const first = data.charCodeAt(0);
      b.visible = (first > 32 && first < 127) || VISIBLE.test(data);
    }
  }

  /** A link's href, the text a reader is given in attributes, and a reversed display direction. */
  private readAttributes(el: Element, tag: string): void {
    const b = this.top();
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href && b) {
        const link: LinkRef = { element: el, href, start: b.text.length, end: b.text.length };
        // Most blocks hold no link: their arrays stay the shared empty one until they do.
        if (b.links === NO_LINKS) b.links = [];
        if (b.openLinks === NO_LINKS) b.openLinks = [];
        b.links.push(link);
        b.openLinks.push(link);
      }
    }
    const extra = attributeText(el, tag);
    if (extra && b) {
      this.appendString(b, extra);
      // Attribute text is only taken with a digit or "@" in it: always something a reader sees.
      b.visible = true;
    }
    if (overridesToRtl(el, tag) || (this.sheetBidi && styledRtlOverride(el))) {
      this.opened[this.opened.length - 1]! |= OPEN_REVERSED;
      this.reversedStarts.push(b?.text.length ?? 0);
    }
  }

  leave(): void {
    const info = this.opened[this.opened.length - 1] ?? 0;
    const b = this.top();
    if (info & OPEN_REVERSED) {
      const from = this.reversedStarts.pop() ?? 0;
      if (b && b.text.length > from) (b.reversed ??= []).push([from, b.text.length]);
    }
    if (info & OPEN_LINK) {
      const link = b?.openLinks.pop();
      if (b && link) link.end = b.text.length;
    }
    this.close();
  }

  /** Closes whatever the node cap left open, then the root. */
  finish(): Segment[] {
    while (this.opened.length > 1) this.close();
    this.leave();
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
  walk.open(parent, kindsOf(parent), '', true);
  walk.enter(node);
  walk.close();
  return walk.segments;
}

/**
 * `extractSegments` in steps: pauses (yields) every NODES_PER_STEP nodes so
 * that a caller on a page's main thread can give the page its turn on huge
 * documents (50 000 nodes take over a second in Chromium); returns the segments.
 */
export function* walkSegments(root: Node, options: ExtractOptions = {}): Generator<void, Segment[]> {
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
    // item() past the end is null in every DOM: no length to read (a Proxy trap in happy-dom).
    const child = children.item(index);
    if (!child) {
      nodes.pop();
      lists.pop();
      next.pop();
      if (nodes.length > 0) walk.leave();
      continue;
    }
    next[top] = index + 1;
    if (walk.nodes % NODES_PER_STEP === 0) yield;
    // An element without children is pushed too, and left when its empty list is read: one DOM
    // property fewer per element than asking for a first child (megamorphic in happy-dom).
    if (walk.enter(child)) {
      nodes.push(child);
      lists.push(child.childNodes);
      next.push(0);
    }
  }
  return walk.finish();
}

const HEADING_WRAPPERS = new Set(['HEADER', 'HGROUP']);

function headingIn(el: Element): HeadingRef | null {
  const level = headingLevel(el);
  if (level > 0) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? { level, text, element: el } : null;
  }
  if (!HEADING_WRAPPERS.has(el.nodeName.toUpperCase())) return null;
  const all = el.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
  const last = all[all.length - 1];
  return last ? headingIn(last) : null;
}

/**
 * The outline in force where `node` sits, found by walking back through
 * previous siblings and up through ancestors (headings inside closed sections
 * do not count; page chrome sees only its own headings). Bounded by `maxSteps`
 * and by the distance from the end of each sibling list, so content appended at
 * the end of a long page costs nothing like the page's size.
 */
export function headingsBefore(node: Node, maxSteps = 400): HeadingRef[] {
  const chain: HeadingRef[] = [];
  let level = 7;
  let steps = 0;
  const chrome = isInChrome(node);
  for (let current: Node | null = node; current && current.parentNode && level > 1 && steps < maxSteps; ) {
    const parent = current.parentNode as Element;
    if (parent.nodeType !== ELEMENT_NODE) break;
    const siblings = parent.children;
    let i = siblings.length - 1;
    // item(), not [i]: an index is a Proxy trap in happy-dom.
    while (i >= 0 && siblings.item(i) !== current) i -= 1;
    for (i -= 1; i >= 0 && level > 1 && steps < maxSteps; i -= 1, steps += 1) {
      const heading = headingIn(siblings.item(i)!);
      if (heading && heading.level < level) {
        chain.unshift(heading);
        level = heading.level;
      }
    }
    if (chrome) {
      if (kindsOf(parent) & CHROME || CHROME_ROLES.has(parent.getAttribute('role') ?? '')) break;
    }
    current = parent;
  }
  return chain;
}
