import { joinMessage, renderSentences } from './build';
import { evidenceList, type EvidenceSummary } from './evidence';
import { isEstimated, measure, resolveLimit, type Measured } from './limits';
import { ANSWER_TEXT_MAX, DETAIL_TEXT_MAX, addPartialRefund, contextParams, countParam, englishAnswerParam, englishSentence, same } from './params';
import { detailSentence } from './common';
import { MISMATCH_SENTENCES } from './situations/not-as-described';
import { orderedVersusReceived } from './situations/wrong-item';
import { counterpartFor } from './counterpart';
import { forReader, sentence, type SentenceTemplate, type TemplateInput, type Wording } from './template';
import type { Locale } from '../i18n/locales';
import { formatGlossDate } from './english';
import type { DraftContext, DraftSentence, I18nText, ListingMismatch, PartialRefund } from './types';

/*
 * The dispute form asks for a reason from two lists and a wanted solution
 * (../../../shared/DOMAIN.md, "Dispute reasons"); the description is written
 * to the marketplace's mediator as much as to the seller, so it has no
 * greeting and states facts first.
 */

export const NOT_RECEIVED_REASONS = ['returned-to-sender', 'in-transit', 'held-at-customs', 'no-tracking', 'wrong-address', 'shipping-changed'] as const;
export const NOT_AS_DESCRIBED_REASONS = ['size-colour-material', 'poor-quality', 'not-working', 'counterfeit', 'empty-parcel', 'short-quantity', 'damaged'] as const;
export type NotReceivedReason = (typeof NOT_RECEIVED_REASONS)[number];
export type NotAsDescribedReason = (typeof NOT_AS_DESCRIBED_REASONS)[number];
export type DisputeReason = NotReceivedReason | NotAsDescribedReason;
export type DisputeGroup = 'not-received' | 'not-as-described';

export const DISPUTE_SOLUTIONS = ['full-refund', 'partial-refund', 'return-and-refund'] as const;
export type DisputeSolution = (typeof DISPUTE_SOLUTIONS)[number];

export function disputeGroup(reason: DisputeReason): DisputeGroup {
  return (NOT_RECEIVED_REASONS as readonly string[]).includes(reason) ? 'not-received' : 'not-as-described';
}

/** A buyer who has not received the item has nothing to send back. */
export function solutionsFor(reason: DisputeReason): readonly DisputeSolution[] {
  return disputeGroup(reason) === 'not-received' ? ['full-refund'] : DISPUTE_SOLUTIONS;
}

export interface DisputeRequest {
  reason: DisputeReason;
  solution: DisputeSolution;
  /** With solution 'partial-refund'. */
  partial?: PartialRefund;
  /** Short quantity: how many of the ordered items did not come. */
  items?: number;
  evidence?: EvidenceSummary;
  /** The buyer has already tried to settle it with the seller. */
  contactedSeller?: boolean;
  /** With 'size-colour-material': which one differs, as the buyer chose it. */
  mismatch?: Extract<ListingMismatch, 'size' | 'colour' | 'material'>;
  /** What was ordered and what came, in the buyer's Latin-letter words ("size M", "size S"). */
  ordered?: string;
  received?: string;
  /** One more sentence in the buyer's own English. */
  detail?: string;
  context: DraftContext;
  /** Overrides the marketplace's limit; null for none. */
  limit?: number | null;
}

export interface DisputeDeadline {
  at: number;
  /** Whole days left, 0 on the last day. */
  daysLeft: number;
  passed: boolean;
}

