import type { PluralMessage } from '../i18n/define';
import { LOCALES, type Locale } from '../i18n/locales';
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
  | 'claim';

/** Placeholders that hold a count and may choose a plural form. */
export type CountParam = 'daysLeft' | 'days' | 'items' | 'contacts' | 'orderedCount' | 'receivedCount' | 'missingCount';

export type Text = string | PluralMessage;

/**
 * One wording of a sentence in every UI language. `en` is what is sent; the
 * other languages say the same thing for the buyer to read. When a wording
 * has plural forms, `pluralBy` names the count that selects them.
 */
export type Wording = { pluralBy?: CountParam } & Record<Locale, Text>;

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

function textsOf(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text).filter((t): t is string => typeof t === 'string');
}

/** Every `{name}` used by any language or plural form of a wording. */
export function placeholdersOf(wording: Wording): Set<string> {
  const names = new Set<string>();
  for (const locale of LOCALES) {
    for (const text of textsOf(wording[locale])) {
      for (const match of text.matchAll(/\{(\w+)\}/g)) if (match[1]) names.add(match[1]);
    }
  }
  return names;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(text: PluralMessage, locale: Locale, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return text[rules.select(count)] ?? text.other;
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

function render(text: Text, locale: Locale, params: Params, pluralBy: CountParam | undefined): string {
  const form = typeof text === 'string' ? text : pluralForm(text, locale, params.counts[pluralBy ?? 'days'] ?? 0);
  return tidy(form.replace(/\{(\w+)\}/g, (whole, name: string) => params.values[name as ParamName]?.[locale] ?? whole));
}

export function renderSentence(template: SentenceTemplate, input: TemplateInput, params: Params): DraftSentence | undefined {
  if (template.when && !template.when(input)) return undefined;
  const wording = template.variants.find((variant) =>
    [...placeholdersOf(variant)].every((name) => params.values[name as ParamName] !== undefined),
  );
  if (!wording) return undefined;
  const gloss = Object.fromEntries(
    LOCALES.map((locale) => [locale, render(wording[locale], locale, params, wording.pluralBy)]),
  ) as Record<Locale, string>;
  return { id: template.id, english: gloss.en, gloss };
}
