import { protectionEnds, standardMessage, whenWant } from '../common';
import { askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone, type SentenceTemplate } from '../template';

/** While the parcel may still move, the buyer asks for a refund or a new parcel only if it is lost. */
const ifLost: readonly SentenceTemplate[] = [
  sentence('want.refund', [
    { en: 'If the parcel has been lost, I would like a full refund of {total}.', uk: 'Якщо посилку загублено, прошу повернути мені повну суму — {total}.', pl: 'Jeśli paczka zaginęła, proszę o zwrot całej kwoty, czyli {total}.', el: 'Αν το δέμα έχει χαθεί, θα ήθελα πλήρη επιστροφή χρημάτων, δηλαδή {total}.', ro: 'Dacă coletul s-a pierdut, aș dori rambursarea integrală a sumei de {total}.', ka: 'თუ ამანათი დაიკარგა, მსურს თანხის სრულად დაბრუნება ({total}).', ru: 'Если посылка потерялась, прошу вернуть мне полную сумму — {total}.' },
    { en: 'If the parcel has been lost, I would like a full refund.', uk: 'Якщо посилку загублено, прошу повернути мені всі кошти.', pl: 'Jeśli paczka zaginęła, proszę o zwrot całej kwoty.', el: 'Αν το δέμα έχει χαθεί, θα ήθελα πλήρη επιστροφή χρημάτων.', ro: 'Dacă coletul s-a pierdut, aș dori o rambursare integrală.', ka: 'თუ ამანათი დაიკარგა, მსურს თანხის სრულად დაბრუნება.', ru: 'Если посылка потерялась, прошу вернуть мне всю сумму.' },
  ], whenWant('refund', 'polite')),
  sentence('want.refund', [
    { en: 'If the parcel has been lost, I expect a full refund of {total}.', uk: 'Якщо посилку загублено, я очікую повного повернення коштів — {total}.', pl: 'Jeśli paczka zaginęła, oczekuję zwrotu całej kwoty, czyli {total}.', el: 'Αν το δέμα έχει χαθεί, περιμένω πλήρη επιστροφή χρημάτων, δηλαδή {total}.', ro: 'Dacă coletul s-a pierdut, aștept rambursarea integrală a sumei de {total}.', ka: 'თუ ამანათი დაიკარგა, ველოდები თანხის სრულად დაბრუნებას ({total}).', ru: 'Если посылка потерялась, я ожидаю полного возврата средств — {total}.' },
    { en: 'If the parcel has been lost, I expect a full refund.', uk: 'Якщо посилку загублено, я очікую повного повернення коштів.', pl: 'Jeśli paczka zaginęła, oczekuję zwrotu całej kwoty.', el: 'Αν το δέμα έχει χαθεί, περιμένω πλήρη επιστροφή χρημάτων.', ro: 'Dacă coletul s-a pierdut, aștept o rambursare integrală.', ka: 'თუ ამანათი დაიკარგა, ველოდები თანხის სრულად დაბრუნებას.', ru: 'Если посылка потерялась, я ожидаю полного возврата средств.' },
  ], whenWant('refund', 'firm')),
  sentence('want.replacement', [
    { en: 'If the parcel has been lost, could you please send me a new one at no extra cost?', uk: 'Якщо посилку загублено, чи могли б ви надіслати мені нову без додаткової оплати?', pl: 'Jeśli paczka zaginęła, czy mogą Państwo wysłać nową bez dodatkowych kosztów?', el: 'Αν το δέμα έχει χαθεί, θα μπορούσατε να μου στείλετε καινούργιο χωρίς επιπλέον χρέωση;', ro: 'Dacă coletul s-a pierdut, îmi puteți trimite, vă rog, unul nou fără costuri suplimentare?', ka: 'თუ ამანათი დაიკარგა, შეგიძლიათ, გთხოვთ, დამატებითი საფასურის გარეშე ახალი გამომიგზავნოთ?', ru: 'Если посылка потерялась, не могли бы вы отправить мне новую без дополнительной оплаты?' },
  ], whenWant('replacement', 'polite')),
  sentence('want.replacement', [
    { en: 'If the parcel has been lost, please send me a new one at no extra cost.', uk: 'Якщо посилку загублено, надішліть мені, будь ласка, нову без додаткової оплати.', pl: 'Jeśli paczka zaginęła, proszę wysłać nową bez dodatkowych kosztów.', el: 'Αν το δέμα έχει χαθεί, παρακαλώ στείλτε μου καινούργιο χωρίς επιπλέον χρέωση.', ro: 'Dacă coletul s-a pierdut, vă rog să îmi trimiteți unul nou fără costuri suplimentare.', ka: 'თუ ამანათი დაიკარგა, გთხოვთ, დამატებითი საფასურის გარეშე ახალი გამომიგზავნოთ.', ru: 'Если посылка потерялась, отправьте мне, пожалуйста, новую без дополнительной оплаты.' },
  ], whenWant('replacement', 'firm')),
];

