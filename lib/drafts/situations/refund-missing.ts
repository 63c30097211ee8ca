import { standardMessage } from '../common';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [{ id: 'days', kind: 'count', label: 'drafts.question.days.cancelled' }];

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
      ]),
      sentence('refund-missing.ask', [
        {
          en: 'Could you please check the status of the refund and tell me when I will receive it?',
          uk: 'Чи могли б ви перевірити статус повернення коштів і підказати, коли я їх отримаю?',
          pl: 'Czy mogą Państwo sprawdzić status zwrotu i napisać, kiedy go otrzymam?',
          el: 'Θα μπορούσατε να ελέγξετε την κατάσταση της επιστροφής χρημάτων και να μου πείτε πότε θα τα λάβω;',
          ro: 'Puteți verifica, vă rog, stadiul rambursării și să îmi spuneți când o voi primi?',
          ka: 'შეგიძლიათ, გთხოვთ, შეამოწმოთ თანხის დაბრუნების სტატუსი და მითხრათ, როდის მივიღებ?',
          ru: 'Не могли бы вы проверить статус возврата и подсказать, когда я получу деньги?',
        },
      ], whenTone('polite')),
      sentence('refund-missing.ask', [
        {
          en: 'Please send the refund now and confirm it in this chat.',
          uk: 'Прошу негайно повернути кошти й підтвердити це в цьому чаті.',
          pl: 'Proszę niezwłocznie zwrócić pieniądze i potwierdzić to na tym czacie.',
          el: 'Παρακαλώ επιστρέψτε τα χρήματα αμέσως και επιβεβαιώστε το σε αυτή τη συνομιλία.',
          ro: 'Vă rog să trimiteți rambursarea acum și să confirmați în această conversație.',
          ka: 'გთხოვთ, თანხა დაუყოვნებლივ დამიბრუნოთ და ეს ამ ჩატში დამიდასტუროთ.',
          ru: 'Прошу немедленно вернуть деньги и подтвердить это в этом чате.',
        },
      ], whenTone('firm')),
      sentence('refund-missing.escalate', [
        {
          en: 'If the refund does not arrive, I will contact {platform} customer service.',
          uk: 'Якщо кошти не надійдуть, я звернуся до служби підтримки {platform}.',
          pl: 'Jeśli zwrot nie dotrze, zwrócę się do obsługi klienta {platform}.',
          el: 'Αν η επιστροφή δεν φτάσει, θα απευθυνθώ στην εξυπηρέτηση πελατών του {platform}.',
          ro: 'Dacă rambursarea nu ajunge, voi contacta serviciul de asistență pentru clienți {platform}.',
          ka: 'თუ თანხა არ დაბრუნდება, {platform}-ის მომხმარებელთა მხარდაჭერის სამსახურს მივმართავ.',
          ru: 'Если деньги не поступят, я обращусь в службу поддержки {platform}.',
        },
      ], whenTone('firm')),
    ],
    { questions, intro: false },
  ),
};
