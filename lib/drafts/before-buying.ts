import { LOCALES, type Locale } from '../i18n/locales';
import { closingPolite, greetingPolite } from './common';
import { formatCount, formatList } from './english';
import { ANSWER_TEXT_MAX, englishAnswerParam, ITEM_TITLE_MAX, textParam } from './params';
import type { Question, Situation } from './situation';
import { forReader, phraseIn, phraseInAll, sentence, whenAnswer, type Params, type SentenceTemplate, type Wording } from './template';
import { COUNTRIES, MEASUREMENTS, ORIGINAL_ASKS, PHOTO_KINDS, VARIANT_ASKS, type BeforeBuyingId, type DraftAnswers, type DraftContext, type Measurement } from './types';

/*
 * Questions before buying (issue 11): no order yet, so no order number, no
 * reply date and no firm tone. Each asks one thing the listing does not say,
 * with the buyer's own answers; the composer is ./build's, the sentences the
 * `sentences` i18n area's like every other draft's.
 */

const product: Question = { id: 'product', kind: 'text', label: 'drafts.question.product', hint: 'drafts.hint.latinText', maxLength: ITEM_TITLE_MAX };
const variant = (required: boolean): Question => ({ id: 'variant', kind: 'text', label: 'drafts.question.variant', hint: 'drafts.hint.latinText', maxLength: ANSWER_TEXT_MAX, required });
const measurement = (id: Measurement): Question => ({ id, kind: 'count', label: `drafts.question.measure.${id}` });

/** "I have a question about this item before I buy it: …", with the name and link when known. */
const intro = sentence('before-buying.intro', [
  'sentences.before-buying.intro.item-link',
  'sentences.before-buying.intro.item',
  'sentences.before-buying.intro.link',
  'sentences.before-buying.intro.plain',
]);

const namedVariant = sentence('before-buying.variant', ['sentences.before-buying.variant']);

/** Greeting, what the question is about, the buyer's questions, their own line, thanks. */
function question(id: BeforeBuyingId, questions: readonly Question[], own: readonly SentenceTemplate[]): Situation<BeforeBuyingId> {
  return {
    id,
    audience: 'presale',
    questions: [product, ...questions],
    sentences: [greetingPolite, intro, ...own, sentence('detail', ['sentences.detail']), closingPolite],
  };
}

export const askSize = question('ask-size', [...MEASUREMENTS.map(measurement), { id: 'usualSize', kind: 'text', label: 'drafts.question.usualSize', hint: 'drafts.hint.latinText', maxLength: 20 }], [
  sentence('size.measurements', ['sentences.before-buying.size.measurements']),
  sentence('size.usual', ['sentences.before-buying.size.usual']),
  sentence('size.ask', ['sentences.before-buying.size.ask']),
]);

export const askPhotos = question('ask-photos', [
  { id: 'photoKind', kind: 'choice', label: 'drafts.question.photoKind', options: PHOTO_KINDS.map((value) => ({ value, label: `drafts.photoKind.${value}` })), required: true },
  variant(false),
], [
  namedVariant,
  ...PHOTO_KINDS.map((kind) => sentence(`photos.${kind}`, [`sentences.before-buying.photos.${kind}`], whenAnswer('photoKind', kind))),
]);

export const askVariant = question('ask-variant', [
  variant(true),
  { id: 'variantAsk', kind: 'choice', label: 'drafts.question.variantAsk', options: VARIANT_ASKS.map((value) => ({ value, label: `drafts.variantAsk.${value}` })), required: true },
], [
  namedVariant,
  ...VARIANT_ASKS.map((ask) => sentence(`variant.${ask}`, [`sentences.before-buying.variant.${ask}`], whenAnswer('variantAsk', ask))),
]);

export const askShippingTime = question('ask-shipping-time', [
  { id: 'country', kind: 'choice', label: 'drafts.question.country', options: COUNTRIES.map((value) => ({ value, label: `drafts.country.${value}` })) },
], [
  sentence('shipping.country', ['sentences.before-buying.shipping.country']),
  sentence('shipping.ask', ['sentences.before-buying.shipping.ask.there'], ({ answers }) => answers.country !== undefined),
  sentence('shipping.ask', ['sentences.before-buying.shipping.ask.plain'], ({ answers }) => answers.country === undefined),
  sentence('shipping.tracking', ['sentences.before-buying.shipping.tracking']),
]);

