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
  /** A question before buying: the listing's link, as the page gave it (see ./before-buying). */
  productUrl?: string;
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

/**
 * Questions before buying (issue 11): drafts without an order, asked from a
 * product page or the app (./before-buying). Kept apart from SITUATION_IDS,
 * whose every draft names an order.
 */
export const BEFORE_BUYING_IDS = ['ask-size', 'ask-photos', 'ask-variant', 'ask-shipping-time', 'ask-original', 'ask-combined-shipping'] as const;
export type BeforeBuyingId = (typeof BEFORE_BUYING_IDS)[number];
/** Any draft: about an order, or a question before buying. */
export type DraftId = SituationId | BeforeBuyingId;

export const PHOTO_KINDS = ['real', 'close-up', 'video'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

export const VARIANT_ASKS = ['in-stock', 'true-colour'] as const;
export type VariantAsk = (typeof VARIANT_ASKS)[number];

export const ORIGINAL_ASKS = ['genuine', 'warranty', 'both'] as const;
export type OriginalAsk = (typeof ORIGINAL_ASKS)[number];

/** Where the buyer lives, for delivery times; the English names the country, the gloss too. */
export const COUNTRIES = ['UA', 'PL', 'GR', 'CY', 'RO', 'MD', 'GE', 'RU', 'KZ', 'DE'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Body measurements for a size question, whole centimetres (kilograms for weight). */
export const MEASUREMENTS = ['heightCm', 'weightKg', 'chestCm', 'waistCm', 'hipsCm', 'footCm'] as const;
export type Measurement = (typeof MEASUREMENTS)[number];

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
  /** Before buying: the product's name in Latin letters (filled from the page, editable). */
  product?: string;
  /** Before buying: the colour, size or model the buyer means ("black, 256 GB"), Latin letters. */
  variant?: string;
  /** Before buying: the size the buyer usually wears ("M", "EU 42"), Latin letters. */
  usualSize?: string;
  heightCm?: number;
  weightKg?: number;
  chestCm?: number;
  waistCm?: number;
  hipsCm?: number;
  footCm?: number;
  photoKind?: PhotoKind;
  variantAsk?: VariantAsk;
  originalAsk?: OriginalAsk;
  country?: Country;
  /** Before buying several items: ask for a discount too. */
  discount?: boolean;
}

export interface DraftSentence {
  id: string;
  english: string;
  /** What the English sentence says, in every UI language (en repeats the English). */
  gloss: Record<Locale, string>;
}

export interface Draft {
  situation: DraftId;
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
