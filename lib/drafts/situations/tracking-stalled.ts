import { protectionEnds, standardMessage, whenWant } from '../common';
import { askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone, type SentenceTemplate } from '../template';

/** While the parcel may still move, the buyer asks for a refund or a new parcel only if it is lost. */
const ifLost: readonly SentenceTemplate[] = [
  sentence('want.refund', [
    'sentences.want.refund.refund.polite.total',
    'sentences.want.refund.refund.polite.plain',
  ], whenWant('refund', 'polite')),
  sentence('want.refund', [
    'sentences.want.refund.refund.firm.total',
    'sentences.want.refund.refund.firm.plain',
  ], whenWant('refund', 'firm')),
  sentence('want.replacement', [
    'sentences.tracking-stalled.want.replacement.polite',
  ], whenWant('replacement', 'polite')),
  sentence('want.replacement', [
    'sentences.tracking-stalled.want.replacement.firm',
  ], whenWant('replacement', 'firm')),
];

const questions: readonly Question[] = [{ id: 'days', kind: 'count', label: 'drafts.question.days.tracking' }, askWant(['refund', 'replacement'])];

export const trackingStalled: Situation = {
  id: 'tracking-stalled',
  questions,
  sentences: standardMessage([
    sentence('tracking-stalled.state', [
      'sentences.tracking-stalled.state.days-tracking',
      'sentences.tracking-stalled.state.tracking',
      'sentences.tracking-stalled.state.days',
      'sentences.tracking-stalled.state.plain',
    ]),
    protectionEnds,
    sentence('tracking-stalled.ask', [
      'sentences.tracking-stalled.ask.polite',
    ], whenTone('polite')),
    sentence('tracking-stalled.ask', [
      'sentences.tracking-stalled.ask.firm',
    ], whenTone('firm')),
  ], { questions, wants: ifLost }),
};
