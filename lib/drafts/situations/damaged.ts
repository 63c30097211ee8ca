import { standardMessage } from '../common';
import { askEvidence, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [askWant(['refund', 'replacement', 'partial-refund', 'return']), askPartial(), askEvidence];

export const damaged: Situation = {
  id: 'damaged',
  questions,
  sentences: standardMessage([
    sentence('damaged.state', [
      {
        en: 'The item arrived damaged.',
        uk: 'Товар прибув пошкодженим.',
        pl: 'Produkt dotarł uszkodzony.',
        el: 'Το προϊόν έφτασε με ζημιά.',
        ro: 'Produsul a ajuns deteriorat.',
        ka: 'ნივთი დაზიანებული მოვიდა.',
        ru: 'Товар пришёл повреждённым.',
      },
    ]),
    sentence('damaged.understanding', [
      {
        en: 'I know this can happen in transit, so I hope we can solve it together.',
        uk: 'Розумію, що таке трапляється під час доставки, тож сподіваюся, що ми разом це вирішимо.',
        pl: 'Wiem, że w transporcie tak się zdarza, więc liczę, że razem to rozwiążemy.',
        el: 'Ξέρω ότι αυτό μπορεί να συμβεί κατά τη μεταφορά, γι’ αυτό ελπίζω να το λύσουμε μαζί.',
        ro: 'Știu că se poate întâmpla în timpul transportului, așa că sper să rezolvăm împreună.',
        ka: 'ვიცი, რომ ტრანსპორტირებისას ასეთი რამ ხდება, ამიტომ იმედი მაქვს, ერთად მოვაგვარებთ.',
        ru: 'Понимаю, что такое случается при доставке, поэтому надеюсь, что мы вместе это решим.',
      },
    ], whenTone('polite')),
    sentence('damaged.unusable', [
      {
        en: 'The item cannot be used in this condition.',
        uk: 'У такому стані товаром неможливо користуватися.',
        pl: 'W takim stanie produktu nie da się używać.',
        el: 'Σε αυτή την κατάσταση το προϊόν δεν μπορεί να χρησιμοποιηθεί.',
        ro: 'În această stare produsul nu poate fi folosit.',
        ka: 'ამ მდგომარეობაში ნივთის გამოყენება შეუძლებელია.',
        ru: 'В таком состоянии товаром невозможно пользоваться.',
      },
    ], ({ tone, answers }) => tone === 'firm' && answers.want !== 'partial-refund'),
  ], { questions }),
};
