import { standardMessage } from '../common';
import { askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [
  { id: 'checkedLocally', kind: 'yes-no', label: 'drafts.question.checkedLocally' },
  askWant(['refund', 'replacement']),
];

export const deliveredNotReceived: Situation = {
  id: 'delivered-not-received',
  questions,
  sentences: standardMessage(
    [
      sentence('delivered-not-received.state', [
        'sentences.delivered-not-received.state.delivered-tracking',
        'sentences.delivered-not-received.state.delivered',
        'sentences.delivered-not-received.state.tracking',
        'sentences.delivered-not-received.state.plain',
      ]),
      sentence('delivered-not-received.checked', [
        'sentences.delivered-not-received.checked',
      ], ({ answers }) => answers.checkedLocally === true),
      sentence('delivered-not-received.proof', [
        'sentences.delivered-not-received.proof.polite',
      ], whenTone('polite')),
      sentence('delivered-not-received.proof', [
        'sentences.delivered-not-received.proof.firm',
      ], whenTone('firm')),
    ],
    { questions },
  ),
  // The order-closing clock and the dispute it leads to are the seller-chat marketplaces' (AliExpress).
  notes: ({ reader }) => (reader === 'support' ? [] : [{ key: 'drafts.note.deliveredClock' }]),
};
