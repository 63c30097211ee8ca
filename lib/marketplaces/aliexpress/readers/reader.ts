/**
 * The contract every AliExpress page reader fulfils. Readers are pure: they look at the
 * document, the URL and "now", and return what the page shows. They never throw on an
 * unexpected page; they find less and list what was missing.
 */
import type { PageCapture, PageKind } from '../../../schema/capture';
import type { AliExpressPageType } from '../urls';

export interface PageReader {
  /** Stable name, for tests and the registry check. */
  id: string;
  kind: PageKind;
  /** The URL page types this reader handles (see `classifyAliExpressUrl`). */
  pageTypes: readonly AliExpressPageType[];
  /** Whether the document looks like this reader's page, for URLs that do not tell (single-page navigation, new paths). */
  detect(document: Document, url: URL): boolean;
  read(document: Document, url: URL, now: number): PageCapture;
}

/** A capture with nothing in it yet. */
export function emptyCapture(kind: PageKind, url: URL): PageCapture {
  return { kind, url: url.href, orders: [], messages: [], missing: [] };
}
