import { mentionsMarketplace } from './first-pass';
import { blockAncestor, extractSegments, isInChrome, type ExtractOptions } from './segments';
import { scan } from './scan';
import type { Finding, HeadingRef, PageContext } from './types';

/**
 * The guard over one page's life: a first pass, one full scan, then re-scans
 * of only what changed. Page context and the outline of headings are kept, so
 * re-scanning an appended 1 KB costs about as much as scanning that 1 KB alone.
 *
 *   const scanner = createGuardScanner(pageContextFromDocument(document));
 *   const found = scanner.scanDocument(document);           // [] on unrelated pages, fast
 *   observer → scanner.scanChanged(mutatedNodes)             // only new findings
 */
export interface GuardScanner {
  readonly context: PageContext;
  /** Whether the page has shown any marketplace mention so far (or is a marketplace page). */
  readonly relevant: boolean;
  /** First pass, then (if relevant) a full scan. Returns every finding. */
  scanDocument(doc: Document): Finding[];
  /**
   * Re-scans the blocks holding these nodes (added elements, changed text).
   * Returns findings not reported before.
   */
  scanChanged(nodes: Iterable<Node>): Finding[];
}

const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;
const SECTIONING = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'NAV', 'MAIN', 'FOOTER']);

function sectionOf(element: Element): Element | null {
  for (let n = element.parentNode; n && n.nodeType === 1; n = n.parentNode) {
    if (SECTIONING.has(n.nodeName.toUpperCase())) return n as Element;
  }
  return null;
}

const CHROME = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);
const CONTENT = new Set(['ARTICLE', 'MAIN', 'SECTION']);

/** The outermost page-furniture landmark around `node`, if it is not inside main content. */
function chromeOf(node: Node): Element | null {
  let found: Element | null = null;
  for (let n: Node | null = node; n && n.nodeType === 1; n = n.parentNode) {
    const tag = n.nodeName.toUpperCase();
    if (CONTENT.has(tag)) return null;
    if (CHROME.has(tag)) found = n as Element;
  }
  return found;
}

function findingKey(f: Finding): string {
  return `${f.kind} ${f.value} ${f.source}`;
}

export function createGuardScanner(context: PageContext, options: ExtractOptions = {}): GuardScanner {
  /** Headings in document order (elements only), for the outline at an insertion point. */
  let headings: HeadingRef[] = [];
  let relevant = context.ownMarketplace !== null || mentionsMarketplace(`${context.title}\n${context.url ?? ''}`);
  let documentRef: Document | null = null;
  const reported = new WeakMap<Element, Set<string>>();

  const remember = (findings: Finding[]): Finding[] =>
    findings.filter((f) => {
      let keys = reported.get(f.segment.block);
      if (!keys) {
        keys = new Set();
        reported.set(f.segment.block, keys);
      }
      const key = findingKey(f);
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    });

  /** Binary search by document position, then the chain of enclosing headings. */
  const outlineAt = (node: Node): HeadingRef[] => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = headings[mid]!.element!;
      const position = el.compareDocumentPosition(node);
      if (position & DOCUMENT_POSITION_FOLLOWING && !el.contains(node)) lo = mid + 1;
      else hi = mid;
    }
    const chain: HeadingRef[] = [];
    const chrome = chromeOf(node);
    let level = 7;
    for (let i = lo - 1; i >= 0 && level > 1; i -= 1) {
      const h = headings[i]!;
      if (h.level >= level) continue;
      const section = h.element ? sectionOf(h.element) : null;
      if (section && !section.contains(node)) continue;
      if (chrome && !chrome.contains(h.element)) continue;
      chain.unshift(h);
      level = h.level;
    }
    return chain;
  };

  const addHeadings = (found: HeadingRef[]): void => {
    if (found.length === 0) return;
    const merged = [...headings, ...found.filter((h) => h.element)];
    merged.sort((a, b) => (a.element!.compareDocumentPosition(b.element!) & DOCUMENT_POSITION_PRECEDING ? 1 : -1));
    headings = merged.filter((h, i) => i === 0 || h.element !== merged[i - 1]!.element);
  };

  const fullScan = (doc: Document): Finding[] => {
    const segments = extractSegments(doc, options);
    headings = [];
    addHeadings(segments.flatMap((s) => (s.heading ? [s.heading] : [])));
    return remember(scan(segments, context));
  };

  return {
    context,
    get relevant() {
      return relevant;
    },
    scanDocument(doc) {
      documentRef = doc;
      if (context.siteTrusted) return [];
      if (!relevant) {
        const body = doc.body ?? doc.documentElement;
        relevant = mentionsMarketplace(body?.textContent ?? '', context.lang);
        if (!relevant) return [];
      }
      return fullScan(doc);
    },
    scanChanged(nodes) {
      if (context.siteTrusted) return [];
      const roots: Element[] = [];
      for (const node of nodes) {
        const block = blockAncestor(node);
        if (!block || !block.isConnected) continue;
        if (roots.some((r) => r === block || r.contains(block))) continue;
        for (let i = roots.length - 1; i >= 0; i -= 1) if (block.contains(roots[i]!)) roots.splice(i, 1);
        roots.push(block);
      }
      if (roots.length === 0) return [];
      if (!relevant) {
        relevant = roots.some((r) => mentionsMarketplace(r.textContent ?? '', context.lang));
        // A first mention can make earlier contacts relevant too: scan the whole page once.
        if (relevant && documentRef) return fullScan(documentRef);
        if (!relevant) return [];
      }
      const findings: Finding[] = [];
      for (const root of roots) {
        const segments = extractSegments(root, { ...options, headings: outlineAt(root), inChrome: isInChrome(root) });
        addHeadings(segments.flatMap((s) => (s.heading ? [s.heading] : [])));
        findings.push(...scan(segments, context));
      }
      return remember(findings);
    },
  };
}
