import { LOCALES, type Locale } from '../i18n/locales';
import { DEFAULT_MARKETPLACE, MARKETPLACES } from '../marketplaces/registry';
import { hostBelongsTo } from '../marketplaces/types';

/** The complaint wizard follows the report form of the default marketplace (the first registered). */
const complaintSite = MARKETPLACES[0].site;
import { joinMessage, renderSentences } from './build';
import { evidenceSentence } from './dispute';
import { formatList, inlineText } from './english';
import { evidenceList, type EvidenceSummary } from './evidence';
import { isEstimated, measure, resolveLimit, type Measured } from './limits';
import { DETAIL_TEXT_MAX, contextParams, dateParam, englishAnswerParam, englishSentence, same, textParam } from './params';
import { detailSentence } from './common';
import { sentence, type SentenceTemplate, type TemplateInput } from './template';
import type { DraftSentence, I18nText } from './types';

/*
 * The "Submit a Complaint" form (../../../shared/DOMAIN.md, seeds 000 and 001):
 * link to the product or store, a type, an English description, photos.
 * Reviewed in 3–5 days; status in the Complaint Center; do not resubmit.
 */

export const COMPLAINT_CATEGORIES = ['counterfeit', 'restricted', 'search-cheating', 'offline-trading', 'false-information', 'ip-infringement'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** The type names exactly as the English form lists them, for the buyer to find on the page. */
export const COMPLAINT_FORM_NAMES: Record<ComplaintCategory, string> = {
  counterfeit: 'Counterfeit Products',
  restricted: 'Restricted or Prohibited Products',
  'search-cheating': 'Search Exposure Cheating',
  'offline-trading': 'Influencing toward Off-line Trading',
  'false-information': 'Publishing False Information',
  'ip-infringement': 'Intellectual Property Infringement',
};

/** What the buyer says is wrong, asked in their language (drafts.complaint.problem.*). */
export const COMPLAINT_PROBLEMS = ['contact-outside', 'fake-brand', 'prohibited-item', 'misleading-search', 'false-description', 'my-rights'] as const;
export type ComplaintProblem = (typeof COMPLAINT_PROBLEMS)[number];

export const SEARCH_TRICKS = ['wrong-category', 'keyword-stuffing', 'price-bait'] as const;

/** Where the buyer saw the contact or the problem. */
export const SEEN_WHERE = ['chat', 'listing', 'parcel-card', 'store-page'] as const;
export type SeenWhere = (typeof SEEN_WHERE)[number];
export type SearchTrick = (typeof SEARCH_TRICKS)[number];

export interface ContactFound {
  /** phone, whatsapp, telegram, viber, wechat, email, link; anything else is named "contact". */
  kind: string;
  value: string;
}

export interface ComplaintAnswers {
  problem: ComplaintProblem;
  /** With fake-brand: the buyer owns the brand or the work, which makes it an IP complaint. */
  rightsHolder?: boolean;
  searchTrick?: SearchTrick;
  /** The product or store page the complaint is about. */
  url?: string;
  contacts?: readonly ContactFound[];
  evidence?: EvidenceSummary;
  /** When the buyer bought from this listing. */
  orderNumber?: string;
  itemTitle?: string;
  storeName?: string;
  seenWhere?: SeenWhere;
  /** When the buyer saw it. */
  seenOn?: number;
  /** With false-description: what the listing says that is false, in the buyer's English ("100% genuine leather"). */
  falseClaim?: string;
  /** One more sentence in the buyer's own English. */
  detail?: string;
  timeZone?: string;
}

/** What the scam-contact guard hands over when it finds a seller's off-platform contact. */
export interface GuardComplaintPrefill {
  category: 'offline-trading';
  contacts: readonly ContactFound[];
  pageUrl: string;
}

export interface ComplaintLink {
  kind: 'product' | 'store' | 'page';
  url: string;
}

export type WizardStep = I18nText;

export interface Complaint {
  category: ComplaintCategory;
  /** The type's name on the English form. */
  formName: string;
  link?: ComplaintLink;
  description: Measured & { sentences: DraftSentence[]; text: string };
  /** What to do, in order, in the buyer's language. */
  steps: WizardStep[];
  /** What happens after submitting. */
  afterSubmit: WizardStep[];
  /** Where the form is. */
  formUrl?: string;
}

export function chooseComplaintCategory(answers: Pick<ComplaintAnswers, 'problem' | 'rightsHolder'>): ComplaintCategory {
  switch (answers.problem) {
    case 'contact-outside':
      return 'offline-trading';
    case 'fake-brand':
      // A brand owner reports infringement of their rights; a buyer reports a fake.
      return answers.rightsHolder ? 'ip-infringement' : 'counterfeit';
    case 'prohibited-item':
      return 'restricted';
    case 'misleading-search':
      return 'search-cheating';
    case 'false-description':
      return 'false-information';
    case 'my-rights':
      return 'ip-infringement';
  }
}

/**
 * The product or store link the form wants: AliExpress product and store
 * URLs are reduced to their id (tracking parameters dropped); anything else
 * is kept as given, without its fragment. Only http(s) links are accepted.
 */
export function complaintLink(raw: string | undefined): ComplaintLink | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (hostBelongsTo(url.hostname, complaintSite.domains)) {
    // Product ids come from the path (/item/1005….html), never from any run of digits.
    const product = /^\/item\/(\d{8,20})\.html$/.exec(url.pathname);
    if (product) return { kind: 'product', url: `https://${url.hostname}/item/${product[1]}.html` };
    const store = /^\/store\/(\d{3,15})(?:\/|$)/.exec(url.pathname);
    if (store) return { kind: 'store', url: `https://${url.hostname}/store/${store[1]}` };
  }
  url.hash = '';
  return { kind: 'page', url: url.toString() };
}

