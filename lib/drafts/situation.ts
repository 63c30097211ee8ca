import type { MessageKey } from '../i18n';
import type { Audience } from './counterpart';
import type { SentenceTemplate, TemplateInput } from './template';
import {
  CANCEL_REASONS,
  CANCEL_WHYS,
  CUSTOMS_ISSUES,
  DISPUTE_STAGES,
  PAYMENT_STATES,
  REFUND_AFTER,
  LISTING_MISMATCHES,
  RETURN_ASKS,
  SELLER_REQUESTS,
  WRONG_THINGS,
  type CancelReason,
  type CancelWhy,
  type Country,
  type DraftId,
  type Measurement,
  type OriginalAsk,
  type PhotoKind,
  type VariantAsk,
  type CustomsIssue,
  type DisputeStage,
  type DraftAnswers,
  type I18nText,
  type PaymentState,
  type RefundAfter,
  type ListingMismatch,
  type ReturnAsk,
  type SellerRequest,
  type SituationId,
  type WantedOutcome,
  type WrongThing,
} from './types';

export interface ChoiceOption<V extends string = string> {
  value: V;
  label: MessageKey;
}

/**
 * A question the composer asks in the buyer's language. `id` is the answer
 * field it fills; the engine ignores answers to questions a situation does not ask.
 */
export type Question = (
  | { id: 'want'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<WantedOutcome>[]; required?: boolean }
  | { id: 'mismatch'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<ListingMismatch>[]; required?: boolean }
  | { id: 'wrongThing'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<WrongThing>[]; required?: boolean }
  | { id: 'sellerRequest'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<SellerRequest>[]; required?: boolean }
  | { id: 'returnAsk'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<ReturnAsk>[]; required?: boolean }
  | { id: 'cancelReason'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<CancelReason>[]; required?: boolean }
  | { id: 'cancelWhy'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<CancelWhy>[]; required?: boolean }
  | { id: 'customsIssue'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<CustomsIssue>[]; required?: boolean }
  | { id: 'disputeStage'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<DisputeStage>[]; required?: boolean }
  | { id: 'refundAfter'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<RefundAfter>[]; required?: boolean }
  | { id: 'paymentState'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<PaymentState>[]; required?: boolean }
  | { id: 'photoKind'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<PhotoKind>[]; required?: boolean }
  | { id: 'variantAsk'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<VariantAsk>[]; required?: boolean }
  | { id: 'originalAsk'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<OriginalAsk>[]; required?: boolean }
  | { id: 'country'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<Country>[]; required?: boolean }
  | { id: 'partial'; kind: 'partial'; label: MessageKey; required?: boolean }
  | { id: 'money'; kind: 'money'; label: MessageKey; required?: boolean }
  | { id: 'evidence' | 'checkedLocally' | 'discount'; kind: 'yes-no'; label: MessageKey; required?: boolean }
  | { id: 'days' | 'items' | 'orderedCount' | 'receivedCount' | Measurement; kind: 'count'; label: MessageKey; required?: boolean }
  | { id: 'ordered' | 'received' | 'detail' | 'product' | 'variant' | 'usualSize'; kind: 'text'; label: MessageKey; hint: MessageKey; required?: boolean; maxLength: number }
) & {
  /** Asked only when this holds for the answers so far (the customs fee only when customs want a fee). */
  askedWhen?: (answers: DraftAnswers) => boolean;
};

export type QuestionId = Question['id'] & keyof DraftAnswers;

/** One situation a buyer writes to a seller about: its questions and its sentences, in message order. */
export interface Situation<Id extends DraftId = SituationId> {
  id: Id;
  questions: readonly Question[];
  /** The outcome this situation always asks for, without asking the buyer. */
  fixedWant?: WantedOutcome;
  /** Who the message is for; the seller when absent (see ./counterpart). */
  audience?: Audience;
  /**
   * About something only a seller does (asks to cancel, rejects a dispute,
   * refuses a warranty, extends protection): not offered on a marketplace
   * where the buyer never talks to sellers (see `hasSellerChat`).
   */
  needsSeller?: true;
  sentences: readonly SentenceTemplate[];
  /** What the buyer should know besides the message, in their language. */
  notes?: (input: TemplateInput) => I18nText[];
}

export const situationLabel = (id: DraftId): MessageKey => `drafts.situation.${id}`;

export const askWant = (options: readonly WantedOutcome[]): Question => ({
  id: 'want',
  kind: 'choice',
  label: 'drafts.question.want',
  options: options.map((value) => ({ value, label: `drafts.want.${value}` })),
});

