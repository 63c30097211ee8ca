import { standardMessage } from '../common';
import { refundNotes } from '../refund-window';
import { askRefundAfter, type Question, type Situation } from '../situation';
import { forReader, sentence, type TemplateInput } from '../template';
import type { RefundAfter, Tone } from '../types';

/*
 * Aimed at the right party: after a cancellation or a won dispute the
 * marketplace sends the money, so the seller is asked to confirm it was
 * issued and for its reference; after a return the seller must confirm
 * receipt and issue it. The notes compare the days passed with the refund
 * window (./refund-window.ts) and name the Help Center chat.
 */
const questions: readonly Question[] = [askRefundAfter, { id: 'days', kind: 'count', label: 'drafts.question.days.refund' }];

const when =
  (after: RefundAfter | 'platform-pays', tone?: Tone) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    (after === 'platform-pays' ? answers.refundAfter === 'cancelled' || answers.refundAfter === 'dispute-won' : answers.refundAfter === after) &&
    (tone === undefined || tone === actual);

export const refundMissing: Situation = {
  id: 'refund-missing',
  questions,
  sentences: standardMessage(
    [
      sentence('refund-missing.state', [
        'sentences.refund-missing.state.days-total',
        'sentences.refund-missing.state.days',
        'sentences.refund-missing.state.total',
        'sentences.refund-missing.state.plain',
      ], when('cancelled')),
      sentence('refund-missing.dispute-won', [
        'sentences.refund-missing.dispute-won.total',
        'sentences.refund-missing.dispute-won.plain',
      ], forReader('seller', when('dispute-won'))),
      // Where support answers for the sellers there is no dispute: the refund request was approved.
      sentence('refund-missing.dispute-won', [
        'sentences.refund-missing.dispute-won.support.total',
        'sentences.refund-missing.dispute-won.support.plain',
      ], forReader('support', when('dispute-won'))),
      sentence('refund-missing.return-delivered', [
        'sentences.refund-missing.return-delivered.total',
        'sentences.refund-missing.return-delivered.plain',
      ], when('return-delivered')),
      sentence('refund-missing.days', [
        'sentences.refund-missing.days',
      ], ({ answers }) => answers.refundAfter !== 'cancelled'),
      sentence('refund-missing.ask', [
        'sentences.refund-missing.ask.polite',
      ], when('platform-pays', 'polite')),
      sentence('refund-missing.ask', [
        'sentences.refund-missing.ask.firm',
      ], when('platform-pays', 'firm')),
      sentence('refund-missing.ask', [
        'sentences.refund-missing.ask.return-delivered.polite',
      ], when('return-delivered', 'polite')),
      sentence('refund-missing.ask', [
        'sentences.refund-missing.ask.return-delivered.firm',
      ], when('return-delivered', 'firm')),
      sentence('refund-missing.escalate', [
        'sentences.refund-missing.escalate.firm',
      ], ({ tone }) => tone === 'firm'),
    ],
    { questions, intro: false },
  ),
  notes: ({ answers, context, reader }) => refundNotes(answers.refundAfter, answers.days, context, reader),
};
