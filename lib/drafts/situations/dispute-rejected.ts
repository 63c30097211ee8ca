import { disputeEscalation, standardMessage } from '../common';
import { askDisputeStage, askEvidence, askOffer, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, whenAnswer } from '../template';
import type { DisputeStage, Tone } from '../types';

/** The reply to the seller inside an open dispute: rejected, or a counter-offer too low to accept. */
const questions: readonly Question[] = [
  askDisputeStage(['seller-rejected', 'low-offer']),
  askOffer,
  askWant(['refund', 'partial-refund', 'return']),
  askPartial(),
  askEvidence,
];

const when = (stage: DisputeStage, tone?: Tone) => whenAnswer('disputeStage', stage, tone);

export const disputeRejected: Situation = {
  id: 'dispute-rejected',
  needsSeller: true,
  questions,
  sentences: standardMessage(
    [
      sentence('dispute-rejected.rejected', [
        { en: 'You rejected my dispute for order {order}, but the problem has not been resolved.', uk: 'Ви відхилили мій спір щодо замовлення {order}, але проблему не вирішено.', pl: 'Odrzucili Państwo mój spór dotyczący zamówienia {order}, ale problem nie został rozwiązany.', el: 'Απορρίψατε τη διαφορά μου για την παραγγελία {order}, αλλά το πρόβλημα δεν έχει λυθεί.', ro: 'Ați respins disputa mea pentru comanda {order}, dar problema nu a fost rezolvată.', ka: 'თქვენ უარყავით ჩემი დავა შეკვეთაზე {order}, მაგრამ პრობლემა არ მოგვარებულა.', ru: 'Вы отклонили мой спор по заказу {order}, но проблема не решена.' },
      ], when('seller-rejected')),
      sentence('dispute-rejected.low-offer', [
        { en: 'In the dispute for order {order}, you offered me only {money}, which is not enough for this problem.', uk: 'У спорі щодо замовлення {order} ви запропонували мені лише {money}, а цього недостатньо для такої проблеми.', pl: 'W sporze dotyczącym zamówienia {order} zaproponowali mi Państwo tylko {money}, co nie wystarcza przy takim problemie.', el: 'Στη διαφορά για την παραγγελία {order} μου προσφέρατε μόνο {money}, που δεν αρκεί για αυτό το πρόβλημα.', ro: 'În disputa pentru comanda {order} mi-ați oferit doar {money}, ceea ce nu este suficient pentru această problemă.', ka: 'დავაში შეკვეთაზე {order} მხოლოდ {money} შემომთავაზეთ, რაც ამ პრობლემისთვის საკმარისი არ არის.', ru: 'В споре по заказу {order} вы предложили мне только {money}, а этого недостаточно для такой проблемы.' },
        { en: 'In the dispute for order {order}, your offer is not enough for this problem.', uk: 'У спорі щодо замовлення {order} вашої пропозиції недостатньо для такої проблеми.', pl: 'W sporze dotyczącym zamówienia {order} Państwa propozycja nie wystarcza przy takim problemie.', el: 'Στη διαφορά για την παραγγελία {order} η προσφορά σας δεν αρκεί για αυτό το πρόβλημα.', ro: 'În disputa pentru comanda {order}, oferta dumneavoastră nu este suficientă pentru această problemă.', ka: 'დავაში შეკვეთაზე {order} თქვენი შეთავაზება ამ პრობლემისთვის საკმარისი არ არის.', ru: 'В споре по заказу {order} вашего предложения недостаточно для такой проблемы.' },
      ], when('low-offer')),
      sentence('dispute-rejected.decline', [
        { en: 'I am sorry, but I cannot accept this offer.', uk: 'На жаль, я не можу прийняти цю пропозицію.', pl: 'Niestety nie mogę przyjąć tej propozycji.', el: 'Λυπάμαι, αλλά δεν μπορώ να δεχτώ αυτή την προσφορά.', ro: 'Îmi pare rău, dar nu pot accepta această ofertă.', ka: 'სამწუხაროდ, ამ შეთავაზებას ვერ მივიღებ.', ru: 'К сожалению, я не могу принять это предложение.' },
      ], when('low-offer', 'polite')),
      sentence('dispute-rejected.decline', [
        { en: 'I do not accept this offer.', uk: 'Я не приймаю цієї пропозиції.', pl: 'Nie przyjmuję tej propozycji.', el: 'Δεν δέχομαι αυτή την προσφορά.', ro: 'Nu accept această ofertă.', ka: 'ამ შეთავაზებას არ ვიღებ.', ru: 'Я не принимаю это предложение.' },
      ], when('low-offer', 'firm')),
    ],
    { questions, intro: false, disputeWarning: false, afterWish: [disputeEscalation] },
  ),
  notes: () => [{ key: 'drafts.note.disputeSevenDays' }],
};
