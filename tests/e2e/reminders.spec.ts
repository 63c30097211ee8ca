import { resolve } from 'node:path';
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { launchWithExtension, serviceWorkerOf } from './support/extension';
import { afternoonZone } from './support/time-zone';

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const DUE_SOON = resolve('tests/fixtures/aliexpress/e2e/order-list-due-soon.html');
/*
 * Which reminders are late depends on the local time of day (they come at 9:00):
 * run at 06:00 with protection ending in 20 hours, the 1-day reminder is still
 * ahead and the 3-day one is the latest late. The browser keeps early-afternoon
 * time instead, whenever the suite runs.
 */
const ZONE = afternoonZone();
test.use({ browserTimeZone: ZONE });

/** The parts of the extension API these checks read inside the service worker. */
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
};

const shownNotifications = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const alarmNames = (worker: Worker) => worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));
/** Long enough for a re-created late alarm (due a second after creation) to have fired. */
const SETTLE_MS = 2_000;

test('a deadline within a day fires one reminder; rebuilding alarms and restarting the browser never show it again', async ({
  context,
  server,
  profileDir,
  extensionId,
  openExtensionPage,
}) => {
  server.serveFile(ORDER_LIST, DUE_SOON);
  const page = await context.newPage();
  await page.goto(ORDER_LIST);
  await sidebarOf(page).tab.click();
  await sidebarOf(page).app().getByRole('button', { name: 'Track this order' }).click();
  await expect(sidebarOf(page).app().getByText('Saved: 1 new, 0 updated.')).toBeVisible();

  // Protection ends in 20 hours: the 7-, 3- and 1-day reminders are all late, and only the latest fires, at once.
  const worker = await serviceWorkerOf(context);
  await expect.poll(() => shownNotifications(worker), { timeout: 15_000 }).toHaveLength(1);
  const [id] = await shownNotifications(worker);
  // Reminder ids carry the local due date (lib/deadlines/reminders.ts).
  expect(id).toMatch(/^reminder:[^:]+:protection-end:1:\d{4}-\d{2}-\d{2}$/);
  // The other deadlines keep their alarms for later (the last day to open a dispute, 15 days on).
  expect((await alarmNames(worker)).some((name) => name.includes(':dispute-last-day:'))).toBe(true);

  // The buyer dismisses it; alarms are rebuilt (as on any data change): it does not come back.
  await worker.evaluate((shown) => chrome.notifications.clear(shown), id!);
  const panel = await openExtensionPage('sidepanel.html');
  await panel.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'reminders/rebuild' }));
  await panel.waitForTimeout(SETTLE_MS);
  expect(await shownNotifications(worker)).toEqual([]);
  expect(await alarmNames(worker)).not.toContain(id);

  // A browser restart starts a new service worker, which rebuilds every alarm from the database.
  await context.close();
  const reopened = await launchWithExtension(profileDir, server.port, undefined, { timeZone: ZONE });
  try {
    const again = await serviceWorkerOf(reopened);
    await expect.poll(async () => (await alarmNames(again)).some((name) => name.includes(':dispute-last-day:')), { timeout: 10_000 }).toBe(true);
    const app = await reopened.newPage();
    await app.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(app.getByText('Order 8181000000000001')).toBeVisible();
    await app.waitForTimeout(SETTLE_MS);
    expect(await shownNotifications(again)).toEqual([]);
    expect(await alarmNames(again)).not.toContain(id);
  } finally {
    await reopened.close();
  }
});