type ContactName = Record<Locale, string>;
const CONTACT_NAMES: Record<string, ContactName> = {
  phone: { en: 'phone', uk: 'телефон', pl: 'telefon', el: 'τηλέφωνο', ro: 'telefon', ka: 'ტელეფონი', ru: 'телефон' },
  whatsapp: { en: 'WhatsApp', uk: 'WhatsApp', pl: 'WhatsApp', el: 'WhatsApp', ro: 'WhatsApp', ka: 'WhatsApp', ru: 'WhatsApp' },
  telegram: { en: 'Telegram', uk: 'Telegram', pl: 'Telegram', el: 'Telegram', ro: 'Telegram', ka: 'Telegram', ru: 'Telegram' },
  viber: { en: 'Viber', uk: 'Viber', pl: 'Viber', el: 'Viber', ro: 'Viber', ka: 'Viber', ru: 'Viber' },
  wechat: { en: 'WeChat', uk: 'WeChat', pl: 'WeChat', el: 'WeChat', ro: 'WeChat', ka: 'WeChat', ru: 'WeChat' },
  email: { en: 'e-mail', uk: 'ел. пошта', pl: 'e-mail', el: 'e-mail', ro: 'e-mail', ka: 'ელფოსტა', ru: 'эл. почта' },
  link: { en: 'website', uk: 'сайт', pl: 'strona', el: 'ιστότοπος', ro: 'site', ka: 'ვებსაიტი', ru: 'сайт' },
  other: { en: 'contact', uk: 'контакт', pl: 'kontakt', el: 'επαφή', ro: 'contact', ka: 'კონტაქტი', ru: 'контакт' },
};

function contactList(contacts: readonly ContactFound[] | undefined): { count: number; text: Record<Locale, string> } | undefined {
  const usable = (contacts ?? [])
    .map((contact) => ({ kind: contact.kind.toLowerCase(), value: inlineText(contact.value, 80) }))
    .filter((contact): contact is { kind: string; value: string } => contact.value !== undefined)
    .filter((contact, index, all) => all.findIndex((other) => other.value === contact.value) === index);
  if (usable.length === 0) return undefined;
  const text = Object.fromEntries(
    LOCALES.map((locale) => {
      const items = usable.map((contact) => `${(CONTACT_NAMES[contact.kind] ?? CONTACT_NAMES.other)![locale]} ${contact.value}`);
      return [locale, formatList(items, locale)];
    }),
  ) as Record<Locale, string>;
  return { count: usable.length, text };
}

