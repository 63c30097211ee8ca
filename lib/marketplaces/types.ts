/** Marketplaces the extension knows. Adding one means adding a folder here. */
export const MARKETPLACE_IDS = ['aliexpress', 'temu', 'amazon', 'ebay', 'shein', 'other'] as const;
export type MarketplaceId = (typeof MARKETPLACE_IDS)[number];

export interface MarketplaceSite {
  id: MarketplaceId;
  /** The brand as the marketplace writes it. */
  displayName: string;
  /** Registrable domains; any subdomain of these belongs to the marketplace. */
  domains: readonly string[];
  /** The marketplace's own help pages, the official way to reach it. */
  officialHelp: {
    helpCenter: string;
    disputes?: string;
    complaint?: string;
    chat?: string;
  };
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function hostBelongsTo(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}
