import { standardMessage } from '../common';
import { askPaymentState, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

/** Only the marketplace sees its payments: this goes to support, not the seller (DOMAIN.md, "When buyers need help"). */
const questions: readonly Question[] = [askPaymentState];

export const paymentNoOrder: Situation = {
  id: 'payment-no-order',
  audience: 'support',
  questions,
  sentences: standardMessage(
    [
      sentence('payment-no-order.paid', [
        'sentences.payment-no-order.paid.orderDate-total',
        'sentences.payment-no-order.paid.total',
        'sentences.payment-no-order.paid.plain',
      ]),
      sentence('payment-no-order.unpaid', [
        'sentences.payment-no-order.unpaid',
      ], ({ answers }) => answers.paymentState === 'unpaid'),
      sentence('payment-no-order.missing', [
        'sentences.payment-no-order.missing',
      ], ({ answers }) => answers.paymentState === 'missing'),
      sentence('payment-no-order.statement', [
        'sentences.payment-no-order.statement',
      ]),
      sentence('payment-no-order.ask', [
        'sentences.payment-no-order.ask.polite',
      ], whenTone('polite')),
      sentence('payment-no-order.ask', [
        'sentences.payment-no-order.ask.firm',
      ], whenTone('firm')),
    ],
    { questions, intro: false, replyBy: false },
  ),
};
