import { protectionEnds, standardMessage } from '../common';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [];

/**
 * Only the seller can extend buyer protection ("Extend time" on the order
 * page), so the buyer asks 5–7 days before it ends (../../../../shared/DOMAIN.md).
 */
export const protectionEnding: Situation = {
  id: 'protection-ending',
  needsSeller: true,
  questions,
  sentences: standardMessage([
    sentence('protection-ending.state', [
      {
        en: 'The parcel has still not arrived.',
        uk: 'Посилка досі не надійшла.',
        pl: 'Paczka wciąż nie dotarła.',
        el: 'Το δέμα δεν έχει φτάσει ακόμη.',
        ro: 'Coletul încă nu a ajuns.',
        ka: 'ამანათი ჯერ არ მოსულა.',
        ru: 'Посылка до сих пор не пришла.',
      },
    ]),
    protectionEnds,
    sentence('protection-ending.ask', [
      {
        en: 'Could you please extend the buyer protection time so that the parcel has time to arrive?',
        uk: 'Чи могли б ви продовжити строк захисту покупця, щоб посилка встигла надійти?',
        pl: 'Czy mogą Państwo przedłużyć czas ochrony kupującego, żeby paczka zdążyła dotrzeć?',
        el: 'Θα μπορούσατε να παρατείνετε τον χρόνο προστασίας αγοραστή, ώστε να προλάβει να φτάσει το δέμα;',
        ro: 'Puteți prelungi, vă rog, perioada de protecție a cumpărătorului, ca coletul să aibă timp să ajungă?',
        ka: 'შეგიძლიათ, გთხოვთ, მყიდველის დაცვის ვადა გააგრძელოთ, რომ ამანათმა მოსვლა მოასწროს?',
        ru: 'Не могли бы вы продлить срок защиты покупателя, чтобы посылка успела прийти?',
      },
    ], whenTone('polite')),
    sentence('protection-ending.ask', [
      {
        en: 'Please extend the buyer protection time before it ends.',
        uk: 'Прошу продовжити строк захисту покупця до того, як він закінчиться.',
        pl: 'Proszę przedłużyć czas ochrony kupującego, zanim się skończy.',
        el: 'Παρακαλώ παρατείνετε τον χρόνο προστασίας αγοραστή πριν λήξει.',
        ro: 'Vă rog să prelungiți perioada de protecție a cumpărătorului înainte să expire.',
        ka: 'გთხოვთ, მყიდველის დაცვის ვადა მის ამოწურვამდე გააგრძელოთ.',
        ru: 'Прошу продлить срок защиты покупателя до того, как он закончится.',
      },
    ], whenTone('firm')),
    sentence('protection-ending.otherwise', [
      {
        en: 'If it is not extended, I will have to open a dispute for a full refund.',
        uk: 'Якщо строк не продовжать, мені доведеться відкрити спір і вимагати повного повернення коштів.',
        pl: 'Jeśli czas nie zostanie przedłużony, pozostanie mi tylko otworzyć spór o zwrot całej kwoty.',
        el: 'Αν δεν παραταθεί, θα χρειαστεί να ανοίξω διαφορά για πλήρη επιστροφή χρημάτων.',
        ro: 'Dacă nu este prelungită, va trebui să deschid o dispută pentru rambursarea integrală.',
        ka: 'თუ ვადა არ გაგრძელდება, მომიწევს დავის გახსნა თანხის სრულად დასაბრუნებლად.',
        ru: 'Если срок не продлят, мне придётся открыть спор и потребовать полного возврата средств.',
      },
    ], whenTone('firm')),
  ], { questions }),
};
