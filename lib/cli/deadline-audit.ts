/**
 * The deadline audit behind `npm run --silent deadlines`: orders as the order form has
 * them (instants as ISO 8601 strings) in, each order's deadlines out, computed by the
 * same engine the extension uses. Pure: the command (./deadlines.ts) does the I/O.
 */
import { z } from 'zod';
import { computeDeadlines } from '../deadlines/compute';
import { deadlineStatusOf } from '../deadlines/order-facts';
import { sourceText } from '../deadlines/text';
import type { DeadlineFacts } from '../deadlines/types';
import { localDateString } from '../deadlines/zoned-time';
import { MARKETPLACE_IDS } from '../marketplaces/registry';
import { ORDER_STATUSES } from '../schema/order';

const isoInstant = z.iso.datetime({ offset: true, local: false }).transform((text) => Date.parse(text));

const auditOrderSchema = z.strictObject({
  marketplace: z.enum(MARKETPLACE_IDS),
  orderNumber: z.string().trim().min(1).max(64),
  status: z.enum(ORDER_STATUSES).default('unknown'),
  orderedAt: isoInstant.optional(),
  shippedAt: isoInstant.optional(),
  deliveredAt: isoInstant.optional(),
  receiptConfirmedAt: isoInstant.optional(),
  protectionDays: z.number().int().min(1).max(365).optional(),
  /** The end of the order page's buyer-protection countdown. */
  protectionEndsAt: isoInstant.optional(),
  disputeOpenedAt: isoInstant.optional(),
  complaintSubmittedAt: isoInstant.optional(),
});
export const auditFileSchema = z.strictObject({ orders: z.array(auditOrderSchema) });
export type AuditOrder = z.infer<typeof auditOrderSchema>;

export interface AuditDeadline {
  kind: string;
  dueAt: string;
  /** YYYY-MM-DD in the audit's time zone. */
  dueDate: string;
  estimate: boolean;
  rule: string;
  source: string;
}
export interface AuditLine {
  orderNumber: string;
  deadlines: AuditDeadline[];
}

function factsOf(order: AuditOrder, now: number): DeadlineFacts {
  return {
    marketplace: order.marketplace,
    status: deadlineStatusOf(order.status),
    orderedAt: order.orderedAt,
    shippedAt: order.shippedAt,
    deliveredAt: order.deliveredAt,
    confirmedAt: order.receiptConfirmedAt,
    // A countdown's end as given, seen "now" (what --now sets).
    protectionEndsAtFromPage: order.protectionEndsAt === undefined ? undefined : { endsAt: order.protectionEndsAt, seenAt: now },
    protectionDays: order.protectionDays,
    protectionDaysFrom: 'user',
    disputeOpenedAt: order.disputeOpenedAt,
    complaintSubmittedAt: order.complaintSubmittedAt,
  };
}

/** One output line per order, in file order. */
export function auditDeadlines(orders: readonly AuditOrder[], timeZone: string, now: number): AuditLine[] {
  return orders.map((order) => ({
    orderNumber: order.orderNumber,
    deadlines: computeDeadlines(factsOf(order, now), { timeZone }).map((d) => ({
      kind: d.kind,
      dueAt: new Date(d.dueAt).toISOString(),
      dueDate: localDateString(d.dueAt, timeZone),
      estimate: d.estimate,
      rule: d.ruleId,
      source: sourceText(d.source, 'en'),
    })),
  }));
}

/** A readable one-line reason for a file the audit cannot use. */
export function describeFileError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid file';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'file';
  return `${path}: ${issue.message}`;
}

/** Whether the runtime knows this IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
