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
  overLimit: boolean;
}

/** A UI line in the buyer's language: a catalog key and its parameters. */
export interface I18nText {
  key: MessageKey;
  params?: MessageParams;
}
