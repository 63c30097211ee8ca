import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockPool, labelledFiles, rescan, type RecordedPage } from './scan-recorded';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Speed changes keep every finding (issue 10): the findings recorded by scan-recorded.generate.ts with
 * the code before the change, on every labelled page, the bench page and 300 random pages, are found
 * again, the same in every field (segment, offsets, reason, severity, excerpt, marked text nodes, link).
 */
const pages = readFileSync(join(HERE, 'scan-recorded', 'findings.json'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as RecordedPage);

let pool: string[] | null = null;
const poolOnce = (): string[] => (pool ??= blockPool(labelledFiles()));

describe('recorded findings stay the same', () => {
  it('covers the labelled pages, the bench page and the random pages, with findings on many of them', () => {
    expect(pages.filter((p) => p.page.startsWith('random:')).length).toBe(300);
    expect(pages.some((p) => p.page === 'bench' && p.findings.length > 50)).toBe(true);
    expect(pages.filter((p) => p.findings.length > 0).length).toBeGreaterThan(300);
  });

  for (const group of ['shared:', 'tests/', 'bench', 'random:']) {
    it(`finds the same on ${group} pages`, { timeout: 240_000 }, () => {
      for (const page of pages.filter((p) => p.page.startsWith(group))) {
        expect(rescan(page, poolOnce), page.page).toEqual(page.findings);
      }
    });
  }
});
