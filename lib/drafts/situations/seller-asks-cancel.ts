import { standardMessage } from '../common';
import { askCancelReason, type Question, type Situation } from '../situation';
import { sentence, whenAnswer } from '../template';
import type { CancelReason, Tone } from '../types';

/*
 * A seller who cannot or will not ship often asks the buyer to cancel, so the
 * cancellation does not count against the store. The buyer loses nothing by
 * letting the seller cancel, and keeps the order if the seller can ship.
 */
const questions: readonly Question[] = [askCancelReason];

const when = (value: CancelReason, tone?: Tone) => whenAnswer('cancelReason', value, tone);

export const sellerAsksCancel: Situation = {
  id: 'seller-asks-cancel',
  needsSeller: true,
  questions,
  sentences: standardMessage(
    [
      sentence('seller-asks-cancel.out-of-stock', [
        'sentences.seller-asks-cancel.out-of-stock',
      ], when('out-of-stock')),
      sentence('seller-asks-cancel.price-up', [
        'sentences.seller-asks-cancel.price-up',
      ], when('price-up')),
      sentence('seller-asks-cancel.paid', [
        'sentences.seller-asks-cancel.paid.polite.total',
        'sentences.seller-asks-cancel.paid.polite.plain',
      ], when('price-up', 'polite')),
      sentence('seller-asks-cancel.paid', [
        'sentences.seller-asks-cancel.paid.firm.total',
        'sentences.seller-asks-cancel.paid.firm.plain',
      ], when('price-up', 'firm')),
      sentence('seller-asks-cancel.your-side', [
        'sentences.seller-asks-cancel.your-side.polite',
      ], ({ tone }) => tone === 'polite'),
      sentence('seller-asks-cancel.your-side', [
        'sentences.seller-asks-cancel.your-side.firm',
      ], ({ tone }) => tone === 'firm'),
    ],
    { questions },
  ),
  notes: () => [{ key: 'drafts.note.sellerCancels' }],
};
