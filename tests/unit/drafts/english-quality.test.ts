import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n/locales';
import { SITUATIONS, TONES, buildDraft } from '../../../lib/drafts';
import { placeholdersOf, renderSentence, type Params } from '../../../lib/drafts/template';
import { answerCombinations, contextFieldsUsed, contexts, FULL_CONTEXT } from './combinations';
import { englishProblems, expectCleanSentences, glossProblems } from './quality';

describe('every situation, every combination of its options', () => {
  for (const situation of SITUATIONS) {
    it(`${situation.id}: clean English and complete glosses`, () => {
      const seenIds = new Set<string>();
      let drafts = 0;
      const problems: string[] = [];
      for (const tone of TONES) {
        for (const answers of answerCombinations(situation)) {
          for (const context of contexts(contextFieldsUsed(situation))) {
            const draft = buildDraft({ situation: situation.id, tone, answers, context });
            drafts += 1;
            for (const sentence of draft.sentences) {
              seenIds.add(sentence.id);
              problems.push(...englishProblems(sentence.english), ...glossProblems(sentence));
            }
            // The message as a whole: greeting, body, closing; no blank sentence, no stray spaces.
            const lines = draft.text.split('\n\n');
            if (lines.length !== 3) problems.push(`expected greeting, body and closing: ${draft.text}`);
            if (/ {2,}|^\s|\s$/.test(draft.text)) problems.push(`spacing: ${draft.text}`);
            if (draft.length !== draft.text.length) problems.push('length is not the text length');
            if (problems.length > 20) break;
          }
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(drafts).toBeGreaterThanOrEqual(8);
      // Every sentence of the situation shows up in some combination.
      const templateIds = new Set(situation.sentences.map((template) => template.id));
      expect([...templateIds].filter((id) => !seenIds.has(id))).toEqual([]);
      // Thousands of drafts for the situations with the most options: generous on a shared machine.
    }, 180_000);
  }
});

describe('every wording of every sentence renders cleanly on its own', () => {
  const sample: Params = {
    values: {},
    counts: {},
  };
  // Fill every placeholder with a plausible value, in every language, by hand.
  const fill = (name: string, english: string, byLocale: Partial<Record<(typeof LOCALES)[number], string>> = {}) => {
    (sample.values as Record<string, Record<string, string>>)[name] = Object.fromEntries(LOCALES.map((l) => [l, byLocale[l] ?? english]));
  };
  fill('order', '8123456789012345');
  fill('orderDate', '2 February 2026', { uk: '2 лютого 2026 р.', pl: '2 lutego 2026', el: '2 Φεβρουαρίου 2026', ro: '2 februarie 2026', ka: '2 თებერვალი, 2026', ru: '2 февраля 2026 г.' });
  fill('shipDate', '5 February 2026', { uk: '5 лютого 2026 р.', pl: '5 lutego 2026', el: '5 Φεβρουαρίου 2026', ro: '5 februarie 2026', ka: '5 თებერვალი, 2026', ru: '5 февраля 2026 г.' });
  fill('protectionEnds', '12 March 2026', { uk: '12 березня 2026 р.', pl: '12 marca 2026', el: '12 Μαρτίου 2026', ro: '12 martie 2026', ka: '12 მარტი, 2026', ru: '12 марта 2026 г.' });
  fill('item', 'Wireless earbuds');
  fill('store', 'Sunny Gadgets Store');
  fill('seller', 'Anna');
  fill('tracking', 'LP00123456789CN');
  fill('platform', 'AliExpress');
  fill('total', '24.90 USD', { uk: '24,90 USD', pl: '24,90 USD', el: '24,90 USD', ro: '24,90 USD', ka: '24,90 USD', ru: '24,90 USD' });
  fill('amount', '7.47 USD', { uk: '7,47 USD', pl: '7,47 USD', el: '7,47 USD', ro: '7,47 USD', ka: '7,47 USD', ru: '7,47 USD' });
  fill('percent', '30');
  fill('replyBy', '10 March 2026', { uk: '10 березня 2026 р.', pl: '10 marca 2026', el: '10 Μαρτίου 2026', ro: '10 martie 2026', ka: '10 მარტი, 2026', ru: '10 марта 2026 г.' });
  fill('delivered', '5 March 2026', { uk: '5 березня 2026 р.', pl: '5 marca 2026', el: '5 Μαρτίου 2026', ro: '5 martie 2026', ka: '5 მარტი, 2026', ru: '5 марта 2026 г.' });
  fill('money', '8.00 EUR', { uk: '8,00 EUR', pl: '8,00 EUR', el: '8,00 EUR', ro: '8,00 EUR', ka: '8,00 EUR', ru: '8,00 EUR' });
  fill('detail', 'The box was crushed.');
  fill('ordered', 'size M, black');
  fill('received', 'size S, white');

  for (const situation of SITUATIONS) {
    for (const template of situation.sentences) {
      template.variants.forEach((variant, index) => {
        it(`${situation.id} / ${template.id} / wording ${index + 1}`, () => {
          for (const count of [1, 2, 5, 11, 21, 22, 25]) {
            const params: Params = { values: { ...sample.values }, counts: {} };
            for (const name of ['days', 'daysLeft', 'items', 'orderedCount', 'receivedCount', 'missingCount'] as const) {
              params.counts[name] = count;
              params.values[name] = Object.fromEntries(LOCALES.map((l) => [l, String(count)])) as Record<(typeof LOCALES)[number], string>;
            }
            const sentence = renderSentence({ id: template.id, variants: [variant] }, { tone: 'polite', answers: {}, context: FULL_CONTEXT }, params);
            expect(sentence, [...placeholdersOf(variant)].join()).toBeDefined();
            if (sentence) expectCleanSentences([sentence], `${template.id} with count ${count}`);
          }
        });
      });
    }
  }
});
