import { orderDeadlines } from '../deadlines/compute';
import { isDeadlineKind, type DeadlineKind } from '../deadlines/kinds';
import type { DeadlineFacts, DeadlineOrderStatus } from '../deadlines/types';
import type { Order, OrderStatus } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';
import type { BuyerguardDb } from './database';
import { storeUrgency } from './urgency';

const STATUS_FOR_DEADLINES: Record<OrderStatus, DeadlineOrderStatus> = {
  'awaiting-payment': 'awaiting-payment',
  'awaiting-shipment': 'awaiting-shipment',
  shipped: 'shipped',
  delivered: 'delivered',
  dispute: 'in-dispute',
  completed: 'completed',
  cancelled: 'cancelled',
  unknown: 'unknown',
};

export function deadlineFactsOf(order: Order): DeadlineFacts {
  const overrides: Partial<Record<DeadlineKind, number>> = {};
  for (const [kind, dueAt] of Object.entries(order.deadlineOverrides)) if (isDeadlineKind(kind)) overrides[kind] = dueAt;
  return {
    marketplace: order.marketplace,
    status: STATUS_FOR_DEADLINES[order.status],
    orderedAt: order.orderedAt,
    shippedAt: order.shippedAt,
    deliveredAt: order.deliveredAt,
    confirmedAt: order.receiptConfirmedAt,
    protectionEndsAtFromPage: order.protection ? { endsAt: order.protection.endsAt, seenAt: order.protection.seenAt } : undefined,
    protectionDays: order.protectionDays,
    protectionDaysFrom: order.editedFields.includes('protectionDays') ? 'user' : 'order-page',
    disputeOpenedAt: order.disputeOpenedAt,
    complaintSubmittedAt: order.complaintSubmittedAt,
    overrides,
  };
}

/** The deadlines an order has now, as the engine gives them and the database stores them. */
export function deadlinesForOrder(order: Order): StoredDeadline[] {
  return orderDeadlines(order.id, deadlineFactsOf(order));
}

/** Replaces an order's stored deadlines; call inside the transaction that saves the order. */
export async function syncDeadlines(db: BuyerguardDb, order: Order): Promise<void> {
  const deadlines = deadlinesForOrder(order);
  await db.deadlines.where('orderId').equals(order.id).delete();
  await db.deadlines.bulkPut(deadlines);
  await storeUrgency(db, order, deadlines);
}
