import { standardMessage } from '../common';
import { askDisputeStage, askEvidence, askOffer, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, whenAnswer, whenTone } from '../template';
import type { DisputeStage } from '../types';

/** To the marketplace: step into a dispute the seller blocks, or look again at a decision the buyer disagrees with. */
const questions: readonly Question[] = [
  askDisputeStage(),
  askOffer,
  askWant(['refund', 'partial-refund', 'return']),
  askPartial(),
  askEvidence,
];

const when = (stage: DisputeStage) => whenAnswer('disputeStage', stage);

export const disputeEscalate: Situation = {
  id: 'dispute-escalate',
  needsSeller: true,
  audience: 'support',
  questions,
  sentences: standardMessage(
    [
      sentence('dispute-escalate.intro', [
        'sentences.dispute-escalate.intro',
      ]),
      sentence('dispute-escalate.seller-rejected', [
        'sentences.dispute-escalate.seller-rejected',
      ], when('seller-rejected')),
      sentence('dispute-escalate.low-offer', [
        'sentences.dispute-escalate.low-offer.money',
        'sentences.dispute-escalate.low-offer.plain',
      ], when('low-offer')),
      sentence('dispute-escalate.platform-decision', [
        'sentences.dispute-escalate.platform-decision',
      ], when('platform-decision')),
      sentence('dispute-escalate.review', [
        'sentences.dispute-escalate.review.polite',
      ], whenTone('polite')),
      sentence('dispute-escalate.review', [
        'sentences.dispute-escalate.review.firm',
      ], whenTone('firm')),
    ],
    // Support sets its own pace: no reply date, no threat of a dispute that is already open.
    { questions, intro: false, disputeWarning: false, replyBy: false },
  ),
};
