import { standardMessage } from '../common';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [];

export const askTracking: Situation = {
  id: 'ask-tracking',
  questions,
  sentences: standardMessage([
    sentence('ask-tracking.shipped', [
      'sentences.ask-tracking.shipped',
    ]),
    sentence('ask-tracking.ask', [
      'sentences.ask-tracking.ask.polite',
    ], whenTone('polite')),
    sentence('ask-tracking.ask', [
      'sentences.ask-tracking.ask.firm',
    ], whenTone('firm')),
    sentence('ask-tracking.not-shipped', [
      'sentences.ask-tracking.not-shipped',
    ], ({ context }) => context.shipDate === undefined),
  ], { questions }),
};
