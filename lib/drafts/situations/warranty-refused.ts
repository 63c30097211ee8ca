import { standardMessage } from '../common';
import { askEvidence, askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [askWant(['repair', 'replacement', 'refund']), askEvidence];

export const warrantyRefused: Situation = {
  id: 'warranty-refused',
  needsSeller: true,
  questions,
  sentences: standardMessage([
    sentence('warranty-refused.state', [
      'sentences.warranty-refused.state',
    ]),
    sentence('warranty-refused.refusal', [
      'sentences.warranty-refused.refusal.polite',
    ], whenTone('polite')),
    sentence('warranty-refused.refusal', [
      'sentences.warranty-refused.refusal.firm',
    ], whenTone('firm')),
  ], { questions }),
};