export interface DisputeText extends Measured {
  group: DisputeGroup;
  reason: DisputeReason;
  solution: DisputeSolution;
  sentences: DraftSentence[];
  text: string;
  /** The last day to open the dispute, for the UI to keep in view (drafts.dispute.deadline). */
  deadline?: DisputeDeadline;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const intro = sentence('dispute.intro', [
  'sentences.dispute.intro.item-orderDate',
  'sentences.dispute.intro.orderDate',
  'sentences.dispute.intro.item',
  'sentences.dispute.intro.plain',
], forReader('seller'));

/** Where support answers for the sellers (Temu) the form is a return/refund request, not a dispute. */
const requestIntro = sentence('dispute.intro', [
  'sentences.dispute.intro.support.item-orderDate',
  'sentences.dispute.intro.support.orderDate',
  'sentences.dispute.intro.support.item',
  'sentences.dispute.intro.support.plain',
], forReader('support'));

const shipped = sentence('dispute.shipped', [
  'sentences.dispute.shipped',
], forReader('seller'));

const shippedBySupport = sentence('dispute.shipped', [
  'sentences.dispute.shipped.support',
], forReader('support'));

/** Reasons worded without the seller, for a marketplace where support answers for the sellers. */
const SUPPORT_REASON_WORDINGS: Partial<Record<DisputeReason, readonly Wording[]>> = {
  'in-transit': [
    'sentences.dispute.reason.in-transit.support',
  ],
  'shipping-changed': [
    'sentences.dispute.reason.shipping-changed.support',
  ],
};

const REASON_WORDINGS: Record<DisputeReason, readonly Wording[]> = {
  'returned-to-sender': [
    'sentences.dispute.reason.returned-to-sender',
  ],
  'in-transit': [
    'sentences.dispute.reason.in-transit',
  ],
  'held-at-customs': [
    'sentences.dispute.reason.held-at-customs',
  ],
  'no-tracking': [
    'sentences.dispute.reason.no-tracking.tracking',
    'sentences.dispute.reason.no-tracking.plain',
  ],
  'wrong-address': [
    'sentences.dispute.reason.wrong-address',
  ],
  'shipping-changed': [
    'sentences.dispute.reason.shipping-changed',
  ],
  // Which of the three differs is the buyer's answer (request.mismatch, MISMATCH_SENTENCES); unanswered, only the plain fact.
  'size-colour-material': [
    'sentences.dispute.reason.size-colour-material',
  ],
  'poor-quality': [
    'sentences.dispute.reason.poor-quality',
  ],
  'not-working': [
    'sentences.dispute.reason.not-working',
  ],
  counterfeit: [
    'sentences.dispute.reason.counterfeit',
  ],
  'empty-parcel': [
    'sentences.dispute.reason.empty-parcel',
  ],
  'short-quantity': [
    'sentences.dispute.reason.short-quantity.items',
    'sentences.dispute.reason.short-quantity.plain',
  ],
  damaged: [
    'sentences.dispute.reason.damaged',
  ],
};

const contacted = sentence('dispute.contacted-seller', [
  'sentences.dispute.contacted-seller',
]);

const SOLUTION_WORDINGS: Record<DisputeSolution, readonly Wording[]> = {
  'full-refund': [
    'sentences.dispute.solution.full-refund.total',
    'sentences.dispute.solution.full-refund.plain',
  ],
  'partial-refund': [
    'sentences.dispute.solution.partial-refund.amount-percent',
    'sentences.dispute.solution.partial-refund.amount',
    'sentences.dispute.solution.partial-refund.percent',
    'sentences.dispute.solution.partial-refund.plain',
  ],
  'return-and-refund': [
    'sentences.dispute.solution.return-and-refund.total',
    'sentences.dispute.solution.return-and-refund.plain',
  ],
};

export const evidenceSentence: SentenceTemplate = sentence('evidence-list', [
  'sentences.evidence-list',
]);

export function disputeDeadline(context: DraftContext): DisputeDeadline | undefined {
  const at = context.disputeDeadline;
  if (at === undefined || !Number.isFinite(at)) return undefined;
  const passed = at < context.now;
  return { at, daysLeft: passed ? 0 : Math.floor((at - context.now) / DAY_MS), passed };
}

/** The dispute description in English with glosses, for the reason and solution chosen. */
export function buildDisputeText(request: DisputeRequest): DisputeText {
  const group = disputeGroup(request.reason);
  const reader = counterpartFor(request.context.marketplace, 'seller').reader;
  const solution = solutionsFor(request.reason).includes(request.solution) ? request.solution : 'full-refund';
  const params = contextParams(request.context);
  if (solution === 'partial-refund') addPartialRefund(params, { partial: request.partial }, request.context.total);
  if (request.reason === 'short-quantity') countParam(params, 'items', request.items);
  const evidence = evidenceList(request.evidence, reader);
  if (evidence) params.values.evidence = evidence;
  if (group === 'not-as-described') {
    englishAnswerParam(params, 'ordered', request.ordered, ANSWER_TEXT_MAX);
    englishAnswerParam(params, 'received', request.received, ANSWER_TEXT_MAX);
  }
  const detail = englishSentence(request.detail, DETAIL_TEXT_MAX);
  if (detail !== undefined) params.values.detail = same(detail);

  const templates: SentenceTemplate[] = [
    intro,
    requestIntro,
    ...(group === 'not-received' ? [shipped, shippedBySupport] : []),
    sentence(`dispute.reason.${request.reason}`, (reader === 'support' ? SUPPORT_REASON_WORDINGS[request.reason] : undefined) ?? REASON_WORDINGS[request.reason]),
    ...(request.reason === 'size-colour-material' ? MISMATCH_SENTENCES : []),
    ...(group === 'not-as-described' ? [orderedVersusReceived] : []),
    detailSentence,
    ...(request.contactedSeller && reader === 'seller' ? [contacted] : []),
    sentence(`dispute.solution.${solution}`, SOLUTION_WORDINGS[solution]),
    evidenceSentence,
  ];
  const answers = request.reason === 'size-colour-material' && request.mismatch ? { mismatch: request.mismatch } : {};
  const input: TemplateInput = { tone: 'firm', reader, answers, context: request.context };
  const rendered = renderSentences(templates, input, params);
  const text = joinMessage(rendered);
  const limit = resolveLimit(request.limit, request.context.marketplace, 'dispute');
  const deadline = disputeDeadline(request.context);
  return {
    group,
    reason: request.reason,
    solution,
    sentences: rendered.map((entry) => entry.sentence),
    text,
    ...measure(text, limit, isEstimated(request.limit, request.context.marketplace)),
    ...(deadline ? { deadline } : {}),
  };
}


/** The line that keeps the dispute deadline in view, in the buyer's language. */
export function deadlineNotice(deadline: DisputeDeadline, locale: Locale, timeZone?: string): I18nText {
  const date = formatGlossDate(deadline.at, locale, timeZone);
  if (deadline.passed) return { key: 'drafts.dispute.deadlinePassed', params: { date } };
  if (deadline.daysLeft === 0) return { key: 'drafts.dispute.deadlineToday', params: { date } };
  return { key: 'drafts.dispute.deadline', params: { date, count: deadline.daysLeft } };
}
