/**
 * Every marketplace the extension knows, one line each. Adding a marketplace is one
 * folder `lib/marketplaces/<id>/` (an `index.ts` exporting its `Marketplace`, and a
 * `pages.ts` when it declares `readsPages`) plus one line in `MARKETPLACES` below.
 * The manifest matches, the marketplace content script, the capture schema, the
 * deadline-rule lookup, the drafts and the guard all read this list;
 * tests/unit/marketplaces/registry.test.ts fails on a folder that is not listed here
 * or a declared part that is missing.
 */
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { shein } from './shein';
import { temu } from './temu';
import { hostBelongsTo, matchPatterns, type ClaimProcedure, type Marketplace } from './types';

/** The first is the default for a new order typed by hand. */
export const MARKETPLACES = [aliexpress, temu, amazon, ebay, shein] as const satisfies readonly Marketplace[];

export type RegisteredMarketplace = (typeof MARKETPLACES)[number];
export type RegisteredMarketplaceId = RegisteredMarketplace['id'];
/** "other": an order the user typed in for a marketplace the extension does not know. */
export type MarketplaceId = RegisteredMarketplaceId | 'other';

const ids: MarketplaceId[] = [...MARKETPLACES.map((m) => m.id), 'other'];
/** Every id an order may carry, for the stored schema's enum. */
export const MARKETPLACE_IDS = ids as [MarketplaceId, ...MarketplaceId[]];
export const DEFAULT_MARKETPLACE: RegisteredMarketplaceId = MARKETPLACES[0].id;

/** Marketplaces whose pages the extension reads (and where the in-page sidebar runs). */
export const PAGE_READING_MARKETPLACES = MARKETPLACES.filter((m) => m.readsPages === true);
const pageReadingIds: RegisteredMarketplaceId[] = PAGE_READING_MARKETPLACES.map((m) => m.id);
/** Ids a page capture may carry, for the capture schema's enum. */
export const PAGE_READING_IDS = pageReadingIds as [RegisteredMarketplaceId, ...RegisteredMarketplaceId[]];

/** Content-script match patterns for the hosts of every page-reading marketplace. */
export const MARKETPLACE_PAGE_MATCHES: readonly string[] = PAGE_READING_MARKETPLACES.flatMap((m) => matchPatterns(m.site.domains));

export function marketplaceById(id: MarketplaceId | undefined): Marketplace | undefined {
  return MARKETPLACES.find((m) => m.id === id);
}

/** The registered marketplace whose own site `host` is, if any. */
export function marketplaceOfHost(host: string | null | undefined): RegisteredMarketplace | undefined {
  if (!host) return undefined;
  return MARKETPLACES.find((m) => hostBelongsTo(host, m.site.domains));
}

/** How each marketplace writes its own name; "other" is the user's own word, so it stays generic. */
export function marketplaceName(id: MarketplaceId): string {
  return marketplaceById(id)?.site.displayName ?? 'marketplace';
}

/** How to ask for a refund or return on this marketplace's orders: its own way, else the default marketplace's. */
export function claimProcedureFor(id: MarketplaceId | undefined): ClaimProcedure {
  const claim = marketplaceById(id)?.claim ?? MARKETPLACES[0].claim;
  // tests/unit/marketplaces/registry.test.ts holds the default marketplace to having one.
  if (!claim) throw new Error('The default marketplace declares no claim procedure');
  return claim;
}
