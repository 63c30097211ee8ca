import type { Order } from '../../../lib/schema/order';

/** An order typed in by hand, with every required field; tests patch what they look at. */
export function testOrder(id: string, now: number, patch: Partial<Order> = {}): Order {
  return {
    id,
    marketplace: 'aliexpress',
    orderNumber: `81000000000000${id.padStart(2, '0')}`,
    store: { name: `Store ${id}` },
    items: [],
    status: 'shipped',
    notes: '',
    deadlineOverrides: {},
    editedFields: [],
    source: 'manual',
    createdAt: now,
    updatedAt: now,
    ...patch,
  };
}
