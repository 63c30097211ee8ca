import * as lexicon from '../guard/lexicon';

/*
 * The engine's vocabularies (lib/guard/lexicon.ts) are regular expressions of
 * thousands of alternatives in all the guard's languages, built on first use
 * and compiled by V8 on their first tests (bytecode first, machine code on the
 * next test, once per kind of string: one byte a character, or two). The
 * first contact the scan judged used to pay for all of them in one step of
 * the scan: 30–42 ms of one task on the hostile pages (Chromium traces of
 * 2026-12-03 19:40; README.md, guard.longest_task_ms). Here the same work is
 * done before the scan, one vocabulary and one kind of string per step, so
 * each step is a few milliseconds and `runInSlices` gives the page its turn
 * between them. The vocabularies match exactly as before: only when they are
 * built changes.
 */

const VOCABULARIES: readonly lexicon.Vocabulary[] = Object.values(lexicon).filter(
  (value): value is lexicon.Vocabulary => value instanceof lexicon.Vocabulary,
);

/** Short texts of each kind V8 compiles a pattern for: Latin-1 (one byte per character) and other scripts (two). */
const SAMPLES = ['a', 'b', '\u0430', '\u0431'];

let prepared = false;

/** Builds and compiles every vocabulary, yielding between steps; does nothing the second time. */
export function* warmUpSteps(): Generator<void, void> {
  if (prepared) return;
  prepared = true;
  for (const vocabulary of VOCABULARIES) {
    for (const sample of SAMPLES) {
      vocabulary.test(sample);
      yield;
    }
  }
}

/** `steps`, after the vocabularies are warm. */
export function* afterWarmUp<T>(steps: Generator<void, T>): Generator<void, T> {
  yield* warmUpSteps();
  return yield* steps;
}
