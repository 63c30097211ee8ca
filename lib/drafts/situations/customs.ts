import { standardMessage } from '../common';
import { askCustomsIssue, type Question, type Situation } from '../situation';
import { sentence, whenAnswer } from '../template';
import type { CustomsIssue, Tone } from '../types';

const questions: readonly Question[] = [
  askCustomsIssue,
  { id: 'money', kind: 'money', label: 'drafts.question.money.fee', askedWhen: (answers) => answers.customsIssue === 'fee' },
];

const when = (value: CustomsIssue, tone?: Tone) => whenAnswer('customsIssue', value, tone);

export const customs: Situation = {
  id: 'customs',
  questions,
  sentences: standardMessage(
    [
      sentence('customs.held', [
        'sentences.customs.held',
      ], when('held')),
      sentence('customs.documents', [
        'sentences.customs.documents.polite',
      ], when('held', 'polite')),
      sentence('customs.documents', [
        'sentences.customs.documents.firm',
      ], when('held', 'firm')),
      sentence('customs.fee', [
        'sentences.customs.fee.money',
        'sentences.customs.fee.plain',
      ], when('fee')),
      sentence('customs.fee-ask', [
        'sentences.customs.fee-ask.polite',
      ], when('fee', 'polite')),
      sentence('customs.fee-ask', [
        'sentences.customs.fee-ask.firm',
      ], when('fee', 'firm')),
    ],
    { questions },
  ),
  notes: ({ answers }) => (answers.customsIssue === 'fee' ? [{ key: 'drafts.note.customsFee' }] : []),
};
