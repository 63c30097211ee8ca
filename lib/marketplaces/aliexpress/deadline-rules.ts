import type { DeadlineRuleSet, RuleSource } from '../../deadlines/types';

/*
 * AliExpress deadline figures, each with its source. Seeds are the articles in
 * shared/seeds (000 Georgian, 002 Polish …); "public sources" are the
 * help-center copies and guides summarised in shared/DOMAIN.md ("What public
 * sources add"). They disagree and change over time: contested figures are
 * estimates, and the order page's own countdown beats all of them.
 *
 * No default protection length is assumed: sources cap it at 60 days (75
 * economy, 90 Russia, 120 Brazil) but the seller's promised time is often
 * shorter, and an estimate that errs late would cost the buyer the refund.
 * Protection end comes only from the page countdown, the protection days the
 * user or page gives, or delivery (below).
 */

const documents = (seeds: readonly string[], publicSources: boolean, note: string): RuleSource => ({
  origin: 'documents',
  seeds,
  publicSources,
  note,
});

export const aliexpressDeadlineRules: DeadlineRuleSet = {
  marketplace: 'aliexpress',

  protectionAfterDelivery: {
    id: 'aliexpress.protection-after-delivery',
    kind: 'protection-end',
    basis: 'delivered',
    days: 5,
    alternatives: [],
    // "may drop to 5 days": a possibility, not a rule the sources state firmly.
    estimate: true,
    source: documents([], true, 'If tracking says delivered, the remaining protection time may drop to 5 days.'),
  },

  extendProtectionAsk: {
    id: 'aliexpress.extend-protection-ask',
    kind: 'extend-protection-ask',
    basis: 'protection-end',
    // Ask 5–7 days before protection ends; due on the last of those days.
    days: -5,
    alternatives: [],
    estimate: false,
    source: documents([], true, 'Only the seller can approve "Extend time"; ask 5–7 days before protection ends.'),
  },

  disputeOpens: {
    id: 'aliexpress.dispute-opens',
    kind: 'dispute-opens',
    basis: 'shipped',
    days: 10,
    alternatives: [5, 6, 11],
    estimate: true,
    source: documents(['000'], true, 'Seed 000: from 10 days after shipment. Public sources: 5, 6, 10 or 11 days.'),
  },

  disputeLastDayAfterProtection: {
    id: 'aliexpress.dispute-last-day',
    kind: 'dispute-last-day',
    basis: 'protection-end',
    // Seed 000 and most sources: 15; a few say 14. A last day errs early.
    days: 14,
    alternatives: [15],
    estimate: true,
    source: documents(['000'], true, 'Seed 000: no later than 15 days after buyer protection ends. A few public sources: 14.'),
  },

  disputeLastDayAfterConfirmation: {
    id: 'aliexpress.dispute-last-day-after-confirmation',
    kind: 'dispute-last-day',
    basis: 'confirmed',
    days: 14,
    alternatives: [15],
    estimate: true,
    source: documents([], true, '15 days after the buyer confirms receipt; a few sources say 14.'),
  },

  sellerResponseDue: {
    id: 'aliexpress.seller-response-due',
    kind: 'seller-response-due',
    basis: 'dispute-opened',
    days: 5,
    alternatives: [15],
    estimate: true,
    source: documents([], true, 'Seller must answer within 5 days or the refund is automatic; older rules: 15 days.'),
  },

  marketplaceStepsIn: {
    id: 'aliexpress.marketplace-steps-in',
    kind: 'marketplace-steps-in',
    basis: 'dispute-opened',
    days: 7,
    alternatives: [],
    // Seed 002 and current public rules agree; the older 3–15-day buyer escalation is a different mechanism.
    estimate: false,
    source: documents(['002'], true, 'Seed 002: 7 days to settle before the marketplace steps in; public sources agree.'),
  },

  complaintAnswerExpected: {
    id: 'aliexpress.complaint-answer-expected',
    kind: 'complaint-answer-expected',
    basis: 'complaint-submitted',
    // "Reviewed within 3–5 days": expect the answer by the end of that range.
    days: 5,
    alternatives: [3],
    estimate: true,
    source: documents(['000'], false, 'Seed 000: complaints are reviewed within 3–5 days; do not resubmit.'),
  },
};
