import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuyerguardDb } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/settings';
import { deadlineFields } from '../../../lib/db/order-record';
import { reminderId } from '../../../lib/deadlines/reminders';
import { localDateString, systemTimeZone } from '../../../lib/deadlines/zoned-time';
import {
  handleNotificationButton,
  handleNotificationClick,
  handleReminderAlarm,
  parseReminderId,
  rebuildReminders,
  resumePendingReminders,
  SNOOZE_ALARM_PREFIX,
} from '../../../lib/background/reminders';
import { reminderNotification } from '../../../lib/background/reminder-text';
import { HOSTILE_STRINGS } from '../../fixtures/hostile/data/strings';
import { orderSchema } from '../../../lib/schema/order';
import type { StoredDeadline } from '../../../lib/schema/deadline';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 10, 12);
const ORDER_ID = 'order-1';
/** Reminder ids carry the deadline's local due date. */
const dateOf = (instant: number) => localDateString(instant, systemTimeZone());

let db: BuyerguardDb;
let shown: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  shown = vi.spyOn(fakeBrowser.notifications, 'create');
  db = new BuyerguardDb(`reminders-${Math.random()}`);
  await db.orders.add(
    orderSchema.parse({
      id: ORDER_ID,
      marketplace: 'aliexpress',
      orderNumber: '8123456789012345',
      store: { name: 'Lamp Store' },
      status: 'shipped',
      source: 'manual',
      createdAt: NOW - 20 * DAY,
      updatedAt: NOW - 20 * DAY,
    }),
  );
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** One deadline the buyer must act before, set by hand so its instant is exactly what the test says. */
async function protectionEndsAt(dueAt: number): Promise<void> {
  const deadline: StoredDeadline = {
    id: `${ORDER_ID}:protection-end`,
    orderId: ORDER_ID,
    kind: 'protection-end',
    dueAt,
    ruleId: 'user',
    source: { origin: 'user', seeds: [], publicSources: false },
    estimate: false,
    overridden: true,
    actionable: 1,
    derivation: { basis: 'user', days: 0, from: dueAt, alternatives: [] },
  };
  await db.table('orders').update(ORDER_ID, deadlineFields([deadline], NOW));
}

