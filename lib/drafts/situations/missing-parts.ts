import { standardMessage, wantSentencesExcept, whenWant } from '../common';
import { askEvidence, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence } from '../template';

const questions: readonly Question[] = [{ id: 'items', kind: 'count', label: 'drafts.question.items' }, askWant(['replacement', 'partial-refund', 'refund']), askPartial(), askEvidence];

export const missingParts: Situation = {
  id: 'missing-parts',
  questions,
  sentences: standardMessage(
    [
      sentence('missing-parts.state', [
        {
          pluralBy: 'items',
          en: { one: 'The parcel arrived incomplete: {items} part is missing.', other: 'The parcel arrived incomplete: {items} parts are missing.' },
          uk: { one: 'Посилка надійшла неповною: бракує {items} деталі.', few: 'Посилка надійшла неповною: бракує {items} деталей.', many: 'Посилка надійшла неповною: бракує {items} деталей.', other: 'Посилка надійшла неповною: бракує {items} деталі.' },
          pl: 'Paczka dotarła niekompletna: brakuje {items} części.',
          el: { one: 'Το δέμα έφτασε ελλιπές: λείπει {items} εξάρτημα.', other: 'Το δέμα έφτασε ελλιπές: λείπουν {items} εξαρτήματα.' },
          ro: { one: 'Coletul a ajuns incomplet: lipsește {items} piesă.', few: 'Coletul a ajuns incomplet: lipsesc {items} piese.', other: 'Coletul a ajuns incomplet: lipsesc {items} de piese.' },
          ka: 'ამანათი არასრული მოვიდა: აკლია {items} ნაწილი.',
          ru: { one: 'Посылка пришла неполной: не хватает {items} детали.', few: 'Посылка пришла неполной: не хватает {items} деталей.', many: 'Посылка пришла неполной: не хватает {items} деталей.', other: 'Посылка пришла неполной: не хватает {items} детали.' },
        },
        {
          en: 'The parcel arrived incomplete: some parts are missing.',
          uk: 'Посилка надійшла неповною: бракує деяких деталей.',
          pl: 'Paczka dotarła niekompletna: brakuje niektórych części.',
          el: 'Το δέμα έφτασε ελλιπές: λείπουν κάποια εξαρτήματα.',
          ro: 'Coletul a ajuns incomplet: lipsesc unele piese.',
          ka: 'ამანათი არასრული მოვიდა: ზოგიერთი ნაწილი აკლია.',
          ru: 'Посылка пришла неполной: не хватает некоторых деталей.',
        },
      ]),
    ],
    {
      questions,
      // "A replacement" here means sending what is missing, not a whole new item.
      wants: [
        sentence('want.replacement', [
          {
            en: 'Could you please send me the missing parts at no extra cost?',
            uk: 'Чи могли б ви надіслати мені відсутні деталі без додаткової оплати?',
            pl: 'Czy mogą Państwo dosłać brakujące części bez dodatkowych kosztów?',
            el: 'Θα μπορούσατε να μου στείλετε τα εξαρτήματα που λείπουν χωρίς επιπλέον χρέωση;',
            ro: 'Îmi puteți trimite, vă rog, piesele lipsă fără costuri suplimentare?',
            ka: 'შეგიძლიათ, გთხოვთ, დამატებითი საფასურის გარეშე გამომიგზავნოთ დაკლებული ნაწილები?',
            ru: 'Не могли бы вы отправить мне недостающие детали без дополнительной оплаты?',
          },
        ], whenWant('replacement', 'polite')),
        sentence('want.replacement', [
          {
            en: 'Please send me the missing parts at no extra cost.',
            uk: 'Надішліть мені, будь ласка, відсутні деталі без додаткової оплати.',
            pl: 'Proszę dosłać brakujące części bez dodatkowych kosztów.',
            el: 'Παρακαλώ στείλτε μου τα εξαρτήματα που λείπουν χωρίς επιπλέον χρέωση.',
            ro: 'Vă rog să îmi trimiteți piesele lipsă fără costuri suplimentare.',
            ka: 'გთხოვთ, დამატებითი საფასურის გარეშე გამომიგზავნოთ დაკლებული ნაწილები.',
            ru: 'Отправьте мне, пожалуйста, недостающие детали без дополнительной оплаты.',
          },
        ], whenWant('replacement', 'firm')),
        ...wantSentencesExcept('replacement'),
      ],
    },
  ),
};
