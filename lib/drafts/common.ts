import { forReader, sentence, whenTone, type SentenceTemplate, type TemplateInput } from './template';
import type { Question } from './situation';
import type { WantedOutcome } from './types';

/*
 * Sentences most situations share. Glosses avoid first-person past tense in
 * Ukrainian, Polish and Russian, where it would need the buyer's gender
 * ("отримав/отримала"), and give Georgian dates after a colon, where a case
 * ending would otherwise have to be glued to "12 მარტი, 2026".
 */

export const greetingPolite: SentenceTemplate = {
  ...sentence('greeting', [
    { en: 'Hello, {seller}!', uk: 'Вітаю, {seller}!', pl: 'Dzień dobry, {seller}!', el: 'Γεια σας, {seller}!', ro: 'Bună ziua, {seller}!', ka: 'გამარჯობა, {seller}!', ru: 'Здравствуйте, {seller}!' },
    { en: 'Hello!', uk: 'Вітаю!', pl: 'Dzień dobry!', el: 'Γεια σας!', ro: 'Bună ziua!', ka: 'გამარჯობა!', ru: 'Здравствуйте!' },
  ], whenTone('polite')),
  part: 'greeting',
};

export const greetingFirm: SentenceTemplate = {
  ...sentence('greeting', [
    { en: 'Hello, {seller}.', uk: 'Вітаю, {seller}.', pl: 'Dzień dobry, {seller}.', el: 'Γεια σας, {seller}.', ro: 'Bună ziua, {seller}.', ka: 'გამარჯობა, {seller}.', ru: 'Здравствуйте, {seller}.' },
    { en: 'Hello.', uk: 'Вітаю.', pl: 'Dzień dobry.', el: 'Γεια σας.', ro: 'Bună ziua.', ka: 'გამარჯობა.', ru: 'Здравствуйте.' },
  ], whenTone('firm')),
  part: 'greeting',
};

/** "I am writing about my order …", with whichever of item and date are known. */
export const orderIntro: SentenceTemplate = sentence('intro', [
  {
    en: 'I am writing about my order {order} ({item}), placed on {orderDate}.',
    uk: 'Пишу щодо мого замовлення {order} ({item}), оформленого {orderDate}.',
    pl: 'Piszę w sprawie mojego zamówienia {order} ({item}) złożonego {orderDate}.',
    el: 'Σας γράφω για την παραγγελία μου {order} ({item}), που έγινε στις {orderDate}.',
    ro: 'Vă scriu în legătură cu comanda mea {order} ({item}), plasată pe {orderDate}.',
    ka: 'გწერთ ჩემი შეკვეთის {order} ({item}) თაობაზე (შეკვეთის თარიღი: {orderDate}).',
    ru: 'Пишу по поводу моего заказа {order} ({item}), оформленного {orderDate}.',
  },
  {
    en: 'I am writing about my order {order}, placed on {orderDate}.',
    uk: 'Пишу щодо мого замовлення {order}, оформленого {orderDate}.',
    pl: 'Piszę w sprawie mojego zamówienia {order} złożonego {orderDate}.',
    el: 'Σας γράφω για την παραγγελία μου {order}, που έγινε στις {orderDate}.',
    ro: 'Vă scriu în legătură cu comanda mea {order}, plasată pe {orderDate}.',
    ka: 'გწერთ ჩემი შეკვეთის {order} თაობაზე (შეკვეთის თარიღი: {orderDate}).',
    ru: 'Пишу по поводу моего заказа {order}, оформленного {orderDate}.',
  },
  {
    en: 'I am writing about my order {order} ({item}).',
    uk: 'Пишу щодо мого замовлення {order} ({item}).',
    pl: 'Piszę w sprawie mojego zamówienia {order} ({item}).',
    el: 'Σας γράφω για την παραγγελία μου {order} ({item}).',
    ro: 'Vă scriu în legătură cu comanda mea {order} ({item}).',
    ka: 'გწერთ ჩემი შეკვეთის {order} ({item}) თაობაზე.',
    ru: 'Пишу по поводу моего заказа {order} ({item}).',
  },
  {
    en: 'I am writing about my order {order}.',
    uk: 'Пишу щодо мого замовлення {order}.',
    pl: 'Piszę w sprawie mojego zamówienia {order}.',
    el: 'Σας γράφω για την παραγγελία μου {order}.',
    ro: 'Vă scriu în legătură cu comanda mea {order}.',
    ka: 'გწერთ ჩემი შეკვეთის {order} თაობაზე.',
    ru: 'Пишу по поводу моего заказа {order}.',
  },
]);

