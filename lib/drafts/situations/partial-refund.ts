import { standardMessage } from '../common';
import { askEvidence, askPartial, type Question, type Situation } from '../situation';
import { forReader, sentence, whenTone } from '../template';

const questions: readonly Question[] = [askPartial(true), askEvidence];

export const partialRefund: Situation = {
  id: 'partial-refund',
  questions,
  fixedWant: 'partial-refund',
  sentences: standardMessage(
    [
      sentence('partial-refund.offer', [
        {
          en: 'The item has a problem, but I can keep it if we agree on a fair partial refund.',
          uk: 'Товар має недолік, але я можу залишити його собі, якщо ми домовимося про справедливе часткове повернення коштів.',
          pl: 'Produkt ma wadę, ale mogę go zatrzymać, jeśli uzgodnimy uczciwy częściowy zwrot.',
          el: 'Το προϊόν έχει πρόβλημα, αλλά μπορώ να το κρατήσω αν συμφωνήσουμε σε μια δίκαιη μερική επιστροφή χρημάτων.',
          ro: 'Produsul are o problemă, dar îl pot păstra dacă ne înțelegem asupra unei rambursări parțiale corecte.',
          ka: 'ნივთს ხარვეზი აქვს, მაგრამ შემიძლია დავიტოვო, თუ სამართლიან ნაწილობრივ დაბრუნებაზე შევთანხმდებით.',
          ru: 'У товара есть недостаток, но я могу оставить его себе, если мы договоримся о справедливом частичном возврате.',
        },
      ]),
    ],
    {
      questions,
      fixedWant: 'partial-refund',
      // This situation says its own next step, so the shared dispute warning would repeat it.
      disputeWarning: false,
      afterWish: [
        sentence('partial-refund.through-platform', [
          {
            en: 'Please send the partial refund through {platform}, not by any other means.',
            uk: 'Прошу зробити часткове повернення коштів через {platform}, а не в інший спосіб.',
            pl: 'Proszę przekazać częściowy zwrot przez {platform}, a nie w inny sposób.',
            el: 'Παρακαλώ κάντε τη μερική επιστροφή χρημάτων μέσω του {platform} και όχι με άλλο τρόπο.',
            ro: 'Vă rog să faceți rambursarea parțială prin {platform}, nu pe altă cale.',
            ka: 'გთხოვთ, ნაწილობრივი თანხა {platform}-ის მეშვეობით დამიბრუნოთ და არა სხვა გზით.',
            ru: 'Прошу сделать частичный возврат через {platform}, а не другим способом.',
          },
        ]),
        sentence('partial-refund.otherwise', [
          {
            en: 'If you do not accept this offer, I will ask for a full refund in a dispute.',
            uk: 'Якщо ви не приймете цю пропозицію, я вимагатиму повного повернення коштів через спір.',
            pl: 'Jeśli nie przyjmą Państwo tej propozycji, zażądam w sporze zwrotu całej kwoty.',
            el: 'Αν δεν δεχτείτε αυτή την πρόταση, θα ζητήσω πλήρη επιστροφή χρημάτων μέσω διαφοράς.',
            ro: 'Dacă nu acceptați această ofertă, voi cere rambursarea integrală printr-o dispută.',
            ka: 'თუ ამ შეთავაზებას არ მიიღებთ, დავის გზით თანხის სრულად დაბრუნებას მოვითხოვ.',
            ru: 'Если вы не примете это предложение, я потребую полного возврата через спор.',
          },
        ], forReader('seller', whenTone('firm'))),
        sentence('partial-refund.otherwise', [
          {
            en: 'If this is not possible, I will return the item for a full refund instead.',
            uk: 'Якщо це неможливо, я поверну товар і попрошу повернути всі кошти.',
            pl: 'Jeśli to niemożliwe, odeślę produkt i poproszę o zwrot całej kwoty.',
            el: 'Αν αυτό δεν είναι δυνατό, θα επιστρέψω το προϊόν για πλήρη επιστροφή χρημάτων.',
            ro: 'Dacă acest lucru nu este posibil, voi returna produsul pentru o rambursare integrală.',
            ka: 'თუ ეს შეუძლებელია, ნივთს დავაბრუნებ და თანხის სრულად დაბრუნებას მოვითხოვ.',
            ru: 'Если это невозможно, я верну товар и попрошу вернуть всю сумму.',
          },
        ], forReader('support', whenTone('firm'))),
      ],
    },
  ),
};
