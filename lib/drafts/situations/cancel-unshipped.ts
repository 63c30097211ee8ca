import { standardMessage } from '../common';
import { askCancelWhy, type Question, type Situation } from '../situation';
import { forReader, sentence, whenAnswer, whenTone } from '../template';
import type { CancelWhy } from '../types';

/** The buyer cancels before shipment; a seller past the handling time has no reason to refuse (DOMAIN.md, "Seller's handling time"). */
const questions: readonly Question[] = [askCancelWhy];

const when = (why: CancelWhy) => whenAnswer('cancelWhy', why);

export const cancelUnshipped: Situation = {
  id: 'cancel-unshipped',
  questions,
  sentences: standardMessage(
    [
      sentence('cancel-unshipped.changed-mind', [
        { en: 'The order has not been shipped yet, and I would like to cancel it.', uk: 'Замовлення ще не відправлено, і я хочу його скасувати.', pl: 'Zamówienie nie zostało jeszcze wysłane i chcę je anulować.', el: 'Η παραγγελία δεν έχει αποσταλεί ακόμη και θα ήθελα να την ακυρώσω.', ro: 'Comanda nu a fost încă expediată și aș dori să o anulez.', ka: 'შეკვეთა ჯერ არ გამოგზავნილა და მისი გაუქმება მსურს.', ru: 'Заказ ещё не отправлен, и я хочу его отменить.' },
      ], when('changed-mind')),
      sentence('cancel-unshipped.handling-missed', [
        { en: 'The order has still not been shipped within your handling time, so I would like to cancel it.', uk: 'Замовлення досі не відправлено в строк обробки, тому я хочу його скасувати.', pl: 'Zamówienie wciąż nie zostało wysłane w Państwa czasie realizacji, dlatego chcę je anulować.', el: 'Η παραγγελία ακόμη δεν έχει αποσταλεί μέσα στον χρόνο διεκπεραίωσής σας, γι’ αυτό θα ήθελα να την ακυρώσω.', ro: 'Comanda tot nu a fost expediată în termenul dumneavoastră de procesare, așa că aș dori să o anulez.', ka: 'შეკვეთა თქვენი დამუშავების ვადაში ჯერაც არ გამოგზავნილა, ამიტომ მისი გაუქმება მსურს.', ru: 'Заказ до сих пор не отправлен в срок обработки, поэтому я хочу его отменить.' },
      ], forReader('seller', when('handling-missed'))),
      sentence('cancel-unshipped.handling-missed', [
        { en: 'The order has still not been shipped within the promised processing time, so I would like to cancel it.', uk: 'Замовлення досі не відправлено в обіцяний строк обробки, тому я хочу його скасувати.', pl: 'Zamówienie wciąż nie zostało wysłane w obiecanym czasie realizacji, dlatego chcę je anulować.', el: 'Η παραγγελία ακόμη δεν έχει αποσταλεί μέσα στον χρόνο διεκπεραίωσης που είχε υποσχεθεί, γι’ αυτό θα ήθελα να την ακυρώσω.', ro: 'Comanda tot nu a fost expediată în termenul de procesare promis, așa că aș dori să o anulez.', ka: 'შეკვეთა დაპირებულ დამუშავების ვადაში ჯერაც არ გამოგზავნილა, ამიტომ მისი გაუქმება მსურს.', ru: 'Заказ до сих пор не отправлен в обещанный срок обработки, поэтому я хочу его отменить.' },
      ], forReader('support', when('handling-missed'))),
      sentence('cancel-unshipped.ask', [
        { en: 'Could you please approve the cancellation so that I receive a full refund?', uk: 'Чи могли б ви підтвердити скасування, щоб мені повернули всі кошти?', pl: 'Czy mogą Państwo zatwierdzić anulowanie, aby zwrócono mi całą kwotę?', el: 'Θα μπορούσατε να εγκρίνετε την ακύρωση, ώστε να λάβω πλήρη επιστροφή χρημάτων;', ro: 'Puteți aproba, vă rog, anularea, ca să primesc rambursarea integrală?', ka: 'შეგიძლიათ, გთხოვთ, გაუქმება დაადასტუროთ, რათა თანხა სრულად დამიბრუნდეს?', ru: 'Не могли бы вы подтвердить отмену, чтобы мне вернули всю сумму?' },
      ], whenTone('polite')),
      sentence('cancel-unshipped.ask', [
        { en: 'Please approve the cancellation and do not ship the order, so that the full refund is issued.', uk: 'Прошу підтвердити скасування й не відправляти замовлення, щоб мені повернули всі кошти.', pl: 'Proszę zatwierdzić anulowanie i nie wysyłać zamówienia, aby zwrócono mi całą kwotę.', el: 'Παρακαλώ εγκρίνετε την ακύρωση και μην αποστείλετε την παραγγελία, ώστε να γίνει πλήρης επιστροφή χρημάτων.', ro: 'Vă rog să aprobați anularea și să nu expediați comanda, ca să primesc rambursarea integrală.', ka: 'გთხოვთ, დაადასტუროთ გაუქმება და შეკვეთა არ გამოგზავნოთ, რათა თანხა სრულად დამიბრუნდეს.', ru: 'Прошу подтвердить отмену и не отправлять заказ, чтобы мне вернули всю сумму.' },
      ], whenTone('firm')),
    ],
    { questions },
  ),
  // Where support answers for the sellers, the buyer can usually cancel an unshipped order alone.
  notes: ({ reader }) => [{ key: reader === 'support' ? 'drafts.note.cancelSelf' : 'drafts.note.cancelRequest' }],
};
