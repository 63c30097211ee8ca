import { standardMessage, wantSentencesExcept, whenWant } from '../common';
import { askEvidence, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence } from '../template';

/*
 * Fewer pieces than ordered (a pack of 10 with 6 inside). Ukrainian, Polish
 * and Russian count in "шт."/"szt.", as shops do, which also spares a plural
 * form for the number the sentence does not select by.
 */
const questions: readonly Question[] = [
  { id: 'orderedCount', kind: 'count', label: 'drafts.question.orderedCount' },
  { id: 'receivedCount', kind: 'count', label: 'drafts.question.receivedCount' },
  askWant(['replacement', 'partial-refund', 'refund']),
  askPartial(),
  askEvidence,
];

export const fewerPieces: Situation = {
  id: 'fewer-pieces',
  questions,
  sentences: standardMessage(
    [
      sentence('fewer-pieces.state', [
        {
          pluralBy: 'orderedCount',
          en: { one: 'I ordered {orderedCount} piece, but the parcel contained only {receivedCount}.', other: 'I ordered {orderedCount} pieces, but the parcel contained only {receivedCount}.' },
          uk: 'Замовлено {orderedCount} шт., а в посилці було лише {receivedCount}.',
          pl: 'W zamówieniu było {orderedCount} szt., a w paczce tylko {receivedCount}.',
          el: { one: 'Παρήγγειλα {orderedCount} τεμάχιο, αλλά το δέμα περιείχε μόνο {receivedCount}.', other: 'Παρήγγειλα {orderedCount} τεμάχια, αλλά το δέμα περιείχε μόνο {receivedCount}.' },
          ro: { one: 'Am comandat {orderedCount} bucată, dar coletul conținea doar {receivedCount}.', few: 'Am comandat {orderedCount} bucăți, dar coletul conținea doar {receivedCount}.', other: 'Am comandat {orderedCount} de bucăți, dar coletul conținea doar {receivedCount}.' },
          ka: 'შევუკვეთე {orderedCount} ცალი, მაგრამ ამანათში მხოლოდ {receivedCount} იყო.',
          ru: 'Заказано {orderedCount} шт., а в посылке было только {receivedCount}.',
        },
        { en: 'The parcel contained fewer pieces than I ordered.', uk: 'У посилці було менше штук, ніж замовлено.', pl: 'W paczce było mniej sztuk, niż było w zamówieniu.', el: 'Το δέμα περιείχε λιγότερα τεμάχια από όσα παρήγγειλα.', ro: 'Coletul conținea mai puține bucăți decât am comandat.', ka: 'ამანათში შეკვეთილზე ნაკლები ცალი იყო.', ru: 'В посылке было меньше штук, чем заказано.' },
      ]),
      sentence('fewer-pieces.missing', [
        {
          pluralBy: 'missingCount',
          en: { one: 'That means {missingCount} piece is missing.', other: 'That means {missingCount} pieces are missing.' },
          uk: 'Отже, бракує {missingCount} шт.',
          pl: 'Brakuje więc {missingCount} szt.',
          el: { one: 'Δηλαδή λείπει {missingCount} τεμάχιο.', other: 'Δηλαδή λείπουν {missingCount} τεμάχια.' },
          ro: { one: 'Așadar, lipsește {missingCount} bucată.', few: 'Așadar, lipsesc {missingCount} bucăți.', other: 'Așadar, lipsesc {missingCount} de bucăți.' },
          ka: 'ესე იგი, აკლია {missingCount} ცალი.',
          ru: 'Значит, не хватает {missingCount} шт.',
        },
      ]),
    ],
    {
      questions,
      // "A replacement" here means sending the pieces that did not come.
      wants: [
        sentence('want.replacement', [
          { en: 'Could you please send me the missing pieces at no extra cost?', uk: 'Чи могли б ви надіслати мені відсутні штуки без додаткової оплати?', pl: 'Czy mogą Państwo dosłać brakujące sztuki bez dodatkowych kosztów?', el: 'Θα μπορούσατε να μου στείλετε τα τεμάχια που λείπουν χωρίς επιπλέον χρέωση;', ro: 'Îmi puteți trimite, vă rog, bucățile lipsă fără costuri suplimentare?', ka: 'შეგიძლიათ, გთხოვთ, დამატებითი საფასურის გარეშე გამომიგზავნოთ დაკლებული ცალები?', ru: 'Не могли бы вы отправить мне недостающие штуки без дополнительной оплаты?' },
        ], whenWant('replacement', 'polite')),
        sentence('want.replacement', [
          { en: 'Please send me the missing pieces at no extra cost.', uk: 'Надішліть мені, будь ласка, відсутні штуки без додаткової оплати.', pl: 'Proszę dosłać brakujące sztuki bez dodatkowych kosztów.', el: 'Παρακαλώ στείλτε μου τα τεμάχια που λείπουν χωρίς επιπλέον χρέωση.', ro: 'Vă rog să îmi trimiteți bucățile lipsă fără costuri suplimentare.', ka: 'გთხოვთ, დამატებითი საფასურის გარეშე გამომიგზავნოთ დაკლებული ცალები.', ru: 'Отправьте мне, пожалуйста, недостающие штуки без дополнительной оплаты.' },
        ], whenWant('replacement', 'firm')),
        ...wantSentencesExcept('replacement'),
      ],
    },
  ),
};
