/**
 * Every deadline the extension tracks, in the order they usually happen.
 *
 * Two natures: a *deadline* the buyer must act before (miss it and money is
 * lost), and a *milestone* after which something becomes possible or is
 * expected from someone else (nothing is lost when it passes; the buyer checks).
 */
export const DEADLINE_KINDS = [
  'dispute-opens',
  'extend-protection-ask',
  'protection-end',
  'dispute-last-day',
  'seller-response-due',
  'marketplace-steps-in',
  'complaint-answer-expected',
  /** Temu: the late-delivery credit is due this long after the latest delivery date. */
  'late-delivery-credit',
  /** A page's "no tracking update by <date>? ask for a refund". */
  'no-update-refund',
  'price-adjustment-last-day',
  'return-last-day',
] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type DeadlineNature = 'deadline' | 'milestone';

export const KIND_NATURE: Readonly<Record<DeadlineKind, DeadlineNature>> = {
  'dispute-opens': 'milestone',
  'extend-protection-ask': 'deadline',
  'protection-end': 'deadline',
  'dispute-last-day': 'deadline',
  'seller-response-due': 'milestone',
  'marketplace-steps-in': 'milestone',
  'complaint-answer-expected': 'milestone',
  'late-delivery-credit': 'milestone',
  'no-update-refund': 'milestone',
  'price-adjustment-last-day': 'deadline',
  'return-last-day': 'deadline',
};

/** True for kinds the buyer must act before: these count as overdue once passed. */
export function isActionDeadline(kind: DeadlineKind): boolean {
  return KIND_NATURE[kind] === 'deadline';
}

export function isDeadlineKind(value: unknown): value is DeadlineKind {
  return typeof value === 'string' && (DEADLINE_KINDS as readonly string[]).includes(value);
}
