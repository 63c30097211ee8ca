import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const BEFORE = resolve('tests/fixtures/aliexpress/e2e/order-list-before.html');
const AFTER = resolve('tests/fixtures/aliexpress/e2e/order-list-after.html');

test('orders tracked from the order list show in the side panel by deadline; a revisit updates them without duplicates or overwriting edits', async ({
  context,
  server,
  openExtensionPage,
}) => {
  server.serveFile(ORDER_LIST, BEFORE);
  const page = await context.newPage();
  await page.goto(ORDER_LIST);
  await sidebarOf(page).tab.click();
  const sidebar = sidebarOf(page).app();
  await sidebar.getByRole('button', { name: 'Track all 4 orders' }).click();
  await expect(sidebar.getByText('Saved: 4 new, 0 updated.')).toBeVisible();

  // Protection ends in 3, 12 and 25 days; the completed order is not open.
  const panel = await openExtensionPage('sidepanel.html');
  const cards = panel.locator('.order-card');
  await expect(cards.locator('.order-number')).toHaveText(['Order 8181000000000002', 'Order 8181000000000003', 'Order 8181000000000001']);
  await expect(cards.nth(0)).toContainText('Soon Deadline Store');
  await expect(cards.nth(0)).toContainText('Buyer protection ends');

  // Every upcoming deadline of the open orders goes to a calendar file that a real parser reads.
  const downloading = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Add deadlines to calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^buyerguard-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
  // Per order: protection ends (from the page), the last day to open a dispute, and asking for more time where that is still ahead.
  expect(summaries.filter((s) => s.startsWith('Buyer protection ends'))).toHaveLength(3);
  expect(summaries.every((s) => !s.includes('8181000000000004'))).toBe(true);
  await expect(panel.getByText(`${summaries.length} deadlines saved to ${download.suggestedFilename()}.`)).toBeVisible();

  // The buyer renames a store by hand: later captures must keep that name.
  await cards.nth(1).click();
  await panel.getByRole('link', { name: 'Edit' }).click();
  await panel.getByLabel('Store or seller').fill('Headphones shop (my name)');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('heading', { name: 'Order 8181000000000003' })).toBeVisible();
  await expect(panel.getByText('Headphones shop (my name)')).toBeVisible();

  // Later visit: the headphones were delivered.
  server.serveFile(ORDER_LIST, AFTER);
  await page.reload();
  const again = sidebarOf(page).app();
  await again.getByRole('button', { name: 'Track all 4 orders' }).click();
  await expect(again.getByText('Saved: 0 new, 4 updated.')).toBeVisible();

  // The open order page in the side panel follows without a reload.
  await expect(panel.locator('dl.facts')).toContainText('Delivered');
  await expect(panel.getByText('Headphones shop (my name)')).toBeVisible();
  await expect(panel.getByText('Middle Store')).toHaveCount(0);

  await panel.getByRole('link', { name: 'Orders' }).click();
  await panel.getByRole('radio', { name: 'All' }).click();
  await expect(panel.getByText('4 orders')).toBeVisible();
  const numbers = await cards.locator('.order-number').allTextContents();
  expect(numbers.sort()).toEqual(['8181000000000001', '8181000000000002', '8181000000000003', '8181000000000004'].map((n) => `Order ${n}`));
});
