import type { Locale } from '../i18n/locales';
import type { ReminderSpec } from '../deadlines/reminders';
import { reminderText, type NotificationText } from '../deadlines/text';
import { marketplaceName } from '../marketplaces/registry';
import type { Order } from '../schema/order';
import { translate } from '../i18n/translate';

/** The words of one reminder, in the user's language. */
export function reminderNotification(locale: Locale, spec: ReminderSpec, order: Order, now: number): NotificationText {
  const label = `${translate(locale, 'app.order.numberShort')} ${order.orderNumber}${order.store.name ? ` · ${order.store.name}` : ''}`;
  return reminderText(spec, label, now, { locale, marketplaceName: marketplaceName(order.marketplace) });
}
