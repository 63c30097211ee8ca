/**
 * The page readers and message boxes of every marketplace that declares `readsPages`,
 * found by folder (`<id>/pages.ts`) so that registering the marketplace is still one
 * line. Only the marketplace content script imports this: the all-pages guard must
 * never carry readers. Vite resolves the glob at build time (and in Vitest).
 */
import { marketplaceOfHost, type RegisteredMarketplaceId } from './registry';
import type { MarketplacePages } from './types';

const modules = import.meta.glob<MarketplacePages>('./*/pages.ts', { eager: true, import: 'pages' });

/** Folder id → its pages module, for the registry test. */
export const PAGES_BY_FOLDER: ReadonlyMap<string, MarketplacePages> = new Map(
  Object.entries(modules).map(([path, pages]) => [path.split('/')[1] ?? path, pages]),
);

export function pagesOf(id: RegisteredMarketplaceId): MarketplacePages | undefined {
  return PAGES_BY_FOLDER.get(id);
}

/** The readers for the page at `url`, when its marketplace reads pages. */
export function pagesForUrl(url: URL): MarketplacePages | undefined {
  const marketplace = marketplaceOfHost(url.hostname);
  return marketplace?.readsPages ? pagesOf(marketplace.id) : undefined;
}
