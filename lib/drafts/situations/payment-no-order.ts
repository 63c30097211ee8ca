import { standardMessage } from '../common';
import { askPaymentState, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

/** Only the marketplace sees its payments: this goes to support, not the seller (DOMAIN.md, "When buyers need help"). */
const questions: readonly Question[] = [askPaymentState];

export const paymentNoOrder: Situation = {
  id: 'payment-no-order',
  audience: 'support',
  questions,
  sentences: standardMessage(
    [
      sentence('payment-no-order.paid', [
        { en: 'The payment of {total} for my order {order}, placed on {orderDate}, has been taken from my account.', uk: 'Оплату {total} за моє замовлення {order}, оформлене {orderDate}, списано з мого рахунку.', pl: 'Płatność {total} za moje zamówienie {order} złożone {orderDate} została pobrana z mojego konta.', el: 'Η πληρωμή {total} για την παραγγελία μου {order}, που έγινε στις {orderDate}, έχει χρεωθεί στον λογαριασμό μου.', ro: 'Plata de {total} pentru comanda mea {order}, plasată pe {orderDate}, a fost retrasă din contul meu.', ka: 'ჩემი შეკვეთის {order} (შეკვეთის თარიღი: {orderDate}) საფასური — {total} — ჩემი ანგარიშიდან ჩამოიჭრა.', ru: 'Оплата {total} за мой заказ {order}, оформленный {orderDate}, списана с моего счёта.' },
        { en: 'The payment of {total} for my order {order} has been taken from my account.', uk: 'Оплату {total} за моє замовлення {order} списано з мого рахунку.', pl: 'Płatność {total} za moje zamówienie {order} została pobrana z mojego konta.', el: 'Η πληρωμή {total} για την παραγγελία μου {order} έχει χρεωθεί στον λογαριασμό μου.', ro: 'Plata de {total} pentru comanda mea {order} a fost retrasă din contul meu.', ka: 'ჩემი შეკვეთის {order} საფასური — {total} — ჩემი ანგარიშიდან ჩამოიჭრა.', ru: 'Оплата {total} за мой заказ {order} списана с моего счёта.' },
        { en: 'The payment for my order {order} has been taken from my account.', uk: 'Оплату за моє замовлення {order} списано з мого рахунку.', pl: 'Płatność za moje zamówienie {order} została pobrana z mojego konta.', el: 'Η πληρωμή για την παραγγελία μου {order} έχει χρεωθεί στον λογαριασμό μου.', ro: 'Plata pentru comanda mea {order} a fost retrasă din contul meu.', ka: 'ჩემი შეკვეთის {order} საფასური ჩემი ანგარიშიდან ჩამოიჭრა.', ru: 'Оплата за мой заказ {order} списана с моего счёта.' },
      ]),
      sentence('payment-no-order.unpaid', [
        { en: 'However, the order still shows as awaiting payment.', uk: 'Проте замовлення досі має статус «очікує оплати».', pl: 'Mimo to zamówienie nadal ma status oczekującego na płatność.', el: 'Ωστόσο, η παραγγελία εξακολουθεί να εμφανίζεται ως σε αναμονή πληρωμής.', ro: 'Totuși, comanda apare în continuare ca fiind în așteptarea plății.', ka: 'მიუხედავად ამისა, შეკვეთა კვლავ გადახდის მოლოდინის სტატუსით ჩანს.', ru: 'Однако заказ по-прежнему значится как ожидающий оплаты.' },
      ], ({ answers }) => answers.paymentState === 'unpaid'),
      sentence('payment-no-order.missing', [
        { en: 'However, the order does not appear in My Orders.', uk: 'Проте замовлення не з’являється в розділі «Мої замовлення».', pl: 'Mimo to zamówienie nie pojawia się w sekcji „Moje zamówienia”.', el: 'Ωστόσο, η παραγγελία δεν εμφανίζεται στις «Οι παραγγελίες μου».', ro: 'Totuși, comanda nu apare în „Comenzile mele”.', ka: 'მიუხედავად ამისა, შეკვეთა „ჩემს შეკვეთებში“ არ ჩანს.', ru: 'Однако заказ не отображается в разделе «Мои заказы».' },
      ], ({ answers }) => answers.paymentState === 'missing'),
      sentence('payment-no-order.statement', [
        { en: 'I can send a screenshot of my bank statement showing the payment.', uk: 'Можу надіслати знімок банківської виписки з цим платежем.', pl: 'Mogę przesłać zrzut ekranu wyciągu bankowego z tą płatnością.', el: 'Μπορώ να στείλω στιγμιότυπο της κίνησης του λογαριασμού μου με αυτή την πληρωμή.', ro: 'Pot trimite o captură de ecran a extrasului bancar cu această plată.', ka: 'შემიძლია გამოგიგზავნოთ საბანკო ამონაწერის სქრინშოტი ამ გადახდით.', ru: 'Могу прислать скриншот банковской выписки с этим платежом.' },
      ]),
      sentence('payment-no-order.ask', [
        { en: 'Could you please check the payment and either confirm the order or refund the money?', uk: 'Чи могли б ви перевірити платіж і або підтвердити замовлення, або повернути кошти?', pl: 'Czy mogą Państwo sprawdzić płatność i potwierdzić zamówienie albo zwrócić pieniądze?', el: 'Θα μπορούσατε να ελέγξετε την πληρωμή και είτε να επιβεβαιώσετε την παραγγελία είτε να επιστρέψετε τα χρήματα;', ro: 'Puteți verifica, vă rog, plata și fie să confirmați comanda, fie să returnați banii?', ka: 'შეგიძლიათ, გთხოვთ, გადახდა შეამოწმოთ და ან შეკვეთა დაადასტუროთ, ან თანხა დამიბრუნოთ?', ru: 'Не могли бы вы проверить платёж и либо подтвердить заказ, либо вернуть деньги?' },
      ], whenTone('polite')),
      sentence('payment-no-order.ask', [
        { en: 'Please check the payment and either confirm the order or refund the money.', uk: 'Прошу перевірити платіж і або підтвердити замовлення, або повернути кошти.', pl: 'Proszę sprawdzić płatność i potwierdzić zamówienie albo zwrócić pieniądze.', el: 'Παρακαλώ ελέγξτε την πληρωμή και είτε επιβεβαιώστε την παραγγελία είτε επιστρέψτε τα χρήματα.', ro: 'Vă rog să verificați plata și fie să confirmați comanda, fie să returnați banii.', ka: 'გთხოვთ, გადახდა შეამოწმოთ და ან შეკვეთა დაადასტუროთ, ან თანხა დამიბრუნოთ.', ru: 'Прошу проверить платёж и либо подтвердить заказ, либо вернуть деньги.' },
      ], whenTone('firm')),
    ],
    { questions, intro: false, replyBy: false },
  ),
};
