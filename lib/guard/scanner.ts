import { mentionsMarketplace } from './first-pass';
import { blockAncestor, extractSegments, headingsBefore, isInChrome, type ExtractOptions } from './segments';
import { scan } from './scan';
import type { Finding, PageContext } from './types';

/**
 * The guard over one page's life: a first pass, one full scan, then re-scans
 * of only what changed. The page context is computed once and the outline at
 * an insertion point is found by a short walk back from it, so re-scanning an
 * appended 1 KB costs about as much as scanning that 1 KB alone.
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

function findingKey(f: Finding): string {
  return `${f.kind} ${f.value} ${f.source}`;
}

export function createGuardScanner(context: PageContext, options: ExtractOptions = {}): GuardScanner {
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

  const fullScan = (doc: Document): Finding[] => {
    return remember(scan(extractSegments(doc, options), context));
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
        const segments = extractSegments(root, { ...options, headings: headingsBefore(root), inChrome: isInChrome(root) });
        findings.push(...scan(segments, context));
      }
      return remember(findings);
    },
  };
}
