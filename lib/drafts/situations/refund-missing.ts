import { standardMessage } from '../common';
import { refundNotes } from '../refund-window';
import { askRefundAfter, type Question, type Situation } from '../situation';
import { forReader, sentence, type TemplateInput } from '../template';
import type { RefundAfter, Tone } from '../types';

/*
 * Aimed at the right party: after a cancellation or a won dispute the
 * marketplace sends the money, so the seller is asked to confirm it was
 * issued and for its reference; after a return the seller must confirm
 * receipt and issue it. The notes compare the days passed with the refund
 * window (./refund-window.ts) and name the Help Center chat.
 */
const questions: readonly Question[] = [askRefundAfter, { id: 'days', kind: 'count', label: 'drafts.question.days.refund' }];

const when =
  (after: RefundAfter | 'platform-pays', tone?: Tone) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    (after === 'platform-pays' ? answers.refundAfter === 'cancelled' || answers.refundAfter === 'dispute-won' : answers.refundAfter === after) &&
    (tone === undefined || tone === actual);

export const refundMissing: Situation = {
  id: 'refund-missing',
  questions,
  sentences: standardMessage(
    [
      sentence('refund-missing.state', [
        {
          pluralBy: 'days',
          en: { one: 'My order {order} was cancelled {days} day ago, but I have still not received the refund of {total}.', other: 'My order {order} was cancelled {days} days ago, but I have still not received the refund of {total}.' },
          uk: { one: 'Замовлення {order} скасовано {days} день тому, але повернення коштів ({total}) досі не надійшло.', few: 'Замовлення {order} скасовано {days} дні тому, але повернення коштів ({total}) досі не надійшло.', many: 'Замовлення {order} скасовано {days} днів тому, але повернення коштів ({total}) досі не надійшло.', other: 'Замовлення {order} скасовано {days} дня тому, але повернення коштів ({total}) досі не надійшло.' },
          pl: { one: 'Zamówienie {order} zostało anulowane {days} dzień temu, ale zwrot pieniędzy ({total}) wciąż nie dotarł.', other: 'Zamówienie {order} zostało anulowane {days} dni temu, ale zwrot pieniędzy ({total}) wciąż nie dotarł.' },
          el: { one: 'Η παραγγελία μου {order} ακυρώθηκε πριν από {days} ημέρα, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων ({total}).', other: 'Η παραγγελία μου {order} ακυρώθηκε πριν από {days} ημέρες, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων ({total}).' },
          ro: { one: 'Comanda mea {order} a fost anulată acum {days} zi, dar încă nu am primit rambursarea de {total}.', few: 'Comanda mea {order} a fost anulată acum {days} zile, dar încă nu am primit rambursarea de {total}.', other: 'Comanda mea {order} a fost anulată acum {days} de zile, dar încă nu am primit rambursarea de {total}.' },
          ka: 'ჩემი შეკვეთა {order} გაუქმდა {days} დღის წინ, მაგრამ თანხა ({total}) ჯერ არ დამბრუნებია.',
          ru: { one: 'Заказ {order} отменён {days} день назад, но возврат средств ({total}) до сих пор не поступил.', few: 'Заказ {order} отменён {days} дня назад, но возврат средств ({total}) до сих пор не поступил.', many: 'Заказ {order} отменён {days} дней назад, но возврат средств ({total}) до сих пор не поступил.', other: 'Заказ {order} отменён {days} дня назад, но возврат средств ({total}) до сих пор не поступил.' },
        },
        {
          pluralBy: 'days',
          en: { one: 'My order {order} was cancelled {days} day ago, but I have still not received my refund.', other: 'My order {order} was cancelled {days} days ago, but I have still not received my refund.' },
          uk: { one: 'Замовлення {order} скасовано {days} день тому, але кошти досі не повернулися.', few: 'Замовлення {order} скасовано {days} дні тому, але кошти досі не повернулися.', many: 'Замовлення {order} скасовано {days} днів тому, але кошти досі не повернулися.', other: 'Замовлення {order} скасовано {days} дня тому, але кошти досі не повернулися.' },
          pl: { one: 'Zamówienie {order} zostało anulowane {days} dzień temu, ale zwrot pieniędzy wciąż nie dotarł.', other: 'Zamówienie {order} zostało anulowane {days} dni temu, ale zwrot pieniędzy wciąż nie dotarł.' },
          el: { one: 'Η παραγγελία μου {order} ακυρώθηκε πριν από {days} ημέρα, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων.', other: 'Η παραγγελία μου {order} ακυρώθηκε πριν από {days} ημέρες, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων.' },
          ro: { one: 'Comanda mea {order} a fost anulată acum {days} zi, dar încă nu am primit banii înapoi.', few: 'Comanda mea {order} a fost anulată acum {days} zile, dar încă nu am primit banii înapoi.', other: 'Comanda mea {order} a fost anulată acum {days} de zile, dar încă nu am primit banii înapoi.' },
          ka: 'ჩემი შეკვეთა {order} გაუქმდა {days} დღის წინ, მაგრამ თანხა ჯერ არ დამბრუნებია.',
          ru: { one: 'Заказ {order} отменён {days} день назад, но деньги до сих пор не вернулись.', few: 'Заказ {order} отменён {days} дня назад, но деньги до сих пор не вернулись.', many: 'Заказ {order} отменён {days} дней назад, но деньги до сих пор не вернулись.', other: 'Заказ {order} отменён {days} дня назад, но деньги до сих пор не вернулись.' },
        },
        {
          en: 'My order {order} was cancelled, but I have still not received the refund of {total}.',
          uk: 'Замовлення {order} скасовано, але повернення коштів ({total}) досі не надійшло.',
          pl: 'Zamówienie {order} zostało anulowane, ale zwrot pieniędzy ({total}) wciąż nie dotarł.',
          el: 'Η παραγγελία μου {order} ακυρώθηκε, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων ({total}).',
          ro: 'Comanda mea {order} a fost anulată, dar încă nu am primit rambursarea de {total}.',
          ka: 'ჩემი შეკვეთა {order} გაუქმდა, მაგრამ თანხა ({total}) ჯერ არ დამბრუნებია.',
          ru: 'Заказ {order} отменён, но возврат средств ({total}) до сих пор не поступил.',
        },
        {
          en: 'My order {order} was cancelled, but I have still not received my refund.',
          uk: 'Замовлення {order} скасовано, але кошти досі не повернулися.',
          pl: 'Zamówienie {order} zostało anulowane, ale zwrot pieniędzy wciąż nie dotarł.',
          el: 'Η παραγγελία μου {order} ακυρώθηκε, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων.',
          ro: 'Comanda mea {order} a fost anulată, dar încă nu am primit banii înapoi.',
          ka: 'ჩემი შეკვეთა {order} გაუქმდა, მაგრამ თანხა ჯერ არ დამბრუნებია.',
          ru: 'Заказ {order} отменён, но деньги до сих пор не вернулись.',
        },
      ], when('cancelled')),
      sentence('refund-missing.dispute-won', [
        { en: 'The dispute for my order {order} was closed in my favour, but I have still not received the refund of {total}.', uk: 'Спір щодо мого замовлення {order} закрито на мою користь, але повернення коштів ({total}) досі не надійшло.', pl: 'Spór dotyczący mojego zamówienia {order} został rozstrzygnięty na moją korzyść, ale zwrot pieniędzy ({total}) wciąż nie dotarł.', el: 'Η διαφορά για την παραγγελία μου {order} έκλεισε υπέρ μου, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων ({total}).', ro: 'Disputa pentru comanda mea {order} a fost închisă în favoarea mea, dar încă nu am primit rambursarea de {total}.', ka: 'დავა ჩემს შეკვეთაზე {order} ჩემს სასარგებლოდ დაიხურა, მაგრამ თანხა ({total}) ჯერ არ დამბრუნებია.', ru: 'Спор по моему заказу {order} закрыт в мою пользу, но возврат средств ({total}) до сих пор не поступил.' },
        { en: 'The dispute for my order {order} was closed in my favour, but I have still not received my refund.', uk: 'Спір щодо мого замовлення {order} закрито на мою користь, але кошти досі не повернулися.', pl: 'Spór dotyczący mojego zamówienia {order} został rozstrzygnięty na moją korzyść, ale zwrot pieniędzy wciąż nie dotarł.', el: 'Η διαφορά για την παραγγελία μου {order} έκλεισε υπέρ μου, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων.', ro: 'Disputa pentru comanda mea {order} a fost închisă în favoarea mea, dar încă nu am primit banii înapoi.', ka: 'დავა ჩემს შეკვეთაზე {order} ჩემს სასარგებლოდ დაიხურა, მაგრამ თანხა ჯერ არ დამბრუნებია.', ru: 'Спор по моему заказу {order} закрыт в мою пользу, но деньги до сих пор не вернулись.' },
      ], forReader('seller', when('dispute-won'))),
      // Where support answers for the sellers there is no dispute: the refund request was approved.
      sentence('refund-missing.dispute-won', [
        { en: 'The refund of {total} for my order {order} was approved, but it has still not arrived.', uk: 'Повернення коштів ({total}) за моїм замовленням {order} схвалено, але гроші досі не надійшли.', pl: 'Zwrot pieniędzy ({total}) za moje zamówienie {order} został zatwierdzony, ale wciąż nie dotarł.', el: 'Η επιστροφή χρημάτων ({total}) για την παραγγελία μου {order} εγκρίθηκε, αλλά ακόμη δεν έχει φτάσει.', ro: 'Rambursarea de {total} pentru comanda mea {order} a fost aprobată, dar încă nu a ajuns.', ka: 'ჩემს შეკვეთაზე {order} თანხის დაბრუნება ({total}) დამტკიცდა, მაგრამ თანხა ჯერ არ ჩამრიცხვია.', ru: 'Возврат средств ({total}) по моему заказу {order} одобрен, но деньги до сих пор не поступили.' },
        { en: 'The refund for my order {order} was approved, but it has still not arrived.', uk: 'Повернення коштів за моїм замовленням {order} схвалено, але гроші досі не надійшли.', pl: 'Zwrot pieniędzy za moje zamówienie {order} został zatwierdzony, ale wciąż nie dotarł.', el: 'Η επιστροφή χρημάτων για την παραγγελία μου {order} εγκρίθηκε, αλλά ακόμη δεν έχει φτάσει.', ro: 'Rambursarea pentru comanda mea {order} a fost aprobată, dar încă nu a ajuns.', ka: 'ჩემს შეკვეთაზე {order} თანხის დაბრუნება დამტკიცდა, მაგრამ თანხა ჯერ არ ჩამრიცხვია.', ru: 'Возврат средств по моему заказу {order} одобрен, но деньги до сих пор не поступили.' },
      ], forReader('support', when('dispute-won'))),
      sentence('refund-missing.return-delivered', [
        { en: 'The item I returned from my order {order} was delivered to you, but I have still not received the refund of {total}.', uk: 'Повернений товар із замовлення {order} вам доставлено, але повернення коштів ({total}) досі не надійшло.', pl: 'Zwrócony produkt z zamówienia {order} został Państwu doręczony, ale zwrot pieniędzy ({total}) wciąż nie dotarł.', el: 'Το προϊόν που επέστρεψα από την παραγγελία {order} σας παραδόθηκε, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων ({total}).', ro: 'Produsul returnat din comanda {order} v-a fost livrat, dar încă nu am primit rambursarea de {total}.', ka: 'შეკვეთიდან {order} დაბრუნებული ნივთი თქვენ ჩაგბარდათ, მაგრამ თანხა ({total}) ჯერ არ დამბრუნებია.', ru: 'Возвращённый товар из заказа {order} вам доставлен, но возврат средств ({total}) до сих пор не поступил.' },
        { en: 'The item I returned from my order {order} was delivered to you, but I have still not received my refund.', uk: 'Повернений товар із замовлення {order} вам доставлено, але кошти досі не повернулися.', pl: 'Zwrócony produkt z zamówienia {order} został Państwu doręczony, ale zwrot pieniędzy wciąż nie dotarł.', el: 'Το προϊόν που επέστρεψα από την παραγγελία {order} σας παραδόθηκε, αλλά δεν έχω λάβει ακόμη την επιστροφή των χρημάτων.', ro: 'Produsul returnat din comanda {order} v-a fost livrat, dar încă nu am primit banii înapoi.', ka: 'შეკვეთიდან {order} დაბრუნებული ნივთი თქვენ ჩაგბარდათ, მაგრამ თანხა ჯერ არ დამბრუნებია.', ru: 'Возвращённый товар из заказа {order} вам доставлен, но деньги до сих пор не вернулись.' },
      ], when('return-delivered')),
      sentence('refund-missing.days', [
        {
          pluralBy: 'days',
          en: { one: 'That was {days} day ago.', other: 'That was {days} days ago.' },
          uk: { one: 'Це було {days} день тому.', few: 'Це було {days} дні тому.', many: 'Це було {days} днів тому.', other: 'Це було {days} дня тому.' },
          pl: { one: 'Było to {days} dzień temu.', other: 'Było to {days} dni temu.' },
          el: { one: 'Αυτό έγινε πριν από {days} ημέρα.', other: 'Αυτό έγινε πριν από {days} ημέρες.' },
          ro: { one: 'Asta a fost acum {days} zi.', few: 'Asta a fost acum {days} zile.', other: 'Asta a fost acum {days} de zile.' },
          ka: 'ეს {days} დღის წინ მოხდა.',
          ru: { one: 'Это было {days} день назад.', few: 'Это было {days} дня назад.', many: 'Это было {days} дней назад.', other: 'Это было {days} дня назад.' },
        },
      ], ({ answers }) => answers.refundAfter !== 'cancelled'),
      sentence('refund-missing.ask', [
        { en: 'Could you please confirm that the refund has been issued and send me its reference number?', uk: 'Чи могли б ви підтвердити, що повернення коштів оформлено, і надіслати мені його номер?', pl: 'Czy mogą Państwo potwierdzić, że zwrot został zlecony, i przesłać mi jego numer referencyjny?', el: 'Θα μπορούσατε να επιβεβαιώσετε ότι η επιστροφή χρημάτων έχει γίνει και να μου στείλετε τον αριθμό αναφοράς της;', ro: 'Puteți confirma, vă rog, că rambursarea a fost emisă și să îmi trimiteți numărul ei de referință?', ka: 'შეგიძლიათ, გთხოვთ, დამიდასტუროთ, რომ თანხის დაბრუნება გაფორმებულია, და მისი საცნობარო ნომერი გამომიგზავნოთ?', ru: 'Не могли бы вы подтвердить, что возврат оформлен, и прислать мне его номер?' },
      ], when('platform-pays', 'polite')),
      sentence('refund-missing.ask', [
        { en: 'Please confirm that the refund has been issued and send me its reference number.', uk: 'Прошу підтвердити, що повернення коштів оформлено, і надіслати мені його номер.', pl: 'Proszę potwierdzić, że zwrot został zlecony, i przesłać mi jego numer referencyjny.', el: 'Παρακαλώ επιβεβαιώστε ότι η επιστροφή χρημάτων έχει γίνει και στείλτε μου τον αριθμό αναφοράς της.', ro: 'Vă rog să confirmați că rambursarea a fost emisă și să îmi trimiteți numărul ei de referință.', ka: 'გთხოვთ, დამიდასტუროთ, რომ თანხის დაბრუნება გაფორმებულია, და მისი საცნობარო ნომერი გამომიგზავნოთ.', ru: 'Прошу подтвердить, что возврат оформлен, и прислать мне его номер.' },
      ], when('platform-pays', 'firm')),
      sentence('refund-missing.ask', [
        { en: 'Could you please confirm that you have received the returned item and issue the refund?', uk: 'Чи могли б ви підтвердити отримання поверненого товару й оформити повернення коштів?', pl: 'Czy mogą Państwo potwierdzić odbiór zwróconego produktu i zlecić zwrot pieniędzy?', el: 'Θα μπορούσατε να επιβεβαιώσετε ότι παραλάβατε το επιστρεφόμενο προϊόν και να κάνετε την επιστροφή χρημάτων;', ro: 'Puteți confirma, vă rog, că ați primit produsul returnat și să emiteți rambursarea?', ka: 'შეგიძლიათ, გთხოვთ, დაადასტუროთ დაბრუნებული ნივთის მიღება და თანხის დაბრუნება გააფორმოთ?', ru: 'Не могли бы вы подтвердить получение возвращённого товара и оформить возврат средств?' },
      ], when('return-delivered', 'polite')),
      sentence('refund-missing.ask', [
        { en: 'Please confirm that you have received the returned item and issue the refund.', uk: 'Прошу підтвердити отримання поверненого товару й оформити повернення коштів.', pl: 'Proszę potwierdzić odbiór zwróconego produktu i zlecić zwrot pieniędzy.', el: 'Παρακαλώ επιβεβαιώστε ότι παραλάβατε το επιστρεφόμενο προϊόν και κάντε την επιστροφή χρημάτων.', ro: 'Vă rog să confirmați că ați primit produsul returnat și să emiteți rambursarea.', ka: 'გთხოვთ, დაადასტუროთ დაბრუნებული ნივთის მიღება და თანხის დაბრუნება გააფორმოთ.', ru: 'Прошу подтвердить получение возвращённого товара и оформить возврат средств.' },
      ], when('return-delivered', 'firm')),
      sentence('refund-missing.escalate', [
        { en: 'If the refund does not arrive, I will contact {platform} customer service.', uk: 'Якщо кошти не надійдуть, я звернуся до служби підтримки {platform}.', pl: 'Jeśli zwrot nie dotrze, zwrócę się do obsługi klienta {platform}.', el: 'Αν η επιστροφή δεν φτάσει, θα απευθυνθώ στην εξυπηρέτηση πελατών του {platform}.', ro: 'Dacă rambursarea nu ajunge, voi contacta serviciul de asistență pentru clienți {platform}.', ka: 'თუ თანხა არ დაბრუნდება, {platform}-ის მომხმარებელთა მხარდაჭერის სამსახურს მივმართავ.', ru: 'Если деньги не поступят, я обращусь в службу поддержки {platform}.' },
      ], ({ tone }) => tone === 'firm'),
    ],
    { questions, intro: false },
  ),
  notes: ({ answers, context, reader }) => refundNotes(answers.refundAfter, answers.days, context, reader),
};