const SEEN_WHERE_WORDS: Record<SeenWhere, Record<Locale, string>> = {
  chat: { en: 'in the chat with the seller', uk: 'у чаті з продавцем', pl: 'na czacie ze sprzedawcą', el: 'στη συνομιλία με τον πωλητή', ro: 'în conversația cu vânzătorul', ka: 'გამყიდველთან ჩატში', ru: 'в чате с продавцом' },
  listing: { en: 'on the product page', uk: 'на сторінці товару', pl: 'na stronie produktu', el: 'στη σελίδα του προϊόντος', ro: 'pe pagina produsului', ka: 'პროდუქტის გვერდზე', ru: 'на странице товара' },
  'parcel-card': { en: 'on a card inside the parcel', uk: 'на картці в посилці', pl: 'na karteczce w paczce', el: 'σε κάρτα μέσα στο δέμα', ro: 'pe un bilet din colet', ka: 'ამანათში ჩადებულ ბარათზე', ru: 'на карточке в посылке' },
  'store-page': { en: 'on the store page', uk: 'на сторінці магазину', pl: 'na stronie sklepu', el: 'στη σελίδα του καταστήματος', ro: 'pe pagina magazinului', ka: 'მაღაზიის გვერდზე', ru: 'на странице магазина' },
};

const whenCategory =
  (...categories: ComplaintCategory[]) =>
  (category: ComplaintCategory): boolean =>
    categories.includes(category);

interface ComplaintSentence {
  template: SentenceTemplate;
  applies: (category: ComplaintCategory, answers: ComplaintAnswers) => boolean;
}

const always = (): boolean => true;

