import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { databaseSnapshot } from './support/hostile';
import { fadeSidebarOverBait } from './support/clickjacking';
import type { TestServer } from './support/server';

/*
 * Issue 8 #5: a marketplace page covers the in-page sidebar and times the user's
 * click on "Track". The frame refuses while it is not in plain
 * sight (IntersectionObserver v2) and says why; uncovered, the same click works.
 */

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const ORDER_LIST_FILE = resolve('tests/fixtures/aliexpress/e2e/order-list-before.html');

const orderCount = async (page: import('@playwright/test').Page) => (JSON.parse(await databaseSnapshot(page)) as { orders: unknown[] }).orders.length;

/** The order list with its in-page sidebar open on "Track all 4 orders". */
async function orderListSidebar(context: BrowserContext, server: TestServer) {
  server.serveFile(ORDER_LIST, ORDER_LIST_FILE);
  const page = await context.newPage();
  await page.goto(ORDER_LIST);
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();
  const track = app.getByRole('button', { name: 'Track all 4 orders' });
  await expect(track).toBeVisible();
  return { page, app, track };
}

test('"Track" refuses while the page covers the sidebar, and works in plain sight', async ({ context, server, openExtensionPage }) => {
  // Three clicks with waits for the visibility observer: near a minute on a loaded two-core machine.
  test.setTimeout(120_000);
  const panel = await openExtensionPage('options.html');
  const { page, app, track } = await orderListSidebar(context, server);

  // Bait in the top layer, above everything, letting clicks through to the frame.
  await page.evaluate(() => {
    const bait = document.createElement('div');
    bait.id = 'bait';
    bait.popover = 'manual';
    bait.textContent = 'Click here to win a prize';
    bait.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:rgba(255,255,0,.9);pointer-events:none;border:0';
    document.body.append(bait);
    bait.showPopover();
  });
  await page.waitForTimeout(300);
  await track.click({ force: true });
  await expect(app.getByText('Something on the page covers Buyerguard, so nothing was saved.')).toBeVisible();
  expect(await orderCount(panel)).toBe(0);

  // An ordinary overlay at the highest z-index, added after the sidebar's host.
  await page.evaluate(() => {
    document.getElementById('bait')!.remove();
    const overlay = document.createElement('div');
    overlay.id = 'overlay';
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,255,.8);pointer-events:none';
    document.body.append(overlay);
  });
  await page.waitForTimeout(300);
  await track.click({ force: true });
  await expect(app.getByText('Something on the page covers Buyerguard, so nothing was saved.')).toBeVisible();
  expect(await orderCount(panel)).toBe(0);

  // In plain sight, the same click tracks.
  await page.evaluate(() => document.getElementById('overlay')!.remove());
  await page.waitForTimeout(300);
  await track.click();
  await expect(app.getByText('Saved: 4 new, 0 updated.')).toBeVisible();
  expect(await orderCount(panel)).toBe(4);
});

test('"Track" refuses while the page fades the sidebar to 1 % over bait', async ({ context, server, openExtensionPage }) => {
  const panel = await openExtensionPage('options.html');
  const { page, app, track } = await orderListSidebar(context, server);
  await page.evaluate(fadeSidebarOverBait);
  await page.waitForTimeout(300);
  await track.click({ force: true });
  await expect(app.getByText('Something on the page covers Buyerguard, so nothing was saved.')).toBeVisible();
  expect(await orderCount(panel)).toBe(0);
});