export const evidenceOffer: SentenceTemplate = sentence(
  'evidence',
  [
    {
      en: 'I have photos that show the problem, and I can send them in this chat.',
      uk: 'У мене є фото, на яких видно проблему, і я можу надіслати їх у цьому чаті.',
      pl: 'Mam zdjęcia, na których widać problem, i mogę je przesłać na tym czacie.',
      el: 'Έχω φωτογραφίες που δείχνουν το πρόβλημα και μπορώ να τις στείλω σε αυτή τη συνομιλία.',
      ro: 'Am fotografii care arată problema și vi le pot trimite în această conversație.',
      ka: 'მაქვს ფოტოები, რომლებზეც პრობლემა ჩანს, და შემიძლია ამ ჩატში გამოგიგზავნოთ.',
      ru: 'У меня есть фотографии, на которых видна проблема, и я могу отправить их в этом чате.',
    },
  ],
  ({ answers }) => answers.evidence === true,
);

/** For a wish sentence: the buyer wants `want` and writes in `tone`. */
export const whenWant =
  (want: WantedOutcome, tone: TemplateInput['tone']) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    answers.want === want && actual === tone;

export const wantSentences: readonly SentenceTemplate[] = [
  sentence('want.refund', [
    { en: 'I would like a full refund of {total}.', uk: 'Прошу повернути мені повну суму — {total}.', pl: 'Proszę o zwrot całej kwoty, czyli {total}.', el: 'Θα ήθελα πλήρη επιστροφή χρημάτων, δηλαδή {total}.', ro: 'Aș dori rambursarea integrală a sumei de {total}.', ka: 'მსურს თანხის სრულად დაბრუნება ({total}).', ru: 'Прошу вернуть мне полную сумму — {total}.' },
    { en: 'I would like a full refund.', uk: 'Прошу повернути мені всі кошти.', pl: 'Proszę o zwrot całej kwoty.', el: 'Θα ήθελα πλήρη επιστροφή χρημάτων.', ro: 'Aș dori o rambursare integrală.', ka: 'მსურს თანხის სრულად დაბრუნება.', ru: 'Прошу вернуть мне всю сумму.' },
  ], whenWant('refund', 'polite')),
  sentence('want.refund', [
    { en: 'I expect a full refund of {total}.', uk: 'Я очікую повного повернення коштів — {total}.', pl: 'Oczekuję zwrotu całej kwoty, czyli {total}.', el: 'Περιμένω πλήρη επιστροφή χρημάτων, δηλαδή {total}.', ro: 'Aștept rambursarea integrală a sumei de {total}.', ka: 'ველოდები თანხის სრულად დაბრუნებას ({total}).', ru: 'Я ожидаю полного возврата средств — {total}.' },
    { en: 'I expect a full refund.', uk: 'Я очікую повного повернення коштів.', pl: 'Oczekuję zwrotu całej kwoty.', el: 'Περιμένω πλήρη επιστροφή χρημάτων.', ro: 'Aștept o rambursare integrală.', ka: 'ველოდები თანხის სრულად დაბრუნებას.', ru: 'Я ожидаю полного возврата средств.' },
  ], whenWant('refund', 'firm')),
  sentence('want.replacement', [
    { en: 'Could you please send me a replacement at no extra cost?', uk: 'Чи могли б ви надіслати мені заміну без додаткової оплати?', pl: 'Czy mogą Państwo wysłać mi nowy egzemplarz bez dodatkowych kosztów?', el: 'Θα μπορούσατε να μου στείλετε αντικατάσταση χωρίς επιπλέον χρέωση;', ro: 'Îmi puteți trimite, vă rog, un produs de înlocuire fără costuri suplimentare?', ka: 'შეგიძლიათ, გთხოვთ, დამატებითი საფასურის გარეშე გამომიგზავნოთ შემცვლელი ნივთი?', ru: 'Не могли бы вы отправить мне замену без дополнительной оплаты?' },
  ], whenWant('replacement', 'polite')),
  sentence('want.replacement', [
    { en: 'Please send me a replacement at no extra cost.', uk: 'Надішліть мені, будь ласка, заміну без додаткової оплати.', pl: 'Proszę wysłać mi nowy egzemplarz bez dodatkowych kosztów.', el: 'Παρακαλώ στείλτε μου αντικατάσταση χωρίς επιπλέον χρέωση.', ro: 'Vă rog să îmi trimiteți un produs de înlocuire fără costuri suplimentare.', ka: 'გთხოვთ, დამატებითი საფასურის გარეშე გამომიგზავნოთ შემცვლელი ნივთი.', ru: 'Отправьте мне, пожалуйста, замену без дополнительной оплаты.' },
  ], whenWant('replacement', 'firm')),
  sentence('want.repair', [
    { en: 'Could you please repair or replace the item under the warranty, at no cost to me?', uk: 'Чи могли б ви відремонтувати або замінити товар за гарантією, без витрат із мого боку?', pl: 'Czy mogą Państwo naprawić lub wymienić produkt w ramach gwarancji, bez kosztów z mojej strony?', el: 'Θα μπορούσατε να επισκευάσετε ή να αντικαταστήσετε το προϊόν με την εγγύηση, χωρίς κόστος για μένα;', ro: 'Puteți, vă rog, să reparați sau să înlocuiți produsul în garanție, fără costuri pentru mine?', ka: 'შეგიძლიათ, გთხოვთ, ნივთი გარანტიით შეაკეთოთ ან შეცვალოთ ისე, რომ მე არაფერი გადავიხადო?', ru: 'Не могли бы вы отремонтировать или заменить товар по гарантии без затрат с моей стороны?' },
  ], whenWant('repair', 'polite')),
  sentence('want.repair', [
    { en: 'Please repair or replace the item under the warranty, at no cost to me.', uk: 'Прошу відремонтувати або замінити товар за гарантією, без витрат із мого боку.', pl: 'Proszę naprawić lub wymienić produkt w ramach gwarancji, bez kosztów z mojej strony.', el: 'Παρακαλώ επισκευάστε ή αντικαταστήστε το προϊόν με την εγγύηση, χωρίς κόστος για μένα.', ro: 'Vă rog să reparați sau să înlocuiți produsul în garanție, fără costuri pentru mine.', ka: 'გთხოვთ, ნივთი გარანტიით შეაკეთოთ ან შეცვალოთ ისე, რომ მე არაფერი გადავიხადო.', ru: 'Прошу отремонтировать или заменить товар по гарантии без затрат с моей стороны.' },
  ], whenWant('repair', 'firm')),
  sentence('want.partial-refund', [
    { en: 'I would accept a partial refund of {percent}% of the price ({amount}) and keep the item.', uk: 'Мене влаштує часткове повернення коштів — {percent}% ціни ({amount}), і товар я залишу собі.', pl: 'Zgodzę się na częściowy zwrot {percent}% ceny ({amount}) i zatrzymam produkt.', el: 'Θα δεχόμουν μερική επιστροφή χρημάτων {percent}% της τιμής ({amount}) και θα κρατούσα το προϊόν.', ro: 'Aș accepta o rambursare parțială de {percent}% din preț ({amount}) și aș păstra produsul.', ka: 'თანხის ნაწილობრივ დაბრუნებაზე — ფასის {percent}% ({amount}) — დავთანხმდებოდი და ნივთს დავიტოვებდი.', ru: 'Меня устроит частичный возврат — {percent}% цены ({amount}), и товар я оставлю себе.' },
    { en: 'I would accept a partial refund of {amount} and keep the item.', uk: 'Мене влаштує часткове повернення коштів — {amount}, і товар я залишу собі.', pl: 'Zgodzę się na częściowy zwrot w wysokości {amount} i zatrzymam produkt.', el: 'Θα δεχόμουν μερική επιστροφή χρημάτων {amount} και θα κρατούσα το προϊόν.', ro: 'Aș accepta o rambursare parțială de {amount} și aș păstra produsul.', ka: 'თანხის ნაწილობრივ დაბრუნებაზე ({amount}) დავთანხმდებოდი და ნივთს დავიტოვებდი.', ru: 'Меня устроит частичный возврат — {amount}, и товар я оставлю себе.' },
    { en: 'I would accept a partial refund of {percent}% of the price and keep the item.', uk: 'Мене влаштує часткове повернення коштів — {percent}% ціни, і товар я залишу собі.', pl: 'Zgodzę się na częściowy zwrot {percent}% ceny i zatrzymam produkt.', el: 'Θα δεχόμουν μερική επιστροφή χρημάτων {percent}% της τιμής και θα κρατούσα το προϊόν.', ro: 'Aș accepta o rambursare parțială de {percent}% din preț și aș păstra produsul.', ka: 'თანხის ნაწილობრივ დაბრუნებაზე — ფასის {percent}% — დავთანხმდებოდი და ნივთს დავიტოვებდი.', ru: 'Меня устроит частичный возврат — {percent}% цены, и товар я оставлю себе.' },
    { en: 'I would accept a partial refund and keep the item.', uk: 'Мене влаштує часткове повернення коштів, і товар я залишу собі.', pl: 'Zgodzę się na częściowy zwrot i zatrzymam produkt.', el: 'Θα δεχόμουν μερική επιστροφή χρημάτων και θα κρατούσα το προϊόν.', ro: 'Aș accepta o rambursare parțială și aș păstra produsul.', ka: 'თანხის ნაწილობრივ დაბრუნებაზე დავთანხმდებოდი და ნივთს დავიტოვებდი.', ru: 'Меня устроит частичный возврат, и товар я оставлю себе.' },
  ], whenWant('partial-refund', 'polite')),
  sentence('want.partial-refund', [
    { en: 'I will keep the item only with a partial refund of {percent}% of the price ({amount}).', uk: 'Я залишу товар собі лише за умови часткового повернення коштів — {percent}% ціни ({amount}).', pl: 'Zatrzymam produkt tylko pod warunkiem częściowego zwrotu {percent}% ceny ({amount}).', el: 'Θα κρατήσω το προϊόν μόνο με μερική επιστροφή χρημάτων {percent}% της τιμής ({amount}).', ro: 'Voi păstra produsul doar cu o rambursare parțială de {percent}% din preț ({amount}).', ka: 'ნივთს მხოლოდ ნაწილობრივი დაბრუნების შემთხვევაში დავიტოვებ — ფასის {percent}% ({amount}).', ru: 'Я оставлю товар себе только при частичном возврате — {percent}% цены ({amount}).' },
    { en: 'I will keep the item only with a partial refund of {amount}.', uk: 'Я залишу товар собі лише за умови часткового повернення коштів — {amount}.', pl: 'Zatrzymam produkt tylko pod warunkiem częściowego zwrotu w wysokości {amount}.', el: 'Θα κρατήσω το προϊόν μόνο με μερική επιστροφή χρημάτων {amount}.', ro: 'Voi păstra produsul doar cu o rambursare parțială de {amount}.', ka: 'ნივთს მხოლოდ ნაწილობრივი დაბრუნების შემთხვევაში დავიტოვებ ({amount}).', ru: 'Я оставлю товар себе только при частичном возврате — {amount}.' },
    { en: 'I will keep the item only with a partial refund of {percent}% of the price.', uk: 'Я залишу товар собі лише за умови часткового повернення коштів — {percent}% ціни.', pl: 'Zatrzymam produkt tylko pod warunkiem częściowego zwrotu {percent}% ceny.', el: 'Θα κρατήσω το προϊόν μόνο με μερική επιστροφή χρημάτων {percent}% της τιμής.', ro: 'Voi păstra produsul doar cu o rambursare parțială de {percent}% din preț.', ka: 'ნივთს მხოლოდ ნაწილობრივი დაბრუნების შემთხვევაში დავიტოვებ — ფასის {percent}%.', ru: 'Я оставлю товар себе только при частичном возврате — {percent}% цены.' },
    { en: 'I will keep the item only with a partial refund.', uk: 'Я залишу товар собі лише за умови часткового повернення коштів.', pl: 'Zatrzymam produkt tylko pod warunkiem częściowego zwrotu.', el: 'Θα κρατήσω το προϊόν μόνο με μερική επιστροφή χρημάτων.', ro: 'Voi păstra produsul doar cu o rambursare parțială.', ka: 'ნივთს მხოლოდ ნაწილობრივი დაბრუნების შემთხვევაში დავიტოვებ.', ru: 'Я оставлю товар себе только при частичном возврате.' },
  ], whenWant('partial-refund', 'firm')),
  sentence('want.return', [
    { en: 'I would like to return the item for a full refund, and I ask you to cover the return shipping.', uk: 'Я хочу повернути товар і отримати всі кошти назад; прошу вас оплатити зворотну доставку.', pl: 'Chcę odesłać produkt i otrzymać zwrot całej kwoty, a Państwa proszę o pokrycie kosztów odesłania.', el: 'Θα ήθελα να επιστρέψω το προϊόν με πλήρη επιστροφή χρημάτων και σας ζητώ να καλύψετε τα μεταφορικά της επιστροφής.', ro: 'Aș dori să returnez produsul pentru o rambursare integrală și vă rog să acoperiți costul transportului retur.', ka: 'მსურს ნივთის დაბრუნება თანხის სრული ანაზღაურებით და გთხოვთ, უკან გაგზავნის ხარჯი თქვენ დაფაროთ.', ru: 'Я хочу вернуть товар и получить все деньги назад; прошу вас оплатить обратную доставку.' },
  ], whenWant('return', 'polite')),
  sentence('want.return', [
    { en: 'I will return the item for a full refund, and I expect you to pay for the return shipping.', uk: 'Я поверну товар за умови повного повернення коштів і очікую, що зворотну доставку оплатите ви.', pl: 'Odeślę produkt w zamian za zwrot całej kwoty i oczekuję, że pokryją Państwo koszt odesłania.', el: 'Θα επιστρέψω το προϊόν για πλήρη επιστροφή χρημάτων και περιμένω να πληρώσετε εσείς τα μεταφορικά της επιστροφής.', ro: 'Voi returna produsul pentru o rambursare integrală și mă aștept să plătiți dumneavoastră transportul retur.', ka: 'ნივთს დავაბრუნებ თანხის სრული ანაზღაურებით და ველოდები, რომ უკან გაგზავნის ხარჯს თქვენ დაფარავთ.', ru: 'Я верну товар при условии полного возврата средств и ожидаю, что обратную доставку оплатите вы.' },
  ], whenWant('return', 'firm')),
];

