import { standardMessage } from '../common';
import { askEvidence, askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [askWant(['refund', 'return']), askEvidence];

export const counterfeit: Situation = {
  id: 'counterfeit',
  questions,
  sentences: standardMessage([
    sentence('counterfeit.state', [
      'sentences.counterfeit.state',
    ]),
    sentence('counterfeit.paid-for-original', [
      'sentences.counterfeit.paid-for-original.polite',
    ], whenTone('polite')),
    sentence('counterfeit.rules', [
      'sentences.counterfeit.rules.firm',
    ], whenTone('firm')),
  ], { questions }),
};
