import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { extractSegments, pageContextFromDocument, scan, uniqueContacts, type Finding, type Segment, type TrustLists } from '../../../lib/guard';

export type DomImpl = 'jsdom' | 'happy-dom';

/** Parses HTML without running its scripts, in either DOM implementation. */
export function parseHtml(html: string, url: string, impl: DomImpl = 'jsdom'): Document {
  if (impl === 'jsdom') return new JSDOM(html, { url }).window.document;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

export interface PageOptions {
  url?: string;
  lang?: string;
  title?: string;
  trusted?: TrustLists;
  impl?: DomImpl;
}

/** Wraps a body fragment in a page and scans it; returns unique contacts as "kind value reason". */
export function scanFragment(body: string, options: PageOptions = {}): Finding[] {
  const url = options.url ?? 'https://pages.example/article';
  const title = options.title ? `<title>${options.title}</title>` : '';
  const html = `<!doctype html><html lang="${options.lang ?? 'en'}"><head>${title}</head><body>${body}</body></html>`;
  const doc = parseHtml(html, url, options.impl);
  const context = pageContextFromDocument(doc, { url, trusted: options.trusted });
  return uniqueContacts(scan(extractSegments(doc), context));
}

/** The values of the contacts a fragment's scan flags, in page order. */
export function scanValues(body: string, options: PageOptions = {}): string[] {
  return scanFragment(body, options).map((f) => f.value);
}

export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.kind} ${f.value} ${f.reason}`);
}

/**
 * What is wrong with a scan's output, as lines (none when it is well-formed):
 * every finding names a contact, points into one of the scanned segments
 * within its text, and there are no more findings than the text could hold
 * (a runaway loop that keeps emitting shows as a count far above it).
 */
export function malformedFindings(segments: readonly Segment[], findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const textLength = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  // Each finding covers its own contact or link; a contact takes a few characters at least.
  const most = segments.length + Math.ceil(textLength / 3);
  if (findings.length > most) problems.push(`${findings.length} findings from ${segments.length} segments of ${textLength} characters`);
  for (const f of findings) {
    if (!f.value) problems.push(`${f.kind} finding without a value`);
    if (!segments.includes(f.segment)) problems.push(`${f.kind} ${f.value}: segment not among those scanned`);
    if (!(f.start >= 0 && f.start <= f.end && f.end <= f.segment.text.length)) problems.push(`${f.kind} ${f.value}: offsets ${f.start}-${f.end} outside its segment (${f.segment.text.length})`);
  }
  return problems;
}
