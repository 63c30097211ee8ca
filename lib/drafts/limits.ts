import type { MarketplaceId } from '../marketplaces/types';

export type TextChannel = 'chat' | 'dispute' | 'complaint';

/**
 * Character limits of the marketplace's text fields, in UTF-16 code units
 * (what a textarea's maxlength counts).
 *
 * AliExpress publishes none of them. The chat box and the dispute and
 * complaint description fields were seen accepting far longer text than
 * these, but no source we could cite gives a figure, and the page may cut or
 * refuse a long message. So these are deliberately conservative: a draft
 * longer than this is flagged so the buyer can shorten or split it.
 * TODO [2027-01-01]: replace with a measured maxlength from saved AliExpress pages.
 */
export const MESSAGE_LIMITS: Partial<Record<MarketplaceId, Partial<Record<TextChannel, number>>>> = {
  aliexpress: { chat: 1000, dispute: 1000, complaint: 1000 },
};

/** Marketplaces whose limits above are our estimate rather than a published figure: the UI says so. */
export const ESTIMATED_LIMITS: Partial<Record<MarketplaceId, boolean>> = { aliexpress: true };

export function limitFor(marketplace: MarketplaceId | undefined, channel: TextChannel): number | undefined {
  return MESSAGE_LIMITS[marketplace ?? 'aliexpress']?.[channel];
}

export interface Measured {
  length: number;
  limit?: number;
  /** The limit is an estimate (see MESSAGE_LIMITS); absent when it is published or there is none. */
  limitEstimated?: boolean;
  overLimit: boolean;
}

/** Length against a limit; no limit, never over. */
export function measure(text: string, limit: number | undefined, estimated = false): Measured {
  const length = text.length;
  if (limit === undefined) return { length, overLimit: false };
  return estimated ? { length, limit, limitEstimated: true, overLimit: length > limit } : { length, limit, overLimit: length > limit };
}

/** Whether the limit that applies is our estimate: only the marketplace's own, not a caller's override. */
export function isEstimated(override: number | null | undefined, marketplace: MarketplaceId | undefined): boolean {
  return override === undefined && ESTIMATED_LIMITS[marketplace ?? 'aliexpress'] === true;
}

/** A caller's override wins (null: no limit); otherwise the marketplace's own. */
export function resolveLimit(override: number | null | undefined, marketplace: MarketplaceId | undefined, channel: TextChannel): number | undefined {
  if (override === null) return undefined;
  return override ?? limitFor(marketplace, channel);
}
