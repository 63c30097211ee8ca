import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { extractSegments, pageContextFromDocument, scan, uniqueContacts, type Finding, type TrustLists } from '../../../lib/guard';

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

export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.kind} ${f.value} ${f.reason}`);
}
