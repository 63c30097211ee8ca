import { LOCALES, type Locale } from '../i18n/locales';
import { DEFAULT_MARKETPLACE, MARKETPLACES, marketplaceOfHost, type RegisteredMarketplace } from '../marketplaces/registry';
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
import { phraseIn, phraseInAll, sentence, type SentenceTemplate, type TemplateInput, type Wording } from './template';
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
  /** The marketplace the reported page belongs to (the default one for a page of none). */
  marketplace: RegisteredMarketplace['id'];
  /** The type's name on the English form; absent where the marketplace's form has no such types. */
  formName?: string;
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

/** How each contact kind is named before the contact itself (lib/i18n/locales/<lang>/sentences.json). */
const CONTACT_NAMES: Record<string, Wording> = {
  phone: 'sentences.phrase.contact.phone',
  whatsapp: 'sentences.phrase.contact.whatsapp',
  telegram: 'sentences.phrase.contact.telegram',
  viber: 'sentences.phrase.contact.viber',
  wechat: 'sentences.phrase.contact.wechat',
  email: 'sentences.phrase.contact.email',
  link: 'sentences.phrase.contact.link',
  other: 'sentences.phrase.contact.other',
};

function contactList(contacts: readonly ContactFound[] | undefined): { count: number; text: Record<Locale, string> } | undefined {
  const usable = (contacts ?? [])
    .map((contact) => ({ kind: contact.kind.toLowerCase(), value: inlineText(contact.value, 80) }))
    .filter((contact): contact is { kind: string; value: string } => contact.value !== undefined)
    .filter((contact, index, all) => all.findIndex((other) => other.value === contact.value) === index);
  if (usable.length === 0) return undefined;
  const text = Object.fromEntries(
    LOCALES.map((locale) => {
      const items = usable.map((contact) => `${phraseIn(CONTACT_NAMES[contact.kind] ?? CONTACT_NAMES.other!, locale)} ${contact.value}`);
      return [locale, formatList(items, locale)];
    }),
  ) as Record<Locale, string>;
  return { count: usable.length, text };
}

