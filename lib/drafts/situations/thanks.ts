import { greeting } from '../common';
import type { Situation } from '../situation';
import { sentence, whenTone } from '../template';

/** The firm tone of a thank-you is the short one: a seller reads it at a glance. */
export const thanks: Situation = {
  id: 'thanks',
  questions: [],
  sentences: [
    ...greeting,
    sentence('thanks.received', [
      {
        en: 'I have received my order {order} ({item}), and everything is fine.',
        uk: 'Замовлення {order} ({item}) отримано, усе гаразд.',
        pl: 'Zamówienie {order} ({item}) dotarło i wszystko jest w porządku.',
        el: 'Παρέλαβα την παραγγελία μου {order} ({item}) και όλα είναι εντάξει.',
        ro: 'Am primit comanda {order} ({item}) și totul este în regulă.',
        ka: 'შეკვეთა {order} ({item}) მივიღე და ყველაფერი რიგზეა.',
        ru: 'Заказ {order} ({item}) получен, всё в порядке.',
      },
      {
        en: 'I have received my order {order}, and everything is fine.',
        uk: 'Замовлення {order} отримано, усе гаразд.',
        pl: 'Zamówienie {order} dotarło i wszystko jest w porządku.',
        el: 'Παρέλαβα την παραγγελία μου {order} και όλα είναι εντάξει.',
        ro: 'Am primit comanda {order} și totul este în regulă.',
        ka: 'შეკვეთა {order} მივიღე და ყველაფერი რიგზეა.',
        ru: 'Заказ {order} получен, всё в порядке.',
      },
    ], whenTone('polite')),
    sentence('thanks.received', [
      {
        en: 'Order {order} arrived in good condition.',
        uk: 'Замовлення {order} прибуло в гарному стані.',
        pl: 'Zamówienie {order} dotarło w dobrym stanie.',
        el: 'Η παραγγελία {order} έφτασε σε καλή κατάσταση.',
        ro: 'Comanda {order} a ajuns în stare bună.',
        ka: 'შეკვეთა {order} კარგ მდგომარეობაში მოვიდა.',
        ru: 'Заказ {order} пришёл в хорошем состоянии.',
      },
    ], whenTone('firm')),
    sentence('thanks.service', [
      {
        en: 'Thank you for the careful packing and the good communication.',
        uk: 'Дякую за ретельне пакування та гарне спілкування.',
        pl: 'Dziękuję za staranne zapakowanie i dobry kontakt.',
        el: 'Σας ευχαριστώ για την προσεκτική συσκευασία και την καλή επικοινωνία.',
        ro: 'Vă mulțumesc pentru ambalarea atentă și comunicarea bună.',
        ka: 'გმადლობთ გულდასმით შეფუთვისა და კარგი კომუნიკაციისთვის.',
        ru: 'Спасибо за аккуратную упаковку и хорошее общение.',
      },
    ], whenTone('polite')),
    sentence('thanks.feedback', [
      {
        en: 'I will leave positive feedback.',
        uk: 'Я залишу позитивний відгук.',
        pl: 'Wystawię pozytywną opinię.',
        el: 'Θα αφήσω θετική αξιολόγηση.',
        ro: 'Voi lăsa o recenzie pozitivă.',
        ka: 'დადებით შეფასებას დავტოვებ.',
        ru: 'Я оставлю положительный отзыв.',
      },
    ], whenTone('polite')),
    {
      ...sentence('closing', [
        { en: 'Have a great day!', uk: 'Гарного вам дня!', pl: 'Miłego dnia!', el: 'Καλή σας μέρα!', ro: 'O zi bună!', ka: 'კარგ დღეს გისურვებთ!', ru: 'Хорошего вам дня!' },
      ], whenTone('polite')),
      part: 'closing',
    },
    {
      ...sentence('closing', [{ en: 'Thank you.', uk: 'Дякую.', pl: 'Dziękuję.', el: 'Ευχαριστώ.', ro: 'Mulțumesc.', ka: 'გმადლობთ.', ru: 'Спасибо.' }], whenTone('firm')),
      part: 'closing',
    },
  ],
};
