/**
 * The "order context" blind batch (labels: context-blind-labels.ts, pages:
 * tests/fixtures/readers-context-blind/): pages at URLs the readers do not classify,
 * some only quoting an order number in prose or as an example, some real order views.
 * Scored per page (the set of order numbers read must equal the labelled set) and per
 * order (phantoms: numbers read that the page does not show as its own order; misses).
 * The figures before and after the fix are in lib/marketplaces/temu/README.md and
 * lib/marketplaces/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { readTemuPage } from '../../../lib/marketplaces/temu/readers';
import { pageCaptureSchema } from '../../../lib/schema/capture';
import { ENGINES, parseHtml } from './fixture';
import { CONTEXT_BLIND_PAGES } from './context-blind-labels';

const NOW = Date.UTC(2026, 11, 3, 12);
const DIR = join(process.cwd(), 'tests/fixtures/readers-context-blind');

function readPage(html: string, url: URL, engine: (typeof ENGINES)[number]) {
  const document = parseHtml(html, engine);
  return url.hostname.endsWith('temu.com') ? readTemuPage(document, url, NOW) : readAliExpressPage(document, url, NOW);
}

describe.each(ENGINES)('order context blind batch (%s)', (engine) => {
  const results = CONTEXT_BLIND_PAGES.map((page) => {
    const capture = readPage(readFileSync(join(DIR, page.file), 'utf8'), new URL(page.url), engine);
    const read = [...new Set(capture.orders.map((order) => order.orderNumber))].sort();
    const wanted = [...page.orders].sort();
    return {
      page,
      capture,
      read,
      right: JSON.stringify(read) === JSON.stringify(wanted),
      phantoms: read.filter((number) => !wanted.includes(number)),
      missed: wanted.filter((number) => !read.includes(number)),
    };
  });

  it.each(results.map((result) => [result.page.file, result] as const))('%s reads into a valid capture', (_file, { capture }) => {
    expect(pageCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('reads no order from a page that only mentions one, and every order of a real order view', () => {
    const wrong = results.filter((result) => !result.right).map(({ page, read }) => `${page.genre}: read [${read.join(', ')}], labelled [${page.orders.join(', ')}]`);
    const pagesRight = results.filter((result) => result.right).length;
    const phantoms = results.reduce((sum, result) => sum + result.phantoms.length, 0);
    const missed = results.reduce((sum, result) => sum + result.missed.length, 0);
    console.info(`order context blind batch (${engine}): ${pagesRight}/${results.length} pages right, ${phantoms} phantom orders, ${missed} missed`);
    expect(wrong).toEqual([]);
  });
});
