import type { MessageKey } from '../i18n';
import type { SentenceTemplate } from './template';
import {
  LISTING_MISMATCHES,
  RETURN_ASKS,
  SELLER_REQUESTS,
  WRONG_THINGS,
  type DraftAnswers,
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
export type Question =
  | { id: 'want'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<WantedOutcome>[]; required?: boolean }
  | { id: 'mismatch'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<ListingMismatch>[]; required?: boolean }
  | { id: 'wrongThing'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<WrongThing>[]; required?: boolean }
  | { id: 'sellerRequest'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<SellerRequest>[]; required?: boolean }
  | { id: 'returnAsk'; kind: 'choice'; label: MessageKey; options: readonly ChoiceOption<ReturnAsk>[]; required?: boolean }
  | { id: 'partial'; kind: 'partial'; label: MessageKey; required?: boolean }
  | { id: 'evidence'; kind: 'yes-no'; label: MessageKey; required?: boolean }
  | { id: 'days' | 'items'; kind: 'count'; label: MessageKey; required?: boolean }
  | { id: 'ordered' | 'received'; kind: 'text'; label: MessageKey; hint: MessageKey; required?: boolean };

export type QuestionId = Question['id'] & keyof DraftAnswers;

/** One situation a buyer writes to a seller about: its questions and its sentences, in message order. */
export interface Situation {
  id: SituationId;
  questions: readonly Question[];
  /** The outcome this situation always asks for, without asking the buyer. */
  fixedWant?: WantedOutcome;
  sentences: readonly SentenceTemplate[];
}

export const situationLabel = (id: SituationId): MessageKey => `drafts.situation.${id}`;

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
  { id: 'ordered', kind: 'text', label: 'drafts.question.ordered', hint: 'drafts.hint.latinText' },
  { id: 'received', kind: 'text', label: 'drafts.question.received', hint: 'drafts.hint.latinText' },
];

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

/**
 * The questions to show now: the partial-refund amount only once the buyer
 * has chosen a partial refund (or the situation is about one).
 */
export function questionsFor(situation: Situation, answers: DraftAnswers): Question[] {
  const wantsPartial = (situation.fixedWant ?? answers.want) === 'partial-refund';
  return situation.questions.filter((question) => question.id !== 'partial' || wantsPartial);
}
