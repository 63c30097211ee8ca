import type { Locale } from '../i18n/locales';
import type { ReminderSpec } from '../deadlines/reminders';
import type { Order } from '../schema/order';
import { translate } from '../i18n/translate';
import { formatDate } from '../i18n/format';

export interface NotificationText {
  title: string;
  body: string;
  open: string;
  snooze: string;
}

/** The words of one reminder, in the user's language. */
export function reminderNotification(locale: Locale, spec: ReminderSpec, order: Order, _now: number): NotificationText {
  const label = `${translate(locale, 'app.order.numberShort')} ${order.orderNumber}`;
  return {
    title: label,
    body: `${spec.kind} · ${formatDate(spec.dueAt, locale)}`,
    open: translate(locale, 'common.edit'),
    snooze: translate(locale, 'common.close'),
  };
}
