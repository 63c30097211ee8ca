import { describe, expect, it } from 'vitest';
import { buildDraft, COUNTERPARTS, situationsFor, TONES, type DraftContext } from '../../../lib/drafts';
import type { MarketplaceId } from '../../../lib/marketplaces/registry';
import { answerCombinations, FULL_CONTEXT } from './combinations';

/*
 * A message that says the same thing twice reads as a form letter (issue 11:
 * the cancel-unshipped draft said "placed on <date>" in two sentences). For
 * every situation, tone and marketplace with drafts, with every answer
 * combination: no sentence twice, and no run of four words twice.
 */

const PHRASE_WORDS = 4;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}’'.,-]+/gu)?.map((word) => word.replace(/[.,]+$/, '')) ?? [];
}

/** Every run of `PHRASE_WORDS` words that occurs more than once. */
export function repeatedPhrases(text: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const all = words(text);
  for (let i = 0; i + PHRASE_WORDS <= all.length; i += 1) {
    const phrase = all.slice(i, i + PHRASE_WORDS).join(' ');
    if (seen.has(phrase)) repeated.add(phrase);
    seen.add(phrase);
  }
  return [...repeated];
}

const MARKETPLACES = Object.keys(COUNTERPARTS) as MarketplaceId[];

describe('no repetition inside one message', () => {
  it('the phrase finder sees a repeat (so the test below can fail)', () => {
    expect(repeatedPhrases('The order was placed on 2 March. It was placed on 2 March too.')).toContain('placed on 2 march');
    expect(repeatedPhrases('I would like a refund. Thank you.')).toEqual([]);
  });

  for (const marketplace of MARKETPLACES) {
    it(`holds for every ${marketplace} situation, tone and answer`, () => {
      const context: DraftContext = { ...FULL_CONTEXT, marketplace };
      const problems: string[] = [];
      for (const situation of situationsFor(marketplace)) {
        for (const tone of TONES) {
          for (const answers of answerCombinations(situation)) {
            const draft = buildDraft({ situation: situation.id, tone, answers, context });
            const sentences = draft.sentences.map((sentence) => sentence.english);
            const twice = sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index);
            for (const sentence of twice) problems.push(`${situation.id}/${tone}: sentence twice: ${sentence}`);
            for (const phrase of repeatedPhrases(draft.text)) problems.push(`${situation.id}/${tone}: "${phrase}" twice in: ${draft.text}`);
          }
        }
      }
      expect([...new Set(problems)].slice(0, 20)).toEqual([]);
    });
  }
});
