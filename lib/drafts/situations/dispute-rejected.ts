import { disputeEscalation, standardMessage } from '../common';
import { askDisputeStage, askEvidence, askOffer, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, whenAnswer } from '../template';
import type { DisputeStage, Tone } from '../types';

/** The reply to the seller inside an open dispute: rejected, or a counter-offer too low to accept. */
const questions: readonly Question[] = [
  askDisputeStage(['seller-rejected', 'low-offer']),
  askOffer,
  askWant(['refund', 'partial-refund', 'return']),
  askPartial(),
  askEvidence,
];

const when = (stage: DisputeStage, tone?: Tone) => whenAnswer('disputeStage', stage, tone);

export const disputeRejected: Situation = {
  id: 'dispute-rejected',
  needsSeller: true,
  questions,
  sentences: standardMessage(
    [
      sentence('dispute-rejected.rejected', [
        'sentences.dispute-rejected.rejected',
      ], when('seller-rejected')),
      sentence('dispute-rejected.low-offer', [
        'sentences.dispute-rejected.low-offer.money',
        'sentences.dispute-rejected.low-offer.plain',
      ], when('low-offer')),
      sentence('dispute-rejected.decline', [
        'sentences.dispute-rejected.decline.polite',
      ], when('low-offer', 'polite')),
      sentence('dispute-rejected.decline', [
        'sentences.dispute-rejected.decline.firm',
      ], when('low-offer', 'firm')),
    ],
    { questions, intro: false, disputeWarning: false, afterWish: [disputeEscalation] },
  ),
  notes: () => [{ key: 'drafts.note.disputeSevenDays' }],
};
