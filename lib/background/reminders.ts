import { browser } from 'wxt/browser';
import type { BuyerguardDb } from '../db/database';
import { readSettings } from '../db/settings';
import { planReminders, snoozeUntil, type ReminderSpec } from '../deadlines/reminders';
import type { OrderDeadline } from '../deadlines/types';
import { storedToOrderDeadline } from '../db/deadline-sync';
import { resolveLocale } from '../i18n/locales';
import { reminderNotification } from './reminder-text';

export const REMINDER_ALARM_PREFIX = 'reminder:';
/** Snoozed reminders have their own alarms, which rebuilding leaves alone. */
export const SNOOZE_ALARM_PREFIX = 'snooze:';
const SNOOZE_HOURS = 24;


async function plan(db: BuyerguardDb, now: number, { includeDelivered = false } = {}): Promise<ReminderSpec[]> {
  const settings = await readSettings(db);
  if (!settings.remindersEnabled) return [];
  const [stored, delivered] = await Promise.all([
    db.deadlines.toArray(),
    includeDelivered ? [] : db.reminders.toCollection().primaryKeys(),
  ]);
  const deadlines = stored.map(storedToOrderDeadline).filter((d): d is OrderDeadline => d !== undefined);
  return planReminders(deadlines, { now, offsetsDays: settings.reminderOffsetsDays, delivered: new Set(delivered) });
}

/**
 * Makes the browser's alarms match the database: one alarm per reminder
 * still to show, named by its deterministic id. Safe to run any number of
 * times (service-worker start, every data change): it never duplicates and
 * never drops a reminder.
 */
export async function rebuildReminders(db: BuyerguardDb, now: number): Promise<void> {
  const wanted = new Map((await plan(db, now)).map((spec) => [spec.id, spec]));
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (alarm.name.startsWith(REMINDER_ALARM_PREFIX) && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  const present = new Set(existing.map((a) => a.name));
  for (const spec of wanted.values()) {
    if (present.has(spec.id)) continue;
    // Chrome rounds alarms under 30 s up; a late reminder fires at once anyway.
    await browser.alarms.create(spec.id, { when: Math.max(spec.fireAt, now + 1_000) });
  }
}

/** Shows a reminder once: the delivered record is written first, in a transaction that fails on a second try. */
export async function handleReminderAlarm(db: BuyerguardDb, alarmName: string, now: number): Promise<void> {
  const snoozed = alarmName.startsWith(SNOOZE_ALARM_PREFIX);
  const reminderId = snoozed ? alarmName.slice(SNOOZE_ALARM_PREFIX.length) : alarmName;
  // A snoozed reminder was delivered already, so it is planned again without the delivered filter.
  const specs = await plan(db, now, { includeDelivered: snoozed });
  const spec = specs.find((s) => s.id === reminderId);
  if (!spec) return;
  if (!snoozed) {
    const first = await db.transaction('rw', db.reminders, async () => {
      if (await db.reminders.get(spec.id)) return false;
      await db.reminders.add({ id: spec.id, deliveredAt: now });
      return true;
    });
    if (!first) return;
  }
  await show(db, spec, now);
}

async function show(db: BuyerguardDb, spec: ReminderSpec, now: number): Promise<void> {
  const [order, settings] = await Promise.all([db.orders.get(spec.orderId), readSettings(db)]);
  if (!order) return;
  const locale = settings.locale === 'auto' ? resolveLocale([browser.i18n.getUILanguage()]) : settings.locale;
  const text = reminderNotification(locale, spec, order, now);
  const isFirefox = typeof (browser as unknown as { sidebarAction?: unknown }).sidebarAction !== 'undefined';
  await browser.notifications.create(spec.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.body,
    // Firefox has no notification buttons; a click still opens the order.
    ...(isFirefox ? {} : { buttons: [{ title: text.buttons.openOrder }, { title: text.buttons.snooze }], requireInteraction: true }),
  });
}

function orderIdOf(notificationId: string): string | undefined {
  // Ids are reminder:<encoded order id>:<kind>:<offset>:<dueAt>.
  const encoded = notificationId.slice(REMINDER_ALARM_PREFIX.length).split(':')[0];
  return encoded ? decodeURIComponent(encoded) : undefined;
}

async function openOrder(notificationId: string): Promise<void> {
  const orderId = orderIdOf(notificationId);
  if (!orderId) return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}#/order/${encodeURIComponent(orderId)}` });
  await browser.notifications.clear(notificationId);
}

export async function handleNotificationClick(_db: BuyerguardDb, notificationId: string): Promise<void> {
  if (notificationId.startsWith(REMINDER_ALARM_PREFIX)) await openOrder(notificationId);
}

export async function handleNotificationButton(_db: BuyerguardDb, notificationId: string, button: number, now: number): Promise<void> {
  if (!notificationId.startsWith(REMINDER_ALARM_PREFIX)) return;
  if (button === 0) return openOrder(notificationId);
  await browser.notifications.clear(notificationId);
  await browser.alarms.create(`${SNOOZE_ALARM_PREFIX}${notificationId}`, { when: snoozeUntil(now, SNOOZE_HOURS) });
}
