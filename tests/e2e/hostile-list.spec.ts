import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { databaseSnapshot } from './support/hostile';
import { expectHostileOrdersStoredInert, payloadTraces, PWNED_FLAG, TRACKABLE } from './support/hostile-list';
import { hostileOrderListHtml } from '../fixtures/hostile/data/order-list';

/*
 * Issue 8, "Hostile pages", and issue 4: "Track all" on an order list whose
 * titles, store names and order numbers carry markup, bidi overrides,
 * zero-width and control characters, NUL, a 1 MB string, a 600-character
 * title and a 250-character store name. (hostile-messages.spec.ts sends such
 * payloads as messages; this is the page a user actually tracks from.)
 */

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';

test('"Track all" on a hostile order list stores every order with a number as inert text, and no payload runs anywhere', async ({ context, server, openExtensionPage }) => {
  test.setTimeout(120_000);
  server.serve(ORDER_LIST, hostileOrderListHtml());
  const panel = await openExtensionPage('sidepanel.html');
  const page = await context.newPage();
  await page.goto(ORDER_LIST);
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();

  await app.getByRole('button', { name: `Track all ${TRACKABLE.length} orders` }).click();
  await expect(app.getByText(`Saved: ${TRACKABLE.length} new, 0 updated.`)).toBeVisible();
  expectHostileOrdersStoredInert(await databaseSnapshot(panel));

  // The list shows them all, the markup as text.
  await panel.reload();
  await expect(panel.locator('.order-card')).toHaveCount(TRACKABLE.length);
  await expect(panel.locator('.order-card', { hasText: '<script>window.pwned=1' })).toHaveCount(1);
  await panel.locator('.order-card', { hasText: 'Ceramic mug 350 ml' }).waitFor();

  for (const [where, scope] of [
    ['page', page],
    ['side panel', panel],
    ['in-page sidebar', page.frames().find((frame) => frame.url().includes('/sidebar.html'))!],
  ] as const) {
    expect(await scope.evaluate(payloadTraces, PWNED_FLAG), where).toEqual({ ran: false, handlers: 0 });
  }
});
