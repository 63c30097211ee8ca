import { protectionEnds, standardMessage } from '../common';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [];

/**
 * Only the seller can extend buyer protection ("Extend time" on the order
 * page), so the buyer asks 5–7 days before it ends (../../../../shared/DOMAIN.md).
 */
export const protectionEnding: Situation = {
  id: 'protection-ending',
  needsSeller: true,
  questions,
  sentences: standardMessage([
    sentence('protection-ending.state', [
      'sentences.protection-ending.state',
    ]),
    protectionEnds,
    sentence('protection-ending.ask', [
      'sentences.protection-ending.ask.polite',
    ], whenTone('polite')),
    sentence('protection-ending.ask', [
      'sentences.protection-ending.ask.firm',
    ], whenTone('firm')),
    sentence('protection-ending.otherwise', [
      'sentences.protection-ending.otherwise.firm',
    ], whenTone('firm')),
  ], { questions }),
};
