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
      {
        en: 'I ordered {ordered}, but I received {received}.',
        uk: 'Замовлено: {ordered}, а надійшло: {received}.',
        pl: 'Moje zamówienie: {ordered}, a dotarło: {received}.',
        el: 'Παρήγγειλα {ordered}, αλλά παρέλαβα {received}.',
        ro: 'Am comandat {ordered}, dar am primit {received}.',
        ka: 'შევუკვეთე: {ordered}, მივიღე კი: {received}.',
        ru: 'Заказано: {ordered}, а пришло: {received}.',
      },
      {
        en: 'I ordered {ordered}.',
        uk: 'Замовлено: {ordered}.',
        pl: 'Moje zamówienie: {ordered}.',
        el: 'Είχα παραγγείλει {ordered}.',
        ro: 'Comandasem {ordered}.',
        ka: 'შევუკვეთე: {ordered}.',
        ru: 'Заказано: {ordered}.',
      },
      {
        en: 'The parcel contained {received}.',
        uk: 'У посилці було: {received}.',
        pl: 'W paczce było: {received}.',
        el: 'Στο δέμα υπήρχε {received}.',
        ro: 'În colet era {received}.',
        ka: 'ამანათში იყო: {received}.',
        ru: 'В посылке было: {received}.',
      },
    ]);

export const wrongItem: Situation = {
  id: 'wrong-item',
  questions,
  sentences: standardMessage([
    sentence('wrong-item.item', [
      {
        en: 'I received a different item from the one I ordered.',
        uk: 'Надійшов не той товар, який було замовлено.',
        pl: 'Dotarł inny produkt niż zamówiony.',
        el: 'Παρέλαβα διαφορετικό προϊόν από αυτό που παρήγγειλα.',
        ro: 'Am primit alt produs decât cel comandat.',
        ka: 'მივიღე სხვა ნივთი და არა ის, რაც შევუკვეთე.',
        ru: 'Пришёл не тот товар, который был заказан.',
      },
    ], whenWrong('item')),
    sentence('wrong-item.size', [
      {
        en: 'I received the wrong size.',
        uk: 'Надійшов не той розмір.',
        pl: 'Dotarł niewłaściwy rozmiar.',
        el: 'Παρέλαβα λάθος μέγεθος.',
        ro: 'Am primit o mărime greșită.',
        ka: 'არასწორი ზომა მივიღე.',
        ru: 'Пришёл не тот размер.',
      },
    ], whenWrong('size')),
    sentence('wrong-item.colour', [
      {
        en: 'I received the wrong colour.',
        uk: 'Надійшов не той колір.',
        pl: 'Dotarł niewłaściwy kolor.',
        el: 'Παρέλαβα λάθος χρώμα.',
        ro: 'Am primit o culoare greșită.',
        ka: 'არასწორი ფერი მივიღე.',
        ru: 'Пришёл не тот цвет.',
      },
    ], whenWrong('colour')),
    orderedVersusReceived,
  ], { questions }),
};
