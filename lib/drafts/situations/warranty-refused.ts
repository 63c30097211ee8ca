import { standardMessage } from '../common';
import { askEvidence, askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [askWant(['repair', 'replacement', 'refund']), askEvidence];

export const warrantyRefused: Situation = {
  id: 'warranty-refused',
  needsSeller: true,
  questions,
  sentences: standardMessage([
    sentence('warranty-refused.state', [
      {
        en: 'The item has stopped working, and it is still covered by the warranty promised on the product page.',
        uk: 'Товар перестав працювати, а гарантія, обіцяна на сторінці товару, ще діє.',
        pl: 'Produkt przestał działać, a gwarancja obiecana na stronie produktu wciąż obowiązuje.',
        el: 'Το προϊόν σταμάτησε να λειτουργεί και καλύπτεται ακόμη από την εγγύηση που υπόσχεται η σελίδα του προϊόντος.',
        ro: 'Produsul nu mai funcționează și este încă acoperit de garanția promisă pe pagina produsului.',
        ka: 'ნივთმა მუშაობა შეწყვიტა, პროდუქტის გვერდზე დაპირებული გარანტია კი ჯერ კიდევ მოქმედებს.',
        ru: 'Товар перестал работать, а гарантия, обещанная на странице товара, ещё действует.',
      },
    ]),
    sentence('warranty-refused.refusal', [
      {
        en: 'My request for a repair was refused, but the warranty covers this case.',
        uk: 'Мені відмовили в ремонті, але гарантія поширюється на цей випадок.',
        pl: 'Odmówiono mi naprawy, ale gwarancja obejmuje taki przypadek.',
        el: 'Το αίτημά μου για επισκευή απορρίφθηκε, όμως η εγγύηση καλύπτει αυτή την περίπτωση.',
        ro: 'Cererea mea de reparație a fost refuzată, dar garanția acoperă acest caz.',
        ka: 'შეკეთების თხოვნაზე უარი მივიღე, მაგრამ გარანტია ამ შემთხვევას მოიცავს.',
        ru: 'Мне отказали в ремонте, но гарантия распространяется на этот случай.',
      },
    ], whenTone('polite')),
    sentence('warranty-refused.refusal', [
      {
        en: 'Refusing a repair goes against the warranty you promised.',
        uk: 'Відмова в ремонті суперечить гарантії, яку ви обіцяли.',
        pl: 'Odmowa naprawy jest sprzeczna z obiecaną przez Państwa gwarancją.',
        el: 'Η άρνηση επισκευής αντιβαίνει στην εγγύηση που υποσχεθήκατε.',
        ro: 'Refuzul reparației contravine garanției pe care ați promis-o.',
        ka: 'შეკეთებაზე უარი ეწინააღმდეგება თქვენ მიერ დაპირებულ გარანტიას.',
        ru: 'Отказ в ремонте противоречит гарантии, которую вы обещали.',
      },
    ], whenTone('firm')),
  ], { questions }),
};
