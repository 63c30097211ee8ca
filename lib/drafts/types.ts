import type { MessageKey, MessageParams } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { MarketplaceId } from '../marketplaces/registry';

/** Money as stored everywhere in the project: ISO 4217 code, decimal amount. */
export interface Money {
  amount: number;
  currency: string;
}

/**
 * The order facts a draft is filled from. Everything but the order number and
 * "now" is optional: a sentence that needs a missing fact falls back to a
 * variant without it, or is left out.
 */
export interface DraftContext {
  orderNumber: string;
  orderDate?: number;
  shipDate?: number;
  storeName?: string;
  itemTitle?: string;
  total?: Money;
  trackingNumber?: string;
  protectionEndsAt?: number;
  /** Whole days of buyer protection left, as the order page shows them; computed from protectionEndsAt when absent. */
  daysLeft?: number;
  disputeDeadline?: number;
  /** When the tracking marked the parcel delivered, if known. */
  deliveredAt?: number;
  sellerName?: string;
  /** Decides the message length limit; AliExpress when absent. */
  marketplace?: MarketplaceId;
  /** IANA zone dates are shown in; the system zone when absent. */
  timeZone?: string;
  now: number;
}

export type Tone = 'polite' | 'firm';
export const TONES: readonly Tone[] = ['polite', 'firm'];

export const SITUATION_IDS = [
  'ask-tracking',
  'tracking-stalled',
  'protection-ending',
  'damaged',
  'not-as-described',
  'wrong-item',
  'missing-parts',
  'counterfeit',
  'refund-missing',
  'refuse-off-platform',
  'partial-refund',
  'return-shipping',
  'warranty-refused',
  'seller-asks-cancel',
  'cancel-unshipped',
  'delivered-not-received',
  'empty-parcel',
  'fewer-pieces',
  'customs',
  'dispute-rejected',
  'dispute-escalate',
  'payment-no-order',
  'listing-removed',
  'thanks',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

export const WANTED_OUTCOMES = ['refund', 'replacement', 'repair', 'partial-refund', 'return'] as const;
export type WantedOutcome = (typeof WANTED_OUTCOMES)[number];

export type PartialRefund = { kind: 'amount'; amount: Money } | { kind: 'percent'; percent: number };

export const LISTING_MISMATCHES = ['size', 'colour', 'material', 'quality', 'not-working'] as const;
export type ListingMismatch = (typeof LISTING_MISMATCHES)[number];

export const WRONG_THINGS = ['item', 'size', 'colour'] as const;
export type WrongThing = (typeof WRONG_THINGS)[number];

export const SELLER_REQUESTS = ['close-dispute', 'off-platform'] as const;
export type SellerRequest = (typeof SELLER_REQUESTS)[number];

export const RETURN_ASKS = ['address', 'cost'] as const;
export type ReturnAsk = (typeof RETURN_ASKS)[number];

/** Why the seller asks the buyer to cancel. */
export const CANCEL_REASONS = ['out-of-stock', 'price-up'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Why the buyer wants to cancel an order that has not been shipped. */
export const CANCEL_WHYS = ['changed-mind', 'handling-missed'] as const;
export type CancelWhy = (typeof CANCEL_WHYS)[number];

export const CUSTOMS_ISSUES = ['held', 'fee'] as const;
export type CustomsIssue = (typeof CUSTOMS_ISSUES)[number];

/** Where a dispute stands when the buyer writes again. */
export const DISPUTE_STAGES = ['seller-rejected', 'low-offer', 'platform-decision'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** What the refund was due for: the marketplace pays the first two, the seller the last. */
export const REFUND_AFTER = ['cancelled', 'dispute-won', 'return-delivered'] as const;
export type RefundAfter = (typeof REFUND_AFTER)[number];

export const PAYMENT_STATES = ['unpaid', 'missing'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** The buyer's answers to a situation's questions. Each situation asks only some of them. */
export interface DraftAnswers {
  want?: WantedOutcome;
  /** Only read when `want` is 'partial-refund' (or in the partial-refund situation). */
  partial?: PartialRefund;
  /** The buyer has photos or video of the problem. */
  evidence?: boolean;
  /** Days the buyer reports: tracking unchanged for, or since the cancellation. */
  days?: number;
  /** Number of parts or items concerned (missing parts). */
  items?: number;
  mismatch?: ListingMismatch;
  wrongThing?: WrongThing;
  /** What was ordered and what arrived, typed by the buyer in Latin letters ("size M, black"). */
  ordered?: string;
  received?: string;
  sellerRequest?: SellerRequest;
  returnAsk?: ReturnAsk;
  cancelReason?: CancelReason;
  cancelWhy?: CancelWhy;
  customsIssue?: CustomsIssue;
  disputeStage?: DisputeStage;
  refundAfter?: RefundAfter;
  paymentState?: PaymentState;
  /** Pieces ordered and pieces that arrived (fewer pieces). */
  orderedCount?: number;
  receivedCount?: number;
  /** A sum the situation is about: the customs fee, the seller's counter-offer. */
  money?: Money;
  /** The buyer has already checked with neighbours and the local post office. */
  checkedLocally?: boolean;
  /** One more sentence in the buyer's own English, for what the options cannot say. */
  detail?: string;
}

export interface DraftSentence {
  id: string;
  english: string;
  /** What the English sentence says, in every UI language (en repeats the English). */
  gloss: Record<Locale, string>;
}

export interface Draft {
  situation: SituationId;
  tone: Tone;
  sentences: DraftSentence[];
  /** The English message ready to send: greeting, body, closing. */
  text: string;
  length: number;
  /** The marketplace's limit for this kind of message, when one is known. */
  limit?: number;
  /** The limit is our cautious estimate, not a published figure. */
  limitEstimated?: boolean;
  overLimit: boolean;
  /** Where to send the message, in the buyer's language. */
  sendTo: I18nText;
  /** What the buyer should know besides the message (refund windows, next steps). */
  notes: I18nText[];
}

/** A UI line in the buyer's language: a catalog key and its parameters. */
export interface I18nText {
  key: MessageKey;
  params?: MessageParams;
}
