import { orderFieldsSchema, orderSchema, type Order, type OrderFields } from '../schema/order';
import { fieldErrors, type FieldErrors } from '../schema/errors';
import type { BuyerguardDb } from './database';
import { newId } from './ids';
import { syncDeadlines } from './deadline-sync';

export type SaveResult = { ok: true; order: Order } | { ok: false; errors: FieldErrors };

/** Form fields that are optional: an empty string in the form means "not given". */
function dropEmpty(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '' && v !== undefined && v !== null));
}

function changedFieldNames(before: Partial<OrderFields>, after: OrderFields): string[] {
  return (Object.keys(after) as (keyof OrderFields)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** Adds an order typed by the user. Validation failures return field errors and store nothing. */
export async function createOrder(db: BuyerguardDb, input: Record<string, unknown>, now = Date.now()): Promise<SaveResult> {
  const parsed = orderFieldsSchema.safeParse(dropEmpty(input));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const order = orderSchema.parse({
    ...parsed.data,
    id: newId(),
    source: 'manual',
    editedFields: changedFieldNames({}, parsed.data),
    deadlineOverrides: {},
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.orders, async () => {
    await db.orders.add(order);
    await syncDeadlines(db, order);
  });
  return { ok: true, order };
}

/** Edits an order; every field the user changed is protected from later captures. */
export async function updateOrder(
  db: BuyerguardDb,
  id: string,
  input: Record<string, unknown>,
  now = Date.now(),
): Promise<SaveResult> {
  const parsed = orderFieldsSchema.safeParse(dropEmpty(input));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  return db.transaction('rw', db.orders, async (): Promise<SaveResult> => {
    const existing = await db.orders.get(id);
    if (!existing) return { ok: false, errors: { '': 'common.error.unexpected' } };
    const edited = new Set([...existing.editedFields, ...changedFieldNames(existing, parsed.data)]);
    // Optional fields cleared in the form must disappear, so rebuild from the parsed fields.
    const bookkeeping = {
      id: existing.id,
      orderUrl: existing.orderUrl,
      protection: existing.protection,
      deadlineOverrides: existing.deadlineOverrides,
      source: existing.source,
      statusText: existing.statusText,
      createdAt: existing.createdAt,
    };
    const order = orderSchema.parse({ ...bookkeeping, ...parsed.data, editedFields: [...edited], updatedAt: now });
    await db.orders.put(order);
    await syncDeadlines(db, order);
    return { ok: true, order };
  });
}

/** Sets (or with null clears) the user's own date for one deadline kind. */
export async function setDeadlineOverride(
  db: BuyerguardDb,
  orderId: string,
  kind: string,
  dueAt: number | null,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.orders, async () => {
    const existing = await db.orders.get(orderId);
    if (!existing) return;
    const overrides = { ...existing.deadlineOverrides };
    if (dueAt === null) delete overrides[kind];
    else overrides[kind] = dueAt;
    const order = orderSchema.parse({ ...existing, deadlineOverrides: overrides, updatedAt: now });
    await db.orders.put(order);
    await syncDeadlines(db, order);
  });
}

/** Deletes an order with everything that belongs to it, all or nothing. */
export async function deleteOrder(db: BuyerguardDb, id: string): Promise<void> {
  await db.transaction('rw', [db.orders, db.messages, db.evidence], async () => {
    await db.messages.where('orderId').equals(id).delete();
    await db.evidence.where('orderId').equals(id).delete();
    await db.orders.delete(id);
  });
}

export async function findOrderByNumber(db: BuyerguardDb, marketplace: string, orderNumber: string): Promise<Order | undefined> {
  return db.orders.where('[marketplace+orderNumber]').equals([marketplace, orderNumber]).first();
}