/** The firm tone names the next step when the buyer has asked for something. */
export const disputeWarning: SentenceTemplate = sentence(
  'dispute-warning',
  [
    { en: 'If we cannot agree, I will open a dispute on {platform}.', uk: 'Якщо ми не домовимося, я відкрию спір на {platform}.', pl: 'Jeśli się nie porozumiemy, otworzę spór na {platform}.', el: 'Αν δεν συμφωνήσουμε, θα ανοίξω διαφορά στο {platform}.', ro: 'Dacă nu ne înțelegem, voi deschide o dispută pe {platform}.', ka: 'თუ ვერ შევთანხმდებით, {platform}-ზე დავას გავხსნი.', ru: 'Если мы не договоримся, я открою спор на {platform}.' },
  ],
  // Where support answers for the sellers there is no dispute to open: the reply date is the firm part.
  forReader('seller', ({ tone, answers }) => tone === 'firm' && answers.want !== undefined),
);

/** Inside an open dispute the next step is the marketplace's mediation, not another dispute. */
export const disputeEscalation: SentenceTemplate = sentence(
  'dispute-escalation',
  [
    { en: 'If we cannot agree, I will ask {platform} to step in and decide the dispute.', uk: 'Якщо ми не домовимося, я попрошу {platform} втрутитися й вирішити спір.', pl: 'Jeśli się nie porozumiemy, poproszę {platform} o interwencję i rozstrzygnięcie sporu.', el: 'Αν δεν συμφωνήσουμε, θα ζητήσω από το {platform} να παρέμβει και να κρίνει τη διαφορά.', ro: 'Dacă nu ne înțelegem, voi cere ca {platform} să intervină și să decidă în dispută.', ka: 'თუ ვერ შევთანხმდებით, {platform}-ს ვთხოვ, ჩაერიოს და დავა გადაწყვიტოს.', ru: 'Если мы не договоримся, я попрошу {platform} вмешаться и решить спор.' },
  ],
  whenTone('firm'),
);