async function alarmNames(): Promise<string[]> {
  return (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
}

describe('rebuildReminders', () => {
  it('creates one alarm per reminder ahead, named by its id, and running again changes nothing', async () => {
    const due = NOW + 10 * DAY;
    await protectionEndsAt(due);
    await rebuildReminders(db, NOW);
    // Default offsets 7, 3, 1 and 0 days: all still ahead ten days before the deadline.
    const expected = [0, 1, 3, 7].map((offset) => `reminder:${ORDER_ID}:protection-end:${offset}:${dateOf(due)}`).sort();
    expect(await alarmNames()).toEqual(expected);
    const times = (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime);
    expect(times.every((t) => t > NOW && t < due)).toBe(true);

    await rebuildReminders(db, NOW + HOUR);
    await rebuildReminders(db, NOW + 2 * HOUR);
    expect(await alarmNames()).toEqual(expected);
  });

  it('follows the settings: other offsets replace the alarms, switching reminders off clears them', async () => {
    await protectionEndsAt(NOW + 10 * DAY);
    await rebuildReminders(db, NOW);
    await updateSettings(db, { reminderOffsetsDays: [5] });
    await rebuildReminders(db, NOW);
    expect(await alarmNames()).toEqual([`reminder:${ORDER_ID}:protection-end:5:${dateOf(NOW + 10 * DAY)}`]);
    await updateSettings(db, { remindersEnabled: false });
    await rebuildReminders(db, NOW);
    expect(await alarmNames()).toEqual([]);
  });

  it('leaves snoozed reminders and other alarms alone', async () => {
    await fakeBrowser.alarms.create('refresh', { periodInMinutes: 60 });
    await fakeBrowser.alarms.create(`${SNOOZE_ALARM_PREFIX}reminder:x:protection-end:1:1`, { when: NOW + DAY });
    await rebuildReminders(db, NOW);
    expect(await alarmNames()).toEqual(['refresh', `${SNOOZE_ALARM_PREFIX}reminder:x:protection-end:1:1`]);
  });
});

describe('a due reminder', () => {
  /** The deadline is 20 hours away: the 7-, 3- and 1-day reminders are late, and only the latest of them fires, at once. */
  async function lateReminder(): Promise<string> {
    await protectionEndsAt(NOW + 20 * HOUR);
    await rebuildReminders(db, NOW);
    const due = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= NOW + 1_000);
    expect(due.map((a) => a.name)).toEqual([`reminder:${ORDER_ID}:protection-end:1:${dateOf(NOW + 20 * HOUR)}`]);
    return due[0]!.name;
  }

  it('shows exactly one notification, however often the alarm fires or the alarms are rebuilt', async () => {
    const name = await lateReminder();
    await handleReminderAlarm(db, name, NOW + 1_000);
    expect(shown).toHaveBeenCalledTimes(1);
    const [id, options] = shown.mock.calls[0] as [string, { title: string; message: string; buttons: { title: string }[] }];
    expect(id).toBe(name);
    expect(options.message).toContain('8123456789012345');
    expect(options.buttons.map((b) => b.title)).toEqual(['Open order', 'Remind me later']);

    // The alarm fired (browsers delete a one-off alarm then); rebuilding must not bring it back.
    await fakeBrowser.alarms.clear(name);
    await rebuildReminders(db, NOW + 2_000);
    expect(await alarmNames()).not.toContain(name);
    // A worker restarted mid-way may get the same alarm again: still one notification.
    await handleReminderAlarm(db, name, NOW + 3_000);
    await Promise.all([handleReminderAlarm(db, name, NOW + 4_000), handleReminderAlarm(db, name, NOW + 4_000)]);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('two alarm events at once still show it once', async () => {
    const name = await lateReminder();
    await Promise.all([handleReminderAlarm(db, name, NOW + 1_000), handleReminderAlarm(db, name, NOW + 1_000)]);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('is not shown again when a re-read page countdown moves the deadline by a few hours', async () => {
    const name = await lateReminder();
    await handleReminderAlarm(db, name, NOW + 1_000);
    // "Ends in 0 days 19 hours" read an hour later gives nearly the same end, under another id.
    await protectionEndsAt(NOW + 21 * HOUR);
    await rebuildReminders(db, NOW + HOUR);
    const moved = reminderId(ORDER_ID, 'protection-end', 1, NOW + 21 * HOUR);
    // Same day, same reminder: the id does not carry the drifting instant.
    expect(moved).toBe(name);
    expect(await alarmNames()).not.toContain(moved);
    await handleReminderAlarm(db, moved, NOW + HOUR);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('is shown again when the deadline really moved', async () => {
    const name = await lateReminder();
    await handleReminderAlarm(db, name, NOW + 1_000);
    await protectionEndsAt(NOW + 20 * HOUR + 2 * DAY);
    await rebuildReminders(db, NOW + HOUR);
    const moved = reminderId(ORDER_ID, 'protection-end', 3, NOW + 20 * HOUR + 2 * DAY);
    expect(await alarmNames()).toContain(moved);
    await handleReminderAlarm(db, moved, NOW + HOUR);
    expect(shown).toHaveBeenCalledTimes(2);
  });

  it('an alarm for a reminder the data no longer wants shows nothing', async () => {
    const name = await lateReminder();
    await db.table('orders').update(ORDER_ID, deadlineFields([], NOW));
    await handleReminderAlarm(db, name, NOW + 1_000);
    await handleReminderAlarm(db, 'reminder:unknown:protection-end:1:2026-06-11', NOW + 1_000);
    expect(shown).not.toHaveBeenCalled();
  });
});

describe('a worker stopped between claiming a reminder and showing it', () => {
  it('shows it on the next start, under the same id, and only once', async () => {
    const due = NOW + 20 * HOUR;
    await protectionEndsAt(due);
    await rebuildReminders(db, NOW);
    const [alarm] = await fakeBrowser.alarms.getAll();
    shown.mockRejectedValueOnce(new Error('the worker stopped'));
    await expect(handleReminderAlarm(db, alarm!.name, NOW + 1_000)).rejects.toThrow('the worker stopped');
    expect((await db.reminders.get(alarm!.name))?.pending).toBe(true);

    await resumePendingReminders(db, NOW + 60_000);
    expect(shown).toHaveBeenCalledTimes(2);
    expect(shown.mock.calls[1]?.[0]).toBe(alarm!.name);
    expect((await db.reminders.get(alarm!.name))?.pending).toBeUndefined();
    // Started again: nothing pending, nothing shown.
    await resumePendingReminders(db, NOW + 120_000);
    await handleReminderAlarm(db, alarm!.name, NOW + 120_000);
    expect(shown).toHaveBeenCalledTimes(2);
  });
});

describe('a late reminder', () => {
  const LATE_NOTE = 'This reminder is late: the browser was not running when it was due.';
  const lastShown = () => shown.mock.calls.at(-1) as [string, { message: string }];
  const recordOf = async (id: string) => db.reminders.get(id);

  it('on time it reads as usual; shown a day after its time (the browser was closed) it says so, and the shown-reminders table records it', async () => {
    const due = NOW + 10 * DAY;
    await protectionEndsAt(due);
    await rebuildReminders(db, NOW);
    const alarmOf = async (offset: number) => (await fakeBrowser.alarms.getAll()).find((a) => a.name === reminderId(ORDER_ID, 'protection-end', offset, due))!;
    const week = await alarmOf(7);
    const threeDays = await alarmOf(3);
    await handleReminderAlarm(db, week.name, week.scheduledTime + 1_000);
    expect(lastShown()[1].message).not.toContain(LATE_NOTE);
    expect((await recordOf(week.name))?.late).toBeUndefined();

    await handleReminderAlarm(db, threeDays.name, threeDays.scheduledTime + DAY);
    expect(lastShown()[0]).toBe(threeDays.name);
    expect(lastShown()[1].message).toContain(LATE_NOTE);
    expect((await recordOf(threeDays.name))?.late).toBe(true);
    expect(shown).toHaveBeenCalledTimes(2);
  });

  it('a deadline that passed while the browser was not running gets one late reminder when it starts again', async () => {
    const due = NOW + 2 * HOUR;
    await protectionEndsAt(due);
    const later = NOW + 5 * HOUR;
    await rebuildReminders(db, later);
    const id = reminderId(ORDER_ID, 'protection-end', 0, due);
    expect(await alarmNames()).toEqual([id]);
    await handleReminderAlarm(db, id, later + 1_000);
    await rebuildReminders(db, later + 2_000);
    await handleReminderAlarm(db, id, later + 3_000);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(lastShown()[1].message).toContain(LATE_NOTE);
    expect((await recordOf(id))?.late).toBe(true);
    expect(await alarmNames()).toEqual([]);
  });

  it('a deadline already past when the order was saved gets no reminder at all', async () => {
    const due = NOW + 2 * HOUR;
    await protectionEndsAt(due);
    await db.orders.update(ORDER_ID, { createdAt: due + HOUR });
    await rebuildReminders(db, due + 2 * HOUR);
    expect(await alarmNames()).toEqual([]);
    await handleReminderAlarm(db, reminderId(ORDER_ID, 'protection-end', 0, due), due + 2 * HOUR);
    expect(shown).not.toHaveBeenCalled();
  });
});

describe('notification buttons', () => {
  it('"Open order" opens the order in the app and closes the notification', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const cleared = vi.spyOn(fakeBrowser.notifications, 'clear');
    const id = reminderId(ORDER_ID, 'protection-end', 1, NOW + DAY);
    await handleNotificationButton(db, id, 0, NOW);
    expect(created).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html#\/order\/order-1$/) });
    expect(cleared).toHaveBeenCalledWith(id);
    await handleNotificationClick(db, id);
    expect(created).toHaveBeenCalledTimes(2);
  });

  it('"Remind me tomorrow" brings the same reminder back 24 hours later while the deadline stands', async () => {
    await protectionEndsAt(NOW + 3 * DAY);
    const id = reminderId(ORDER_ID, 'protection-end', 3, NOW + 3 * DAY);
    await handleNotificationButton(db, id, 1, NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: `${SNOOZE_ALARM_PREFIX}${id}`, scheduledTime: NOW + DAY })]);
    await handleReminderAlarm(db, `${SNOOZE_ALARM_PREFIX}${id}`, NOW + DAY);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(shown.mock.calls[0]?.[0]).toBe(id);

    // Snoozed past the deadline, or after the deadline moved: nothing to say any more.
    await handleReminderAlarm(db, `${SNOOZE_ALARM_PREFIX}${id}`, NOW + 3 * DAY + 1);
    await protectionEndsAt(NOW + 9 * DAY);
    await handleReminderAlarm(db, `${SNOOZE_ALARM_PREFIX}${id}`, NOW + DAY);
    expect(shown).toHaveBeenCalledTimes(1);
  });
});

describe('reminder ids and words', () => {
  it('parses the ids the planner makes, order ids with colons included', () => {
    expect(parseReminderId(reminderId('a:b/c', 'dispute-last-day', 3, Date.UTC(2025, 5, 15, 12), 'Europe/Warsaw'))).toEqual({
      orderId: 'a:b/c',
      kind: 'dispute-last-day',
      offsetDays: 3,
      dueDate: '2025-06-15',
    });
    expect(parseReminderId('reminder:a:not-a-kind:3:2025-06-15')).toBeUndefined();
    expect(parseReminderId('reminder:a:protection-end:3:1750000000000')).toBeUndefined();
    expect(parseReminderId('reminder:%E0%A4%A:protection-end:3:2025-06-15')).toBeUndefined();
    expect(parseReminderId('refresh')).toBeUndefined();
  });

  it('words a reminder in the user’s language with the order number and store', async () => {
    const order = (await db.orders.get(ORDER_ID))!;
    const spec = { kind: 'protection-end' as const, dueAt: NOW + 3 * DAY, deadline: { estimate: false } };
    const text = reminderNotification('uk', spec as never, order, NOW);
    expect(text.body).toContain('Замовлення 8123456789012345 · Lamp Store');
    expect(text.title).toContain('захисту');
  });

  it('drops a store name’s bidi controls, so a page’s override cannot reorder the notification (issue 8 #9)', async () => {
    const order = { ...(await db.orders.get(ORDER_ID))!, store: { name: HOSTILE_STRINGS.bidiOverride! } };
    const spec = { kind: 'protection-end' as const, dueAt: NOW + 3 * DAY, deadline: { estimate: false } };
    const { title, body } = reminderNotification('en', spec as never, order, NOW);
    expect(body).toContain('8123456789012345 · Store gnp.exe');
    expect(`${title}${body}`).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
