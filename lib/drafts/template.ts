import { sentencesMessages } from '../i18n/catalogs/sentences';
import { LOCALES, type Locale } from '../i18n/locales';
import { formatMessage, placeholdersOf as messagePlaceholders, type MessageParams } from '../i18n/message-format';
import { messagesOf, type KeysOf } from '../i18n/translator-core';
import type { DraftAnswers, DraftContext, DraftSentence, Tone } from './types';

/** Placeholders a sentence may use, filled by `./params`. */
export type ParamName =
  | 'order'
  | 'orderDate'
  | 'shipDate'
  | 'store'
  | 'item'
  | 'total'
  | 'tracking'
  | 'protectionEnds'
  | 'daysLeft'
  | 'deadline'
  | 'seller'
  | 'platform'
  | 'amount'
  | 'percent'
  | 'days'
  | 'items'
  | 'ordered'
  | 'received'
  | 'listing'
  | 'contacts'
  | 'contactCount'
  | 'evidence'
  | 'delivered'
  | 'replyBy'
  | 'detail'
  | 'money'
  | 'orderedCount'
  | 'receivedCount'
  | 'missingCount'
  | 'where'
  | 'seenOn'
  | 'claim'
  | 'link'
  | 'variant'
  | 'usualSize'
  | 'measurements'
  | 'country';

/** Placeholders that hold a count and may choose a plural form. */
export type CountParam = 'daysLeft' | 'days' | 'items' | 'contactCount' | 'orderedCount' | 'receivedCount' | 'missingCount';

/**
 * One wording of a sentence: a key of lib/i18n/locales/<lang>/sentences.json.
 * Its `en` message is what is sent; the other languages say the same thing
 * for the buyer to read. Plurals are ICU messages (`{days, plural, …}`),
 * formatted by the one engine the UI uses (`formatMessage`).
 */
export type Wording = KeysOf<typeof sentencesMessages>;

const TABLES = Object.fromEntries(LOCALES.map((locale) => [locale, messagesOf(sentencesMessages, locale)])) as Record<Locale, Readonly<Record<string, string>>>;

/** A wording's message in one language (English when the language lacks it; the i18n tests forbid that). */
export function wordingText(wording: Wording, locale: Locale): string {
  return TABLES[locale][wording] ?? TABLES.en[wording] ?? wording;
}

export interface TemplateInput {
  tone: Tone;
  /** Who reads the message on this marketplace; the seller when absent. */
  reader?: 'seller' | 'support';
  answers: DraftAnswers;
  context: DraftContext;
}

export interface SentenceTemplate {
  id: string;
  /** Where the sentence goes in the message; body when absent. */
  part?: 'greeting' | 'body' | 'closing';
  /** Left out unless this holds. */
  when?: (input: TemplateInput) => boolean;
  /** Tried in order: the first whose placeholders are all known is used; none known leaves the sentence out. */
  variants: readonly Wording[];
}

export interface Params {
  values: Partial<Record<ParamName, Record<Locale, string>>>;
  counts: Partial<Record<CountParam, number>>;
}

export function sentence(id: string, variants: readonly Wording[], when?: SentenceTemplate['when']): SentenceTemplate {
  return when ? { id, variants, when } : { id, variants };
}

export const whenTone =
  (tone: Tone): NonNullable<SentenceTemplate['when']> =>
  (input) =>
    input.tone === tone;

/** For a sentence worded for one reader (the seller, or support that answers for the sellers), and `also` when given. */
export const forReader =
  (reader: NonNullable<TemplateInput['reader']>, also?: SentenceTemplate['when']): NonNullable<SentenceTemplate['when']> =>
  (input) =>
    (input.reader ?? 'seller') === reader && (also?.(input) ?? true);

/** For a sentence that says one answer: the buyer chose `value` for `field` (and writes in `tone`, when given). */
export const whenAnswer =
  <F extends keyof DraftAnswers>(field: F, value: DraftAnswers[F], tone?: Tone): NonNullable<SentenceTemplate['when']> =>
  (input) =>
    input.answers[field] === value && (tone === undefined || input.tone === tone);

/** A phrase that fills a placeholder (an evidence item, where something was seen), in one language. */
export function phraseIn(wording: Wording, locale: Locale, params?: MessageParams): string {
  return formatMessage(locale, wordingText(wording, locale), params);
}

/** A phrase in every language. */
export function phraseInAll(wording: Wording): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, phraseIn(wording, locale)])) as Record<Locale, string>;
}

/** Every `{name}` used by any language or plural form of a wording. */
export function placeholdersOf(wording: Wording): Set<string> {
  return new Set(LOCALES.flatMap((locale) => messagePlaceholders(wordingText(wording, locale))));
}

/**
 * Tidies a filled sentence: a date that ends in an abbreviation ("12 березня
 * 2026 р.") at the end of a sentence must not leave "р..".
 */
function tidy(text: string): string {
  return text
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

/** One language's placeholder values; counts go in as numbers so plurals can choose by them. */
function paramsIn(locale: Locale, params: Params): MessageParams {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params.values)) if (value) values[name] = value[locale];
  for (const [name, count] of Object.entries(params.counts)) if (count !== undefined) values[name] = count;
  return values;
}

function render(wording: Wording, locale: Locale, params: Params): string {
  return tidy(formatMessage(locale, wordingText(wording, locale), paramsIn(locale, params)));
}

export function renderSentence(template: SentenceTemplate, input: TemplateInput, params: Params): DraftSentence | undefined {
  if (template.when && !template.when(input)) return undefined;
  const wording = template.variants.find((variant) =>
    [...placeholdersOf(variant)].every((name) => params.values[name as ParamName] !== undefined || params.counts[name as CountParam] !== undefined),
  );
  if (!wording) return undefined;
  const gloss = Object.fromEntries(
    LOCALES.map((locale) => [locale, render(wording, locale, params)]),
  ) as Record<Locale, string>;
  return { id: template.id, english: gloss.en, gloss };
}
