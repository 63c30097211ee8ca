import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { captureBarInPlainSight, sidebarOf } from './support/app';
import { serviceWorkerOf } from './support/extension';
import {
  ALIEXPRESS_DUE_SOON_ORDER,
  ORDER_LIST_URL,
  serveTemuJourney,
  TEMU_CLAIM_STEPS,
  TEMU_DETAIL_ORDER,
  TEMU_DETAIL_URL,
  TEMU_LIST_ORDERS,
  TEMU_LIST_URL,
  temuReturnLastDays,
} from './support/journeys';

/** The parts of the extension API this check reads inside the service worker. */
declare const chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } };
const alarmNames = (worker: Worker) => worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));

test('Temu orders captured from a /pl/ list and a detail page on temu.com sit beside an AliExpress order in the side panel, each with its marketplace; the return window gets reminders; the order page speaks of Temu support and lists Temu’s own refund steps', async ({
  context,
  server,
  openExtensionPage,
}) => {
  const now = Date.now();
  serveTemuJourney(server, now);

  // (a) The order list under a locale segment: the sidebar appears and tracks both orders.
  const page = await context.newPage();
  await page.goto(TEMU_LIST_URL);
  await sidebarOf(page).tab.click();
  const listSidebar = sidebarOf(page).app();
  await captureBarInPlainSight(listSidebar);
  await listSidebar.getByRole('button', { name: `Track all ${TEMU_LIST_ORDERS.length} orders` }).click();
  await expect(listSidebar.getByText(`Saved: ${TEMU_LIST_ORDERS.length} new, 0 updated.`)).toBeVisible();

  // (b) A detail page named by its parent order number.
  // The sidebar stays open from one marketplace page to the next.
  await page.goto(TEMU_DETAIL_URL);
  const detailSidebar = sidebarOf(page).app();
  await captureBarInPlainSight(detailSidebar);
  await detailSidebar.getByRole('button', { name: 'Track this order' }).click();
  await expect(detailSidebar.getByText('Saved: 1 new, 0 updated.')).toBeVisible();

  // An AliExpress order in the same database.
  await page.goto(ORDER_LIST_URL);
  await captureBarInPlainSight(sidebarOf(page).app());
  await sidebarOf(page).app().getByRole('button', { name: 'Track this order' }).click();
  await expect(sidebarOf(page).app().getByText('Saved: 1 new, 0 updated.')).toBeVisible();

  // (c) One list, each card saying its marketplace in words (part of the card link's name).
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByRole('radio', { name: 'All' }).click();
  await expect(panel.getByText('4 orders')).toBeVisible();
  for (const number of [...TEMU_LIST_ORDERS, TEMU_DETAIL_ORDER]) {
    await expect(panel.getByRole('link', { name: new RegExp(`Order ${number}.*Marketplace: Temu`) })).toBeVisible();
  }
  await expect(panel.getByRole('link', { name: new RegExp(`Order ${ALIEXPRESS_DUE_SOON_ORDER}.*Marketplace: AliExpress`) })).toBeVisible();

  // The order page lists it among the facts; the return window counts 90 days from the purchase on the page.
  await panel.getByRole('link', { name: new RegExp(`Order ${TEMU_DETAIL_ORDER}`) }).click();
  await expect(panel.getByRole('heading', { name: `Order ${TEMU_DETAIL_ORDER}` })).toBeVisible();
  await expect(panel.locator('dl.facts')).toContainText('MarketplaceTemu');
  await expect(panel.getByRole('strong').filter({ hasText: 'Last day to return' })).toBeVisible();

  // (d) Every Temu order's return window has its reminder alarms, 7 days before its last day.
  const worker = await serviceWorkerOf(context);
  const returnDays = temuReturnLastDays(now);
  await expect
    .poll(async () => {
      const names = await alarmNames(worker);
      return returnDays.filter((day) => names.some((name) => name.includes(`:return-last-day:7:${day}`)));
    }, { timeout: 10_000 })
    .toEqual(returnDays);

  // (e) On Temu the buyer writes to Temu support, and asks Temu for a refund through its own menus.
  await expect(panel.getByRole('link', { name: 'Write to Temu support' })).toBeVisible();
  await panel.getByRole('link', { name: 'Refund request' }).click();
  await expect(panel.getByRole('region', { name: 'How to send it' }).getByRole('listitem')).toHaveText([...TEMU_CLAIM_STEPS]);
});
