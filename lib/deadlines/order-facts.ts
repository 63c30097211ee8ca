import type { Order, OrderStatus } from '../schema/order';
import { isDeadlineKind, type DeadlineKind } from './kinds';
import type { DeadlineFacts, DeadlineOrderStatus } from './types';

/** Order statuses (what the form and the pages say) as the deadline engine sees them. */
const STATUS_FOR_DEADLINES: Readonly<Record<OrderStatus, DeadlineOrderStatus>> = {
  'awaiting-payment': 'awaiting-payment',
  'awaiting-shipment': 'awaiting-shipment',
  shipped: 'shipped',
  delivered: 'delivered',
  dispute: 'in-dispute',
  completed: 'completed',
  cancelled: 'cancelled',
  unknown: 'unknown',
};

export function deadlineStatusOf(status: OrderStatus): DeadlineOrderStatus {
  return STATUS_FOR_DEADLINES[status];
}

/** The page's own dates by the engine's names; the latest seen of each kind. */
function pageDatesOf(order: Order): DeadlineFacts['pageDates'] {
  const at = (kind: string) => order.pageDates?.find((date) => date.kind === kind)?.at;
  return { latestDelivery: at('latest-delivery'), noUpdateRefund: at('no-update-refund'), returnBy: at('return-by') };
}

/** The facts a stored order gives the deadline engine. */
export function deadlineFactsOf(order: Order): DeadlineFacts {
  const overrides: Partial<Record<DeadlineKind, number>> = {};
  for (const [kind, dueAt] of Object.entries(order.deadlineOverrides)) if (isDeadlineKind(kind)) overrides[kind] = dueAt;
  return {
    marketplace: order.marketplace,
    status: deadlineStatusOf(order.status),
    orderedAt: order.orderedAt,
    shippedAt: order.shippedAt,
    deliveredAt: order.deliveredAt,
    confirmedAt: order.receiptConfirmedAt,
    protectionEndsAtFromPage: order.protection ? { endsAt: order.protection.endsAt, seenAt: order.protection.seenAt } : undefined,
    protectionDays: order.protectionDays,
    protectionDaysFrom: order.editedFields.includes('protectionDays') ? 'user' : 'order-page',
    disputeOpenedAt: order.disputeOpenedAt,
    complaintSubmittedAt: order.complaintSubmittedAt,
    pageDates: pageDatesOf(order),
    overrides,
  };
}
