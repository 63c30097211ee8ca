import { standardMessage } from '../common';
import { askEvidence, askMismatch, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, type SentenceTemplate } from '../template';
import type { ListingMismatch } from '../types';

const whenMismatch =
  (mismatch: ListingMismatch) =>
  ({ answers }: { answers: { mismatch?: ListingMismatch } }): boolean =>
    answers.mismatch === mismatch;

/** What differs from the listing, as the buyer chose it: one fact, never a list of guesses. */
export const MISMATCH_SENTENCES: readonly SentenceTemplate[] = [
    sentence('not-as-described.size', [
      'sentences.not-as-described.size',
    ], whenMismatch('size')),
    sentence('not-as-described.colour', [
      'sentences.not-as-described.colour',
    ], whenMismatch('colour')),
    sentence('not-as-described.material', [
      'sentences.not-as-described.material',
    ], whenMismatch('material')),
    sentence('not-as-described.quality', [
      'sentences.not-as-described.quality',
    ], whenMismatch('quality')),
    sentence('not-as-described.not-working', [
      'sentences.not-as-described.not-working',
    ], whenMismatch('not-working')),
];

const questions: readonly Question[] = [askMismatch, askWant(['refund', 'partial-refund', 'return']), askPartial(), askEvidence];

export const notAsDescribed: Situation = {
  id: 'not-as-described',
  questions,
  sentences: standardMessage([
    sentence('not-as-described.state', [
      'sentences.not-as-described.state',
    ]),
    ...MISMATCH_SENTENCES,
  ], { questions }),
};
