import { standardMessage } from '../common';
import { askCancelReason, type Question, type Situation } from '../situation';
import { sentence, whenAnswer } from '../template';
import type { CancelReason, Tone } from '../types';

/*
 * A seller who cannot or will not ship often asks the buyer to cancel, so the
 * cancellation does not count against the store. The buyer loses nothing by
 * letting the seller cancel, and keeps the order if the seller can ship.
 */
const questions: readonly Question[] = [askCancelReason];

const when = (value: CancelReason, tone?: Tone) => whenAnswer('cancelReason', value, tone);

export const sellerAsksCancel: Situation = {
  id: 'seller-asks-cancel',
  needsSeller: true,
  questions,
  sentences: standardMessage(
    [
      sentence('seller-asks-cancel.out-of-stock', [
        { en: 'You asked me to cancel the order because the item is out of stock.', uk: 'Ви попросили мене скасувати замовлення, бо товару немає в наявності.', pl: 'Poprosili mnie Państwo o anulowanie zamówienia, ponieważ produktu nie ma w magazynie.', el: 'Μου ζητήσατε να ακυρώσω την παραγγελία επειδή το προϊόν δεν είναι διαθέσιμο.', ro: 'Mi-ați cerut să anulez comanda pentru că produsul nu mai este în stoc.', ka: 'მთხოვეთ, შეკვეთა გავაუქმო, რადგან ნივთი მარაგში აღარ არის.', ru: 'Вы попросили меня отменить заказ, потому что товара нет в наличии.' },
      ], when('out-of-stock')),
      sentence('seller-asks-cancel.price-up', [
        { en: 'You asked me to cancel the order because the price has gone up.', uk: 'Ви попросили мене скасувати замовлення, бо ціна зросла.', pl: 'Poprosili mnie Państwo o anulowanie zamówienia, ponieważ cena wzrosła.', el: 'Μου ζητήσατε να ακυρώσω την παραγγελία επειδή η τιμή αυξήθηκε.', ro: 'Mi-ați cerut să anulez comanda pentru că prețul a crescut.', ka: 'მთხოვეთ, შეკვეთა გავაუქმო, რადგან ფასი გაიზარდა.', ru: 'Вы попросили меня отменить заказ, потому что цена выросла.' },
      ], when('price-up')),
      sentence('seller-asks-cancel.paid', [
        { en: 'I have paid {total} for this order and would like to receive it at that price.', uk: 'Замовлення вже оплачено ({total}), і я хочу отримати його за цією ціною.', pl: 'Moje zamówienie jest już opłacone ({total}) i chcę je otrzymać w tej cenie.', el: 'Έχω ήδη πληρώσει {total} για αυτή την παραγγελία και θα ήθελα να την παραλάβω σε αυτή την τιμή.', ro: 'Am plătit deja {total} pentru această comandă și aș dori să o primesc la acest preț.', ka: 'ამ შეკვეთაში უკვე გადავიხადე {total} და მსურს, ის ამ ფასად მივიღო.', ru: 'Заказ уже оплачен ({total}), и я хочу получить его по этой цене.' },
        { en: 'I have already paid for this order and would like to receive it at the price I paid.', uk: 'Замовлення вже оплачено, і я хочу отримати його за тією ціною, за якою його оплачено.', pl: 'Moje zamówienie jest już opłacone i chcę je otrzymać w zapłaconej cenie.', el: 'Έχω ήδη πληρώσει για αυτή την παραγγελία και θα ήθελα να την παραλάβω στην τιμή που πλήρωσα.', ro: 'Am plătit deja această comandă și aș dori să o primesc la prețul plătit.', ka: 'ეს შეკვეთა უკვე გადახდილია და მსურს, ის გადახდილ ფასად მივიღო.', ru: 'Заказ уже оплачен, и я хочу получить его по той цене, по которой он оплачен.' },
      ], when('price-up', 'polite')),
      sentence('seller-asks-cancel.paid', [
        { en: 'I paid {total} for this order, and I expect you to ship it at that price.', uk: 'Замовлення оплачено ({total}), і я очікую, що ви відправите його за цією ціною.', pl: 'Zamówienie jest opłacone ({total}) i oczekuję, że wyślą je Państwo w tej cenie.', el: 'Πλήρωσα {total} για αυτή την παραγγελία και περιμένω να την αποστείλετε σε αυτή την τιμή.', ro: 'Am plătit {total} pentru această comandă și mă aștept să o expediați la acest preț.', ka: 'ამ შეკვეთაში {total} გადავიხადე და ველოდები, რომ მას ამ ფასად გამოგზავნით.', ru: 'Заказ оплачен ({total}), и я ожидаю, что вы отправите его по этой цене.' },
        { en: 'I have paid for this order, and I expect you to ship it at the price I paid.', uk: 'Замовлення оплачено, і я очікую, що ви відправите його за сплаченою ціною.', pl: 'Zamówienie jest opłacone i oczekuję, że wyślą je Państwo w zapłaconej cenie.', el: 'Έχω πληρώσει για αυτή την παραγγελία και περιμένω να την αποστείλετε στην τιμή που πλήρωσα.', ro: 'Am plătit această comandă și mă aștept să o expediați la prețul plătit.', ka: 'ეს შეკვეთა გადახდილია და ველოდები, რომ მას გადახდილ ფასად გამოგზავნით.', ru: 'Заказ оплачен, и я ожидаю, что вы отправите его по оплаченной цене.' },
      ], when('price-up', 'firm')),
      sentence('seller-asks-cancel.your-side', [
        { en: 'If you cannot send it, could you please cancel the order on your side? I would rather not cancel it myself.', uk: 'Якщо ви не можете його надіслати, скасуйте, будь ласка, замовлення зі свого боку: мені не хотілося б скасовувати його самостійно.', pl: 'Jeśli nie mogą go Państwo wysłać, proszę anulować zamówienie po swojej stronie: nie chcę anulować go samodzielnie.', el: 'Αν δεν μπορείτε να το στείλετε, θα μπορούσατε να ακυρώσετε την παραγγελία από τη δική σας πλευρά; Προτιμώ να μην την ακυρώσω εγώ.', ro: 'Dacă nu îl puteți trimite, puteți anula, vă rog, comanda din partea dumneavoastră? Aș prefera să nu o anulez eu.', ka: 'თუ მისი გამოგზავნა არ შეგიძლიათ, გთხოვთ, შეკვეთა თქვენი მხრიდან გააუქმოთ: მე თვითონ მისი გაუქმება არ მსურს.', ru: 'Если вы не можете его отправить, отмените, пожалуйста, заказ со своей стороны: мне не хотелось бы отменять его самостоятельно.' },
      ], ({ tone }) => tone === 'polite'),
      sentence('seller-asks-cancel.your-side', [
        { en: 'I will not cancel the order myself: if you cannot ship it, please cancel it on your side so that the full refund is issued.', uk: 'Я не скасовуватиму замовлення самостійно: якщо ви не можете його відправити, скасуйте його зі свого боку, щоб мені повернули всі кошти.', pl: 'Nie anuluję zamówienia samodzielnie: jeśli nie mogą go Państwo wysłać, proszę anulować je po swojej stronie, aby zwrócono mi całą kwotę.', el: 'Δεν θα ακυρώσω εγώ την παραγγελία: αν δεν μπορείτε να την αποστείλετε, ακυρώστε την από τη δική σας πλευρά, ώστε να γίνει πλήρης επιστροφή χρημάτων.', ro: 'Nu voi anula eu comanda: dacă nu o puteți expedia, anulați-o din partea dumneavoastră, ca să primesc rambursarea integrală.', ka: 'შეკვეთას თვითონ არ გავაუქმებ: თუ მისი გამოგზავნა არ შეგიძლიათ, გააუქმეთ ის თქვენი მხრიდან, რათა თანხა სრულად დამიბრუნდეს.', ru: 'Я не стану отменять заказ самостоятельно: если вы не можете его отправить, отмените его со своей стороны, чтобы мне вернули всю сумму.' },
      ], ({ tone }) => tone === 'firm'),
    ],
    { questions },
  ),
  notes: () => [{ key: 'drafts.note.sellerCancels' }],
};
