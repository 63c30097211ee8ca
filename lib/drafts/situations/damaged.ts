import { standardMessage } from '../common';
import { askEvidence, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [askWant(['refund', 'replacement', 'partial-refund', 'return']), askPartial(), askEvidence];

export const damaged: Situation = {
  id: 'damaged',
  questions,
  sentences: standardMessage([
    sentence('damaged.state', [
      'sentences.damaged.state',
    ]),
    sentence('damaged.understanding', [
      'sentences.damaged.understanding.polite',
    ], whenTone('polite')),
    sentence('damaged.unusable', [
      'sentences.damaged.unusable.firm',
    ], ({ tone, answers }) => tone === 'firm' && answers.want !== 'partial-refund'),
  ], { questions }),
};
