import type { Locale } from '../i18n/locales';
import type { ReminderSpec } from '../deadlines/reminders';
import { reminderText, type NotificationText } from '../deadlines/text';
import { marketplaceName } from '../marketplaces/registry';
import { stripBidiControls } from '../schema/bidi';
import type { Order } from '../schema/order';
import { translate } from '../i18n/translate';

/**
 * The words of one reminder, in the user's language; a late one says so (the browser was not running when it was due).
 * The order number and store name came from a page: a notification cannot isolate them (no `<bdi>`), so their bidi
 * controls are dropped, as in the calendar file and the evidence pack (issue 8 #9).
 */
export function reminderNotification(locale: Locale, spec: ReminderSpec, order: Order, now: number, { late = false } = {}): NotificationText {
  const label = stripBidiControls(`${translate(locale, 'app.order.numberShort')} ${order.orderNumber}${order.store.name ? ` · ${order.store.name}` : ''}`);
  const text = reminderText(spec, label, now, { locale, marketplaceName: marketplaceName(order.marketplace) });
  return late ? { ...text, body: `${text.body} ${translate(locale, 'deadlines.reminder.lateNote')}` } : text;
}