/** Amount or percentage; asked once the buyer wants a partial refund. */
export const askPartial = (required = false): Question => ({ id: 'partial', kind: 'partial', label: 'drafts.question.partial', required });

export const askEvidence: Question = { id: 'evidence', kind: 'yes-no', label: 'drafts.question.evidence' };

export const askMismatch: Question = {
  id: 'mismatch',
  kind: 'choice',
  label: 'drafts.question.mismatch',
  options: LISTING_MISMATCHES.map((value) => ({ value, label: `drafts.mismatch.${value}` })),
};

export const askWrongThing: Question = {
  id: 'wrongThing',
  kind: 'choice',
  label: 'drafts.question.wrongThing',
  options: WRONG_THINGS.map((value) => ({ value, label: `drafts.wrongThing.${value}` })),
};

export const askOrderedReceived: readonly Question[] = [
  { id: 'ordered', kind: 'text', label: 'drafts.question.ordered', hint: 'drafts.hint.latinText', maxLength: 60 },
  { id: 'received', kind: 'text', label: 'drafts.question.received', hint: 'drafts.hint.latinText', maxLength: 60 },
];

/** One more sentence in the buyer's own English; every situation that states a problem offers it. */
export const askDetail: Question = { id: 'detail', kind: 'text', label: 'drafts.question.detail', hint: 'drafts.hint.detail', maxLength: 200 };

/** The seller's counter-offer in a dispute, asked only once the buyer says the offer was too low. */
export const askOffer: Question = { id: 'money', kind: 'money', label: 'drafts.question.money.offer', askedWhen: (answers) => answers.disputeStage === 'low-offer' };

export const askCancelReason: Question = { id: 'cancelReason', kind: 'choice', label: 'drafts.question.cancelReason', options: CANCEL_REASONS.map((value) => ({ value, label: `drafts.cancelReason.${value}` })), required: true };
export const askCancelWhy: Question = { id: 'cancelWhy', kind: 'choice', label: 'drafts.question.cancelWhy', options: CANCEL_WHYS.map((value) => ({ value, label: `drafts.cancelWhy.${value}` })), required: true };
export const askCustomsIssue: Question = { id: 'customsIssue', kind: 'choice', label: 'drafts.question.customsIssue', options: CUSTOMS_ISSUES.map((value) => ({ value, label: `drafts.customsIssue.${value}` })), required: true };
export const askRefundAfter: Question = { id: 'refundAfter', kind: 'choice', label: 'drafts.question.refundAfter', options: REFUND_AFTER.map((value) => ({ value, label: `drafts.refundAfter.${value}` })), required: true };
export const askPaymentState: Question = { id: 'paymentState', kind: 'choice', label: 'drafts.question.paymentState', options: PAYMENT_STATES.map((value) => ({ value, label: `drafts.paymentState.${value}` })), required: true };

/** Where the dispute stands; the reply to the seller offers only the stages the seller caused. */
export const askDisputeStage = (stages: readonly DisputeStage[] = DISPUTE_STAGES): Question => ({
  id: 'disputeStage',
  kind: 'choice',
  label: 'drafts.question.disputeStage',
  options: stages.map((value) => ({ value, label: `drafts.disputeStage.${value}` })),
  required: true,
});


export const askSellerRequest: Question = {
  id: 'sellerRequest',
  kind: 'choice',
  label: 'drafts.question.sellerRequest',
  options: SELLER_REQUESTS.map((value) => ({ value, label: `drafts.sellerRequest.${value}` })),
  required: true,
};

export const askReturnAsk: Question = {
  id: 'returnAsk',
  kind: 'choice',
  label: 'drafts.question.returnAsk',
  options: RETURN_ASKS.map((value) => ({ value, label: `drafts.returnAsk.${value}` })),
  required: true,
};

/** Every question a situation asks, with the free detail line that all but the thank-you offer. */
export function allQuestions(situation: Situation<DraftId>): readonly Question[] {
  return situation.id === 'thanks' ? situation.questions : [...situation.questions, askDetail];
}

/**
 * The questions to show now: the partial-refund amount only once the buyer
 * has chosen a partial refund (or the situation is about one).
 */
export function questionsFor(situation: Situation<DraftId>, answers: DraftAnswers): Question[] {
  const wantsPartial = (situation.fixedWant ?? answers.want) === 'partial-refund';
  return allQuestions(situation).filter((question) => (question.id !== 'partial' || wantsPartial) && (question.askedWhen?.(answers) ?? true));
}