const SEEN_WHERE_WORDS: Record<SeenWhere, Wording> = {
  chat: 'sentences.phrase.seen.chat',
  listing: 'sentences.phrase.seen.listing',
  'parcel-card': 'sentences.phrase.seen.parcel-card',
  'store-page': 'sentences.phrase.seen.store-page',
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
      'sentences.complaint.listing.item-store',
      'sentences.complaint.listing.item',
      'sentences.complaint.listing.store',
    ]),
  },
  {
    applies: whenCategory('offline-trading'),
    template: sentence('complaint.offline-trading', [
      'sentences.complaint.offline-trading',
    ]),
  },
  {
    applies: whenCategory('offline-trading'),
    template: sentence('complaint.contacts', [
      'sentences.complaint.contacts',
    ]),
  },
  {
    applies: whenCategory('offline-trading'),
    template: sentence('complaint.offline-risk', [
      'sentences.complaint.offline-risk',
    ]),
  },
  {
    applies: whenCategory('counterfeit'),
    template: sentence('complaint.counterfeit', [
      'sentences.complaint.counterfeit',
    ]),
  },
  {
    applies: whenCategory('restricted'),
    template: sentence('complaint.restricted', [
      'sentences.complaint.restricted',
    ]),
  },
  {
    applies: whenCategory('search-cheating'),
    template: sentence('complaint.search-cheating', [
      'sentences.complaint.search-cheating',
    ]),
  },
  {
    applies: (category, answers) => category === 'search-cheating' && answers.searchTrick === 'wrong-category',
    template: sentence('complaint.search.wrong-category', [
      'sentences.complaint.search.wrong-category',
    ]),
  },
  {
    applies: (category, answers) => category === 'search-cheating' && answers.searchTrick === 'keyword-stuffing',
    template: sentence('complaint.search.keyword-stuffing', [
      'sentences.complaint.search.keyword-stuffing',
    ]),
  },
  {
    applies: (category, answers) => category === 'search-cheating' && answers.searchTrick === 'price-bait',
    template: sentence('complaint.search.price-bait', [
      'sentences.complaint.search.price-bait',
    ]),
  },
  {
    applies: whenCategory('false-information'),
    template: sentence('complaint.false-information', [
      'sentences.complaint.false-information',
    ]),
  },
  {
    applies: (category) => category === 'false-information',
    template: sentence('complaint.false-claim', [
      'sentences.complaint.false-claim',
    ]),
  },
  {
    applies: always,
    template: sentence('complaint.seen', [
      'sentences.complaint.seen.seenOn-where',
      'sentences.complaint.seen.where',
    ]),
  },
  {
    applies: whenCategory('ip-infringement'),
    template: sentence('complaint.ip', [
      'sentences.complaint.ip',
    ]),
  },
  {
    applies: (category, answers) => category === 'ip-infringement' && answers.rightsHolder === true,
    template: sentence('complaint.rights-holder', [
      'sentences.complaint.rights-holder',
    ]),
  },
  {
    applies: (category) => category === 'counterfeit' || category === 'false-information',
    template: sentence('complaint.bought', [
      'sentences.complaint.bought',
    ]),
  },
  { applies: always, template: detailSentence },
  { applies: always, template: evidenceSentence },
  {
    applies: always,
    template: sentence('complaint.request', [
      'sentences.complaint.request',
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

/** Whose rules the reported page is under: the marketplace of its host, else the default one. */
function reportedMarketplace(url: string | undefined): RegisteredMarketplace {
  let host: string | undefined;
  try {
    host = url ? new URL(url.trim()).hostname : undefined;
  } catch {
    host = undefined;
  }
  return marketplaceOfHost(host) ?? MARKETPLACES[0];
}

/** The form, its type and the steps: the default marketplace's complaint form, or the reported marketplace's own way. */
function submission(marketplace: RegisteredMarketplace, category: ComplaintCategory, link: ComplaintLink | undefined, hasEvidence: boolean) {
  const own = marketplace.id === DEFAULT_MARKETPLACE ? undefined : marketplace.report;
  if (own) {
    return {
      steps: own.steps.map((key) => ({ key })),
      afterSubmit: own.afterSubmit.map((key) => ({ key })),
      ...(own.formUrl ? { formUrl: own.formUrl } : {}),
    };
  }
  return {
    formName: COMPLAINT_FORM_NAMES[category],
    steps: steps(category, link, hasEvidence),
    afterSubmit: [...AFTER_SUBMIT],
    ...(complaintSite.officialHelp.complaint ? { formUrl: complaintSite.officialHelp.complaint } : {}),
  };
}

/** The whole complaint: category, link, English description with glosses, and the steps to submit it. */
export function buildComplaint(answers: ComplaintAnswers, options: ComplaintOptions): Complaint {
  const category = chooseComplaintCategory(answers);
  const link = complaintLink(answers.url);
  const marketplace = reportedMarketplace(answers.url);
  const context = { orderNumber: answers.orderNumber ?? '', now: options.now, marketplace: marketplace.id };
  const params = contextParams(context);
  textParam(params, 'item', answers.itemTitle, 60);
  textParam(params, 'store', answers.storeName, 60);
  const contacts = contactList(answers.contacts);
  if (contacts) {
    params.values.contacts = contacts.text;
    params.counts.contactCount = contacts.count;
  }
  const evidence = evidenceList(answers.evidence);
  if (evidence) params.values.evidence = evidence;
  if (answers.seenWhere) params.values.where = phraseInAll(SEEN_WHERE_WORDS[answers.seenWhere]);
  if (answers.seenWhere && answers.seenOn !== undefined && answers.seenOn <= options.now) dateParam(params, 'seenOn', answers.seenOn, answers.timeZone);
  englishAnswerParam(params, 'claim', answers.falseClaim, 100);
  const detail = englishSentence(answers.detail, DETAIL_TEXT_MAX);
  if (detail !== undefined) params.values.detail = same(detail);

  const templates = COMPLAINT_SENTENCES.filter((entry) => entry.applies(category, answers)).map((entry) => entry.template);
  const input: TemplateInput = { tone: 'firm', answers: {}, context };
  const rendered = renderSentences(templates, input, params);
  const text = joinMessage(rendered);
  const limit = resolveLimit(options.limit, marketplace.id, 'complaint');
  return {
    category,
    marketplace: marketplace.id,
    ...(link ? { link } : {}),
    description: { sentences: rendered.map((entry) => entry.sentence), text, ...measure(text, limit, isEstimated(options.limit, marketplace.id)) },
    ...submission(marketplace, category, link, evidence !== undefined),
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
