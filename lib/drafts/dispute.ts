import { joinMessage, renderSentences } from './build';
import { evidenceList, type EvidenceSummary } from './evidence';
import { isEstimated, measure, resolveLimit, type Measured } from './limits';
import { ANSWER_TEXT_MAX, DETAIL_TEXT_MAX, addPartialRefund, contextParams, countParam, englishAnswerParam, englishSentence, same } from './params';
import { detailSentence } from './common';
import { MISMATCH_SENTENCES } from './situations/not-as-described';
import { orderedVersusReceived } from './situations/wrong-item';
import type { MessageKey } from '../i18n';
import type { MarketplaceId } from '../marketplaces/registry';
import { counterpartFor, hasSellerChat } from './counterpart';
import { forReader, sentence, type SentenceTemplate, type TemplateInput, type Wording } from './template';
import type { Locale } from '../i18n/locales';
import { formatGlossDate } from './english';
import type { DraftContext, DraftSentence, I18nText, ListingMismatch, PartialRefund } from './types';

/*
 * The dispute form asks for a reason from two lists and a wanted solution
 * (../../../shared/DOMAIN.md, "Dispute reasons"); the description is written
 * to the marketplace's mediator as much as to the seller, so it has no
 * greeting and states facts first.
 */

export const NOT_RECEIVED_REASONS = ['returned-to-sender', 'in-transit', 'held-at-customs', 'no-tracking', 'wrong-address', 'shipping-changed'] as const;
export const NOT_AS_DESCRIBED_REASONS = ['size-colour-material', 'poor-quality', 'not-working', 'counterfeit', 'empty-parcel', 'short-quantity', 'damaged'] as const;
export type NotReceivedReason = (typeof NOT_RECEIVED_REASONS)[number];
export type NotAsDescribedReason = (typeof NOT_AS_DESCRIBED_REASONS)[number];
export type DisputeReason = NotReceivedReason | NotAsDescribedReason;
export type DisputeGroup = 'not-received' | 'not-as-described';

export const DISPUTE_SOLUTIONS = ['full-refund', 'partial-refund', 'return-and-refund'] as const;
export type DisputeSolution = (typeof DISPUTE_SOLUTIONS)[number];

/**
 * How the dispute screen introduces the text: a dispute form where the buyer
 * deals with sellers, Temu's "Return/Refund" request where support answers for them.
 */
export function disputeFormIntro(marketplace: MarketplaceId | undefined): MessageKey {
  return hasSellerChat(marketplace) ? 'compose.dispute.intro' : 'compose.dispute.temuIntro';
}

export function disputeGroup(reason: DisputeReason): DisputeGroup {
  return (NOT_RECEIVED_REASONS as readonly string[]).includes(reason) ? 'not-received' : 'not-as-described';
}

/** A buyer who has not received the item has nothing to send back. */
export function solutionsFor(reason: DisputeReason): readonly DisputeSolution[] {
  return disputeGroup(reason) === 'not-received' ? ['full-refund'] : DISPUTE_SOLUTIONS;
}

export interface DisputeRequest {
  reason: DisputeReason;
  solution: DisputeSolution;
  /** With solution 'partial-refund'. */
  partial?: PartialRefund;
  /** Short quantity: how many of the ordered items did not come. */
  items?: number;
  evidence?: EvidenceSummary;
  /** The buyer has already tried to settle it with the seller. */
  contactedSeller?: boolean;
  /** With 'size-colour-material': which one differs, as the buyer chose it. */
  mismatch?: Extract<ListingMismatch, 'size' | 'colour' | 'material'>;
  /** What was ordered and what came, in the buyer's Latin-letter words ("size M", "size S"). */
  ordered?: string;
  received?: string;
  /** One more sentence in the buyer's own English. */
  detail?: string;
  context: DraftContext;
  /** Overrides the marketplace's limit; null for none. */
  limit?: number | null;
}

export interface DisputeDeadline {
  at: number;
  /** Whole days left, 0 on the last day. */
  daysLeft: number;
  passed: boolean;
}

