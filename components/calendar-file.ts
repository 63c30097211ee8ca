import { buildIcs, deadlineEvents, type IcsEvent } from '../lib/calendar';
import type { OrderDeadline } from '../lib/deadlines/types';
import { localDateString, systemTimeZone } from '../lib/deadlines/zoned-time';
import { translator, type Locale } from '../lib/i18n';
import type { StoredDeadline } from '../lib/schema/deadline';
import type { Order } from '../lib/schema/order';
import { textContext } from './deadline-text';

export interface CalendarFile {
  text: string;
  fileName: string;
  /** How many deadlines the file holds; 0 means there was nothing to export. */
  count: number;
}

/**
 * The .ics file of these orders' deadlines still ahead at `now`, written in
 * the user's language. Event UIDs are stable per order and kind, so
 * importing a newer export updates a calendar instead of doubling it.
 */
export function deadlinesCalendar(
  orders: readonly Order[],
  deadlines: readonly StoredDeadline[],
  locale: Locale,
  now: number,
  { timeZone = systemTimeZone(), scope = 'all' }: { timeZone?: string; scope?: 'all' | 'order' } = {},
): CalendarFile {
  const t = translator(locale);
  const byOrder = new Map<string, OrderDeadline[]>();
  for (const deadline of deadlines) byOrder.set(deadline.orderId, [...(byOrder.get(deadline.orderId) ?? []), deadline]);
  const events: IcsEvent[] = orders.flatMap((order) => {
    const label = `${t('app.order.numberShort')} ${order.orderNumber}${order.store.name ? ` · ${order.store.name}` : ''}`;
    return deadlineEvents(
      { orderId: order.id, label, ...(order.orderUrl ? { url: order.orderUrl } : {}) },
      byOrder.get(order.id) ?? [],
      { ...textContext(locale, order.marketplace), timeZone },
      { now },
    );
  });
  events.sort((a, b) => a.start - b.start);
  const only = orders.length === 1 && scope === 'order' ? orders[0] : undefined;
  const fileName = only ? `buyerguard-order-${only.orderNumber.replace(/[^\w-]/g, '_')}.ics` : `buyerguard-deadlines-${localDateString(now, timeZone)}.ics`;
  const text = buildIcs(events, { now, prodId: '-//Buyerguard//Deadlines 1.0//EN', calendarName: t('orders.calendar.name'), timeZone });
  return { text, fileName, count: events.length };
}