export const closingPolite: SentenceTemplate = {
  ...sentence('closing', [
    { en: 'Thank you in advance for your help.', uk: 'Заздалегідь дякую за допомогу.', pl: 'Z góry dziękuję za pomoc.', el: 'Σας ευχαριστώ εκ των προτέρων για τη βοήθεια.', ro: 'Vă mulțumesc anticipat pentru ajutor.', ka: 'წინასწარ გმადლობთ დახმარებისთვის.', ru: 'Заранее спасибо за помощь.' },
  ], whenTone('polite')),
  part: 'closing',
};

/** The firm tone has already said what it wants and by when: a plain thanks closes it. */
export const closingFirm: SentenceTemplate = {
  ...sentence('closing', [
    { en: 'Thank you.', uk: 'Дякую.', pl: 'Dziękuję.', el: 'Ευχαριστώ.', ro: 'Vă mulțumesc.', ka: 'გმადლობთ.', ru: 'Спасибо.' },
  ], whenTone('firm')),
  part: 'closing',
};

/** A firm draft names the day the seller must answer by (see `replyByDate`). */
export const replyBySentence: SentenceTemplate = sentence(
  'reply-by',
  [
    { en: 'Please reply by {replyBy}.', uk: 'Прошу відповісти до {replyBy}.', pl: 'Proszę o odpowiedź do {replyBy}.', el: 'Παρακαλώ απαντήστε έως τις {replyBy}.', ro: 'Vă rog să îmi răspundeți până la {replyBy}.', ka: 'გთხოვთ, მიპასუხოთ ამ თარიღამდე: {replyBy}.', ru: 'Прошу ответить до {replyBy}.' },
  ],
  whenTone('firm'),
);