export const askOriginal = question('ask-original', [
  { id: 'originalAsk', kind: 'choice', label: 'drafts.question.originalAsk', options: ORIGINAL_ASKS.map((value) => ({ value, label: `drafts.originalAsk.${value}` })), required: true },
], [
  sentence('original.genuine', ['sentences.before-buying.original.genuine'], ({ answers }) => answers.originalAsk === 'genuine' || answers.originalAsk === 'both'),
  sentence('original.warranty', ['sentences.before-buying.original.warranty'], ({ answers }) => answers.originalAsk === 'warranty' || answers.originalAsk === 'both'),
]);

export const askCombinedShipping = question('ask-combined-shipping', [
  { id: 'items', kind: 'count', label: 'drafts.question.itemsToBuy', required: true },
  { id: 'discount', kind: 'yes-no', label: 'drafts.question.discount' },
], [
  // A seller is asked about its own store; Temu's support about one order of several items.
  sentence('combined.buy', ['sentences.before-buying.combined.buy.seller'], forReader('seller')),
  sentence('combined.buy', ['sentences.before-buying.combined.buy.support'], forReader('support')),
  sentence('combined.together', ['sentences.before-buying.combined.together']),
  sentence('combined.discount', ['sentences.before-buying.combined.discount'], ({ answers }) => answers.discount === true),
]);

/** The questions before buying, in the order the composer lists them. */
export const BEFORE_BUYING: readonly Situation<BeforeBuyingId>[] = [askSize, askPhotos, askVariant, askShippingTime, askOriginal, askCombinedShipping];

/** A link is put in the English only as the marketplace's own https address: no other text can ride in on it. */
function productLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? `${parsed.origin}${parsed.pathname}` : undefined;
  } catch {
    return undefined;
  }
}

const MEASUREMENT_WORDINGS: Record<Measurement, Wording> = {
  heightCm: 'sentences.before-buying.measure.height',
  weightKg: 'sentences.before-buying.measure.weight',
  chestCm: 'sentences.before-buying.measure.chest',
  waistCm: 'sentences.before-buying.measure.waist',
  hipsCm: 'sentences.before-buying.measure.hips',
  footCm: 'sentences.before-buying.measure.foot',
};

/** "height 178 cm, weight 74 kg and chest 98 cm", in each language. */
function measurementsIn(answers: DraftAnswers, locale: Locale): string | undefined {
  const given = MEASUREMENTS.filter((id) => {
    const value = answers[id];
    return value !== undefined && Number.isInteger(value) && value >= 1 && value < 1000;
  });
  if (given.length === 0) return undefined;
  return formatList(given.map((id) => phraseIn(MEASUREMENT_WORDINGS[id], locale, { value: formatCount(answers[id] ?? 0, locale) })), locale);
}

/** What only questions before buying fill: the product (typed or from the page, Latin letters only), its link, the buyer's answers. */
export function beforeBuyingParams(params: Params, context: DraftContext, answers: DraftAnswers): void {
  // The page's title is editable in the form; like anything typed, it goes into the English only in Latin letters.
  delete params.values.item;
  englishAnswerParam(params, 'item', answers.product, ITEM_TITLE_MAX);
  textParam(params, 'link', productLink(context.productUrl), 200);
  englishAnswerParam(params, 'variant', answers.variant, ANSWER_TEXT_MAX);
  englishAnswerParam(params, 'usualSize', answers.usualSize, 20);
  const measurements = Object.fromEntries(LOCALES.map((locale) => [locale, measurementsIn(answers, locale)]));
  if (measurements.en !== undefined) params.values.measurements = measurements as Record<Locale, string>;
  if (answers.country) params.values.country = phraseInAll(`sentences.before-buying.country.${answers.country}`);
  // "Several items shipped together" needs at least two.
  if ((answers.items ?? 0) < 2) {
    delete params.values.items;
    delete params.counts.items;
  }
}
