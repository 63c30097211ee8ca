import type { DeadlineRuleSet, RuleSource } from '../../deadlines/types';

/*
 * Temu deadline figures, each with its source (the URLs are in ./README.md). Temu's own
 * policy pages state the return window and the late-delivery credit; the price-adjustment
 * window comes only from third-party guides, so it is an estimate. The page's own dates
 * (latest delivery, "no tracking update by", "return by") beat every rule here, and no
 * rule invents a "no tracking update" date: no source gives a fixed number of days.
 *
 * Refund timeline (not a deadline: nothing here knows when a refund was issued): to the
 * original payment method 5–14 business days, up to 30; to Temu credit within 3 minutes.
 */

const temuPages = (note: string): RuleSource => ({ origin: 'documents', seeds: [], publicSources: true, note });

export const temuDeadlineRules: DeadlineRuleSet = {
  marketplace: 'temu',

  returnLastDay: {
    id: 'temu.return-last-day',
    kind: 'return-last-day',
    basis: 'ordered',
    days: 90,
    // Some guides say 30 days from delivery; Temu's own policy page says 90 from purchase.
    alternatives: [],
    estimate: false,
    source: temuPages('return-and-refund-policy.html §2: return within 90 days after the day of purchase; send within 14 days of submitting.'),
  },

  lateDeliveryCredit: {
    id: 'temu.late-delivery-credit',
    kind: 'late-delivery-credit',
    basis: 'latest-delivery',
    // "A credit within 48 hours of that date": due two calendar days after the latest delivery day.
    days: 2,
    alternatives: [],
    estimate: false,
    source: temuPages('late-delivery-compensation-policy.html: credit within 48 hours after the latest estimated delivery date.'),
  },

  priceAdjustmentLastDay: {
    id: 'temu.price-adjustment-last-day',
    kind: 'price-adjustment-last-day',
    basis: 'ordered',
    days: 30,
    alternatives: [],
    // Only third-party guides state it; Temu's pages we could cite do not.
    estimate: true,
    source: temuPages('Third-party guides: a price drop within 30 days of purchase is refunded as credit.'),
  },
};
