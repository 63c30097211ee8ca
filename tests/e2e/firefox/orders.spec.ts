import { test, expect } from './fixtures';
import { ORDER_LIST_AFTER, ORDER_LIST_BEFORE, ORDER_LIST_URL } from '../support/journeys';
import { addOrderByHand, click, clickAndConfirm, expectRole, expectText, fill, openInPageSidebar, textsOf } from './ui';

test('in-page sidebar: "Track all" on an order list stores the orders; the sidebar page lists them by deadline; edits survive a revisit', async ({
  firefox,
  server,
  openExtensionPage,
}) => {
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  const page = await firefox.newPage();
  await page.goto(ORDER_LIST_URL);
  const sidebar = await openInPageSidebar(page);
  // The capture bar: the sidebar asks its own page what it shows (through the background in Firefox).
  await clickAndConfirm(sidebar, 'button', 'Track all 4 orders');
  await expectText(sidebar, 'Saved: 4 new, 0 updated.');

  // The Firefox sidebar page (sidebar_action's panel) opened as a tab: protection ends in 3, 12 and 25 days.
  const panel = await openExtensionPage('sidepanel.html');
  await expect
    .poll(() => textsOf(panel, '.order-card .order-number'))
    .toEqual(['Order 8181000000000002', 'Order 8181000000000003', 'Order 8181000000000001']);
  expect(await textsOf(panel, '.order-card')).toEqual(expect.arrayContaining([expect.stringContaining('Soon Deadline Store')]));

  // The buyer renames a store by hand: later captures keep that name.
  await panel.locator('.order-card ::-p-text(Order 8181000000000003)').click();
  await expectRole(panel, 'heading', 'Order 8181000000000003');
  await click(panel, 'link', 'Edit');
  await fill(panel, 'Store or seller', 'Headphones shop (my name)');
  await click(panel, 'button', 'Save');
  await expectText(panel, 'Headphones shop (my name)');

  // Later visit: the headphones were delivered; nothing is duplicated, the edit stays.
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_AFTER);
  await page.reload();
  const again = await openInPageSidebar(page).catch(async () => {
    // The sidebar remembers being open: after a reload it is open already.
    const iframe = await page.waitForSelector('buyerguard-sidebar >>> iframe');
    return iframe!.contentFrame();
  });
  await clickAndConfirm(again, 'button', 'Track all 4 orders');
  await expectText(again, 'Saved: 0 new, 4 updated.');
  await expect.poll(() => panel.$eval('dl.facts', (facts) => facts.textContent ?? '')).toContain('Delivered');
  await expectText(panel, 'Headphones shop (my name)');
});

test('the sidebar page: an order added by hand, then edited', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '3001234567890123', store: 'Hand Typed Store', item: 'Ceramic mug', amount: '12.50' });
  await expectRole(panel, 'heading', 'Order 3001234567890123');
  await expectText(panel, 'Hand Typed Store');
  await click(panel, 'link', 'Edit');
  await fill(panel, 'Item', 'Ceramic mug, blue');
  await click(panel, 'button', 'Save');
  await expectText(panel, 'Ceramic mug, blue');

  await click(panel, 'link', 'Orders');
  await click(panel, 'radio', 'All');
  await expect.poll(() => textsOf(panel, '.order-card .order-number')).toEqual(['Order 3001234567890123']);
});