/** The buyer's own English sentence, for what the options cannot say; the gloss shows it as typed. */
export const detailSentence: SentenceTemplate = sentence('detail', [
  { en: '{detail}', uk: 'Ваше речення англійською: {detail}', pl: 'Twoje zdanie po angielsku: {detail}', el: 'Η δική σας πρόταση στα αγγλικά: {detail}', ro: 'Propoziția dumneavoastră în engleză: {detail}', ka: 'თქვენი წინადადება ინგლისურად: {detail}', ru: 'Ваше предложение на английском: {detail}' },
]);

export const greeting = [greetingPolite, greetingFirm] as const;
export const closing = [closingPolite, closingFirm] as const;

/** The shared wish sentences without those for `outcome`, for a situation that words that wish its own way. */
export function wantSentencesExcept(outcome: WantedOutcome): SentenceTemplate[] {
  return wantSentences.filter((template) => template.id !== `want.${outcome}`);
}

export interface StandardMessageOptions {
  /** The situation's questions: only the wishes it offers, and the evidence line if it asks about photos, are included. */
  questions: readonly Question[];
  fixedWant?: WantedOutcome;
  /** Leave out "I am writing about my order …" when the situation's first sentence names the order itself. */
  intro?: boolean;
  /** Leave out the firm "I will open a dispute" when the situation says its own next step. */
  disputeWarning?: boolean;
  /** Leave out the firm "Please reply by …" (a refusal or a thank-you asks for no answer). */
  replyBy?: boolean;
  /** Replaces the shared wish sentences. */
  wants?: readonly SentenceTemplate[];
  /** The situation's sentences that follow the wish. */
  afterWish?: readonly SentenceTemplate[];
  /** Replaces the shared closings, for a message the usual thanks does not fit. */
  closing?: readonly SentenceTemplate[];
}

