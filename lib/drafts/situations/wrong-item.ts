import { standardMessage } from '../common';
import { hasNonLatinLetters, inlineText } from '../english';
import { askEvidence, askOrderedReceived, askWant, askWrongThing, type Question, type Situation } from '../situation';
import { sentence, type SentenceTemplate, type TemplateInput } from '../template';
import type { WrongThing } from '../types';

const usable = (text: string | undefined): boolean => inlineText(text, 60) !== undefined && !hasNonLatinLetters(text ?? '');

const bothDescribed = ({ answers }: TemplateInput): boolean => usable(answers.ordered) && usable(answers.received);

/** The general sentence, unless the buyer's own "ordered X, received Y" already says it. */
const whenWrong =
  (thing: WrongThing) =>
  (input: TemplateInput): boolean =>
    (input.answers.wrongThing ?? 'item') === thing && !bothDescribed(input);

const questions: readonly Question[] = [askWrongThing, ...askOrderedReceived, askWant(['refund', 'replacement', 'return']), askEvidence];

/** What was ordered against what came, in the buyer's own Latin-letter words; the dispute text states it too. */
export const orderedVersusReceived: SentenceTemplate = sentence('wrong-item.detail', [
      'sentences.wrong-item.detail.ordered-received',
      'sentences.wrong-item.detail.ordered',
      'sentences.wrong-item.detail.received',
    ]);

export const wrongItem: Situation = {
  id: 'wrong-item',
  questions,
  sentences: standardMessage([
    sentence('wrong-item.item', [
      'sentences.wrong-item.item',
    ], whenWrong('item')),
    sentence('wrong-item.size', [
      'sentences.wrong-item.size',
    ], whenWrong('size')),
    sentence('wrong-item.colour', [
      'sentences.wrong-item.colour',
    ], whenWrong('colour')),
    orderedVersusReceived,
  ], { questions }),
};
