import { browser } from 'wxt/browser';
import type { BuyerguardDb } from '../db/database';
import { readSettings } from '../db/settings';
import { allDeadlines, findDeadline } from '../db/deadline-sync';
import { isActionDeadline } from '../deadlines/kinds';
import { parseReminderId, planReminders, REMINDER_ID_PREFIX, reminderMatches, snoozeUntil, type ReminderSpec } from '../deadlines/reminders';
import { resolveLocale } from '../i18n/locales';
import { reminderNotification } from './reminder-text';
import type { Order } from '../schema/order';

export const REMINDER_ALARM_PREFIX = REMINDER_ID_PREFIX;
/** Snoozed reminders have their own alarms, which rebuilding leaves alone. */
export const SNOOZE_ALARM_PREFIX = 'snooze:';
export const SNOOZE_HOURS = 24;
/**
 * A reminder shown this long after its planned time says it is late: alarms
 * on a busy machine come seconds late, one that waited for the browser to
 * start comes minutes or days late.
 */
export const LATE_MARK_AFTER_MS = 30_000;

/** The reminders still to show: stored deadlines (the engine's own shape) against the ones already shown. */
async function plan(db: BuyerguardDb, now: number): Promise<ReminderSpec[]> {
  const settings = await readSettings(db);
  if (!settings.remindersEnabled) return [];
  const [deadlines, delivered] = await Promise.all([allDeadlines(db), db.reminders.toCollection().primaryKeys()]);
  const specs = planReminders(deadlines, { now, offsetsDays: settings.reminderOffsetsDays, delivered: new Set(delivered) });
  return dropPassedBeforeKnown(db, specs, now);
}

/**
 * A deadline that had passed before the order was saved was never missed by
 * us: the buyer sees it in the list, without a "late" notification for it.
 */
async function dropPassedBeforeKnown(db: BuyerguardDb, specs: ReminderSpec[], now: number): Promise<ReminderSpec[]> {
  const passed = specs.filter((s) => isActionDeadline(s.kind) && s.dueAt <= now);
  if (passed.length === 0) return specs;
  const orders = await db.orders.bulkGet([...new Set(passed.map((s) => s.orderId))]);
  const knownSince = new Map(orders.flatMap((o) => (o ? [[o.id, o.createdAt] as const] : [])));
  return specs.filter((s) => !passed.includes(s) || (knownSince.get(s.orderId) ?? Infinity) < s.dueAt);
}

/** Shown well after its time, for an order saved before that time: the browser was not running when it was due. */
function isLate(spec: ReminderSpec, order: Pick<Order, 'createdAt'>, now: number): boolean {
  return now - spec.plannedAt > LATE_MARK_AFTER_MS && order.createdAt <= spec.plannedAt;
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

/**
 * Writes the "delivered" record, in a read-write transaction that finds it
 * already there on any second try (a rebuilt alarm, a restarted worker):
 * false means the reminder was shown before and must not be shown again.
 */
async function markDelivered(db: BuyerguardDb, reminderId: string, now: number, late: boolean): Promise<boolean> {
  return db.transaction('rw', db.reminders, async () => {
    if ((await db.reminders.get(reminderId)) !== undefined) return false;
    // Pending until the notification is up: a worker stopped in between shows it on its next start.
    await db.reminders.add({ id: reminderId, deliveredAt: now, pending: true, ...(late ? { late } : {}) });
    return true;
  });
}

/** Shows a due reminder exactly once; an alarm for a reminder the data no longer wants does nothing. */
export async function handleReminderAlarm(db: BuyerguardDb, alarmName: string, now: number): Promise<void> {
  if (alarmName.startsWith(SNOOZE_ALARM_PREFIX)) return showSnoozed(db, alarmName.slice(SNOOZE_ALARM_PREFIX.length), now);
  const spec = (await plan(db, now)).find((s) => s.id === alarmName);
  const order = spec && (await db.orders.get(spec.orderId));
  if (!spec || !order) return;
  const late = isLate(spec, order, now);
  if (await markDelivered(db, spec.id, now, late)) await showClaimed(db, spec, now, late);
}

async function showClaimed(db: BuyerguardDb, spec: ReminderSpec, now: number, late: boolean): Promise<void> {
  await show(db, spec, now, late);
  await db.reminders.update(spec.id, { pending: undefined });
}

/**
 * Reminders claimed but perhaps never shown (the worker stopped between the
 * two): shown now under the same id, which replaces rather than doubles a
 * notification that did get up.
 */
export async function resumePendingReminders(db: BuyerguardDb, now: number): Promise<void> {
  const pending = await db.reminders.filter((r) => r.pending === true).toArray();
  for (const record of pending) {
    const parts = parseReminderId(record.id);
    const deadline = parts && (await findDeadline(db, parts.orderId, parts.kind));
    if (!parts || !deadline || !reminderMatches(parts, deadline)) {
      await db.reminders.update(record.id, { pending: undefined });
      continue;
    }
    const spec: ReminderSpec = { ...parts, id: record.id, dueAt: deadline.dueAt, plannedAt: record.deliveredAt, fireAt: now, late: true, deadline };
    await showClaimed(db, spec, now, record.late === true);
  }
}

export { parseReminderId } from '../deadlines/reminders';

/**
 * A snoozed reminder comes back whatever the plan says now (the plan keeps
 * only the latest of several late reminders), as long as its deadline still
 * stands on the same day and, for one the buyer must act before, has not passed.
 */
async function showSnoozed(db: BuyerguardDb, reminderId: string, now: number): Promise<void> {
  const parts = parseReminderId(reminderId);
  if (!parts || !(await readSettings(db)).remindersEnabled) return;
  const deadline = await findDeadline(db, parts.orderId, parts.kind);
  if (!deadline || !reminderMatches(parts, deadline)) return;
  if (isActionDeadline(deadline.kind) && deadline.dueAt <= now) return;
  // Back when the buyer asked: not late.
  await show(db, { ...parts, id: reminderId, dueAt: deadline.dueAt, plannedAt: now, fireAt: now, late: true, deadline }, now, false);
}

async function show(db: BuyerguardDb, spec: ReminderSpec, now: number, late: boolean): Promise<void> {
  const [order, settings] = await Promise.all([db.orders.get(spec.orderId), readSettings(db)]);
  if (!order) return;
  const locale = settings.locale === 'auto' ? resolveLocale([browser.i18n.getUILanguage()]) : settings.locale;
  const text = reminderNotification(locale, spec, order, now, { late });
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

async function openOrder(notificationId: string): Promise<void> {
  const parts = parseReminderId(notificationId);
  if (!parts) return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}#/order/${encodeURIComponent(parts.orderId)}` });
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
