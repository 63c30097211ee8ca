import { standardMessage } from '../common';
import { askEvidence, askWant, type Question, type Situation } from '../situation';
import { sentence } from '../template';

const questions: readonly Question[] = [askWant(['refund', 'replacement']), askEvidence];

export const emptyParcel: Situation = {
  id: 'empty-parcel',
  questions,
  sentences: standardMessage(
    [
      sentence('empty-parcel.state', [
        'sentences.empty-parcel.state',
      ]),
    ],
    { questions },
  ),
};