const COMPLAINT_SENTENCES: readonly ComplaintSentence[] = [
  {
    applies: always,
    template: sentence('complaint.listing', [
      { en: 'The listing is {item}, sold by the store {store}.', uk: 'Ідеться про товар {item} у магазині {store}.', pl: 'Chodzi o ofertę {item} w sklepie {store}.', el: 'Πρόκειται για την αγγελία {item} του καταστήματος {store}.', ro: 'Este vorba de anunțul {item} din magazinul {store}.', ka: 'საუბარია განცხადებაზე {item}, მაღაზია {store}.', ru: 'Речь о товаре {item} в магазине {store}.' },
      { en: 'The listing is {item}.', uk: 'Ідеться про товар {item}.', pl: 'Chodzi o ofertę {item}.', el: 'Πρόκειται για την αγγελία {item}.', ro: 'Este vorba de anunțul {item}.', ka: 'საუბარია განცხადებაზე {item}.', ru: 'Речь о товаре {item}.' },
      { en: 'The store is {store}.', uk: 'Ідеться про магазин {store}.', pl: 'Chodzi o sklep {store}.', el: 'Πρόκειται για το κατάστημα {store}.', ro: 'Este vorba de magazinul {store}.', ka: 'საუბარია მაღაზიაზე {store}.', ru: 'Речь о магазине {store}.' },
    ]),
  },
  {
    applies: whenCategory('offline-trading'),
    template: sentence('complaint.offline-trading', [
      { en: 'The seller tries to move buyers off {platform} by asking them to talk or pay outside the platform.', uk: 'Продавець намагається вивести покупців з {platform}, пропонуючи спілкуватися або платити поза платформою.', pl: 'Sprzedawca próbuje wyprowadzić kupujących poza {platform}, namawiając ich do rozmów lub płatności poza platformą.', el: 'Ο πωλητής προσπαθεί να βγάλει τους αγοραστές εκτός {platform}, ζητώντας τους να επικοινωνήσουν ή να πληρώσουν εκτός πλατφόρμας.', ro: 'Vânzătorul încearcă să scoată cumpărătorii de pe {platform}, cerându-le să comunice sau să plătească în afara platformei.', ka: 'გამყიდველი ცდილობს მყიდველები {platform}-დან გაიყვანოს და სთხოვს, პლატფორმის გარეთ ისაუბრონ ან გადაიხადონ.', ru: 'Продавец пытается увести покупателей с {platform}, предлагая общаться или платить вне платформы.' },
    ]),
  },
  {
    applies: whenCategory('offline-trading'),
    template: sentence('complaint.contacts', [
      {
        pluralBy: 'contacts',
        en: { one: 'The seller gives this contact: {contacts}.', other: 'The seller gives these contacts: {contacts}.' },
        uk: { one: 'Продавець указує такий контакт: {contacts}.', other: 'Продавець указує такі контакти: {contacts}.' },
        pl: { one: 'Sprzedawca podaje taki kontakt: {contacts}.', other: 'Sprzedawca podaje takie kontakty: {contacts}.' },
        el: { one: 'Ο πωλητής δίνει αυτή την επαφή: {contacts}.', other: 'Ο πωλητής δίνει αυτές τις επαφές: {contacts}.' },
        ro: { one: 'Vânzătorul oferă acest contact: {contacts}.', other: 'Vânzătorul oferă aceste contacte: {contacts}.' },
        ka: 'გამყიდველი უთითებს კონტაქტებს: {contacts}.',
        ru: { one: 'Продавец указывает такой контакт: {contacts}.', other: 'Продавец указывает такие контакты: {contacts}.' },
      },
    ]),
  },
  {
    applies: whenCategory('offline-trading'),
    template: sentence('complaint.offline-risk', [
      { en: 'This is against {platform} rules and exposes buyers to fraud.', uk: 'Це порушує правила {platform} і наражає покупців на шахрайство.', pl: 'To narusza zasady {platform} i naraża kupujących na oszustwa.', el: 'Αυτό παραβιάζει τους κανόνες του {platform} και εκθέτει τους αγοραστές σε απάτη.', ro: 'Acest lucru încalcă regulile {platform} și îi expune pe cumpărători la fraude.', ka: 'ეს {platform}-ის წესებს არღვევს და მყიდველებს თაღლითობის საფრთხის წინაშე აყენებს.', ru: 'Это нарушает правила {platform} и подвергает покупателей риску мошенничества.' },
    ]),
  },
  {
    applies: whenCategory('counterfeit'),
    template: sentence('complaint.counterfeit', [
      { en: 'This listing presents a fake as a genuine branded product.', uk: 'У цьому оголошенні підробку видають за оригінальний фірмовий товар.', pl: 'Ta oferta przedstawia podróbkę jako oryginalny produkt markowy.', el: 'Η αγγελία αυτή παρουσιάζει μια απομίμηση ως γνήσιο επώνυμο προϊόν.', ro: 'Acest anunț prezintă o contrafacere drept produs original de marcă.', ka: 'ეს განცხადება ყალბ ნივთს ორიგინალი ბრენდის პროდუქტად ასაღებს.', ru: 'В этом объявлении подделку выдают за оригинальный фирменный товар.' },
    ]),
  },
  {
    applies: whenCategory('restricted'),
    template: sentence('complaint.restricted', [
      { en: 'This listing offers a product that is restricted or prohibited on {platform}.', uk: 'У цьому оголошенні пропонують товар, обмежений або заборонений на {platform}.', pl: 'Ta oferta dotyczy produktu, którego sprzedaż na {platform} jest ograniczona lub zakazana.', el: 'Η αγγελία αυτή προσφέρει προϊόν που είναι περιορισμένο ή απαγορευμένο στο {platform}.', ro: 'Acest anunț oferă un produs restricționat sau interzis pe {platform}.', ka: 'ეს განცხადება გვთავაზობს პროდუქტს, რომელიც {platform}-ზე შეზღუდული ან აკრძალულია.', ru: 'В этом объявлении предлагают товар, ограниченный или запрещённый на {platform}.' },
    ]),
  },
  {
    applies: whenCategory('search-cheating'),
    template: sentence('complaint.search-cheating', [
      { en: 'This listing manipulates the search results.', uk: 'Це оголошення маніпулює результатами пошуку.', pl: 'Ta oferta manipuluje wynikami wyszukiwania.', el: 'Η αγγελία αυτή χειραγωγεί τα αποτελέσματα αναζήτησης.', ro: 'Acest anunț manipulează rezultatele căutării.', ka: 'ეს განცხადება ძიების შედეგებით მანიპულირებს.', ru: 'Это объявление манипулирует результатами поиска.' },
    ]),
  },
  {
    applies: (category, answers) => category === 'search-cheating' && answers.searchTrick === 'wrong-category',
    template: sentence('complaint.search.wrong-category', [
      { en: 'It is placed in a category that does not match the product.', uk: 'Його розміщено в категорії, яка не відповідає товару.', pl: 'Jest umieszczona w kategorii, która nie pasuje do produktu.', el: 'Είναι καταχωρισμένη σε κατηγορία που δεν ταιριάζει με το προϊόν.', ro: 'Este plasat într-o categorie care nu corespunde produsului.', ka: 'ის განთავსებულია კატეგორიაში, რომელიც პროდუქტს არ შეესაბამება.', ru: 'Оно размещено в категории, которая не соответствует товару.' },
    ]),
  },
  {
    applies: (category, answers) => category === 'search-cheating' && answers.searchTrick === 'keyword-stuffing',
    template: sentence('complaint.search.keyword-stuffing', [
      { en: 'Its title is stuffed with brand names and keywords that have nothing to do with the product.', uk: 'Його назву переповнено брендами й ключовими словами, що не мають стосунку до товару.', pl: 'Jej tytuł jest przeładowany nazwami marek i słowami kluczowymi, które nie mają związku z produktem.', el: 'Ο τίτλος της είναι γεμάτος με ονόματα εμπορικών σημάτων και λέξεις-κλειδιά άσχετες με το προϊόν.', ro: 'Titlul său este plin de nume de mărci și cuvinte-cheie care nu au legătură cu produsul.', ka: 'მის სათაურში ჩაყრილია ბრენდები და საკვანძო სიტყვები, რომლებსაც პროდუქტთან კავშირი არ აქვს.', ru: 'Его название переполнено брендами и ключевыми словами, не имеющими отношения к товару.' },
    ]),
  },
  {
    applies: (category, answers) => category === 'search-cheating' && answers.searchTrick === 'price-bait',
    template: sentence('complaint.search.price-bait', [
      { en: 'The price shown in search results is for a much cheaper option, not for the product in the title.', uk: 'Ціна в результатах пошуку — за набагато дешевший варіант, а не за товар із назви.', pl: 'Cena widoczna w wynikach wyszukiwania dotyczy znacznie tańszego wariantu, a nie produktu z tytułu.', el: 'Η τιμή στα αποτελέσματα αναζήτησης αφορά μια πολύ φθηνότερη επιλογή και όχι το προϊόν του τίτλου.', ro: 'Prețul afișat în rezultatele căutării este pentru o variantă mult mai ieftină, nu pentru produsul din titlu.', ka: 'ძიების შედეგებში ნაჩვენები ფასი გაცილებით იაფ ვარიანტს ეკუთვნის და არა სათაურში მითითებულ პროდუქტს.', ru: 'Цена в результатах поиска указана за гораздо более дешёвый вариант, а не за товар из названия.' },
    ]),
  },
  {
    applies: whenCategory('false-information'),
    template: sentence('complaint.false-information', [
      { en: 'The product page gives false information about the product.', uk: 'На сторінці товару наведено неправдиву інформацію про нього.', pl: 'Strona produktu podaje nieprawdziwe informacje o produkcie.', el: 'Η σελίδα του προϊόντος δίνει ψευδείς πληροφορίες για το προϊόν.', ro: 'Pagina produsului oferă informații false despre produs.', ka: 'პროდუქტის გვერდზე პროდუქტის შესახებ ცრუ ინფორმაციაა მოცემული.', ru: 'На странице товара указана ложная информация о нём.' },
    ]),
  },
  {
    applies: (category) => category === 'false-information',
    template: sentence('complaint.false-claim', [
      { en: 'The listing says "{claim}", but this is not true.', uk: 'В оголошенні сказано «{claim}», але це неправда.', pl: 'W ofercie napisano „{claim}”, ale to nieprawda.', el: 'Η αγγελία γράφει «{claim}», αλλά αυτό δεν ισχύει.', ro: 'Anunțul spune „{claim}”, dar nu este adevărat.', ka: 'განცხადებაში წერია „{claim}“, მაგრამ ეს სიმართლეს არ შეესაბამება.', ru: 'В объявлении сказано «{claim}», но это неправда.' },
    ]),
  },
  {
    applies: always,
    template: sentence('complaint.seen', [
      { en: 'I saw this {where} on {seenOn}.', uk: 'Це було {where}, {seenOn}.', pl: 'Było to {where}, {seenOn}.', el: 'Το είδα {where} στις {seenOn}.', ro: 'Am văzut asta {where}, pe {seenOn}.', ka: 'ეს ვნახე {where} (თარიღი: {seenOn}).', ru: 'Это было {where}, {seenOn}.' },
      { en: 'I saw this {where}.', uk: 'Це було {where}.', pl: 'Było to {where}.', el: 'Το είδα {where}.', ro: 'Am văzut asta {where}.', ka: 'ეს ვნახე {where}.', ru: 'Это было {where}.' },
    ]),
  },
  {
    applies: whenCategory('ip-infringement'),
    template: sentence('complaint.ip', [
      { en: 'This listing uses a brand, design, photos or text without the permission of the rights holder.', uk: 'У цьому оголошенні без дозволу правовласника використано бренд, дизайн, фото або текст.', pl: 'Ta oferta wykorzystuje markę, projekt, zdjęcia lub tekst bez zgody właściciela praw.', el: 'Η αγγελία αυτή χρησιμοποιεί εμπορικό σήμα, σχέδιο, φωτογραφίες ή κείμενο χωρίς την άδεια του δικαιούχου.', ro: 'Acest anunț folosește o marcă, un design, fotografii sau text fără permisiunea titularului drepturilor.', ka: 'ეს განცხადება უფლების მფლობელის ნებართვის გარეშე იყენებს ბრენდს, დიზაინს, ფოტოებს ან ტექსტს.', ru: 'В этом объявлении без разрешения правообладателя используются бренд, дизайн, фото или текст.' },
    ]),
  },
  {
    applies: (category, answers) => category === 'ip-infringement' && answers.rightsHolder === true,
    template: sentence('complaint.rights-holder', [
      { en: 'I am the rights holder and can provide proof of my rights.', uk: 'Я правовласник і можу надати підтвердження своїх прав.', pl: 'Jestem właścicielem praw i mogę przedstawić ich potwierdzenie.', el: 'Είμαι ο δικαιούχος και μπορώ να προσκομίσω απόδειξη των δικαιωμάτων μου.', ro: 'Sunt titularul drepturilor și pot prezenta dovada acestora.', ka: 'მე ვარ უფლების მფლობელი და შემიძლია ჩემი უფლებების დამადასტურებელი საბუთი წარმოვადგინო.', ru: 'Я правообладатель и могу предоставить подтверждение своих прав.' },
    ]),
  },
  {
    applies: (category) => category === 'counterfeit' || category === 'false-information',
    template: sentence('complaint.bought', [
      { en: 'I bought this product in order {order}, and what I received confirms the problem.', uk: 'Товар із мого замовлення {order}, і отримана річ підтверджує проблему.', pl: 'Produkt pochodzi z mojego zamówienia {order}, a otrzymana rzecz potwierdza problem.', el: 'Αγόρασα αυτό το προϊόν με την παραγγελία {order} και ό,τι παρέλαβα επιβεβαιώνει το πρόβλημα.', ro: 'Am cumpărat acest produs în comanda {order}, iar ce am primit confirmă problema.', ka: 'ეს პროდუქტი შეკვეთით {order} ვიყიდე და მიღებული ნივთი პრობლემას ადასტურებს.', ru: 'Товар из моего заказа {order}, и полученная вещь подтверждает проблему.' },
    ]),
  },
  { applies: always, template: detailSentence },
  { applies: always, template: evidenceSentence },
  {
    applies: always,
    template: sentence('complaint.request', [
      { en: 'Please review this and take the necessary action.', uk: 'Прошу розглянути це й ужити необхідних заходів.', pl: 'Proszę o sprawdzenie i podjęcie odpowiednich działań.', el: 'Παρακαλώ εξετάστε το και λάβετε τα απαραίτητα μέτρα.', ro: 'Vă rog să analizați situația și să luați măsurile necesare.', ka: 'გთხოვთ, განიხილოთ და მიიღოთ შესაბამისი ზომები.', ru: 'Прошу рассмотреть это и принять необходимые меры.' },
    ]),
  },
];

