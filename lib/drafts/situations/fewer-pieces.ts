import { standardMessage, wantSentencesExcept, whenWant } from '../common';
import { askEvidence, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence } from '../template';

/*
 * Fewer pieces than ordered (a pack of 10 with 6 inside). Ukrainian, Polish
 * and Russian count in "шт."/"szt.", as shops do, which also spares a plural
 * form for the number the sentence does not select by.
 */
const questions: readonly Question[] = [
  { id: 'orderedCount', kind: 'count', label: 'drafts.question.orderedCount' },
  { id: 'receivedCount', kind: 'count', label: 'drafts.question.receivedCount' },
  askWant(['replacement', 'partial-refund', 'refund']),
  askPartial(),
  askEvidence,
];

export const fewerPieces: Situation = {
  id: 'fewer-pieces',
  questions,
  sentences: standardMessage(
    [
      sentence('fewer-pieces.state', [
        'sentences.fewer-pieces.state.orderedCount-receivedCount',
        'sentences.fewer-pieces.state.plain',
      ]),
      sentence('fewer-pieces.missing', [
        'sentences.fewer-pieces.missing',
      ]),
    ],
    {
      questions,
      // "A replacement" here means sending the pieces that did not come.
      wants: [
        sentence('want.replacement', [
          'sentences.want.replacement.replacement.polite',
        ], whenWant('replacement', 'polite')),
        sentence('want.replacement', [
          'sentences.want.replacement.replacement.firm',
        ], whenWant('replacement', 'firm')),
        ...wantSentencesExcept('replacement'),
      ],
    },
  ),
};
