import { standardMessage } from '../common';
import { askDisputeStage, askEvidence, askOffer, askPartial, askWant, type Question, type Situation } from '../situation';
import { sentence, whenAnswer, whenTone } from '../template';
import type { DisputeStage } from '../types';

/** To the marketplace: step into a dispute the seller blocks, or look again at a decision the buyer disagrees with. */
const questions: readonly Question[] = [
  askDisputeStage(),
  askOffer,
  askWant(['refund', 'partial-refund', 'return']),
  askPartial(),
  askEvidence,
];

const when = (stage: DisputeStage) => whenAnswer('disputeStage', stage);

export const disputeEscalate: Situation = {
  id: 'dispute-escalate',
  needsSeller: true,
  audience: 'support',
  questions,
  sentences: standardMessage(
    [
      sentence('dispute-escalate.intro', [
        { en: 'I am writing about the dispute for my order {order}.', uk: 'Пишу щодо спору за моїм замовленням {order}.', pl: 'Piszę w sprawie sporu dotyczącego mojego zamówienia {order}.', el: 'Σας γράφω για τη διαφορά σχετικά με την παραγγελία μου {order}.', ro: 'Vă scriu în legătură cu disputa pentru comanda mea {order}.', ka: 'გწერთ ჩემი შეკვეთის {order} დავის თაობაზე.', ru: 'Пишу по поводу спора по моему заказу {order}.' },
      ]),
      sentence('dispute-escalate.seller-rejected', [
        { en: 'The seller rejected the dispute without resolving the problem.', uk: 'Продавець відхилив спір, не вирішивши проблеми.', pl: 'Sprzedawca odrzucił spór, nie rozwiązując problemu.', el: 'Ο πωλητής απέρριψε τη διαφορά χωρίς να λύσει το πρόβλημα.', ro: 'Vânzătorul a respins disputa fără să rezolve problema.', ka: 'გამყიდველმა დავა უარყო ისე, რომ პრობლემა არ მოუგვარებია.', ru: 'Продавец отклонил спор, не решив проблему.' },
      ], when('seller-rejected')),
      sentence('dispute-escalate.low-offer', [
        { en: 'The seller offered only {money}, which is not enough for this problem.', uk: 'Продавець запропонував лише {money}, а цього недостатньо для такої проблеми.', pl: 'Sprzedawca zaproponował tylko {money}, co nie wystarcza przy takim problemie.', el: 'Ο πωλητής προσέφερε μόνο {money}, που δεν αρκεί για αυτό το πρόβλημα.', ro: 'Vânzătorul a oferit doar {money}, ceea ce nu este suficient pentru această problemă.', ka: 'გამყიდველმა მხოლოდ {money} შემომთავაზა, რაც ამ პრობლემისთვის საკმარისი არ არის.', ru: 'Продавец предложил только {money}, а этого недостаточно для такой проблемы.' },
        { en: 'The seller’s offer is not enough for this problem.', uk: 'Пропозиції продавця недостатньо для такої проблеми.', pl: 'Propozycja sprzedawcy nie wystarcza przy takim problemie.', el: 'Η προσφορά του πωλητή δεν αρκεί για αυτό το πρόβλημα.', ro: 'Oferta vânzătorului nu este suficientă pentru această problemă.', ka: 'გამყიდველის შეთავაზება ამ პრობლემისთვის საკმარისი არ არის.', ru: 'Предложения продавца недостаточно для такой проблемы.' },
      ], when('low-offer')),
      sentence('dispute-escalate.platform-decision', [
        { en: 'I disagree with the decision on this dispute, because it does not resolve the problem.', uk: 'Я не погоджуюся з рішенням у цьому спорі, бо воно не вирішує проблеми.', pl: 'Nie zgadzam się z decyzją w tym sporze, ponieważ nie rozwiązuje ona problemu.', el: 'Διαφωνώ με την απόφαση για αυτή τη διαφορά, γιατί δεν λύνει το πρόβλημα.', ro: 'Nu sunt de acord cu decizia în această dispută, deoarece nu rezolvă problema.', ka: 'არ ვეთანხმები ამ დავაზე მიღებულ გადაწყვეტილებას, რადგან ის პრობლემას არ აგვარებს.', ru: 'Я не соглашаюсь с решением по этому спору, так как оно не решает проблему.' },
      ], when('platform-decision')),
      sentence('dispute-escalate.review', [
        { en: 'Could you please review the dispute and my evidence?', uk: 'Чи могли б ви розглянути спір і мої докази?', pl: 'Czy mogą Państwo rozpatrzyć spór i moje dowody?', el: 'Θα μπορούσατε να εξετάσετε τη διαφορά και τα αποδεικτικά μου;', ro: 'Puteți analiza, vă rog, disputa și dovezile mele?', ka: 'შეგიძლიათ, გთხოვთ, განიხილოთ დავა და ჩემი მტკიცებულებები?', ru: 'Не могли бы вы рассмотреть спор и мои доказательства?' },
      ], whenTone('polite')),
      sentence('dispute-escalate.review', [
        { en: 'Please review the dispute and my evidence again.', uk: 'Прошу повторно розглянути спір і мої докази.', pl: 'Proszę ponownie rozpatrzyć spór i moje dowody.', el: 'Παρακαλώ εξετάστε ξανά τη διαφορά και τα αποδεικτικά μου.', ro: 'Vă rog să analizați din nou disputa și dovezile mele.', ka: 'გთხოვთ, ხელახლა განიხილოთ დავა და ჩემი მტკიცებულებები.', ru: 'Прошу повторно рассмотреть спор и мои доказательства.' },
      ], whenTone('firm')),
    ],
    // Support sets its own pace: no reply date, no threat of a dispute that is already open.
    { questions, intro: false, disputeWarning: false, replyBy: false },
  ),
};
