import { standardMessage } from '../common';
import { refundNotes } from '../refund-window';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

/** The seller can no longer act on a closed order: support confirms the refund (DOMAIN.md, "When buyers need help"). */
const questions: readonly Question[] = [];

export const listingRemoved: Situation = {
  id: 'listing-removed',
  audience: 'support',
  questions,
  sentences: standardMessage(
    [
      sentence('listing-removed.state', [
        { en: 'My order {order} ({item}) was closed because the listing was removed.', uk: 'Моє замовлення {order} ({item}) закрито, бо оголошення видалено.', pl: 'Moje zamówienie {order} ({item}) zostało zamknięte, ponieważ oferta została usunięta.', el: 'Η παραγγελία μου {order} ({item}) έκλεισε επειδή η αγγελία αφαιρέθηκε.', ro: 'Comanda mea {order} ({item}) a fost închisă pentru că anunțul a fost șters.', ka: 'ჩემი შეკვეთა {order} ({item}) დაიხურა, რადგან განცხადება წაიშალა.', ru: 'Мой заказ {order} ({item}) закрыт, потому что объявление удалено.' },
        { en: 'My order {order} was closed because the listing was removed.', uk: 'Моє замовлення {order} закрито, бо оголошення видалено.', pl: 'Moje zamówienie {order} zostało zamknięte, ponieważ oferta została usunięta.', el: 'Η παραγγελία μου {order} έκλεισε επειδή η αγγελία αφαιρέθηκε.', ro: 'Comanda mea {order} a fost închisă pentru că anunțul a fost șters.', ka: 'ჩემი შეკვეთა {order} დაიხურა, რადგან განცხადება წაიშალა.', ru: 'Мой заказ {order} закрыт, потому что объявление удалено.' },
      ]),
      sentence('listing-removed.paid', [
        { en: 'I paid {total} for it.', uk: 'Сума оплати — {total}.', pl: 'Zapłacona kwota to {total}.', el: 'Πλήρωσα {total} για αυτήν.', ro: 'Am plătit {total} pentru ea.', ka: 'მასში {total} გადავიხადე.', ru: 'Сумма оплаты — {total}.' },
      ]),
      sentence('listing-removed.ask', [
        { en: 'Could you please confirm that the full refund has been issued and tell me when I will receive it?', uk: 'Чи могли б ви підтвердити, що повне повернення коштів оформлено, і повідомити, коли я їх отримаю?', pl: 'Czy mogą Państwo potwierdzić, że zlecono zwrot całej kwoty, i napisać, kiedy go otrzymam?', el: 'Θα μπορούσατε να επιβεβαιώσετε ότι έχει γίνει πλήρης επιστροφή χρημάτων και να μου πείτε πότε θα τα λάβω;', ro: 'Puteți confirma, vă rog, că rambursarea integrală a fost emisă și să îmi spuneți când o voi primi?', ka: 'შეგიძლიათ, გთხოვთ, დამიდასტუროთ, რომ თანხის სრული დაბრუნება გაფორმებულია, და მითხრათ, როდის მივიღებ?', ru: 'Не могли бы вы подтвердить, что полный возврат оформлен, и сообщить, когда я получу деньги?' },
      ], whenTone('polite')),
      sentence('listing-removed.ask', [
        { en: 'Please confirm that the full refund has been issued and tell me when it will arrive.', uk: 'Прошу підтвердити, що повне повернення коштів оформлено, і повідомити, коли кошти надійдуть.', pl: 'Proszę potwierdzić, że zlecono zwrot całej kwoty, i napisać, kiedy dotrze.', el: 'Παρακαλώ επιβεβαιώστε ότι έχει γίνει πλήρης επιστροφή χρημάτων και πείτε μου πότε θα φτάσουν.', ro: 'Vă rog să confirmați că rambursarea integrală a fost emisă și să îmi spuneți când va ajunge.', ka: 'გთხოვთ, დამიდასტუროთ, რომ თანხის სრული დაბრუნება გაფორმებულია, და მითხრათ, როდის ჩამერიცხება.', ru: 'Прошу подтвердить, что полный возврат оформлен, и сообщить, когда поступят деньги.' },
      ], whenTone('firm')),
    ],
    { questions, intro: false, replyBy: false },
  ),
  notes: ({ context, reader }) => refundNotes(undefined, undefined, context, reader),
};
