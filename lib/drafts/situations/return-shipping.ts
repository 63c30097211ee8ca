import { standardMessage } from '../common';
import { askReturnAsk, askWant, type Question, type Situation } from '../situation';
import { sentence, type TemplateInput } from '../template';
import type { ReturnAsk, Tone } from '../types';

const when =
  (ask: ReturnAsk, tone: Tone) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    (answers.returnAsk ?? 'address') === ask && actual === tone;

const questions: readonly Question[] = [askReturnAsk, askWant(['refund', 'replacement'])];

export const returnShipping: Situation = {
  id: 'return-shipping',
  questions,
  sentences: standardMessage(
    [
      sentence('return-shipping.can-return', [
        {
          en: 'I can send the item back to you.',
          uk: 'Я можу повернути вам товар.',
          pl: 'Mogę odesłać Państwu produkt.',
          el: 'Μπορώ να σας στείλω πίσω το προϊόν.',
          ro: 'Vă pot trimite produsul înapoi.',
          ka: 'შემიძლია ნივთი უკან გამოგიგზავნოთ.',
          ru: 'Я могу отправить вам товар обратно.',
        },
      ]),
      sentence('return-shipping.address', [
        {
          en: 'Could you please let me know the return address and any instructions?',
          uk: 'Чи могли б ви надіслати мені адресу для повернення та інструкції?',
          pl: 'Czy mogą Państwo przesłać mi adres do zwrotu i instrukcje?',
          el: 'Θα μπορούσατε να μου στείλετε τη διεύθυνση επιστροφής και τις οδηγίες;',
          ro: 'Îmi puteți trimite, vă rog, adresa de retur și instrucțiunile?',
          ka: 'შეგიძლიათ, გთხოვთ, გამომიგზავნოთ დასაბრუნებელი მისამართი და ინსტრუქციები?',
          ru: 'Не могли бы вы прислать мне адрес для возврата и инструкции?',
        },
      ], when('address', 'polite')),
      sentence('return-shipping.address', [
        {
          en: 'Please send me the return address and instructions.',
          uk: 'Надішліть мені, будь ласка, адресу для повернення та інструкції.',
          pl: 'Proszę przesłać mi adres do zwrotu i instrukcje.',
          el: 'Παρακαλώ στείλτε μου τη διεύθυνση επιστροφής και τις οδηγίες.',
          ro: 'Vă rog să îmi trimiteți adresa de retur și instrucțiunile.',
          ka: 'გთხოვთ, გამომიგზავნოთ დასაბრუნებელი მისამართი და ინსტრუქციები.',
          ru: 'Пришлите мне, пожалуйста, адрес для возврата и инструкции.',
        },
      ], when('address', 'firm')),
      sentence('return-shipping.cost', [
        {
          en: 'As the problem is not my fault, could you please cover the cost of the return shipping?',
          uk: 'Оскільки проблема виникла не з моєї вини, чи могли б ви оплатити зворотну доставку?',
          pl: 'Ponieważ problem nie powstał z mojej winy, czy mogą Państwo pokryć koszt odesłania?',
          el: 'Καθώς το πρόβλημα δεν οφείλεται σε μένα, θα μπορούσατε να καλύψετε τα μεταφορικά της επιστροφής;',
          ro: 'Deoarece problema nu este din vina mea, puteți acoperi, vă rog, costul transportului retur?',
          ka: 'რადგან პრობლემა ჩემი ბრალით არ წარმოქმნილა, შეგიძლიათ, გთხოვთ, უკან გაგზავნის ხარჯი დაფაროთ?',
          ru: 'Поскольку проблема возникла не по моей вине, не могли бы вы оплатить обратную доставку?',
        },
      ], when('cost', 'polite')),
      sentence('return-shipping.cost', [
        {
          en: 'As the problem is not my fault, the return shipping must be paid by you.',
          uk: 'Оскільки проблема виникла не з моєї вини, зворотну доставку маєте оплатити ви.',
          pl: 'Ponieważ problem nie powstał z mojej winy, koszt odesłania muszą pokryć Państwo.',
          el: 'Καθώς το πρόβλημα δεν οφείλεται σε μένα, τα μεταφορικά της επιστροφής πρέπει να τα πληρώσετε εσείς.',
          ro: 'Deoarece problema nu este din vina mea, transportul retur trebuie plătit de dumneavoastră.',
          ka: 'რადგან პრობლემა ჩემი ბრალით არ წარმოქმნილა, უკან გაგზავნის ხარჯი თქვენ უნდა დაფაროთ.',
          ru: 'Поскольку проблема возникла не по моей вине, обратную доставку должны оплатить вы.',
        },
      ], when('cost', 'firm')),
    ],
    {
      questions,
      afterWish: [
        sentence('return-shipping.tracking-promise', [
          {
            en: 'As soon as I send the parcel, I will share its tracking number here.',
            uk: 'Щойно відправлю посилку, надішлю сюди її номер для відстеження.',
            pl: 'Gdy tylko nadam paczkę, prześlę tutaj jej numer śledzenia.',
            el: 'Μόλις στείλω το δέμα, θα σας δώσω εδώ τον αριθμό παρακολούθησής του.',
            ro: 'De îndată ce trimit coletul, vă voi transmite aici numărul de urmărire.',
            ka: 'ამანათის გაგზავნისთანავე აქ გამოგიგზავნით მის თრექინგ-ნომერს.',
            ru: 'Как только отправлю посылку, пришлю сюда её трек-номер.',
          },
        ]),
      ],
    },
  ),
};
