import type { Finding } from '../guard';
import { FLAG_ATTRIBUTE, HIGHLIGHT_NAME, PAGE_CSS, installPageStyle } from './page-style';

/**
 * Marks flagged contacts in place. With the CSS Custom Highlight API the
 * page's text nodes stay exactly as they are (no wrapper elements that could
 * break the page's scripts or layout); without it, the contact's element (its
 * link, or the element holding its text) gets an outline attribute.
 */
export interface Marks {
  mark(findings: readonly Finding[]): void;
  unmark(findings: readonly Finding[]): void;
  clear(): void;
  /** Whether text ranges are painted with the Highlight API (else outlines). */
  readonly usesHighlights: boolean;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}
interface HighlightApi {
  registry: Map<string, unknown>;
  create: () => HighlightLike;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & { Highlight?: new () => HighlightLike; CSS?: unknown }) | null;
  const registry = (view?.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Highlight = view?.Highlight;
  if (!registry || typeof registry.set !== 'function' || typeof Highlight !== 'function') return null;
  return { registry, create: () => new Highlight() };
}

interface Painted {
  ranges: Range[];
  elements: Element[];
}

/** The finding's text as DOM ranges, skipping pieces whose text left the page or changed since the scan. */
function rangesOf(doc: Document, finding: Finding): Range[] {
  const ranges: Range[] = [];
  for (const piece of finding.ranges) {
    if (!piece.node.isConnected || piece.end <= piece.start) continue;
    try {
      const range = doc.createRange();
      range.setStart(piece.node, piece.start);
      range.setEnd(piece.node, Math.min(piece.end, piece.node.data.length));
      ranges.push(range);
    } catch {
      // The text changed since the scan (offsets past its end): nothing to paint.
    }
  }
  return ranges;
}

/**
 * Outline attributes, counted per element: two findings in one element
 * outline it once, and it keeps its outline until the last one is unmarked.
 */
function createOutlines() {
  const outlined = new Map<Element, number>();
  return {
    add(element: Element, painted: Painted) {
      const count = outlined.get(element) ?? 0;
      if (count === 0) element.setAttribute(FLAG_ATTRIBUTE, '');
      outlined.set(element, count + 1);
      painted.elements.push(element);
    },
    remove(element: Element) {
      const count = (outlined.get(element) ?? 1) - 1;
      if (count > 0) {
        outlined.set(element, count);
        return;
      }
      outlined.delete(element);
      element.removeAttribute(FLAG_ATTRIBUTE);
    },
  };
}

export function createMarks(doc: Document, options: { highlights?: boolean } = {}): Marks {
  const api = options.highlights === false ? null : highlightApi(doc);
  let highlight: HighlightLike | null = null;
  let removeStyle: (() => void) | null = null;
  const painted = new Map<Finding, Painted>();
  const outlines = createOutlines();

  /** Paints one finding: its text ranges as a highlight, else its link's or its text's elements outlined. */
  const paint = (finding: Finding): Painted => {
    const entry: Painted = { ranges: [], elements: [] };
    const ranges = rangesOf(doc, finding);
    if (api && ranges.length > 0) {
      if (!highlight) {
        highlight = api.create();
        api.registry.set(HIGHLIGHT_NAME, highlight);
      }
      for (const range of ranges) highlight.add(range);
      entry.ranges = ranges;
    } else if (finding.link) {
      outlines.add(finding.link, entry);
    } else {
      const parents = new Set(finding.ranges.map((r) => r.node.parentElement));
      for (const parent of parents) if (parent) outlines.add(parent, entry);
    }
    return entry;
  };

  return {
    usesHighlights: api !== null,
    mark(findings) {
      for (const finding of findings) {
        if (painted.has(finding)) continue;
        removeStyle ??= installPageStyle(doc, PAGE_CSS);
        painted.set(finding, paint(finding));
      }
    },
    unmark(findings) {
      for (const finding of findings) {
        const entry = painted.get(finding);
        if (!entry) continue;
        for (const range of entry.ranges) highlight?.delete(range);
        for (const element of entry.elements) outlines.remove(element);
        painted.delete(finding);
      }
    },
    clear() {
      this.unmark([...painted.keys()]);
      if (api && highlight && api.registry.get(HIGHLIGHT_NAME) === highlight) api.registry.delete(HIGHLIGHT_NAME);
      highlight = null;
      removeStyle?.();
      removeStyle = null;
    },
  };
}
