import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeScore, expectWellFormedLabels, readLabels, scoreLabelledPages } from './labelled';

/**
 * Blind batches (./blind/<date>-<letter>): pages written and labelled before
 * the engine saw them, scored once before any fix and recorded in the table in
 * lib/guard/README.md. A batch whose findings were then used to tune the engine
 * says so in that table; its recorded blind figure stays as written. Here each
 * batch must score at least its recorded blind figure, so a later change cannot
 * silently lose what the batch showed.
 */

const ROOT = join(__dirname, 'blind');
const README = readFileSync(join(__dirname, '../../../lib/guard/README.md'), 'utf8');

interface Recorded {
  precision: number;
  recall: number;
  pageAccuracy: number;
}

/**
 * The README row for a batch: `| 2026-12-02 | 2026-12-02-a | 45 | … | 0.812 | 0.700 | 0.733 | … |`;
 * with `after`, its "`<batch>` after fixes (now regression)" row, which the batch must keep
 * once the engine has been tuned on it.
 */
function recordedFigure(batch: string, after = false): Recorded | null {
  const name = after ? `\`${batch}\` after fixes (now regression)` : `\`${batch}\``;
  for (const line of README.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[2] !== name) continue;
    const [precision, recall, pageAccuracy] = cells.slice(5, 8).map(Number);
    if ([precision, recall, pageAccuracy].some((n) => n === undefined || Number.isNaN(n))) return null;
    return { precision: precision!, recall: recall!, pageAccuracy: pageAccuracy! };
  }
  return null;
}

const batches = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('guard blind batches', () => {
  it('exist', () => {
    expect(batches.length).toBeGreaterThan(0);
  });

  describe.each(batches)('%s', (batch) => {
    const dir = join(ROOT, batch);
    const labels = readLabels(dir);

    it('has every page labelled with well-formed values', () => {
      expectWellFormedLabels(dir, labels);
    });

    it('has its blind figure recorded in lib/guard/README.md and scores at least that now', async () => {
      const score = await scoreLabelledPages(dir, labels);
      process.stdout.write(describeScore(`guard blind ${batch}`, score));
      for (const problem of score.problems) process.stdout.write(`  ${problem}\n`);
      const recorded = recordedFigure(batch, true) ?? recordedFigure(batch);
      expect(recordedFigure(batch), `README row for ${batch}`).not.toBeNull();
      // Rounded like the README (three decimals).
      const round = (n: number) => Math.round(n * 1000) / 1000;
      expect(round(score.precision)).toBeGreaterThanOrEqual(recorded!.precision);
      expect(round(score.recall)).toBeGreaterThanOrEqual(recorded!.recall);
      expect(round(score.pagesCorrect / score.pages)).toBeGreaterThanOrEqual(recorded!.pageAccuracy);
    }, 120_000);
  });
});
