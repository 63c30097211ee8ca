import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { SITUATIONS, TONES, buildDraft, type DraftSentence } from '../../../lib/drafts';
import { answerCombinations, FULL_CONTEXT, NOW } from './combinations';

/*
 * Per language: a gloss says what its English says. Every fact the English
 * sentence carries — the order number, each amount, each date — appears in
 * the gloss in that language's own form (worked out here with Intl, not
 * taken from the engine), and nothing but names and typed values stays in
 * Latin letters (an untranslated English sentence or a dropped fact fails).
 */

const DAY = 24 * 60 * 60 * 1000;
const DATES = [FULL_CONTEXT.orderDate, FULL_CONTEXT.shipDate, FULL_CONTEXT.protectionEndsAt, FULL_CONTEXT.deliveredAt, NOW + 3 * DAY];
const AMOUNTS = [FULL_CONTEXT.total, { amount: 12.5, currency: 'USD' }, { amount: 8, currency: 'EUR' }, { amount: 370.35, currency: 'USD' }];
/** Values that stay as typed or as the page gave them, in every language. */
const VERBATIM = [FULL_CONTEXT.orderNumber, FULL_CONTEXT.itemTitle, FULL_CONTEXT.storeName!, FULL_CONTEXT.sellerName, FULL_CONTEXT.trackingNumber, 'AliExpress', 'size M, black', 'size S, white', 'The box was crushed.', 'USD', 'EUR'];

const englishDate = (instant: number) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instant);
const glossDate = (instant: number, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
const money = (amount: number, currency: string, locale: string) => `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} ${currency}`;

// Polish and Romanian write in Latin letters: there, look for English words instead.
const ENGLISH_WORDS = /\b(the|and|please|order|item|refund|you|your|with|would|could|seller|parcel)\b/i;

function problemsOf(sentence: DraftSentence, locale: Locale): string[] {
  const problems: string[] = [];
  const gloss = sentence.gloss[locale];
  const say = (why: string) => problems.push(`${locale} ${sentence.id}: ${why} «${gloss}»`);
  if (sentence.english.includes(FULL_CONTEXT.orderNumber) && !gloss.includes(FULL_CONTEXT.orderNumber)) say('order number missing');
  for (const instant of DATES) {
    if (sentence.english.includes(englishDate(instant)) && !gloss.includes(glossDate(instant, locale))) say(`date ${glossDate(instant, locale)} missing`);
  }
  for (const { amount, currency } of AMOUNTS) {
    if (sentence.english.includes(money(amount, currency, 'en-US')) && !gloss.includes(money(amount, currency, locale))) say(`amount ${money(amount, currency, locale)} missing`);
  }
  let rest = gloss;
  for (const value of VERBATIM) rest = rest.split(value).join(' ');
  if (locale === 'pl' || locale === 'ro') {
    if (ENGLISH_WORDS.test(rest)) say('English words left');
  } else if (/[A-Za-z]{2,}/.test(rest)) {
    say(`Latin-script run «${/[A-Za-z][A-Za-z ]+/.exec(rest)?.[0]}»`);
  }
  return problems;
}

describe.each(LOCALES.filter((locale) => locale !== 'en'))('%s glosses keep every fact of the English', (locale) => {
  it('in every situation and tone', () => {
    const problems = new Set<string>();
    for (const situation of SITUATIONS) {
      // Every tenth combination of answers, with the fullest order: each sentence wording shows up.
      const combos = answerCombinations(situation).filter((_, index) => index % 10 === 0);
      for (const tone of TONES) {
        for (const answers of combos) {
          const draft = buildDraft({ situation: situation.id, tone, answers, context: FULL_CONTEXT });
          for (const sentence of draft.sentences) for (const problem of problemsOf(sentence, locale)) problems.add(problem);
        }
      }
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  }, 120_000);
});