export interface ComplaintOptions {
  now: number;
  /** Overrides the marketplace's limit; null for none. */
  limit?: number | null;
}

function steps(category: ComplaintCategory, link: ComplaintLink | undefined, hasEvidence: boolean): WizardStep[] {
  return [
    { key: 'drafts.complaint.step.open' },
    link ? { key: 'drafts.complaint.step.link', params: { link: link.url } } : { key: 'drafts.complaint.step.linkMissing' },
    { key: 'drafts.complaint.step.category', params: { category: COMPLAINT_FORM_NAMES[category] } },
    { key: 'drafts.complaint.step.description' },
    hasEvidence ? { key: 'drafts.complaint.step.evidence' } : { key: 'drafts.complaint.step.screenshot' },
    { key: 'drafts.complaint.step.submit' },
  ];
}

const AFTER_SUBMIT: readonly WizardStep[] = [
  { key: 'drafts.complaint.after.review' },
  { key: 'drafts.complaint.after.status' },
  { key: 'drafts.complaint.after.noResubmit' },
];

/** The whole complaint: category, link, English description with glosses, and the steps to submit it. */
export function buildComplaint(answers: ComplaintAnswers, options: ComplaintOptions): Complaint {
  const category = chooseComplaintCategory(answers);
  const link = complaintLink(answers.url);
  const context = { orderNumber: answers.orderNumber ?? '', now: options.now };
  const params = contextParams(context);
  textParam(params, 'item', answers.itemTitle, 60);
  textParam(params, 'store', answers.storeName, 60);
  const contacts = contactList(answers.contacts);
  if (contacts) {
    params.values.contacts = contacts.text;
    params.counts.contacts = contacts.count;
  }
  const evidence = evidenceList(answers.evidence);
  if (evidence) params.values.evidence = evidence;
  if (answers.seenWhere) params.values.where = SEEN_WHERE_WORDS[answers.seenWhere];
  if (answers.seenWhere && answers.seenOn !== undefined && answers.seenOn <= options.now) dateParam(params, 'seenOn', answers.seenOn, answers.timeZone);
  englishAnswerParam(params, 'claim', answers.falseClaim, 100);
  const detail = englishSentence(answers.detail, DETAIL_TEXT_MAX);
  if (detail !== undefined) params.values.detail = same(detail);

  const templates = COMPLAINT_SENTENCES.filter((entry) => entry.applies(category, answers)).map((entry) => entry.template);
  const input: TemplateInput = { tone: 'firm', answers: {}, context };
  const rendered = renderSentences(templates, input, params);
  const text = joinMessage(rendered);
  const limit = resolveLimit(options.limit, DEFAULT_MARKETPLACE, 'complaint');
  return {
    category,
    formName: COMPLAINT_FORM_NAMES[category],
    ...(link ? { link } : {}),
    description: { sentences: rendered.map((entry) => entry.sentence), text, ...measure(text, limit, isEstimated(options.limit, DEFAULT_MARKETPLACE)) },
    steps: steps(category, link, evidence !== undefined),
    afterSubmit: [...AFTER_SUBMIT],
    formUrl: complaintSite.officialHelp.complaint,
  };
}

/** The complaint the scam-contact guard opens: off-line trading, with the contacts it found on the page. */
export function complaintFromGuard(prefill: GuardComplaintPrefill, options: ComplaintOptions & Omit<Partial<ComplaintAnswers>, 'problem'>): Complaint {
  const { now, limit, ...rest } = options;
  return buildComplaint(
    { ...rest, problem: 'contact-outside', contacts: prefill.contacts, url: prefill.pageUrl },
    limit === undefined ? { now } : { now, limit },
  );
}
