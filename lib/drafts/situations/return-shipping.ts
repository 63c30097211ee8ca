import { standardMessage } from '../common';
import { askReturnAsk, askWant, type Question, type Situation } from '../situation';
import { sentence, type TemplateInput } from '../template';
import type { ReturnAsk, Tone } from '../types';

const when =
  (ask: ReturnAsk, tone: Tone) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    (answers.returnAsk ?? 'address') === ask && actual === tone;

const questions: readonly Question[] = [askReturnAsk, askWant(['refund', 'replacement'])];

export const returnShipping: Situation = {
  id: 'return-shipping',
  questions,
  sentences: standardMessage(
    [
      sentence('return-shipping.can-return', [
        'sentences.return-shipping.can-return',
      ]),
      sentence('return-shipping.address', [
        'sentences.return-shipping.address.polite',
      ], when('address', 'polite')),
      sentence('return-shipping.address', [
        'sentences.return-shipping.address.firm',
      ], when('address', 'firm')),
      sentence('return-shipping.cost', [
        'sentences.return-shipping.cost.polite',
      ], when('cost', 'polite')),
      sentence('return-shipping.cost', [
        'sentences.return-shipping.cost.firm',
      ], when('cost', 'firm')),
    ],
    {
      questions,
      afterWish: [
        sentence('return-shipping.tracking-promise', [
          'sentences.return-shipping.tracking-promise',
        ]),
      ],
    },
  ),
};
