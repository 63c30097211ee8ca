import type { MarketplaceId } from '../marketplaces/registry';
import { platformName } from './params';
import type { TemplateInput } from './template';
import type { DraftContext, I18nText, RefundAfter } from './types';

export interface RefundWindow {
  min: number;
  max: number;
  source: string;
}

/**
 * How long a refund takes to arrive once issued, per marketplace, as its
 * public pages give it. A figure from a source, not a promise: the note says "about".
 */
export const REFUND_BUSINESS_DAYS = { min: 3, max: 20, source: 'shared/DOMAIN.md, "What public sources add": Refunds arrive in 3–20 business days' } as const;

const REFUND_WINDOWS: Partial<Record<MarketplaceId, RefundWindow>> = {
  aliexpress: REFUND_BUSINESS_DAYS,
  temu: { min: 5, max: 14, source: 'https://www.temu.com/support/c3/how-do-i-track-my-refund-f-51-s-129.html (5–14 business days to the original payment method; lib/marketplaces/temu/README.md)' },
};

export function refundWindowFor(marketplace: MarketplaceId | undefined): RefundWindow {
  return (marketplace ? REFUND_WINDOWS[marketplace] : undefined) ?? REFUND_BUSINESS_DAYS;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Monday to Friday between two instants (the start day excluded), counted in UTC days. */
export function businessDaysBetween(from: number, to: number): number {
  let count = 0;
  const start = Math.floor(from / DAY_MS);
  const end = Math.floor(to / DAY_MS);
  for (let day = start + 1; day <= end; day += 1) {
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** Who pays a missing refund: the marketplace after a cancellation or a won dispute, the seller after a return; where support answers for the sellers, always the marketplace. */
function payerNotes(after: RefundAfter | undefined, platform: string, reader: TemplateInput['reader']): I18nText[] {
  if (after === undefined) return [];
  if (reader === 'support') return [{ key: 'drafts.note.refundPayer.support', params: { platform } }];
  if (after === 'return-delivered') return [{ key: 'drafts.note.refundPayer.seller', params: { platform } }];
  return [{ key: 'drafts.note.refundPayer.platform', params: { platform } }];
}

/**
 * What the buyer should know about a missing refund, in their language: who
 * pays it, and the days passed against the marketplace's refund window, with
 * the Help Center chat as the next step once it has run out.
 */
export function refundNotes(after: RefundAfter | undefined, daysAgo: number | undefined, context: Pick<DraftContext, 'now' | 'marketplace'>, reader?: TemplateInput['reader']): I18nText[] {
  const platform = platformName(context.marketplace);
  const notes = payerNotes(after, platform, reader);
  const { min, max } = refundWindowFor(context.marketplace);
  const window = { min, max };
  if (daysAgo === undefined || !Number.isInteger(daysAgo) || daysAgo < 1) {
    notes.push({ key: 'drafts.note.refundWindow.unknown', params: { ...window, platform } });
    return notes;
  }
  const count = businessDaysBetween(context.now - daysAgo * DAY_MS, context.now);
  const key = count > max ? 'drafts.note.refundWindow.beyond' : count < min ? 'drafts.note.refundWindow.early' : 'drafts.note.refundWindow.within';
  notes.push({ key, params: { ...window, count, platform } });
  return notes;
}
