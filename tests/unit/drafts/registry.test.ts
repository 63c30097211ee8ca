import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTables } from '../../../lib/i18n/translate';
import { LOCALES } from '../../../lib/i18n/locales';
import { SITUATION_IDS, SITUATIONS, TONES, buildDraft, questionsFor, situationLabel, type Situation } from '../../../lib/drafts';
import { FULL_CONTEXT } from './combinations';

const SITUATIONS_DIR = join(__dirname, '../../../lib/drafts/situations');

describe('situation registry (one file per situation, one list)', () => {
  it('registers every situation file', async () => {
    const files = readdirSync(SITUATIONS_DIR).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
    expect(files.length).toBe(SITUATION_IDS.length);
    for (const file of files) {
      const module = (await import(join(SITUATIONS_DIR, file))) as Record<string, Situation>;
      const exported = Object.values(module).filter((value) => typeof value === 'object' && value !== null && 'sentences' in value);
      expect(exported, file).toHaveLength(1);
      const situation = exported[0]!;
      // The file is named after the situation, and that very object is in the list.
      expect(`${situation.id}.ts`).toBe(file);
      expect(SITUATIONS).toContain(situation);
    }
  });

  it('lists every situation id exactly once', () => {
    expect(SITUATIONS.map((s) => s.id).sort()).toEqual([...SITUATION_IDS].sort());
    expect(new Set(SITUATIONS.map((s) => s.id)).size).toBe(SITUATIONS.length);
  });

  it('covers the situations the issue asks for', () => {
    for (const id of ['ask-tracking', 'tracking-stalled', 'protection-ending', 'damaged', 'not-as-described', 'wrong-item', 'missing-parts', 'counterfeit', 'refund-missing', 'refuse-off-platform', 'partial-refund', 'return-shipping', 'warranty-refused', 'thanks']) {
      expect(SITUATION_IDS).toContain(id);
    }
  });

  for (const situation of SITUATIONS) {
    it(`${situation.id} has a polite and a firm tone that read differently`, () => {
      const answers = Object.fromEntries(
        situation.questions.map((question) => {
          if (question.kind === 'choice') return [question.id, question.options[0]!.value];
          if (question.kind === 'partial') return [question.id, { kind: 'percent', percent: 20 }];
          if (question.kind === 'yes-no') return [question.id, true];
          if (question.kind === 'count') return [question.id, 2];
          return [question.id, 'size M'];
        }),
      );
      const texts = TONES.map((tone) => buildDraft({ situation: situation.id, tone, answers, context: FULL_CONTEXT }).text);
      expect(texts[0]).not.toBe(texts[1]);
      for (const text of texts) expect(text.split('\n\n')).toHaveLength(3);
    });
  }
});

describe('the composer strings exist in every language', () => {
  const tables = allTables();
  const keysUsed = SITUATIONS.flatMap((situation) => [
    situationLabel(situation.id),
    ...situation.questions.flatMap((question) => [
      question.label,
      ...(question.kind === 'choice' ? question.options.map((option) => option.label) : []),
      ...(question.kind === 'text' ? [question.hint] : []),
    ]),
  ]);

  it.each(LOCALES)('%s', (locale) => {
    const missing = keysUsed.filter((key) => tables[locale][key] === undefined);
    expect(missing).toEqual([]);
  });

  it('asks for the partial-refund amount only once a partial refund is wanted', () => {
    const damaged = SITUATIONS.find((s) => s.id === 'damaged')!;
    expect(questionsFor(damaged, {}).map((q) => q.id)).not.toContain('partial');
    expect(questionsFor(damaged, { want: 'partial-refund' }).map((q) => q.id)).toContain('partial');
    const partial = SITUATIONS.find((s) => s.id === 'partial-refund')!;
    expect(questionsFor(partial, {}).map((q) => q.id)).toContain('partial');
  });
});
