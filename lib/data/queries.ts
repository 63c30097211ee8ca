import { z } from 'zod';
import type { BuyerguardDb } from '../db/database';
import { readSettings } from '../db/settings';
import { idSchema } from '../schema/primitives';
import { firstScreenOrders } from '../db/urgency';
import { deadlinesOfOrder } from '../db/deadline-sync';
import { ownDeadlines, withoutDeadlines } from '../db/order-record';
import { orderMessages } from '../db/messages';
import { estimateBrowserStorage, listEvidence } from '../db/evidence';

/**
 * Every read the UI makes, by name. A name and JSON arguments can cross a
 * message port, a closure cannot: the in-page sidebar (a third-party frame,
 * often denied storage) asks the background to run these for it, while the
 * side panel runs them on its own database. Results must be JSON-safe.
 */
const byOrder = z.object({ orderId: idSchema });

export const QUERIES = {
  settings: { args: z.object({}), run: (db: BuyerguardDb) => readSettings(db) },
  orderList: {
    args: z.object({}),
    run: async (db: BuyerguardDb) => {
      const records = await db.orders.toArray();
      return { orders: records.map(withoutDeadlines), deadlines: records.flatMap(ownDeadlines) };
    },
  },
  /**
   * The first `limit` open orders in urgency order, with their deadlines,
   * read through the urgency index: a list of 10,000 orders shows its first
   * screen without reading 10,000 records. `orderList` follows with the rest.
   */
  orderListHead: {
    args: z.object({ limit: z.number().int().min(1).max(500) }),
    run: (db: BuyerguardDb, { limit }: { limit: number }) => firstScreenOrders(db, limit),
  },
  order: {
    args: byOrder,
    run: async (db: BuyerguardDb, { orderId }: z.infer<typeof byOrder>) => {
      const record = await db.orders.get(orderId);
      return record ? withoutDeadlines(record) : null;
    },
  },
  orderDeadlines: {
    args: byOrder,
    run: (db: BuyerguardDb, { orderId }: z.infer<typeof byOrder>) => deadlinesOfOrder(db, orderId),
  },
  orderMessages: {
    args: byOrder,
    run: (db: BuyerguardDb, { orderId }: z.infer<typeof byOrder>) => orderMessages(db, orderId),
  },
  /** Files' details without the files, and the storage figures of the context that stores them. */
  orderEvidence: {
    args: byOrder,
    run: async (db: BuyerguardDb, { orderId }: z.infer<typeof byOrder>) => ({
      items: await listEvidence(db, orderId),
      storage: (await estimateBrowserStorage().catch(() => undefined)) ?? null,
    }),
  },
} as const;

export type QueryName = keyof typeof QUERIES;
export type QueryArgs<N extends QueryName> = z.infer<(typeof QUERIES)[N]['args']>;
export type QueryResult<N extends QueryName> = Awaited<ReturnType<(typeof QUERIES)[N]['run']>>;

export function runQuery<N extends QueryName>(db: BuyerguardDb, name: N, args: QueryArgs<N>): Promise<QueryResult<N>> {
  const query = QUERIES[name] as unknown as { run: (db: BuyerguardDb, args: unknown) => Promise<QueryResult<N>> };
  return Promise.resolve(query.run(db, args));
}
