import { closingFirm, standardMessage } from '../common';
import { askSellerRequest, type Question, type Situation } from '../situation';
import { sentence, whenTone, type TemplateInput } from '../template';
import type { SellerRequest, Tone } from '../types';

/** Pushing the deal off the platform is the complaint type "Influencing toward Off-line Trading" and a classic scam. */
const when =
  (request: SellerRequest, tone?: Tone) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    (answers.sellerRequest ?? 'off-platform') === request && (tone === undefined || tone === actual);

const questions: readonly Question[] = [askSellerRequest];

export const refuseOffPlatform: Situation = {
  id: 'refuse-off-platform',
  needsSeller: true,
  questions,
  sentences: standardMessage([
    sentence('refuse.close-dispute', [
      'sentences.refuse.close-dispute.polite',
    ], when('close-dispute', 'polite')),
    sentence('refuse.close-dispute', [
      'sentences.refuse.close-dispute.firm',
    ], when('close-dispute', 'firm')),
    sentence('refuse.refund-in-dispute', [
      'sentences.refuse.refund-in-dispute',
    ], when('close-dispute')),
    sentence('refuse.off-platform', [
      'sentences.refuse.off-platform.polite',
    ], when('off-platform', 'polite')),
    sentence('refuse.off-platform', [
      'sentences.refuse.off-platform.firm',
    ], when('off-platform', 'firm')),
    sentence('refuse.protected', [
      'sentences.refuse.protected.polite',
    ], when('off-platform', 'polite')),
    sentence('refuse.report', [
      'sentences.refuse.report.firm',
    ], when('off-platform', 'firm')),
  ], {
    questions,
    // A refusal asks for no answer by a date and does not thank the seller "for the help".
    replyBy: false,
    closing: [
      {
        ...sentence('closing', [
          'sentences.refuse-off-platform.closing.polite',
        ], whenTone('polite')),
        part: 'closing',
      },
      closingFirm,
    ],
  }),
};
