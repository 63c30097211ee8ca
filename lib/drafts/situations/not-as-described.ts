import { standardMessage } from '../common';
import { askEvidence, askMismatch, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, type SentenceTemplate } from '../template';
import type { ListingMismatch } from '../types';

const whenMismatch =
  (mismatch: ListingMismatch) =>
  ({ answers }: { answers: { mismatch?: ListingMismatch } }): boolean =>
    answers.mismatch === mismatch;

/** What differs from the listing, as the buyer chose it: one fact, never a list of guesses. */
export const MISMATCH_SENTENCES: readonly SentenceTemplate[] = [
    sentence('not-as-described.size', [
      {
        en: 'The size is different from the one stated on the product page.',
        uk: 'Розмір відрізняється від зазначеного на сторінці товару.',
        pl: 'Rozmiar różni się od podanego na stronie produktu.',
        el: 'Το μέγεθος διαφέρει από αυτό που αναγράφεται στη σελίδα του προϊόντος.',
        ro: 'Mărimea diferă de cea indicată pe pagina produsului.',
        ka: 'ზომა განსხვავდება პროდუქტის გვერდზე მითითებულისგან.',
        ru: 'Размер отличается от указанного на странице товара.',
      },
    ], whenMismatch('size')),
    sentence('not-as-described.colour', [
      {
        en: 'The colour is different from the one shown on the product page.',
        uk: 'Колір відрізняється від показаного на сторінці товару.',
        pl: 'Kolor różni się od pokazanego na stronie produktu.',
        el: 'Το χρώμα διαφέρει από αυτό που φαίνεται στη σελίδα του προϊόντος.',
        ro: 'Culoarea diferă de cea prezentată pe pagina produsului.',
        ka: 'ფერი განსხვავდება პროდუქტის გვერდზე ნაჩვენებისგან.',
        ru: 'Цвет отличается от показанного на странице товара.',
      },
    ], whenMismatch('colour')),
    sentence('not-as-described.material', [
      {
        en: 'The material is not the one stated on the product page.',
        uk: 'Матеріал не той, що зазначено на сторінці товару.',
        pl: 'Materiał nie jest taki, jak podano na stronie produktu.',
        el: 'Το υλικό δεν είναι αυτό που αναγράφεται στη σελίδα του προϊόντος.',
        ro: 'Materialul nu este cel indicat pe pagina produsului.',
        ka: 'მასალა არ არის ის, რაც პროდუქტის გვერდზეა მითითებული.',
        ru: 'Материал не тот, что указан на странице товара.',
      },
    ], whenMismatch('material')),
    sentence('not-as-described.quality', [
      {
        en: 'The quality is much lower than the product page shows.',
        uk: 'Якість набагато гірша, ніж показано на сторінці товару.',
        pl: 'Jakość jest znacznie gorsza, niż pokazano na stronie produktu.',
        el: 'Η ποιότητα είναι πολύ χειρότερη από αυτή που δείχνει η σελίδα του προϊόντος.',
        ro: 'Calitatea este mult mai slabă decât arată pagina produsului.',
        ka: 'ხარისხი გაცილებით უარესია, ვიდრე პროდუქტის გვერდზეა ნაჩვენები.',
        ru: 'Качество намного хуже, чем показано на странице товара.',
      },
    ], whenMismatch('quality')),
    sentence('not-as-described.not-working', [
      {
        en: 'The item does not work.',
        uk: 'Товар не працює.',
        pl: 'Produkt nie działa.',
        el: 'Το προϊόν δεν λειτουργεί.',
        ro: 'Produsul nu funcționează.',
        ka: 'ნივთი არ მუშაობს.',
        ru: 'Товар не работает.',
      },
    ], whenMismatch('not-working')),
];

const questions: readonly Question[] = [askMismatch, askWant(['refund', 'partial-refund', 'return']), askPartial(), askEvidence];

export const notAsDescribed: Situation = {
  id: 'not-as-described',
  questions,
  sentences: standardMessage([
    sentence('not-as-described.state', [
      {
        en: 'The item I received does not match its description.',
        uk: 'Отриманий товар не відповідає своєму опису.',
        pl: 'Otrzymany produkt nie zgadza się ze swoim opisem.',
        el: 'Το προϊόν που παρέλαβα δεν αντιστοιχεί στην περιγραφή του.',
        ro: 'Produsul primit nu corespunde descrierii sale.',
        ka: 'მიღებული ნივთი თავის აღწერას არ შეესაბამება.',
        ru: 'Полученный товар не соответствует своему описанию.',
      },
    ]),
    ...MISMATCH_SENTENCES,
  ], { questions }),
};
