/**
 * The blind Temu batch (tests/fixtures/temu/blind/): written with its labels before any
 * Temu reader existed. Scored field by field; hard rules: every capture passes the schema
 * and no order number is ever invented. The accuracy floor catches regressions; the
 * figure before any tuning is in lib/marketplaces/temu/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTemuPage } from '../../../lib/marketplaces/temu/readers';
import { pageCaptureSchema, type PageCapture, type PageDate } from '../../../lib/schema/capture';
import { ENGINES, parseHtml, type Engine } from './fixture';
import { Score, sameInstant, scoreOrders, show } from './scoring';
import { temuBlindPages, type TemuLabelledPage } from './temu-blind-labels';

const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Warsaw';
const { now: NOW, pages: PAGES } = temuBlindPages();
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** Raised as the readers improve, never lowered. */
const ACCURACY_FLOOR = 0.95;
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

describe.each(ENGINES)('blind Temu pages (%s)', (engine: Engine) => {
  const score = new Score();
  const captures = PAGES.map((page) => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/temu/blind', page.file), 'utf8');
    return { page, capture: readTemuPage(parseHtml(html, engine), new URL(page.url), NOW) };
  });
  for (const { page, capture } of captures) scorePage(page, capture, score);

  it('has at least ten labelled pages in eight languages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(captures.map(({ page, capture }) => [page.file, capture] as const))('%s reads into a valid capture', (_file, capture) => {
    expect(pageCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('never invents an order number', () => {
    expect(score.falseOrders).toEqual([]);
  });

  it(`reads at least ${ACCURACY_FLOOR * 100}% of the labelled fields right`, () => {
    console.log(`${engine}\n${score.table()}\n${score.misses.join('\n')}`);
    expect(score.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });
});
