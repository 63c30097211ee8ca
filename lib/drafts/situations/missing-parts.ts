import { standardMessage, wantSentencesExcept, whenWant } from '../common';
import { askEvidence, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence } from '../template';

const questions: readonly Question[] = [{ id: 'items', kind: 'count', label: 'drafts.question.items' }, askWant(['replacement', 'partial-refund', 'refund']), askPartial(), askEvidence];

export const missingParts: Situation = {
  id: 'missing-parts',
  questions,
  sentences: standardMessage(
    [
      sentence('missing-parts.state', [
        'sentences.missing-parts.state.items',
        'sentences.missing-parts.state.plain',
      ]),
    ],
    {
      questions,
      // "A replacement" here means sending what is missing, not a whole new item.
      wants: [
        sentence('want.replacement', [
          'sentences.missing-parts.want.replacement.polite',
        ], whenWant('replacement', 'polite')),
        sentence('want.replacement', [
          'sentences.missing-parts.want.replacement.firm',
        ], whenWant('replacement', 'firm')),
        ...wantSentencesExcept('replacement'),
      ],
    },
  ),
};
