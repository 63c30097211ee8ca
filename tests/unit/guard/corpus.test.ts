import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeScore, normaliseContact, readLabels, scanStatic, scoreLabelledPages } from './labelled';

/**
 * The shared corpus (../shared/corpus/guard): every page, scored at contact
 * level as its README suggests. Static pages are parsed without scripts;
 * `dynamic: true` pages run their inline scripts in jsdom while the
 * incremental scanner follows DOM mutations, as the content script will.
 */

const CORPUS = join(__dirname, '../../../../shared/corpus/guard');
const labels = readLabels(CORPUS);

describe('guard corpus', () => {
  it('has every page labelled and every label matching a page', () => {
    const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    expect(labels.map((l) => l.file).sort()).toEqual(pages.sort());
  });

  it('reaches contact-level precision and recall of at least 0.97, with no warning on clean pages', async () => {
    const score = await scoreLabelledPages(CORPUS, labels);
    // The figures are part of the test's output on purpose (issue 3 asks for them).
    process.stdout.write(describeScore('guard corpus', score));
    expect(score.problems).toEqual([]);
    expect(score.pagesCorrect).toBe(score.pages);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
    expect(score.cleanPagesWarned).toEqual([]);
  }, 120_000);

  it('never flags a contact the labels say to keep', () => {
    for (const label of labels.filter((l) => l.keep.length > 0 && !l.dynamic)) {
      const got = new Set(scanStatic(CORPUS, label).map((f) => normaliseContact(f)));
      for (const keep of label.keep) expect(got.has(normaliseContact(keep)), `${label.file} ${keep.value}`).toBe(false);
    }
  });
});
