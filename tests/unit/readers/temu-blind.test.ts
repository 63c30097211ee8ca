/**
 * The blind Temu batches, each written with its labels before the readers saw it:
 * tests/fixtures/temu/blind/ before any Temu reader existed, tests/fixtures/temu/blind2/
 * (2026-12-02) before the readers were tuned to it. Scored field by field; hard rules:
 * every capture passes the schema and no order number is ever invented. The accuracy
 * floors catch regressions; the figures before any tuning are in
 * lib/marketplaces/temu/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTemuPage } from '../../../lib/marketplaces/temu/readers';
import { pageCaptureSchema, type PageCapture, type PageDate } from '../../../lib/schema/capture';
import { ENGINES, parseHtml, type Engine } from './fixture';
import { Score, sameInstant, scoreOrders, show } from './scoring';
import { temuBlindPages, type TemuLabelledPage } from './temu-blind-labels';
import { temuBlind2Pages } from './temu-blind2-labels';

const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Warsaw';
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

interface Batch {
  dir: string;
  now: number;
  pages: TemuLabelledPage[];
  /** Raised as the readers improve, never lowered. */
  floor: number;
}

const BATCHES: Batch[] = [
  { dir: 'blind', ...temuBlindPages(), floor: 0.95 },
  { dir: 'blind2', ...temuBlind2Pages(), floor: 0.95 },
];
const PAGE_DATE_FIELDS = [
  ['latestDelivery', 'latest-delivery'],
  ['noUpdateRefund', 'no-update-refund'],
  ['returnBy', 'return-by'],
] as const;

function scorePage(page: TemuLabelledPage, capture: PageCapture, score: Score): void {
  score.check('kind', capture.kind === page.kind, page.file, () => capture.kind);
  scoreOrders(page.file, page.orders, capture, score);
  for (const expected of page.orders) {
    const order = capture.orders.find((found) => found.orderNumber === expected.orderNumber);
    if (!order) continue;
    for (const [field, kind] of PAGE_DATE_FIELDS) {
      const want = expected[field];
      if (want === undefined) continue;
      const got = order.pageDates?.find((date: PageDate) => date.kind === kind)?.at;
      score.check(kind, sameInstant(got, want), `${page.file} ${field}`, () => show(got && new Date(got)));
    }
  }
}

const CASES = BATCHES.flatMap((batch) => ENGINES.map((engine) => [batch.dir, engine, batch] as const));

describe.each(CASES)('Temu pages of %s (%s)', (_dir, engine: Engine, batch: Batch) => {
  const score = new Score();
  const captures = batch.pages.map((page) => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/temu', batch.dir, page.file), 'utf8');
    return { page, capture: readTemuPage(parseHtml(html, engine), new URL(page.url), batch.now) };
  });
  for (const { page, capture } of captures) scorePage(page, capture, score);

  it('has at least ten labelled pages in eight languages', () => {
    expect(batch.pages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(batch.pages.map((page) => new URL(page.url).pathname.split('/')[1])).size).toBeGreaterThanOrEqual(8);
  });

  it.each(captures.map(({ page, capture }) => [page.file, capture] as const))('%s reads into a valid capture', (_file, capture) => {
    expect(pageCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('never invents an order number', () => {
    expect(score.falseOrders).toEqual([]);
  });

  it(`reads at least ${batch.floor * 100}% of the labelled fields right`, () => {
    console.log(`${batch.dir} ${engine}\n${score.table()}\n${score.misses.join('\n')}`);
    expect(score.accuracy).toBeGreaterThanOrEqual(batch.floor);
  });
});