function offeredWants(options: StandardMessageOptions): WantedOutcome[] {
  const asked = options.questions.flatMap((question) => (question.id === 'want' ? question.options.map((option) => option.value) : []));
  return options.fixedWant ? [...asked, options.fixedWant] : asked;
}

/**
 * Greeting, intro, the situation's own sentences, the buyer's own detail,
 * evidence, the wish, the firm warning and reply date, closing: only the
 * sentences the situation's questions can reach, so every listed sentence is
 * one a buyer can get.
 */
export function standardMessage(own: readonly SentenceTemplate[], options: StandardMessageOptions): SentenceTemplate[] {
  const offered = offeredWants(options);
  const wishes = (options.wants ?? wantSentences).filter((template) => offered.some((want) => template.id === `want.${want}`));
  const asks = (id: Question['id']) => options.questions.some((question) => question.id === id);
  // The buyer's own detail line (askDetail) is offered by every situation built here.
  return [
    ...greeting,
    ...(options.intro === false ? [] : [orderIntro]),
    ...own,
    detailSentence,
    ...(asks('evidence') ? [evidenceOffer] : []),
    ...wishes,
    ...(options.afterWish ?? []),
    ...(options.disputeWarning === false || offered.length === 0 ? [] : [disputeWarning]),
    ...(options.replyBy === false ? [] : [replyBySentence]),
    ...(options.closing ?? closing),
  ];
}

