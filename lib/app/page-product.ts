import type { PageCapture } from '../schema/capture';
import { marketplaceOfHost, PAGE_READING_IDS, type RegisteredMarketplaceId } from '../marketplaces/registry';

/**
 * Marketplaces a question before buying is written for: those whose pages the
 * extension reads, where the buyer shops with it (each gets a `presale`
 * counterpart in lib/drafts/counterpart.ts, or the seller by default).
 */
export const BEFORE_BUYING_MARKETPLACES: readonly RegisteredMarketplaceId[] = PAGE_READING_IDS;
export type BeforeBuyingMarketplace = RegisteredMarketplaceId;

export interface PageProduct {
  marketplace?: BeforeBuyingMarketplace;
  /** As the page gave it: page text, untrusted; the draft puts it in the English only in Latin letters. */
  title?: string;
  /** The listing's link, when the page's reader recognised a product. */
  url?: string;
}

/**
 * What a question before buying can take from the tab: its marketplace (by
 * host, so also on pages no reader understands, as Temu's product pages) and,
 * on a product page the readers recognise, the listing's title and link.
 */
export function pageProduct(capture: PageCapture | undefined): PageProduct {
  if (!capture) return {};
  let host: string | undefined;
  try {
    host = new URL(capture.url).hostname;
  } catch {
    host = undefined;
  }
  const id = marketplaceOfHost(host)?.id;
  const marketplace = BEFORE_BUYING_MARKETPLACES.find((candidate) => candidate === id);
  const product = capture.kind === 'product' ? capture.product : undefined;
  return {
    ...(marketplace ? { marketplace } : {}),
    ...(product?.title ? { title: product.title } : {}),
    ...(product?.url ? { url: product.url } : {}),
  };
}
