import type { StoredDeadline } from '../schema/deadline';
import type { Order } from '../schema/order';
import type { BuyerguardDb } from './database';

/**
 * What an order record carries besides the order itself, all derived from
 * it and written in the transaction that saves it (lib/db/deadline-sync.ts).
 * The order's schema does not know these fields: they never reach a backup
 * or the UI as part of the order.
 */
export interface OrderDerived {
  /** The order's place in the urgency order (lib/db/urgency.ts). */
  urgencyKey: number;
  /**
   * The place holds while now ≤ this instant. Absent (schema 9) when time
   * alone never changes it (a done order, every deadline passed): such a
   * record has no entry in the `urgencyUntil` index, which only ever looks
   * for places already past (lib/db/urgency.ts).
   */
  urgencyUntil?: number;
  /**
   * The order's deadlines as the engine gave them (schema 7): one record
   * per order instead of one per deadline, since IndexedDB's cost is per
   * request (lib/backup/README.md).
   */
  deadlines: StoredDeadline[];
  /**
   * `[dueAt, kind]` of each deadline the buyer must act on that had not
   * passed when the record was written; multi-entry indexed, so "due soon"
   * (a range starting now) is an index range. A deadline already passed can
   * never fall in such a range again, and left out it costs the index
   * nothing (schema 9: each index entry is part of every write's cost).
   */
  actionableDue: [number, string][];
}

export type OrderRecord = Order & Partial<OrderDerived>;

/** The orders table as stored: the order and what is derived from it. */
export function orderRecords(db: BuyerguardDb) {
  return db.table<OrderRecord, string>('orders');
}

/** An order record's own deadlines (none before they were first computed). */
export function ownDeadlines(record: Order): StoredDeadline[] {
  return (record as OrderRecord).deadlines ?? [];
}

/** The deadline fields of a record written at `now`, from the engine's deadlines. */
export function deadlineFields(deadlines: StoredDeadline[], now: number): Pick<OrderDerived, 'deadlines' | 'actionableDue'> {
  return { deadlines, actionableDue: deadlines.filter((d) => d.actionable === 1 && d.dueAt >= now).map((d) => [d.dueAt, d.kind]) };
}

/** The order without its stored deadlines: what crosses a port or goes into a file (the deadlines travel on their own). */
export function withoutDeadlines<T extends Order>(record: T): T {
  const { deadlines: _deadlines, actionableDue: _due, ...order } = record as T & Partial<OrderDerived>;
  return order as T;
}
