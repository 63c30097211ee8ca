import { mentionsMarketplace, mentionsSteps } from './first-pass';
import { blockAncestor, headingsBefore, isInChrome, walkSegments, type ExtractOptions } from './segments';
import { scan } from './scan';
import type { Finding, PageContext, Segment } from './types';

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
  /**
   * The same two scans in steps: each pauses (yields) after a slice of work
   * (a few hundred nodes, one block or 16 KB of text), so that a caller on
   * the page's main thread can give the page its turn; returns the findings.
   */
  scanDocumentSteps(doc: Document): Generator<void, Finding[]>;
  scanChangedSteps(nodes: Iterable<Node>): Generator<void, Finding[]>;
}

/** Blocks longer than this are scanned in windows (a 10 MB <pre> is not one block to a reader). */
const WINDOW = 16_000;
/** How far back from a window's end a line or sentence break is looked for. */
const WINDOW_SLACK = 400;

function windowEnd(text: string, from: number): number {
  const end = from + WINDOW;
  if (end >= text.length) return text.length;
  // Only the last WINDOW_SLACK characters are searched: lastIndexOf alone would run back to the start.
  const tail = text.slice(end - WINDOW_SLACK, end);
  for (const breakAt of ['\n', '. ', ' ']) {
    const at = tail.lastIndexOf(breakAt);
    if (at >= 0) return end - WINDOW_SLACK + at + breakAt.length;
  }
  return end;
}

/** A long segment as windows of about WINDOW characters, ending at line or sentence breaks where possible. */
function* windowsOf(segment: Segment): Generator<Segment> {
  if (segment.text.length <= WINDOW) {
    yield segment;
    return;
  }
  for (let from = 0; from < segment.text.length; ) {
    const to = windowEnd(segment.text, from);
    // Offsets shift with the window; a piece that starts before it still maps to its node (see scan.ts rangesFor).
    const pieces = segment.pieces.filter((p) => p.end > from && p.start < to).map((p) => ({ ...p, start: p.start - from, end: p.end - from }));
    const links = segment.links.filter((l) => l.end > from && l.start < to).map((l) => ({ ...l, start: l.start - from, end: l.end - from }));
    yield { ...segment, text: segment.text.slice(from, to), pieces, links };
    from = to;
  }
}

function* scanSteps(segments: readonly Segment[], context: PageContext): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const segment of segments) {
    for (const window of windowsOf(segment)) {
      findings.push(...scan([window], context));
      yield;
    }
  }
  return findings;
}

/** Runs a stepwise scan to its end at once. */
function complete<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

function findingKey(f: Finding): string {
  return `${f.kind} ${f.value} ${f.source}`;
}

/** What the caller already knows about the page when the scanner starts. */
export interface ScannerStart {
  /** The page is known to name a marketplace (the content script's first stage read it): no second pass over its text to find that out. */
  namesMarketplace?: boolean;
}

export function createGuardScanner(context: PageContext, options: ExtractOptions = {}, start: ScannerStart = {}): GuardScanner {
  let relevant = start.namesMarketplace === true || context.ownMarketplace !== null || mentionsMarketplace(`${context.title}\n${context.url ?? ''}`);
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

  function* fullScan(doc: Document): Generator<void, Finding[]> {
    const segments = yield* walkSegments(doc, options);
    return remember(yield* scanSteps(segments, context));
  }

  function* documentSteps(doc: Document): Generator<void, Finding[]> {
    documentRef = doc;
    if (context.siteTrusted) return [];
    if (!relevant) {
      const body = doc.body ?? doc.documentElement;
      relevant = body ? yield* mentionsSteps(body, context.lang) : false;
      if (!relevant) return [];
    }
    return yield* fullScan(doc);
  }

  function* changedSteps(nodes: Iterable<Node>): Generator<void, Finding[]> {
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
      if (relevant && documentRef) return yield* fullScan(documentRef);
      if (!relevant) return [];
    }
    const findings: Finding[] = [];
    for (const root of roots) {
      const segments = yield* walkSegments(root, { ...options, headings: headingsBefore(root), inChrome: isInChrome(root) });
      findings.push(...(yield* scanSteps(segments, context)));
    }
    return remember(findings);
  }

  return {
    context,
    get relevant() {
      return relevant;
    },
    scanDocument: (doc) => complete(documentSteps(doc)),
    scanChanged: (nodes) => complete(changedSteps(nodes)),
    scanDocumentSteps: documentSteps,
    scanChangedSteps: changedSteps,
  };
}
