import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { afternoonZone } from './support/time-zone';
import { launchWithExtension } from './support/extension';
import { backupWith, importBackup } from './support/backup-file';
import { controlServiceWorker, readTable } from './support/worker';

/*
 * Issue 8, "Crashes and restarts": a reminder is shown exactly once whatever
 * happens to the service worker around its time. The deadlines come in
 * through the real backup import (a user-set date, so the instant is exactly
 * the test's); what is checked is the browser's own state: its notifications,
 * its alarms, and the shown-reminders table in the extension's IndexedDB.
 */

declare const chrome: {
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    clear(id: string): Promise<boolean>;
    onButtonClicked: { dispatch(id: string, button: number): void };
  };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void>;
  };
};

const DAY = 86_400_000;
const sleepUntil = (instant: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, instant - Date.now())));
const shownNotifications = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const alarms = (worker: Worker) => worker.evaluate(async () => (await chrome.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })));

/** The alarm of the one reminder of this order, once the worker has planned it. */
async function plannedReminder(worker: Worker, orderNumber: string) {
  let found: { name: string; scheduledTime: number } | undefined;
  await expect
    .poll(async () => (found = (await alarms(worker)).find((a) => a.name.startsWith(`reminder:restart-${orderNumber}:dispute-opens:`))), { timeout: 15_000 })
    .toBeDefined();
  return found!;
}

interface ShownReminder {
  id: string;
  deliveredAt: number;
  late?: boolean;
}
const shownFor = async (page: Page, reminderId: string) => (await readTable<ShownReminder>(page, 'reminders')).filter((r) => r.id === reminderId);

test.describe.configure({ mode: 'serial' });

test('a worker stopped and restarted again and again around the due time shows the reminder once, and never again once dismissed', async ({
  server,
  profileDir,
}) => {
  test.setTimeout(120_000);
  const context = await launchWithExtension(profileDir, server.port, 'en-US', { timeZone: afternoonZone() });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const dueAt = Date.now() + 25_000;
    const page = await importBackup(context, extensionId, backupWith([{ number: '7001000000000001', disputeOpensAt: dueAt }]));
    const alarm = await plannedReminder(worker, '7001000000000001');
    // Planned for the deadline's own instant, not shown at once.
    expect(Math.abs(alarm.scheduledTime - dueAt)).toBeLessThan(1_500);
    expect(await shownNotifications(worker)).toEqual([]);

    // Stop it just before, right at, and just after the due time, waking it in between.
    const control = await controlServiceWorker(context, page);
    for (const at of [dueAt - 2_000, dueAt - 200, dueAt + 300, dueAt + 1_200, dueAt + 2_500]) {
      await sleepUntil(at);
      await control.stop();
      if (at < dueAt) await control.wake();
      // After the due time the alarm itself has to wake it (the browser does, for a stopped worker).
    }
    await sleepUntil(dueAt + 5_000);
    const again = await control.wake();
    await expect.poll(() => shownNotifications(again), { timeout: 10_000 }).toEqual([alarm.name]);
    await page.waitForTimeout(2_000);
    expect(await shownNotifications(again)).toEqual([alarm.name]);
    expect(await shownFor(page, alarm.name)).toHaveLength(1);
    expect((await alarms(again)).map((a) => a.name)).not.toContain(alarm.name);

    // Dismissed, then two more restarts (each rebuilds every alarm from the database): it stays gone.
    await again.evaluate((id) => chrome.notifications.clear(id), alarm.name);
    for (let round = 0; round < 2; round++) {
      await control.stop();
      await control.wake();
    }
    await page.waitForTimeout(2_500);
    const last = await control.wake();
    expect(await shownNotifications(last)).toEqual([]);
    expect(await shownFor(page, alarm.name)).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('a deadline that passes while the browser is closed gives one reminder, marked late, when it opens again', async ({ server, profileDir }) => {
  test.setTimeout(120_000);
  const zone = afternoonZone();
  const first = await launchWithExtension(profileDir, server.port, 'en-US', { timeZone: zone });
  const dueAt = Date.now() + 15_000;
  let reminderName: string;
  let extensionId: string;
  try {
    const worker = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    await importBackup(first, extensionId, backupWith([{ number: '7001000000000002', disputeOpensAt: dueAt }]));
    reminderName = (await plannedReminder(worker, '7001000000000002')).name;
    expect(Date.now()).toBeLessThan(dueAt - 2_000);
  } finally {
    await first.close();
  }
  // Closed over the due time, and long enough after it (lib/background/reminders.ts LATE_MARK_AFTER_MS) to count as late.
  await sleepUntil(dueAt + 32_000);

  const reopened = await launchWithExtension(profileDir, server.port, 'en-US', { timeZone: zone });
  try {
    const worker = reopened.serviceWorkers()[0] ?? (await reopened.waitForEvent('serviceworker'));
    await expect.poll(() => shownNotifications(worker), { timeout: 15_000 }).toEqual([reminderName]);
    const page = await reopened.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const shown = await shownFor(page, reminderName);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.late).toBe(true);
    // A restart right after does not show it a second time.
    const control = await controlServiceWorker(reopened, page);
    await control.stop();
    const again = await control.wake();
    await page.waitForTimeout(2_500);
    expect(await shownNotifications(again)).toEqual([reminderName]);
    expect(await shownFor(page, reminderName)).toHaveLength(1);
  } finally {
    await reopened.close();
  }
});

test('a snoozed reminder keeps its snooze across worker restarts and comes back once when it ends', async ({ server, profileDir }) => {
  test.setTimeout(120_000);
  const context = await launchWithExtension(profileDir, server.port, 'en-US', { timeZone: afternoonZone() });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await importBackup(context, extensionId, backupWith([{ number: '7001000000000003', disputeOpensAt: Date.now() + 4_000 }]));
    const { name } = await plannedReminder(worker, '7001000000000003');
    await expect.poll(() => shownNotifications(worker), { timeout: 15_000 }).toEqual([name]);

    // "Remind me later" (button 1), as the browser reports a click on it.
    const clickedAt = Date.now();
    await worker.evaluate((id) => chrome.notifications.onButtonClicked.dispatch(id, 1), name);
    const snoozeAlarm = async (w: Worker) => (await alarms(w)).find((a) => a.name === `snooze:${name}`);
    await expect.poll(async () => (await snoozeAlarm(worker))?.scheduledTime, { timeout: 5_000 }).toBeGreaterThan(clickedAt + DAY - 60_000);
    const snoozedUntil = (await snoozeAlarm(worker))!.scheduledTime;
    await expect.poll(() => shownNotifications(worker)).toEqual([]);

    const control = await controlServiceWorker(context, page);
    for (let round = 0; round < 2; round++) {
      await control.stop();
      await control.wake();
    }
    await page.waitForTimeout(2_500);
    let current = await control.wake();
    expect((await snoozeAlarm(current))?.scheduledTime).toBe(snoozedUntil);
    expect(await shownNotifications(current)).toEqual([]);

    // A day later (the alarm is moved to a few seconds from now): the worker is asleep, the alarm wakes it, the reminder is back once.
    await current.evaluate((alarmName) => chrome.alarms.create(alarmName, { when: Date.now() + 3_000 }), `snooze:${name}`);
    await control.stop();
    await page.waitForTimeout(5_000);
    current = await control.wake();
    await expect.poll(() => shownNotifications(current), { timeout: 10_000 }).toEqual([name]);
    expect(await snoozeAlarm(current)).toBeUndefined();
    expect(await shownFor(page, name)).toHaveLength(1);
  } finally {
    await context.close();
  }
});
