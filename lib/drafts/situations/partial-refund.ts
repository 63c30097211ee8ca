import { standardMessage } from '../common';
import { askEvidence, askPartial, type Question, type Situation } from '../situation';
import { forReader, sentence, whenTone } from '../template';

const questions: readonly Question[] = [askPartial(true), askEvidence];

export const partialRefund: Situation = {
  id: 'partial-refund',
  questions,
  fixedWant: 'partial-refund',
  sentences: standardMessage(
    [
      sentence('partial-refund.offer', [
        'sentences.partial-refund.offer',
      ]),
    ],
    {
      questions,
      fixedWant: 'partial-refund',
      // This situation says its own next step, so the shared dispute warning would repeat it.
      disputeWarning: false,
      afterWish: [
        sentence('partial-refund.through-platform', [
          'sentences.partial-refund.through-platform',
        ]),
        sentence('partial-refund.otherwise', [
          'sentences.partial-refund.otherwise.firm',
        ], forReader('seller', whenTone('firm'))),
        sentence('partial-refund.otherwise', [
          'sentences.partial-refund.otherwise.support.firm',
        ], forReader('support', whenTone('firm'))),
      ],
    },
  ),
};
