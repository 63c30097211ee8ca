/**
 * Regression pages (tests/fixtures/aliexpress/regression/): written as a held-out set of markup,
 * languages and formats, then used to tune the readers, so no longer unseen. Scored field by field against hand-written labels
 * (regression-labels.ts). Hard rules: nothing throws, every capture passes the schema, and no
 * order number is ever invented. Accuracy has a floor, so a regression shows; the
 * per-field table is printed to see what remains.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { pageCaptureSchema, type PageCapture } from '../../../lib/schema/capture';
import { ENGINES, fixtureHtml, parseHtml, type Engine } from './fixture';
import { heldOutPages, type HeldOutPage } from './regression-labels';
import { Score, sameInstant, scoreOrders, show } from './scoring';

const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Warsaw';
const { now: NOW, pages: HELD_OUT } = heldOutPages();
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** Overall share of scored fields read right; raised as the readers improve, never lowered. */
const ACCURACY_FLOOR = 0.97;

function scorePage(page: HeldOutPage, capture: PageCapture, score: Score): void {
  const at = page.file;
  score.check('kind', capture.kind === page.kind, at, () => capture.kind);
  scoreOrders(at, page.orders ?? [], capture, score, page.conversationOrder ? [page.conversationOrder] : []);
  if (page.messages) {
    score.check('conversation', capture.orders[0]?.orderNumber === page.conversationOrder, at, () => show(capture.orders[0]?.orderNumber));
    score.check('message count', capture.messages.length === page.messages.length, at, () => String(capture.messages.length));
    page.messages.forEach((expected, index) => {
      const message = capture.messages.find((found) => found.text === expected.text);
      const where = `${at} message ${index + 1}`;
      score.check('message found', message !== undefined, where, () => show(capture.messages.map((m) => m.text)));
      if (!message) return;
      score.check('message author', message.author === expected.author, where, () => message.author);
      score.check('message time', sameInstant(message.sentAt, expected.sentAt), where, () => show(message.sentAt && new Date(message.sentAt)));
    });
  }
  if (page.messageBox !== undefined) {
    score.check('message box', !capture.missing.includes('message-box') === page.messageBox, at, () => show(capture.missing));
  }
  if (page.product) {
    const product = capture.product;
    score.check('product id', product?.productId === page.product.productId, at, () => show(product));
    score.check('product title', product?.title === page.product.title, at, () => show(product?.title));
    score.check('product store', product?.store?.name === page.product.store, at, () => show(product?.store));
  }
  if (page.store) {
    const store = capture.store;
    score.check('store page', store?.name === page.store.name && store.storeId === page.store.storeId, at, () => show(store));
  }
}

describe.each(ENGINES)('regression AliExpress pages (%s)', (engine: Engine) => {
  const score = new Score();
  const secondRound = new Score();
  const thirdRound = new Score();
  const captures = HELD_OUT.map((page) => {
    const document = parseHtml(fixtureHtml(`regression/${page.file}`), engine);
    return { page, capture: readAliExpressPage(document, new URL(page.url), NOW) };
  });
  for (const { page, capture } of captures) {
    scorePage(page, capture, score);
    if (page.round === 2) scorePage(page, capture, secondRound);
    if (page.round === 3) scorePage(page, capture, thirdRound);
  }

  it('has about twenty labelled pages', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(20);
  });

  it.each(captures.map(({ page, capture }) => [page.file, capture] as const))('%s reads into a valid capture', (_file, capture) => {
    expect(pageCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('never invents an order number', () => {
    expect(score.falseOrders).toEqual([]);
  });

  it(`reads at least ${ACCURACY_FLOOR * 100}% of the labelled fields right`, () => {
    // The table and misses are the measurement; printed so a run shows what remains.
    console.log(`${engine}\n${score.table()}\n${score.misses.join('\n')}\nround 2 only:\n${secondRound.table()}\nround 3 only:\n${thirdRound.table()}`);
    expect(score.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });
});

describe('a long list in a layout the readers were not written for', () => {
  /** 120 German cards with hashed classes, each with its own order, store, item, total and countdown. */
  function longList(count: number): string {
    const cards = Array.from({ length: count }, (_, index) => {
      const orderNumber = `83012345678${String(10000 + index)}`;
      const productId = `10050055${String(50000000 + index)}`;
      return `<div class="Rf7_a2"><div class="Qm0_x1"><span class="Zz9">Versandt</span>
        <div><span>Bestelldatum:</span> <span>02.03.2026</span></div>
        <div><span>Bestellnummer:</span> <span>${orderNumber}</span></div></div>
        <div class="Sx_4"><a href="//de.aliexpress.com/store/${1100000 + index}">Laden ${index}</a></div>
        <div class="Pr_7"><a href="//de.aliexpress.com/item/${productId}.html"><span>Artikel ${index}</span></a>
        <div><span>1,50 €</span><span>x2</span></div></div>
        <div><span>Gesamt:</span> <span>3,00 €</span></div><div>Käuferschutz endet in 12 Tagen</div>
        <div><a href="/p/order/detail.html?orderId=${orderNumber}">Bestelldetails</a></div></div>`;
    });
    return `<!doctype html><html lang="de"><body><header><nav><a href="/">Start</a></nav></header><main><div>${cards.join('')}</div></main></body></html>`;
  }

  // How fast is measured in npm run bench; this holds what a long list reads to.
  it('reads every one of 120 hashed orders (happy-dom)', () => {
    const document = parseHtml(longList(120));
    const capture = readAliExpressPage(document, new URL('https://de.aliexpress.com/p/order/index.html'), NOW);
    expect(capture.orders).toHaveLength(120);
    expect(capture.orders.every((order) => order.total?.amount === 3 && order.items[0]?.quantity === 2)).toBe(true);
    expect(capture.missing).toEqual([]);
  });
});
