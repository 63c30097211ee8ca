import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../lib/guard/lexicon';
import { foldWords } from '../../../lib/guard/text';
import { afterWarmUp, warmUpSteps } from '../../../lib/guard-ui/warm-up';

const TEXTS = ['AliExpress customer service hotline, call 24/7', 'Служба поддержки: позвоните нам', 'Nothing here but garden tools'];

function readings(): Array<[boolean, number]> {
  return [lexicon.SUPPORT, lexicon.CLAUSE_SUPPORT, lexicon.THIRD_PARTY, lexicon.WARNING].flatMap((vocabulary) =>
    TEXTS.map((text) => [vocabulary.test(foldWords(text)), vocabulary.lastIndex(foldWords(text))] as [boolean, number]),
  );
}

describe('warming the vocabularies up before the first scan', () => {
  it('works one vocabulary and one kind of text per step, once, and changes no match', () => {
    const vocabularies = Object.values(lexicon).filter((v) => v instanceof lexicon.Vocabulary).length;
    expect(vocabularies).toBeGreaterThan(5);
    const before = readings();
    let steps = 0;
    for (const _ of warmUpSteps()) steps += 1;
    // Four short texts per vocabulary: two of one byte a character, two of two bytes.
    expect(steps).toBe(vocabularies * 4);
    expect(readings()).toEqual(before);
    expect(before.some(([found]) => found)).toBe(true);
    expect([...warmUpSteps()]).toHaveLength(0);
  });

  it('then runs the scan it was put before and returns its result', () => {
    function* scan(): Generator<void, string> {
      yield;
      return 'findings';
    }
    const steps = afterWarmUp(scan());
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toBe('findings');
  });
});
