import { standardMessage } from '../common';
import { askCancelWhy, type Question, type Situation } from '../situation';
import { forReader, sentence, whenAnswer, whenTone } from '../template';
import type { CancelWhy } from '../types';

/** The buyer cancels before shipment; a seller past the handling time has no reason to refuse (DOMAIN.md, "Seller's handling time"). */
const questions: readonly Question[] = [askCancelWhy];

const when = (why: CancelWhy) => whenAnswer('cancelWhy', why);

export const cancelUnshipped: Situation = {
  id: 'cancel-unshipped',
  questions,
  sentences: standardMessage(
    [
      sentence('cancel-unshipped.changed-mind', [
        'sentences.cancel-unshipped.changed-mind',
      ], when('changed-mind')),
      sentence('cancel-unshipped.handling-missed', [
        'sentences.cancel-unshipped.handling-missed',
      ], forReader('seller', when('handling-missed'))),
      sentence('cancel-unshipped.handling-missed', [
        'sentences.cancel-unshipped.handling-missed.support',
      ], forReader('support', when('handling-missed'))),
      sentence('cancel-unshipped.ask', [
        'sentences.cancel-unshipped.ask.polite',
      ], whenTone('polite')),
      sentence('cancel-unshipped.ask', [
        'sentences.cancel-unshipped.ask.firm',
      ], whenTone('firm')),
    ],
    { questions },
  ),
  // Where support answers for the sellers, the buyer can usually cancel an unshipped order alone.
  notes: ({ reader }) => [{ key: reader === 'support' ? 'drafts.note.cancelSelf' : 'drafts.note.cancelRequest' }],
};