/** When buyer protection ends, with the days left when known. */
export const protectionEnds: SentenceTemplate = sentence('protection-ends', [
  {
    pluralBy: 'daysLeft',
    en: { one: 'The buyer protection for this order ends in {daysLeft} day, on {protectionEnds}.', other: 'The buyer protection for this order ends in {daysLeft} days, on {protectionEnds}.' },
    uk: { one: 'Захист покупця для цього замовлення закінчується через {daysLeft} день, {protectionEnds}.', few: 'Захист покупця для цього замовлення закінчується через {daysLeft} дні, {protectionEnds}.', many: 'Захист покупця для цього замовлення закінчується через {daysLeft} днів, {protectionEnds}.', other: 'Захист покупця для цього замовлення закінчується через {daysLeft} дня, {protectionEnds}.' },
    pl: { one: 'Ochrona kupującego dla tego zamówienia kończy się za {daysLeft} dzień, {protectionEnds}.', other: 'Ochrona kupującego dla tego zamówienia kończy się za {daysLeft} dni, {protectionEnds}.' },
    el: { one: 'Η προστασία αγοραστή για αυτή την παραγγελία λήγει σε {daysLeft} ημέρα, στις {protectionEnds}.', other: 'Η προστασία αγοραστή για αυτή την παραγγελία λήγει σε {daysLeft} ημέρες, στις {protectionEnds}.' },
    ro: { one: 'Protecția cumpărătorului pentru această comandă se încheie peste {daysLeft} zi, pe {protectionEnds}.', few: 'Protecția cumpărătorului pentru această comandă se încheie peste {daysLeft} zile, pe {protectionEnds}.', other: 'Protecția cumpărătorului pentru această comandă se încheie peste {daysLeft} de zile, pe {protectionEnds}.' },
    ka: 'ამ შეკვეთაზე მყიდველის დაცვა {daysLeft} დღეში მთავრდება (თარიღი: {protectionEnds}).',
    ru: { one: 'Защита покупателя по этому заказу заканчивается через {daysLeft} день, {protectionEnds}.', few: 'Защита покупателя по этому заказу заканчивается через {daysLeft} дня, {protectionEnds}.', many: 'Защита покупателя по этому заказу заканчивается через {daysLeft} дней, {protectionEnds}.', other: 'Защита покупателя по этому заказу заканчивается через {daysLeft} дня, {protectionEnds}.' },
  },
  {
    en: 'The buyer protection for this order ends on {protectionEnds}.',
    uk: 'Захист покупця для цього замовлення закінчується {protectionEnds}.',
    pl: 'Ochrona kupującego dla tego zamówienia kończy się {protectionEnds}.',
    el: 'Η προστασία αγοραστή για αυτή την παραγγελία λήγει στις {protectionEnds}.',
    ro: 'Protecția cumpărătorului pentru această comandă se încheie pe {protectionEnds}.',
    ka: 'ამ შეკვეთაზე მყიდველის დაცვის ვადა იწურება: {protectionEnds}.',
    ru: 'Защита покупателя по этому заказу заканчивается {protectionEnds}.',
  },
  {
    pluralBy: 'daysLeft',
    en: { one: 'The buyer protection for this order ends in {daysLeft} day.', other: 'The buyer protection for this order ends in {daysLeft} days.' },
    uk: { one: 'Захист покупця для цього замовлення закінчується через {daysLeft} день.', few: 'Захист покупця для цього замовлення закінчується через {daysLeft} дні.', many: 'Захист покупця для цього замовлення закінчується через {daysLeft} днів.', other: 'Захист покупця для цього замовлення закінчується через {daysLeft} дня.' },
    pl: { one: 'Ochrona kupującego dla tego zamówienia kończy się za {daysLeft} dzień.', other: 'Ochrona kupującego dla tego zamówienia kończy się za {daysLeft} dni.' },
    el: { one: 'Η προστασία αγοραστή για αυτή την παραγγελία λήγει σε {daysLeft} ημέρα.', other: 'Η προστασία αγοραστή για αυτή την παραγγελία λήγει σε {daysLeft} ημέρες.' },
    ro: { one: 'Protecția cumpărătorului pentru această comandă se încheie peste {daysLeft} zi.', few: 'Protecția cumpărătorului pentru această comandă se încheie peste {daysLeft} zile.', other: 'Protecția cumpărătorului pentru această comandă se încheie peste {daysLeft} de zile.' },
    ka: 'ამ შეკვეთაზე მყიდველის დაცვა {daysLeft} დღეში მთავრდება.',
    ru: { one: 'Защита покупателя по этому заказу заканчивается через {daysLeft} день.', few: 'Защита покупателя по этому заказу заканчивается через {daysLeft} дня.', many: 'Защита покупателя по этому заказу заканчивается через {daysLeft} дней.', other: 'Защита покупателя по этому заказу заканчивается через {daysLeft} дня.' },
  },
]);
