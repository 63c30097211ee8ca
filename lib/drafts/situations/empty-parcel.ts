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
        { en: 'The parcel arrived, but it was empty: the item was not inside.', uk: 'Посилка надійшла, але вона була порожня: товару всередині не було.', pl: 'Paczka dotarła, ale była pusta: w środku nie było produktu.', el: 'Το δέμα έφτασε, αλλά ήταν άδειο: το προϊόν δεν ήταν μέσα.', ro: 'Coletul a ajuns, dar era gol: produsul nu era înăuntru.', ka: 'ამანათი მოვიდა, მაგრამ ცარიელი იყო: ნივთი შიგ არ იდო.', ru: 'Посылка пришла, но была пустой: товара внутри не было.' },
      ]),
    ],
    { questions },
  ),
};