export interface DisputeText extends Measured {
  group: DisputeGroup;
  reason: DisputeReason;
  solution: DisputeSolution;
  sentences: DraftSentence[];
  text: string;
  /** The last day to open the dispute, for the UI to keep in view (drafts.dispute.deadline). */
  deadline?: DisputeDeadline;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const intro = sentence('dispute.intro', [
  { en: 'This dispute concerns my order {order} ({item}), placed on {orderDate}.', uk: 'Цей спір стосується мого замовлення {order} ({item}), оформленого {orderDate}.', pl: 'Ten spór dotyczy mojego zamówienia {order} ({item}) złożonego {orderDate}.', el: 'Η διαφορά αυτή αφορά την παραγγελία μου {order} ({item}), που έγινε στις {orderDate}.', ro: 'Această dispută privește comanda mea {order} ({item}), plasată pe {orderDate}.', ka: 'ეს დავა ეხება ჩემს შეკვეთას {order} ({item}) (შეკვეთის თარიღი: {orderDate}).', ru: 'Этот спор касается моего заказа {order} ({item}), оформленного {orderDate}.' },
  { en: 'This dispute concerns my order {order}, placed on {orderDate}.', uk: 'Цей спір стосується мого замовлення {order}, оформленого {orderDate}.', pl: 'Ten spór dotyczy mojego zamówienia {order} złożonego {orderDate}.', el: 'Η διαφορά αυτή αφορά την παραγγελία μου {order}, που έγινε στις {orderDate}.', ro: 'Această dispută privește comanda mea {order}, plasată pe {orderDate}.', ka: 'ეს დავა ეხება ჩემს შეკვეთას {order} (შეკვეთის თარიღი: {orderDate}).', ru: 'Этот спор касается моего заказа {order}, оформленного {orderDate}.' },
  { en: 'This dispute concerns my order {order} ({item}).', uk: 'Цей спір стосується мого замовлення {order} ({item}).', pl: 'Ten spór dotyczy mojego zamówienia {order} ({item}).', el: 'Η διαφορά αυτή αφορά την παραγγελία μου {order} ({item}).', ro: 'Această dispută privește comanda mea {order} ({item}).', ka: 'ეს დავა ეხება ჩემს შეკვეთას {order} ({item}).', ru: 'Этот спор касается моего заказа {order} ({item}).' },
  { en: 'This dispute concerns my order {order}.', uk: 'Цей спір стосується мого замовлення {order}.', pl: 'Ten spór dotyczy mojego zamówienia {order}.', el: 'Η διαφορά αυτή αφορά την παραγγελία μου {order}.', ro: 'Această dispută privește comanda mea {order}.', ka: 'ეს დავა ეხება ჩემს შეკვეთას {order}.', ru: 'Этот спор касается моего заказа {order}.' },
], forReader('seller'));

/** Where support answers for the sellers (Temu) the form is a return/refund request, not a dispute. */
const requestIntro = sentence('dispute.intro', [
  { en: 'This request concerns my order {order} ({item}), placed on {orderDate}.', uk: 'Це звернення стосується мого замовлення {order} ({item}), оформленого {orderDate}.', pl: 'To zgłoszenie dotyczy mojego zamówienia {order} ({item}) złożonego {orderDate}.', el: 'Το αίτημα αυτό αφορά την παραγγελία μου {order} ({item}), που έγινε στις {orderDate}.', ro: 'Această solicitare privește comanda mea {order} ({item}), plasată pe {orderDate}.', ka: 'ეს მოთხოვნა ეხება ჩემს შეკვეთას {order} ({item}) (შეკვეთის თარიღი: {orderDate}).', ru: 'Это обращение касается моего заказа {order} ({item}), оформленного {orderDate}.' },
  { en: 'This request concerns my order {order}, placed on {orderDate}.', uk: 'Це звернення стосується мого замовлення {order}, оформленого {orderDate}.', pl: 'To zgłoszenie dotyczy mojego zamówienia {order} złożonego {orderDate}.', el: 'Το αίτημα αυτό αφορά την παραγγελία μου {order}, που έγινε στις {orderDate}.', ro: 'Această solicitare privește comanda mea {order}, plasată pe {orderDate}.', ka: 'ეს მოთხოვნა ეხება ჩემს შეკვეთას {order} (შეკვეთის თარიღი: {orderDate}).', ru: 'Это обращение касается моего заказа {order}, оформленного {orderDate}.' },
  { en: 'This request concerns my order {order} ({item}).', uk: 'Це звернення стосується мого замовлення {order} ({item}).', pl: 'To zgłoszenie dotyczy mojego zamówienia {order} ({item}).', el: 'Το αίτημα αυτό αφορά την παραγγελία μου {order} ({item}).', ro: 'Această solicitare privește comanda mea {order} ({item}).', ka: 'ეს მოთხოვნა ეხება ჩემს შეკვეთას {order} ({item}).', ru: 'Это обращение касается моего заказа {order} ({item}).' },
  { en: 'This request concerns my order {order}.', uk: 'Це звернення стосується мого замовлення {order}.', pl: 'To zgłoszenie dotyczy mojego zamówienia {order}.', el: 'Το αίτημα αυτό αφορά την παραγγελία μου {order}.', ro: 'Această solicitare privește comanda mea {order}.', ka: 'ეს მოთხოვნა ეხება ჩემს შეკვეთას {order}.', ru: 'Это обращение касается моего заказа {order}.' },
], forReader('support'));

const shipped = sentence('dispute.shipped', [
  { en: 'The seller shipped the order on {shipDate}.', uk: 'Продавець відправив замовлення {shipDate}.', pl: 'Sprzedawca wysłał zamówienie {shipDate}.', el: 'Ο πωλητής έστειλε την παραγγελία στις {shipDate}.', ro: 'Vânzătorul a expediat comanda pe {shipDate}.', ka: 'გამყიდველმა შეკვეთა გამოაგზავნა (თარიღი: {shipDate}).', ru: 'Продавец отправил заказ {shipDate}.' },
], forReader('seller'));

const shippedBySupport = sentence('dispute.shipped', [
  { en: 'The order was shipped on {shipDate}.', uk: 'Замовлення відправлено {shipDate}.', pl: 'Zamówienie zostało wysłane {shipDate}.', el: 'Η παραγγελία αποστάλθηκε στις {shipDate}.', ro: 'Comanda a fost expediată pe {shipDate}.', ka: 'შეკვეთა გამოიგზავნა (თარიღი: {shipDate}).', ru: 'Заказ отправлен {shipDate}.' },
], forReader('support'));

/** Reasons worded without the seller, for a marketplace where support answers for the sellers. */
const SUPPORT_REASON_WORDINGS: Partial<Record<DisputeReason, readonly Wording[]>> = {
  'in-transit': [
    { en: 'The parcel is still in transit and has not reached me within the promised delivery time.', uk: 'Посилка досі в дорозі й не надійшла в обіцяний строк доставки.', pl: 'Paczka wciąż jest w drodze i nie dotarła w obiecanym czasie dostawy.', el: 'Το δέμα βρίσκεται ακόμη σε μεταφορά και δεν έφτασε μέσα στον χρόνο παράδοσης που είχε υποσχεθεί.', ro: 'Coletul este încă în tranzit și nu a ajuns la mine în termenul de livrare promis.', ka: 'ამანათი ჯერ კიდევ გზაშია და დაპირებულ ვადაში არ ჩამოსულა.', ru: 'Посылка всё ещё в пути и не пришла в обещанный срок доставки.' },
  ],
  'shipping-changed': [
    { en: 'The shipping method was changed without my consent, and I have not received the parcel.', uk: 'Спосіб доставки змінили без моєї згоди, а посилка до мене не надійшла.', pl: 'Sposób wysyłki zmieniono bez mojej zgody, a paczka do mnie nie dotarła.', el: 'Ο τρόπος αποστολής άλλαξε χωρίς τη συγκατάθεσή μου και δεν έχω παραλάβει το δέμα.', ro: 'Metoda de livrare a fost schimbată fără acordul meu, iar coletul nu a ajuns la mine.', ka: 'მიწოდების მეთოდი ჩემი თანხმობის გარეშე შეიცვალა, ამანათი კი არ მიმიღია.', ru: 'Способ доставки изменили без моего согласия, а посылка до меня не дошла.' },
  ],
};

const REASON_WORDINGS: Record<DisputeReason, readonly Wording[]> = {
  'returned-to-sender': [
    { en: 'According to the tracking information, the parcel was returned to the sender, and I never received it.', uk: 'За даними відстеження, посилку повернуто відправникові, і до мене вона так і не дійшла.', pl: 'Według informacji o przesyłce paczka wróciła do nadawcy i nigdy do mnie nie dotarła.', el: 'Σύμφωνα με την παρακολούθηση, το δέμα επιστράφηκε στον αποστολέα και δεν το παρέλαβα ποτέ.', ro: 'Conform informațiilor de urmărire, coletul a fost returnat expeditorului și nu l-am primit niciodată.', ka: 'თრექინგის მიხედვით, ამანათი გამგზავნს დაუბრუნდა და ის არასოდეს მიმიღია.', ru: 'По данным отслеживания, посылка возвращена отправителю, и до меня она так и не дошла.' },
  ],
  'in-transit': [
    { en: 'The parcel is still in transit and has not reached me within the delivery time promised by the seller.', uk: 'Посилка досі в дорозі й не надійшла в строк доставки, обіцяний продавцем.', pl: 'Paczka wciąż jest w drodze i nie dotarła w czasie dostawy obiecanym przez sprzedawcę.', el: 'Το δέμα βρίσκεται ακόμη σε μεταφορά και δεν έφτασε μέσα στον χρόνο παράδοσης που υποσχέθηκε ο πωλητής.', ro: 'Coletul este încă în tranzit și nu a ajuns la mine în termenul de livrare promis de vânzător.', ka: 'ამანათი ჯერ კიდევ გზაშია და გამყიდველის მიერ დაპირებულ ვადაში არ ჩამოსულა.', ru: 'Посылка всё ещё в пути и не пришла в срок доставки, обещанный продавцом.' },
  ],
  'held-at-customs': [
    { en: 'The parcel is held at customs and has not been delivered to me.', uk: 'Посилку затримано на митниці, і її мені не доставлено.', pl: 'Paczka została zatrzymana przez urząd celny i nie została mi doręczona.', el: 'Το δέμα κρατείται στο τελωνείο και δεν μου έχει παραδοθεί.', ro: 'Coletul este reținut la vamă și nu mi-a fost livrat.', ka: 'ამანათი საბაჟოზეა შეჩერებული და ჩემთვის არ მოუტანიათ.', ru: 'Посылка задержана на таможне и мне не доставлена.' },
  ],
  'no-tracking': [
    { en: 'The tracking number {tracking} shows no information or abnormal information, so the parcel cannot be traced.', uk: 'За номером {tracking} немає інформації або вона некоректна, тож посилку неможливо відстежити.', pl: 'Numer przesyłki {tracking} nie pokazuje żadnych informacji lub pokazuje błędne, więc paczki nie da się śledzić.', el: 'Ο αριθμός παρακολούθησης {tracking} δεν δείχνει πληροφορίες ή δείχνει λανθασμένες, οπότε το δέμα δεν μπορεί να εντοπιστεί.', ro: 'Numărul de urmărire {tracking} nu arată nicio informație sau arată informații anormale, deci coletul nu poate fi urmărit.', ka: 'თრექინგ-ნომერზე {tracking} ინფორმაცია არ ჩანს ან არასწორია, ამიტომ ამანათის მიკვლევა შეუძლებელია.', ru: 'По трек-номеру {tracking} нет информации или она некорректна, поэтому посылку невозможно отследить.' },
    { en: 'The tracking number shows no information or abnormal information, so the parcel cannot be traced.', uk: 'За номером для відстеження немає інформації або вона некоректна, тож посилку неможливо відстежити.', pl: 'Numer przesyłki nie pokazuje żadnych informacji lub pokazuje błędne, więc paczki nie da się śledzić.', el: 'Ο αριθμός παρακολούθησης δεν δείχνει πληροφορίες ή δείχνει λανθασμένες, οπότε το δέμα δεν μπορεί να εντοπιστεί.', ro: 'Numărul de urmărire nu arată nicio informație sau arată informații anormale, deci coletul nu poate fi urmărit.', ka: 'თრექინგ-ნომერზე ინფორმაცია არ ჩანს ან არასწორია, ამიტომ ამანათის მიკვლევა შეუძლებელია.', ru: 'По трек-номеру нет информации или она некорректна, поэтому посылку невозможно отследить.' },
  ],
  'wrong-address': [
    { en: 'The parcel was sent to an address that is not the one in my order, and I have not received it.', uk: 'Посилку надіслано не на ту адресу, що вказана в моєму замовленні, і до мене вона не дійшла.', pl: 'Paczka została wysłana na inny adres niż podany w moim zamówieniu i nie dotarła do mnie.', el: 'Το δέμα στάλθηκε σε διεύθυνση διαφορετική από αυτή της παραγγελίας μου και δεν το έχω παραλάβει.', ro: 'Coletul a fost trimis la o altă adresă decât cea din comanda mea și nu l-am primit.', ka: 'ამანათი გაიგზავნა არა იმ მისამართზე, რომელიც ჩემს შეკვეთაშია, და არ მიმიღია.', ru: 'Посылку отправили не по адресу, указанному в моём заказе, и до меня она не дошла.' },
  ],
  'shipping-changed': [
    { en: 'The seller changed the shipping method without my consent, and I have not received the parcel.', uk: 'Продавець змінив спосіб доставки без моєї згоди, а посилка до мене не надійшла.', pl: 'Sprzedawca zmienił sposób wysyłki bez mojej zgody, a paczka do mnie nie dotarła.', el: 'Ο πωλητής άλλαξε τον τρόπο αποστολής χωρίς τη συγκατάθεσή μου και δεν έχω παραλάβει το δέμα.', ro: 'Vânzătorul a schimbat metoda de livrare fără acordul meu, iar coletul nu a ajuns la mine.', ka: 'გამყიდველმა მიწოდების მეთოდი ჩემი თანხმობის გარეშე შეცვალა, ამანათი კი არ მიმიღია.', ru: 'Продавец изменил способ доставки без моего согласия, а посылка до меня не дошла.' },
  ],
  // Which of the three differs is the buyer's answer (request.mismatch, MISMATCH_SENTENCES); unanswered, only the plain fact.
  'size-colour-material': [
    { en: 'The item does not match its description.', uk: 'Товар не відповідає своєму опису.', pl: 'Produkt nie zgadza się ze swoim opisem.', el: 'Το προϊόν δεν αντιστοιχεί στην περιγραφή του.', ro: 'Produsul nu corespunde descrierii sale.', ka: 'ნივთი თავის აღწერას არ შეესაბამება.', ru: 'Товар не соответствует своему описанию.' },
  ],
  'poor-quality': [
    { en: 'The quality of the item is much lower than the product page shows.', uk: 'Якість товару набагато гірша, ніж показано на сторінці товару.', pl: 'Jakość produktu jest znacznie gorsza, niż pokazano na stronie produktu.', el: 'Η ποιότητα του προϊόντος είναι πολύ χειρότερη από αυτή που δείχνει η σελίδα του προϊόντος.', ro: 'Calitatea produsului este mult mai slabă decât arată pagina produsului.', ka: 'ნივთის ხარისხი გაცილებით უარესია, ვიდრე პროდუქტის გვერდზეა ნაჩვენები.', ru: 'Качество товара намного хуже, чем показано на странице товара.' },
  ],
  'not-working': [
    { en: 'The item does not work.', uk: 'Товар не працює.', pl: 'Produkt nie działa.', el: 'Το προϊόν δεν λειτουργεί.', ro: 'Produsul nu funcționează.', ka: 'ნივთი არ მუშაობს.', ru: 'Товар не работает.' },
  ],
  counterfeit: [
    { en: 'The item is a fake, not the genuine branded product shown on the product page.', uk: 'Товар — підробка, а не оригінальний фірмовий товар, показаний на сторінці товару.', pl: 'Produkt to podróbka, a nie oryginalny markowy produkt pokazany na stronie produktu.', el: 'Το προϊόν είναι απομίμηση και όχι το γνήσιο επώνυμο προϊόν που εμφανίζεται στη σελίδα του προϊόντος.', ro: 'Produsul este o contrafacere, nu produsul original de marcă prezentat pe pagina produsului.', ka: 'ნივთი ყალბია და არა ის ორიგინალი ბრენდის პროდუქტი, რომელიც პროდუქტის გვერდზეა ნაჩვენები.', ru: 'Товар — подделка, а не оригинальный фирменный товар, показанный на странице товара.' },
  ],
  'empty-parcel': [
    { en: 'The parcel I received was empty.', uk: 'Отримана посилка була порожня.', pl: 'Otrzymana paczka była pusta.', el: 'Το δέμα που παρέλαβα ήταν άδειο.', ro: 'Coletul primit era gol.', ka: 'მიღებული ამანათი ცარიელი იყო.', ru: 'Полученная посылка была пустой.' },
  ],
  'short-quantity': [
    {
      pluralBy: 'items',
      en: { one: 'The parcel did not contain everything I ordered: {items} item is missing.', other: 'The parcel did not contain everything I ordered: {items} items are missing.' },
      uk: { one: 'Посилка неповна: із замовлених товарів не надійшов {items}.', few: 'Посилка неповна: із замовлених товарів не надійшли {items}.', many: 'Посилка неповна: із замовлених товарів не надійшло {items}.', other: 'Посилка неповна: із замовлених товарів не надійшло {items}.' },
      pl: { one: 'Paczka była niepełna: z zamówionych sztuk nie dotarła {items}.', few: 'Paczka była niepełna: z zamówionych sztuk nie dotarły {items}.', many: 'Paczka była niepełna: z zamówionych sztuk nie dotarło {items}.', other: 'Paczka była niepełna: z zamówionych sztuk nie dotarło {items}.' },
      el: { one: 'Το δέμα ήταν ελλιπές: από τα τεμάχια που παρήγγειλα δεν έφτασε {items}.', other: 'Το δέμα ήταν ελλιπές: από τα τεμάχια που παρήγγειλα δεν έφτασαν {items}.' },
      ro: { one: 'Coletul a fost incomplet: din articolele comandate, {items} nu a ajuns.', other: 'Coletul a fost incomplet: din articolele comandate, {items} nu au ajuns.' },
      ka: 'ამანათი არასრული იყო: შეკვეთილი ნივთებიდან {items} არ მოსულა.',
      ru: { one: 'Посылка неполная: из заказанных товаров не пришёл {items}.', few: 'Посылка неполная: из заказанных товаров не пришли {items}.', many: 'Посылка неполная: из заказанных товаров не пришло {items}.', other: 'Посылка неполная: из заказанных товаров не пришло {items}.' },
    },
    { en: 'I received fewer items than I ordered.', uk: 'Надійшло менше товарів, ніж було замовлено.', pl: 'Dotarło mniej sztuk, niż zamówiono.', el: 'Παρέλαβα λιγότερα τεμάχια από όσα παρήγγειλα.', ro: 'Am primit mai puține articole decât am comandat.', ka: 'შეკვეთილზე ნაკლები ნივთი მივიღე.', ru: 'Пришло меньше товаров, чем было заказано.' },
  ],
  damaged: [
    { en: 'The item arrived damaged.', uk: 'Товар прибув пошкодженим.', pl: 'Produkt dotarł uszkodzony.', el: 'Το προϊόν έφτασε με ζημιά.', ro: 'Produsul a ajuns deteriorat.', ka: 'ნივთი დაზიანებული მოვიდა.', ru: 'Товар пришёл повреждённым.' },
  ],
};

const contacted = sentence('dispute.contacted-seller', [
  { en: 'I contacted the seller, but the problem has not been resolved.', uk: 'Звернення до продавця не допомогло: проблему не вирішено.', pl: 'Kontakt ze sprzedawcą nie rozwiązał problemu.', el: 'Επικοινώνησα με τον πωλητή, αλλά το πρόβλημα δεν λύθηκε.', ro: 'Am contactat vânzătorul, dar problema nu a fost rezolvată.', ka: 'გამყიდველს დავუკავშირდი, მაგრამ პრობლემა არ მოგვარებულა.', ru: 'Обращение к продавцу не помогло: проблема не решена.' },
]);

const SOLUTION_WORDINGS: Record<DisputeSolution, readonly Wording[]> = {
  'full-refund': [
    { en: 'I request a full refund of {total}.', uk: 'Прошу повністю повернути кошти — {total}.', pl: 'Wnoszę o zwrot całej kwoty, czyli {total}.', el: 'Ζητώ πλήρη επιστροφή χρημάτων, δηλαδή {total}.', ro: 'Solicit rambursarea integrală a sumei de {total}.', ka: 'ვითხოვ თანხის სრულად დაბრუნებას ({total}).', ru: 'Прошу полностью вернуть деньги — {total}.' },
    { en: 'I request a full refund.', uk: 'Прошу повністю повернути кошти.', pl: 'Wnoszę o zwrot całej kwoty.', el: 'Ζητώ πλήρη επιστροφή χρημάτων.', ro: 'Solicit rambursarea integrală.', ka: 'ვითხოვ თანხის სრულად დაბრუნებას.', ru: 'Прошу полностью вернуть деньги.' },
  ],
  'partial-refund': [
    { en: 'I request a partial refund of {percent}% of the price ({amount}), and I will keep the item.', uk: 'Прошу часткове повернення коштів — {percent}% ціни ({amount}), а товар залишу собі.', pl: 'Wnoszę o częściowy zwrot {percent}% ceny ({amount}), a produkt zatrzymam.', el: 'Ζητώ μερική επιστροφή χρημάτων {percent}% της τιμής ({amount}) και θα κρατήσω το προϊόν.', ro: 'Solicit o rambursare parțială de {percent}% din preț ({amount}) și voi păstra produsul.', ka: 'ვითხოვ ნაწილობრივ დაბრუნებას — ფასის {percent}% ({amount}) — და ნივთს დავიტოვებ.', ru: 'Прошу частичный возврат — {percent}% цены ({amount}), а товар оставлю себе.' },
    { en: 'I request a partial refund of {amount}, and I will keep the item.', uk: 'Прошу часткове повернення коштів — {amount}, а товар залишу собі.', pl: 'Wnoszę o częściowy zwrot w wysokości {amount}, a produkt zatrzymam.', el: 'Ζητώ μερική επιστροφή χρημάτων {amount} και θα κρατήσω το προϊόν.', ro: 'Solicit o rambursare parțială de {amount} și voi păstra produsul.', ka: 'ვითხოვ ნაწილობრივ დაბრუნებას ({amount}) და ნივთს დავიტოვებ.', ru: 'Прошу частичный возврат — {amount}, а товар оставлю себе.' },
    { en: 'I request a partial refund of {percent}% of the price, and I will keep the item.', uk: 'Прошу часткове повернення коштів — {percent}% ціни, а товар залишу собі.', pl: 'Wnoszę o częściowy zwrot {percent}% ceny, a produkt zatrzymam.', el: 'Ζητώ μερική επιστροφή χρημάτων {percent}% της τιμής και θα κρατήσω το προϊόν.', ro: 'Solicit o rambursare parțială de {percent}% din preț și voi păstra produsul.', ka: 'ვითხოვ ნაწილობრივ დაბრუნებას — ფასის {percent}% — და ნივთს დავიტოვებ.', ru: 'Прошу частичный возврат — {percent}% цены, а товар оставлю себе.' },
    { en: 'I request a partial refund, and I will keep the item.', uk: 'Прошу часткове повернення коштів, а товар залишу собі.', pl: 'Wnoszę o częściowy zwrot, a produkt zatrzymam.', el: 'Ζητώ μερική επιστροφή χρημάτων και θα κρατήσω το προϊόν.', ro: 'Solicit o rambursare parțială și voi păstra produsul.', ka: 'ვითხოვ ნაწილობრივ დაბრუნებას და ნივთს დავიტოვებ.', ru: 'Прошу частичный возврат, а товар оставлю себе.' },
  ],
  'return-and-refund': [
    { en: 'I will return the item and request a full refund of {total}.', uk: 'Я поверну товар і прошу повністю повернути кошти — {total}.', pl: 'Odeślę produkt i wnoszę o zwrot całej kwoty, czyli {total}.', el: 'Θα επιστρέψω το προϊόν και ζητώ πλήρη επιστροφή χρημάτων, δηλαδή {total}.', ro: 'Voi returna produsul și solicit rambursarea integrală a sumei de {total}.', ka: 'ნივთს დავაბრუნებ და ვითხოვ თანხის სრულად დაბრუნებას ({total}).', ru: 'Я верну товар и прошу полностью вернуть деньги — {total}.' },
    { en: 'I will return the item and request a full refund.', uk: 'Я поверну товар і прошу повністю повернути кошти.', pl: 'Odeślę produkt i wnoszę o zwrot całej kwoty.', el: 'Θα επιστρέψω το προϊόν και ζητώ πλήρη επιστροφή χρημάτων.', ro: 'Voi returna produsul și solicit rambursarea integrală.', ka: 'ნივთს დავაბრუნებ და ვითხოვ თანხის სრულად დაბრუნებას.', ru: 'Я верну товар и прошу полностью вернуть деньги.' },
  ],
};

export const evidenceSentence: SentenceTemplate = sentence('evidence-list', [
  { en: 'Evidence attached: {evidence}.', uk: 'Додані докази: {evidence}.', pl: 'Załączone dowody: {evidence}.', el: 'Συνημμένα αποδεικτικά: {evidence}.', ro: 'Dovezi atașate: {evidence}.', ka: 'თანდართული მტკიცებულებები: {evidence}.', ru: 'Приложенные доказательства: {evidence}.' },
]);

export function disputeDeadline(context: DraftContext): DisputeDeadline | undefined {
  const at = context.disputeDeadline;
  if (at === undefined || !Number.isFinite(at)) return undefined;
  const passed = at < context.now;
  return { at, daysLeft: passed ? 0 : Math.floor((at - context.now) / DAY_MS), passed };
}

/** The dispute description in English with glosses, for the reason and solution chosen. */
export function buildDisputeText(request: DisputeRequest): DisputeText {
  const group = disputeGroup(request.reason);
  const reader = counterpartFor(request.context.marketplace, 'seller').reader;
  const solution = solutionsFor(request.reason).includes(request.solution) ? request.solution : 'full-refund';
  const params = contextParams(request.context);
  if (solution === 'partial-refund') addPartialRefund(params, { partial: request.partial }, request.context.total);
  if (request.reason === 'short-quantity') countParam(params, 'items', request.items);
  const evidence = evidenceList(request.evidence);
  if (evidence) params.values.evidence = evidence;
  if (group === 'not-as-described') {
    englishAnswerParam(params, 'ordered', request.ordered, ANSWER_TEXT_MAX);
    englishAnswerParam(params, 'received', request.received, ANSWER_TEXT_MAX);
  }
  const detail = englishSentence(request.detail, DETAIL_TEXT_MAX);
  if (detail !== undefined) params.values.detail = same(detail);

  const templates: SentenceTemplate[] = [
    intro,
    requestIntro,
    ...(group === 'not-received' ? [shipped, shippedBySupport] : []),
    sentence(`dispute.reason.${request.reason}`, (reader === 'support' ? SUPPORT_REASON_WORDINGS[request.reason] : undefined) ?? REASON_WORDINGS[request.reason]),
    ...(request.reason === 'size-colour-material' ? MISMATCH_SENTENCES : []),
    ...(group === 'not-as-described' ? [orderedVersusReceived] : []),
    detailSentence,
    ...(request.contactedSeller && reader === 'seller' ? [contacted] : []),
    sentence(`dispute.solution.${solution}`, SOLUTION_WORDINGS[solution]),
    evidenceSentence,
  ];
  const answers = request.reason === 'size-colour-material' && request.mismatch ? { mismatch: request.mismatch } : {};
  const input: TemplateInput = { tone: 'firm', reader, answers, context: request.context };
  const rendered = renderSentences(templates, input, params);
  const text = joinMessage(rendered);
  const limit = resolveLimit(request.limit, request.context.marketplace, 'dispute');
  const deadline = disputeDeadline(request.context);
  return {
    group,
    reason: request.reason,
    solution,
    sentences: rendered.map((entry) => entry.sentence),
    text,
    ...measure(text, limit, isEstimated(request.limit, request.context.marketplace)),
    ...(deadline ? { deadline } : {}),
  };
}


/** The line that keeps the dispute deadline in view, in the buyer's language. */
export function deadlineNotice(deadline: DisputeDeadline, locale: Locale, timeZone?: string): I18nText {
  const date = formatGlossDate(deadline.at, locale, timeZone);
  if (deadline.passed) return { key: 'drafts.dispute.deadlinePassed', params: { date } };
  if (deadline.daysLeft === 0) return { key: 'drafts.dispute.deadlineToday', params: { date } };
  return { key: 'drafts.dispute.deadline', params: { date, count: deadline.daysLeft } };
}
