import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { launchWithExtension, newProfileDir, serviceWorkerOf } from './support/extension';
import { readTable } from './support/worker';
import { addOrderByHand, sidebarOf } from './support/app';

const HOME = resolve('tests/e2e/pages/marketplace-home.html');
const OTHER = resolve('tests/e2e/pages/other-site.html');

test('the sidebar tab appears on marketplace hosts and nowhere else', async ({ context, server }) => {
  const marketplaceUrls = [
    'https://www.aliexpress.com/',
    'https://pl.aliexpress.com/',
    'https://aliexpress.ru/',
    'https://www.aliexpress.us/',
    'https://m.aliexpress.com/',
  ];
  for (const url of marketplaceUrls) server.serveFile(url, HOME);
  server.serveFile('https://shop.example/', OTHER);
  server.serveFile('https://aliexpress.com.evil.example/', HOME);
  const page = await context.newPage();

  for (const url of marketplaceUrls) {
    await page.goto(url);
    await expect(sidebarOf(page).tab, url).toBeVisible();
  }
  for (const url of ['https://shop.example/', 'https://aliexpress.com.evil.example/']) {
    await page.goto(url);
    await page.waitForTimeout(500);
    await expect(sidebarOf(page).host, url).toHaveCount(0);
  }
});

test('the sidebar is collapsed by default, opens, closes and remembers its state', async ({ context, server }) => {
  server.serveFile('https://www.aliexpress.com/', HOME);
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/');
  const sidebar = sidebarOf(page);
  await expect(sidebar.tab).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar.host.locator('iframe')).toHaveCount(0);
  // The site's own fixed button stays clickable while the sidebar is collapsed.
  await page.getByRole('button', { name: "Site's own button" }).click();

  // The background stores the state a moment after the click: a reload before that would find the old one.
  const stored = async () => (await readTable<{ id: string; sidebarOpen?: boolean }>(await serviceWorkerOf(context), 'settings')).find((row) => row.id === 'settings')?.sidebarOpen;
  await sidebar.tab.click();
  await expect(sidebar.app().getByRole('heading', { name: 'Your orders' })).toBeVisible();
  await expect.poll(stored).toBe(true);
  await page.reload();
  await expect(sidebarOf(page).app().getByRole('heading', { name: 'Your orders' })).toBeVisible();

  await sidebarOf(page).closeButton.click();
  await expect(sidebarOf(page).tab).toBeVisible();
  await expect.poll(stored).toBe(false);
  await page.reload();
  await expect(sidebarOf(page).tab).toHaveAttribute('aria-expanded', 'false');
});

test('an order added in the side panel shows in the open in-page sidebar at once', async ({ context, server, openExtensionPage }) => {
  server.serveFile('https://www.aliexpress.com/', HOME);
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/');
  await sidebarOf(page).tab.click();
  const sidebarApp = sidebarOf(page).app();
  await expect(sidebarApp.getByText('No orders yet.')).toBeVisible();

  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '8123456789012345', store: 'Sunny Gadgets Store', item: 'USB-C cable 2 m', amount: '3.49' });
  await expect(panel.getByRole('heading', { name: 'Order 8123456789012345' })).toBeVisible();

  // No reload: the sidebar's live query picks the new order up.
  await expect(sidebarApp.getByText('Order 8123456789012345')).toBeVisible();
  await expect(sidebarApp.getByText('USB-C cable 2 m')).toBeVisible();

  // The in-page sidebar offers no delete (the page around it could time the click);
  // a delete in the side panel empties the sidebar's list live.
  await sidebarApp.getByText('Order 8123456789012345').click();
  await expect(sidebarApp.getByRole('heading', { name: 'Order 8123456789012345' })).toBeVisible();
  await expect(sidebarApp.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Delete' }).click();
  await panel.getByRole('group').getByRole('button', { name: 'Delete' }).click();
  await expect(sidebarApp.getByText('This order no longer exists.')).toBeVisible();
});

test('the order form shows errors beside the fields and saves nothing invalid', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByRole('link', { name: 'Add order' }).click();
  await panel.getByLabel('Price paid').fill('twelve');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByLabel('Order number')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('Please fill this in.')).toBeVisible();
  await expect(panel.getByText('Enter a number, for example 12.99.')).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText('No orders yet.')).toBeVisible();
});

test('the UI language can be switched in settings', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByRole('heading', { name: 'Your orders' })).toBeVisible();
  await panel.getByRole('link', { name: 'Settings' }).click();
  await panel.getByRole('group', { name: 'Language' }).getByRole('combobox').selectOption('uk');
  await expect(panel.locator('html')).toHaveAttribute('lang', 'uk');
  await panel.getByRole('link', { name: 'Замовлення' }).click();
  await expect(panel.getByRole('heading', { name: 'Ваші замовлення' })).toBeVisible();
  await panel.getByRole('link', { name: 'Налаштування' }).click();
  await panel.getByRole('group', { name: 'Мова' }).getByRole('combobox').selectOption('ka');
  await expect(panel.getByRole('link', { name: 'პარამეტრები' })).toBeVisible();
});

test('orders survive a browser restart with the same profile', async ({ context, server, profileDir, openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '3001234567890123', store: 'Keeps Data Store' });
  await expect(panel.getByRole('heading', { name: 'Order 3001234567890123' })).toBeVisible();
  const id = new URL(panel.url()).host;
  await context.close();

  const reopened = await launchWithExtension(profileDir, server.port);
  try {
    const again = await reopened.newPage();
    await again.goto(`chrome-extension://${id}/sidepanel.html`);
    await expect(again.getByText('Order 3001234567890123')).toBeVisible();
    await expect(again.getByText('Keeps Data Store')).toBeVisible();
  } finally {
    await reopened.close();
  }
});

test('the extension makes no network requests of its own', async ({ context, server, openExtensionPage }) => {
  server.serveFile('https://www.aliexpress.com/', HOME);
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    const fromExtensionPage = (request.frame()?.url() ?? '').startsWith('chrome-extension://');
    const local = /^(chrome-extension|data|blob):/.test(request.url());
    if (fromExtensionPage && !local) extensionRequests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/');
  await sidebarOf(page).tab.click();
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '5551234567890123', store: 'Quiet Store', shippedAt: '2026-11-10' });
  await panel.getByRole('link', { name: 'Settings' }).click();
  await page.waitForTimeout(1000);

  expect(extensionRequests).toEqual([]);
  // Every request that reached the loopback server came from the pages the test opened.
  // Chromium's own update and account checks also land on the loopback server; they are the browser's, not ours.
  const browserOwn = /(^|\.)(google|googleapis|gstatic|gvt1)\.com$/;
  const unexpected = server.requests.filter(
    (r) =>
      (r.origin ?? '').startsWith('chrome-extension://') ||
      (r.referer ?? '').startsWith('chrome-extension://') ||
      (r.host !== 'www.aliexpress.com' && !browserOwn.test(r.host)),
  );
  expect(unexpected).toEqual([]);
});

test('the UI follows the browser language until the user picks one', async ({ server }) => {
  const profile = newProfileDir();
  const context = await launchWithExtension(profile, server.port, 'pl-PL');
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    await expect(page.getByRole('heading', { name: 'Twoje zamówienia' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
