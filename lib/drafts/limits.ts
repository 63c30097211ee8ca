import { DEFAULT_MARKETPLACE, marketplaceById, type MarketplaceId } from '../marketplaces/registry';
import type { TextChannel } from '../marketplaces/types';

export type { TextChannel } from '../marketplaces/types';

/**
 * The marketplace's own limit for a text field (its `messageLimits`); an order with
 * no marketplace is measured against the default marketplace's.
 */
export function limitFor(marketplace: MarketplaceId | undefined, channel: TextChannel): number | undefined {
  return marketplaceById(marketplace ?? DEFAULT_MARKETPLACE)?.messageLimits?.[channel];
}

export interface Measured {
  length: number;
  limit?: number;
  overLimit: boolean;
}

/** Length against a limit; no limit, never over. */
export function measure(text: string, limit: number | undefined): Measured {
  const length = text.length;
  return limit === undefined ? { length, overLimit: false } : { length, limit, overLimit: length > limit };
}

/** A caller's override wins (null: no limit); otherwise the marketplace's own. */
export function resolveLimit(override: number | null | undefined, marketplace: MarketplaceId | undefined, channel: TextChannel): number | undefined {
  if (override === null) return undefined;
  return override ?? limitFor(marketplace, channel);
}
