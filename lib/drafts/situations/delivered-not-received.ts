import { standardMessage } from '../common';
import { askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [
  { id: 'checkedLocally', kind: 'yes-no', label: 'drafts.question.checkedLocally' },
  askWant(['refund', 'replacement']),
];

export const deliveredNotReceived: Situation = {
  id: 'delivered-not-received',
  questions,
  sentences: standardMessage(
    [
      sentence('delivered-not-received.state', [
        { en: 'The tracking number {tracking} shows the parcel as delivered on {delivered}, but I have not received it.', uk: 'За номером відстеження {tracking} посилка значиться доставленою {delivered}, але до мене вона не надходила.', pl: 'Według numeru przesyłki {tracking} paczka została doręczona {delivered}, ale do mnie nie dotarła.', el: 'Ο αριθμός παρακολούθησης {tracking} δείχνει το δέμα ως παραδομένο στις {delivered}, αλλά δεν το έχω παραλάβει.', ro: 'Numărul de urmărire {tracking} arată coletul ca livrat pe {delivered}, dar nu l-am primit.', ka: 'თრექინგ-ნომრის {tracking} მიხედვით, ამანათი ჩაბარებულია (თარიღი: {delivered}), მაგრამ ის არ მიმიღია.', ru: 'По трек-номеру {tracking} посылка значится доставленной {delivered}, но до меня она не дошла.' },
        { en: 'The tracking shows the parcel as delivered on {delivered}, but I have not received it.', uk: 'За даними відстеження, посилку доставлено {delivered}, але до мене вона не надходила.', pl: 'Według informacji o przesyłce paczka została doręczona {delivered}, ale do mnie nie dotarła.', el: 'Η παρακολούθηση δείχνει το δέμα ως παραδομένο στις {delivered}, αλλά δεν το έχω παραλάβει.', ro: 'Urmărirea arată coletul ca livrat pe {delivered}, dar nu l-am primit.', ka: 'თრექინგის მიხედვით, ამანათი ჩაბარებულია (თარიღი: {delivered}), მაგრამ ის არ მიმიღია.', ru: 'По данным отслеживания, посылка доставлена {delivered}, но до меня она не дошла.' },
        { en: 'The tracking number {tracking} shows the parcel as delivered, but I have not received it.', uk: 'За номером відстеження {tracking} посилка значиться доставленою, але до мене вона не надходила.', pl: 'Według numeru przesyłki {tracking} paczka została doręczona, ale do mnie nie dotarła.', el: 'Ο αριθμός παρακολούθησης {tracking} δείχνει το δέμα ως παραδομένο, αλλά δεν το έχω παραλάβει.', ro: 'Numărul de urmărire {tracking} arată coletul ca livrat, dar nu l-am primit.', ka: 'თრექინგ-ნომრის {tracking} მიხედვით, ამანათი ჩაბარებულია, მაგრამ ის არ მიმიღია.', ru: 'По трек-номеру {tracking} посылка значится доставленной, но до меня она не дошла.' },
        { en: 'The tracking shows the parcel as delivered, but I have not received it.', uk: 'За даними відстеження, посилку доставлено, але до мене вона не надходила.', pl: 'Według informacji o przesyłce paczka została doręczona, ale do mnie nie dotarła.', el: 'Η παρακολούθηση δείχνει το δέμα ως παραδομένο, αλλά δεν το έχω παραλάβει.', ro: 'Urmărirea arată coletul ca livrat, dar nu l-am primit.', ka: 'თრექინგის მიხედვით, ამანათი ჩაბარებულია, მაგრამ ის არ მიმიღია.', ru: 'По данным отслеживания, посылка доставлена, но до меня она не дошла.' },
      ]),
      sentence('delivered-not-received.checked', [
        { en: 'I have checked with my neighbours and the local post office, and the parcel is not there.', uk: 'У сусідів і на місцевій пошті посилки немає — це вже перевірено.', pl: 'U sąsiadów ani na miejscowej poczcie paczki nie ma — to już sprawdzone.', el: 'Έχω ρωτήσει τους γείτονες και το τοπικό ταχυδρομείο και το δέμα δεν είναι εκεί.', ro: 'Am întrebat vecinii și oficiul poștal local, iar coletul nu este acolo.', ka: 'მეზობლებთან და ადგილობრივ ფოსტაში უკვე გადავამოწმე — ამანათი იქ არ არის.', ru: 'У соседей и в местном почтовом отделении посылки нет — это уже проверено.' },
      ], ({ answers }) => answers.checkedLocally === true),
      sentence('delivered-not-received.proof', [
        { en: 'Could you please ask the carrier for proof of delivery, such as a signature or a photo?', uk: 'Чи могли б ви запитати в перевізника підтвердження доставки, наприклад підпис або фото?', pl: 'Czy mogą Państwo poprosić przewoźnika o potwierdzenie doręczenia, na przykład podpis lub zdjęcie?', el: 'Θα μπορούσατε να ζητήσετε από τη μεταφορική απόδειξη παράδοσης, όπως υπογραφή ή φωτογραφία;', ro: 'Puteți cere, vă rog, curierului o dovadă a livrării, de exemplu o semnătură sau o fotografie?', ka: 'შეგიძლიათ, გთხოვთ, გადამზიდავს ჩაბარების დადასტურება მოსთხოვოთ, მაგალითად, ხელმოწერა ან ფოტო?', ru: 'Не могли бы вы запросить у перевозчика подтверждение доставки, например подпись или фото?' },
      ], whenTone('polite')),
      sentence('delivered-not-received.proof', [
        { en: 'Please ask the carrier for proof of delivery with a signature or a photo.', uk: 'Прошу запитати в перевізника підтвердження доставки з підписом або фото.', pl: 'Proszę poprosić przewoźnika o potwierdzenie doręczenia z podpisem lub zdjęciem.', el: 'Παρακαλώ ζητήστε από τη μεταφορική απόδειξη παράδοσης με υπογραφή ή φωτογραφία.', ro: 'Vă rog să cereți curierului o dovadă a livrării, cu semnătură sau fotografie.', ka: 'გთხოვთ, გადამზიდავს მოსთხოვოთ ჩაბარების დადასტურება ხელმოწერით ან ფოტოთი.', ru: 'Прошу запросить у перевозчика подтверждение доставки с подписью или фото.' },
      ], whenTone('firm')),
    ],
    { questions },
  ),
  // The order-closing clock and the dispute it leads to are the seller-chat marketplaces' (AliExpress).
  notes: ({ reader }) => (reader === 'support' ? [] : [{ key: 'drafts.note.deliveredClock' }]),
};
