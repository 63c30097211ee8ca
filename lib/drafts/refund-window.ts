import type { I18nText, RefundAfter } from './types';

/**
 * How long a refund takes to arrive once issued: 3–20 business days, as the
 * public help-center copies give it (../../../shared/DOMAIN.md, "Returns /
 * Refunds"). A figure from a source, not a promise: the note says "about".
 */
export const REFUND_BUSINESS_DAYS = { min: 3, max: 20, source: 'shared/DOMAIN.md, "What public sources add": Refunds arrive in 3–20 business days' } as const;

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

/**
 * What the buyer should know about a missing refund, in their language: who
 * pays it (the marketplace after a cancellation or a won dispute, the seller
 * after a return), and the days passed against the 3–20 business-day window,
 * with the Help Center chat as the next step once it has run out.
 */
export function refundNotes(after: RefundAfter | undefined, daysAgo: number | undefined, now: number, platform: string): I18nText[] {
  const notes: I18nText[] = [];
  if (after === 'cancelled' || after === 'dispute-won') notes.push({ key: 'drafts.note.refundPayer.platform', params: { platform } });
  if (after === 'return-delivered') notes.push({ key: 'drafts.note.refundPayer.seller', params: { platform } });
  const window = { min: REFUND_BUSINESS_DAYS.min, max: REFUND_BUSINESS_DAYS.max };
  if (daysAgo === undefined || !Number.isInteger(daysAgo) || daysAgo < 1) {
    notes.push({ key: 'drafts.note.refundWindow.unknown', params: { ...window, platform } });
    return notes;
  }
  const count = businessDaysBetween(now - daysAgo * DAY_MS, now);
  const key = count > REFUND_BUSINESS_DAYS.max ? 'drafts.note.refundWindow.beyond' : count < REFUND_BUSINESS_DAYS.min ? 'drafts.note.refundWindow.early' : 'drafts.note.refundWindow.within';
  notes.push({ key, params: { ...window, count, platform } });
  return notes;
}
