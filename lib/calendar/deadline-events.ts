import { formatDateTime, translator } from '../i18n';
import { isActionDeadline } from '../deadlines/kinds';
import { explainDeadline, kindName, reminderText, type DeadlineTextContext } from '../deadlines/text';
import type { ComputedDeadline } from '../deadlines/types';
import { MS_PER_DAY, systemTimeZone } from '../deadlines/zoned-time';
import type { IcsEvent } from './ics';

export interface CalendarOrder {
  orderId: string;
  /** How the user knows the order: its number or a short title. */
  label: string;
  /** The order's page on the marketplace. */
  url?: string;
}

export interface DeadlineEventOptions {
  /** Leave out deadlines already passed at this instant. */
  now?: number;
  /** Alarms for deadlines the buyer must act before; milestones get one at the moment. Default: 3 days and 1 day ahead. */
  alarmsBeforeMs?: readonly number[];
}

const DEFAULT_ALARMS_MS = [3 * MS_PER_DAY, MS_PER_DAY];

/** UID stable per order and kind: a re-exported deadline that moved updates the old event. */
export function deadlineEventUid(orderId: string, kind: ComputedDeadline['kind']): string {
  return `${encodeURIComponent(orderId)}.${kind}@buyerguard`;
}

/** Calendar events for one order's deadlines, written in the user's language. */
export function deadlineEvents(
  order: CalendarOrder,
  deadlines: readonly ComputedDeadline[],
  ctx: DeadlineTextContext,
  options: DeadlineEventOptions = {},
): IcsEvent[] {
  const t = translator(ctx.locale);
  const tz = ctx.timeZone ?? systemTimeZone();
  return deadlines
    .filter((d) => options.now === undefined || d.dueAt >= options.now)
    .map((deadline) => {
      const kind = kindName(deadline.kind, ctx);
      const explanation = explainDeadline(deadline, ctx);
      const action = reminderText({ kind: deadline.kind, dueAt: deadline.dueAt, deadline }, order.label, deadline.dueAt, ctx).body;
      const description = [
        action,
        '',
        `${kind}: ${formatDateTime(deadline.dueAt, ctx.locale, tz)}`,
        explanation.derivation,
        explanation.source,
        ...(explanation.estimate ? [explanation.estimate.hint, ...(explanation.estimate.alternatives ? [explanation.estimate.alternatives] : [])] : []),
        ...(explanation.overridden ? [explanation.overridden.label] : []),
        t('deadlines.calendar.order', { order: order.label }),
        ...(order.url ? [order.url] : []),
      ].join('\n');
      return {
        uid: deadlineEventUid(order.orderId, deadline.kind),
        title: t(deadline.estimate ? 'deadlines.calendar.titleEstimate' : 'deadlines.calendar.title', { kind, order: order.label }),
        description,
        start: deadline.dueAt,
        ...(order.url ? { url: order.url } : {}),
        alarmsBeforeMs: isActionDeadline(deadline.kind) ? (options.alarmsBeforeMs ?? DEFAULT_ALARMS_MS) : [0],
      };
    });
}
