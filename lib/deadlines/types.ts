import type { MarketplaceId } from '../marketplaces/registry';
import type { DeadlineKind } from './kinds';

/**
 * Where an order stands, as far as deadlines care. The order store maps its
 * own statuses onto these.
 */
export const DEADLINE_ORDER_STATUSES = [
  'awaiting-payment',
  'awaiting-shipment',
  'shipped',
  /** Tracking says delivered; the buyer has not confirmed receipt. */
  'delivered',
  /** Receipt confirmed (by the buyer or automatically). */
  'completed',
  'in-dispute',
  /** Finished for good: dispute settled, refunded, order closed. */
  'closed',
  'cancelled',
  'unknown',
] as const;
export type DeadlineOrderStatus = (typeof DEADLINE_ORDER_STATUSES)[number];

/** The plain facts about one order that deadlines are computed from. All instants. */
export interface DeadlineFacts {
  marketplace: MarketplaceId;
  status: DeadlineOrderStatus;
  /** Not used by AliExpress rules (protection starts at shipment); kept for other marketplaces. */
  orderedAt?: number;
  shippedAt?: number;
  /** When tracking showed the parcel delivered. */
  deliveredAt?: number;
  /** When the buyer (or the site, automatically) confirmed receipt. */
  confirmedAt?: number;
  /** The order page's own countdown, turned into an instant by the page reader. */
  protectionEndsAtFromPage?: { endsAt: number; seenAt: number };
  /** Buyer-protection length in days from shipment, as the user or the page states it. */
  protectionDays?: number;
  /** Who gave `protectionDays`; the user when absent. */
  protectionDaysFrom?: 'user' | 'order-page';
  disputeOpenedAt?: number;
  complaintSubmittedAt?: number;
  /** Dates the order page states outright (local midnight of the day); they beat rules. */
  pageDates?: {
    /** The last day of the estimated delivery range. */
    latestDelivery?: number;
    /** From this day a refund can be asked when tracking has not moved. */
    noUpdateRefund?: number;
    /** The last day to start a return. */
    returnBy?: number;
  };
  /** Instants the user set by hand; they beat everything else. */
  overrides?: Partial<Record<DeadlineKind, number>>;
}

/** What a rule counts from. */
export const DERIVATION_BASES = [
  'page-countdown',
  'shipped',
  'delivered',
  'confirmed',
  'protection-end',
  'dispute-opened',
  'complaint-submitted',
  /** The order was placed (return and price-adjustment windows count from it). */
  'ordered',
  /** The last day of the estimated delivery range shown on the order page. */
  'latest-delivery',
  /** A date the order page states outright. */
  'page-date',
  'user',
] as const;
export type DerivationBasis = (typeof DERIVATION_BASES)[number];

export const SOURCE_ORIGINS = ['documents', 'order-page', 'user'] as const;

/** Where a figure comes from, so the UI can say so. */
export interface RuleSource {
  /** 'documents': the seed articles and public help-center copies; 'order-page': read off the page; 'user': typed in. */
  origin: (typeof SOURCE_ORIGINS)[number];
  /** Seed numbers in shared/seeds (e.g. '000') that give this figure. */
  seeds: readonly string[];
  /** True when public help-center copies and guides also give (or contest) it. */
  publicSources: boolean;
  /** For developers, in English: what the sources say. Never shown to users. */
  note: string;
}

/**
 * One figure as data. `days` is the figure used; `alternatives` the other
 * figures sources give. Where sources disagree the rule is an `estimate`.
 * Choosing among contested figures: for a deadline the buyer must meet, the
 * earliest (being a day early costs nothing, a day late costs the refund);
 * for a milestone, the figure the seed gives.
 */
export interface DeadlineRule {
  id: string;
  kind: DeadlineKind;
  basis: Exclude<DerivationBasis, 'user' | 'page-countdown' | 'page-date'>;
  /** Calendar days after the basis; negative means before it. */
  days: number;
  alternatives: readonly number[];
  estimate: boolean;
  source: RuleSource;
}

/**
 * A marketplace's rules, one named slot per way of computing a deadline, so
 * the engine's precedence stays explicit. Missing slot: not computed.
 */
export interface DeadlineRuleSet {
  marketplace: MarketplaceId;
  /** Protection ends this long after delivery when tracking shows it (caps the period). */
  protectionAfterDelivery?: DeadlineRule;
  extendProtectionAsk?: DeadlineRule;
  disputeOpens?: DeadlineRule;
  disputeLastDayAfterProtection?: DeadlineRule;
  disputeLastDayAfterConfirmation?: DeadlineRule;
  sellerResponseDue?: DeadlineRule;
  marketplaceStepsIn?: DeadlineRule;
  complaintAnswerExpected?: DeadlineRule;
  /** The late-delivery credit, counted from the latest delivery date the page shows. */
  lateDeliveryCredit?: DeadlineRule;
  /** The last day to ask for a price adjustment, counted from the order. */
  priceAdjustmentLastDay?: DeadlineRule;
  /** The last day to start a return, counted from the order (a page's own date beats it). */
  returnLastDay?: DeadlineRule;
}

/** How a due instant was reached, for "15 days after buyer protection ends (seed 000)". */
export interface Derivation {
  basis: DerivationBasis;
  /** Calendar days counted from `from` (negative: before); 0 for page and user values. */
  days: number;
  /** The instant counted from: the basis event, or when the page was seen, or the user's value. */
  from: number;
  /** Other figures the sources give for `days`; empty when uncontested. */
  alternatives: readonly number[];
}

/** A rule's source as a deadline carries it: the developer note stays with the rule. */
export type DeadlineSource = Pick<RuleSource, 'origin' | 'seeds' | 'publicSources'>;

export interface ComputedDeadline {
  kind: DeadlineKind;
  dueAt: number;
  ruleId: string;
  source: DeadlineSource;
  /** Contested figure or derived from one: show as an estimate, never as fact. */
  estimate: boolean;
  derivation: Derivation;
  /** The user set this one by hand. */
  overridden: boolean;
  /** When overridden: what the rules would have given, if anything. */
  computedDueAt?: number;
}

/**
 * A deadline of one order: what the engine gives, what the database stores
 * (lib/schema/deadline.ts validates exactly this shape) and what reminders,
 * the badge, calendars and the UI read. One shape from page to reminder.
 */
export interface OrderDeadline extends ComputedDeadline {
  /** `deadlineId(orderId, kind)`: one row per order and kind. */
  id: string;
  orderId: string;
  /** 1 for deadlines the buyer must act before, 0 for milestones (IndexedDB cannot index booleans). */
  actionable: 0 | 1;
}
