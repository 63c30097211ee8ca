import { standardMessage } from '../common';
import type { Question, Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [];

export const askTracking: Situation = {
  id: 'ask-tracking',
  questions,
  sentences: standardMessage([
    sentence('ask-tracking.shipped', [
      {
        en: 'The order was marked as shipped on {shipDate}, but I cannot find a tracking number.',
        uk: 'Замовлення позначено як відправлене {shipDate}, але номера для відстеження я не бачу.',
        pl: 'Zamówienie oznaczono jako wysłane {shipDate}, ale nie widzę numeru przesyłki.',
        el: 'Η παραγγελία εμφανίζεται ως απεσταλμένη στις {shipDate}, αλλά δεν βρίσκω αριθμό παρακολούθησης.',
        ro: 'Comanda apare ca expediată pe {shipDate}, dar nu găsesc numărul de urmărire.',
        ka: 'შეკვეთა გაგზავნილად არის მონიშნული (თარიღი: {shipDate}), მაგრამ თრექინგ-ნომერს ვერ ვპოულობ.',
        ru: 'Заказ отмечен как отправленный {shipDate}, но трек-номера я не вижу.',
      },
    ]),
    sentence('ask-tracking.ask', [
      {
        en: 'Could you please send me the tracking number for this order?',
        uk: 'Чи могли б ви надіслати мені номер для відстеження цього замовлення?',
        pl: 'Czy mogą Państwo przesłać mi numer śledzenia tej przesyłki?',
        el: 'Θα μπορούσατε να μου στείλετε τον αριθμό παρακολούθησης αυτής της παραγγελίας;',
        ro: 'Îmi puteți trimite, vă rog, numărul de urmărire al acestei comenzi?',
        ka: 'შეგიძლიათ, გთხოვთ, ამ შეკვეთის თრექინგ-ნომერი გამომიგზავნოთ?',
        ru: 'Не могли бы вы прислать мне трек-номер этого заказа?',
      },
    ], whenTone('polite')),
    sentence('ask-tracking.ask', [
      {
        en: 'Please send me the tracking number for this order today.',
        uk: 'Надішліть мені, будь ласка, номер для відстеження цього замовлення сьогодні.',
        pl: 'Proszę jeszcze dziś przesłać mi numer śledzenia tej przesyłki.',
        el: 'Παρακαλώ στείλτε μου σήμερα τον αριθμό παρακολούθησης αυτής της παραγγελίας.',
        ro: 'Vă rog să îmi trimiteți astăzi numărul de urmărire al acestei comenzi.',
        ka: 'გთხოვთ, დღესვე გამომიგზავნოთ ამ შეკვეთის თრექინგ-ნომერი.',
        ru: 'Пришлите мне, пожалуйста, трек-номер этого заказа сегодня.',
      },
    ], whenTone('firm')),
    sentence('ask-tracking.not-shipped', [
      {
        en: 'If the order has not been shipped yet, please tell me when it will be.',
        uk: 'Якщо замовлення ще не відправлено, повідомте, будь ласка, коли це станеться.',
        pl: 'Jeśli zamówienie nie zostało jeszcze wysłane, proszę napisać, kiedy to nastąpi.',
        el: 'Αν η παραγγελία δεν έχει σταλεί ακόμη, πείτε μου πότε θα σταλεί.',
        ro: 'Dacă comanda nu a fost încă expediată, vă rog să îmi spuneți când va fi.',
        ka: 'თუ შეკვეთა ჯერ არ გაგზავნილა, გთხოვთ, მითხრათ, როდის გაიგზავნება.',
        ru: 'Если заказ ещё не отправлен, сообщите, пожалуйста, когда это произойдёт.',
      },
    ], ({ context }) => context.shipDate === undefined),
  ], { questions }),
};
