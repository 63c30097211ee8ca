/**
 * The one entry point to the AliExpress page readers.
 *
 *   URL ──classifyAliExpressUrl──▶ page type ──▶ the reader registered for it
 *    └─ no match (new path, single-page navigation) ──▶ first reader whose detect() fits
 *        └─ none ──▶ kind 'other', missing ['page-kind']
 *
 * Readers are pure and never throw; should one fail on a page nobody foresaw, the
 * failure becomes an empty capture, because a broken reader must not break the page.
 */
import type { PageCapture } from '../../../schema/capture';
import { classifyAliExpressUrl } from '../urls';
import { messagesReader } from './messages';
import { orderDetailReader } from './order-detail';
import { orderListReader } from './order-list';
import { productReader } from './product';
import { emptyCapture, type PageReader } from './reader';
import { storeReader } from './store';

/**
 * Every reader, one file each. Order matters for content detection only: a message page
 * also names an order, and a list of one order looks like a detail page, so the more
 * specific shapes come first.
 */
export const ALIEXPRESS_READERS: readonly PageReader[] = [
  messagesReader,
  orderListReader,
  orderDetailReader,
  productReader,
  storeReader,
];

function safely(reader: PageReader, document: Document, url: URL, now: number): PageCapture | undefined {
  try {
    return reader.read(document, url, now);
  } catch {
    return undefined;
  }
}

function detects(reader: PageReader, document: Document, url: URL): boolean {
  try {
    return reader.detect(document, url);
  } catch {
    return false;
  }
}

/** What an AliExpress page shows: its orders, messages, product or store, and what was missing. */
export function readAliExpressPage(document: Document, url: URL, now: number): PageCapture {
  const pageType = classifyAliExpressUrl(url);
  const byUrl = ALIEXPRESS_READERS.find((reader) => reader.pageTypes.includes(pageType));
  if (byUrl) return safely(byUrl, document, url, now) ?? { ...emptyCapture(byUrl.kind, url), missing: ['page-kind'] };
  for (const reader of ALIEXPRESS_READERS) {
    if (!detects(reader, document, url)) continue;
    const capture = safely(reader, document, url, now);
    if (capture) return capture;
  }
  return { ...emptyCapture('other', url), missing: ['page-kind'] };
}

export { messageFingerprint } from '../../../schema/message-fingerprint';
export type { PageReader } from './reader';
