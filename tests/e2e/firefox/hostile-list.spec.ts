import { test, expect } from './fixtures';
import { databaseSnapshot } from '../support/hostile';
import { expectHostileOrdersStoredInert, payloadTraces, PWNED_FLAG, TRACKABLE } from '../support/hostile-list';
import { hostileOrderListHtml } from '../../fixtures/hostile/data/order-list';
import { clickAndConfirmByText, expectText, openInPageSidebar, textsOf } from './ui';

/*
 * tests/e2e/hostile-list.spec.ts in Firefox: "Track all" from the in-page
 * sidebar on an order list whose every text field is hostile (markup, bidi,
 * NUL, a 1 MB title, a 600-character title, a 250-character store name).
 */

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';

test('"Track all" on a hostile order list stores every order with a number as inert text, and no payload runs anywhere', async ({ firefox, server, openExtensionPage }) => {
  test.setTimeout(120_000);
  server.serve(ORDER_LIST, hostileOrderListHtml());
  const page = await firefox.newPage();
  await page.goto(ORDER_LIST);
  const sidebar = await openInPageSidebar(page);
  await clickAndConfirmByText(sidebar, `Track all ${TRACKABLE.length} orders`);
  await expectText(sidebar, `Saved: ${TRACKABLE.length} new, 0 updated.`);

  const panel = await openExtensionPage('sidepanel.html');
  expectHostileOrdersStoredInert(await databaseSnapshot(panel));
  await expect.poll(() => textsOf(panel, '.order-card')).toHaveLength(TRACKABLE.length);
  expect((await textsOf(panel, '.order-card')).filter((text) => text.includes('<script>window.pwned=1'))).toHaveLength(1);

  for (const [where, scope] of [
    ['page', page],
    ['sidebar page', panel],
    ['in-page sidebar', sidebar],
  ] as const) {
    expect(await scope.evaluate(payloadTraces, PWNED_FLAG), where).toEqual({ ran: false, handlers: 0 });
  }
});