const questions: readonly Question[] = [{ id: 'days', kind: 'count', label: 'drafts.question.days.tracking' }, askWant(['refund', 'replacement'])];

export const trackingStalled: Situation = {
  id: 'tracking-stalled',
  questions,
  sentences: standardMessage([
    sentence('tracking-stalled.state', [
      {
        pluralBy: 'days',
        en: { one: 'The tracking number {tracking} has not been updated for {days} day.', other: 'The tracking number {tracking} has not been updated for {days} days.' },
        uk: { one: 'Інформація за номером {tracking} не оновлюється вже {days} день.', few: 'Інформація за номером {tracking} не оновлюється вже {days} дні.', many: 'Інформація за номером {tracking} не оновлюється вже {days} днів.', other: 'Інформація за номером {tracking} не оновлюється вже {days} дня.' },
        pl: { one: 'Status przesyłki {tracking} nie zmienia się od {days} dnia.', other: 'Status przesyłki {tracking} nie zmienia się od {days} dni.' },
        el: { one: 'Ο αριθμός παρακολούθησης {tracking} δεν έχει ενημερωθεί εδώ και {days} ημέρα.', other: 'Ο αριθμός παρακολούθησης {tracking} δεν έχει ενημερωθεί εδώ και {days} ημέρες.' },
        ro: { one: 'Numărul de urmărire {tracking} nu a mai fost actualizat de {days} zi.', few: 'Numărul de urmărire {tracking} nu a mai fost actualizat de {days} zile.', other: 'Numărul de urmărire {tracking} nu a mai fost actualizat de {days} de zile.' },
        ka: 'თრექინგ-ნომრით {tracking} ინფორმაცია უკვე {days} დღეა არ განახლებულა.',
        ru: { one: 'Информация по трек-номеру {tracking} не обновляется уже {days} день.', few: 'Информация по трек-номеру {tracking} не обновляется уже {days} дня.', many: 'Информация по трек-номеру {tracking} не обновляется уже {days} дней.', other: 'Информация по трек-номеру {tracking} не обновляется уже {days} дня.' },
      },
      {
        en: 'The tracking number {tracking} has not been updated for a long time.',
        uk: 'Інформація за номером {tracking} давно не оновлюється.',
        pl: 'Status przesyłki {tracking} od dawna się nie zmienia.',
        el: 'Ο αριθμός παρακολούθησης {tracking} δεν έχει ενημερωθεί εδώ και πολύ καιρό.',
        ro: 'Numărul de urmărire {tracking} nu a mai fost actualizat de mult timp.',
        ka: 'თრექინგ-ნომრით {tracking} ინფორმაცია დიდი ხანია არ განახლებულა.',
        ru: 'Информация по трек-номеру {tracking} давно не обновляется.',
      },
      {
        pluralBy: 'days',
        en: { one: 'The tracking information has not been updated for {days} day.', other: 'The tracking information has not been updated for {days} days.' },
        uk: { one: 'Інформація про відстеження не оновлюється вже {days} день.', few: 'Інформація про відстеження не оновлюється вже {days} дні.', many: 'Інформація про відстеження не оновлюється вже {days} днів.', other: 'Інформація про відстеження не оновлюється вже {days} дня.' },
        pl: { one: 'Status przesyłki nie zmienia się od {days} dnia.', other: 'Status przesyłki nie zmienia się od {days} dni.' },
        el: { one: 'Οι πληροφορίες παρακολούθησης δεν έχουν ενημερωθεί εδώ και {days} ημέρα.', other: 'Οι πληροφορίες παρακολούθησης δεν έχουν ενημερωθεί εδώ και {days} ημέρες.' },
        ro: { one: 'Informațiile de urmărire nu au mai fost actualizate de {days} zi.', few: 'Informațiile de urmărire nu au mai fost actualizate de {days} zile.', other: 'Informațiile de urmărire nu au mai fost actualizate de {days} de zile.' },
        ka: 'თრექინგის ინფორმაცია უკვე {days} დღეა არ განახლებულა.',
        ru: { one: 'Информация об отслеживании не обновляется уже {days} день.', few: 'Информация об отслеживании не обновляется уже {days} дня.', many: 'Информация об отслеживании не обновляется уже {days} дней.', other: 'Информация об отслеживании не обновляется уже {days} дня.' },
      },
      {
        en: 'The tracking information has not been updated for a long time.',
        uk: 'Інформація про відстеження давно не оновлюється.',
        pl: 'Status przesyłki od dawna się nie zmienia.',
        el: 'Οι πληροφορίες παρακολούθησης δεν έχουν ενημερωθεί εδώ και πολύ καιρό.',
        ro: 'Informațiile de urmărire nu au mai fost actualizate de mult timp.',
        ka: 'თრექინგის ინფორმაცია დიდი ხანია არ განახლებულა.',
        ru: 'Информация об отслеживании давно не обновляется.',
      },
    ]),
    protectionEnds,
    sentence('tracking-stalled.ask', [
      {
        en: 'Could you please check with the carrier where my parcel is?',
        uk: 'Чи могли б ви уточнити в перевізника, де зараз моя посилка?',
        pl: 'Czy mogą Państwo sprawdzić u przewoźnika, gdzie jest moja paczka?',
        el: 'Θα μπορούσατε να ελέγξετε με τη μεταφορική εταιρεία πού βρίσκεται το δέμα μου;',
        ro: 'Puteți verifica, vă rog, la transportator unde se află coletul meu?',
        ka: 'შეგიძლიათ, გთხოვთ, გადამზიდავთან გაარკვიოთ, სად არის ჩემი ამანათი?',
        ru: 'Не могли бы вы уточнить у перевозчика, где сейчас моя посылка?',
      },
    ], whenTone('polite')),
    sentence('tracking-stalled.ask', [
      {
        en: 'Please contact the carrier and tell me where my parcel is.',
        uk: 'Будь ласка, зв’яжіться з перевізником і повідомте мені, де моя посилка.',
        pl: 'Proszę skontaktować się z przewoźnikiem i napisać mi, gdzie jest moja paczka.',
        el: 'Παρακαλώ επικοινωνήστε με τη μεταφορική εταιρεία και πείτε μου πού βρίσκεται το δέμα μου.',
        ro: 'Vă rog să contactați transportatorul și să îmi spuneți unde se află coletul meu.',
        ka: 'გთხოვთ, დაუკავშირდეთ გადამზიდავს და მითხრათ, სად არის ჩემი ამანათი.',
        ru: 'Пожалуйста, свяжитесь с перевозчиком и сообщите мне, где моя посылка.',
      },
    ], whenTone('firm')),
  ], { questions, wants: ifLost }),
};
