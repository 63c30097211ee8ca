import { standardMessage } from '../common';
import { refundNotes } from '../refund-window';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

/** The seller can no longer act on a closed order: support confirms the refund (DOMAIN.md, "When buyers need help"). */
const questions: readonly Question[] = [];

export const listingRemoved: Situation = {
  id: 'listing-removed',
  audience: 'support',
  questions,
  sentences: standardMessage(
    [
      sentence('listing-removed.state', [
        'sentences.listing-removed.state.item',
        'sentences.listing-removed.state.plain',
      ]),
      sentence('listing-removed.paid', [
        'sentences.listing-removed.paid',
      ]),
      sentence('listing-removed.ask', [
        'sentences.listing-removed.ask.polite',
      ], whenTone('polite')),
      sentence('listing-removed.ask', [
        'sentences.listing-removed.ask.firm',
      ], whenTone('firm')),
    ],
    { questions, intro: false, replyBy: false },
  ),
  notes: ({ context, reader }) => refundNotes(undefined, undefined, context, reader),
};
