import type { BuyerguardDb } from '../db/database';
import { orderEvidenceFiles } from '../db/evidence';
import { orderMessages } from '../db/messages';
import { ownDeadlines, withoutDeadlines } from '../db/order-record';
import type { Locale } from '../i18n';
import { buildEvidencePack, type EvidencePack } from './pack';

export interface CollectOptions {
  locale?: Locale;
  now?: number;
  timeZone?: string;
}

/**
 * Reads one order with its deadlines, messages and files in one
 * transaction (a consistent snapshot), then reads the files' bytes and
 * builds the zip outside it: awaiting a Blob inside would commit the
 * transaction early. Undefined when the order does not exist.
 */
export async function collectEvidencePack(db: BuyerguardDb, orderId: string, { locale = 'en', now = Date.now(), timeZone }: CollectOptions = {}): Promise<EvidencePack | undefined> {
  const snapshot = await db.transaction('r', [db.orders, db.messages, db.evidence], async () => {
    const order = await db.orders.get(orderId);
    if (!order) return undefined;
    return {
      order: withoutDeadlines(order),
      deadlines: ownDeadlines(order),
      messages: await orderMessages(db, orderId),
      evidence: await orderEvidenceFiles(db, orderId),
    };
  });
  if (!snapshot) return undefined;
  const files = [];
  for (const { blob, ...meta } of snapshot.evidence) files.push({ meta, bytes: new Uint8Array(await blob.arrayBuffer()) });
  return buildEvidencePack({ order: snapshot.order, deadlines: snapshot.deadlines, messages: snapshot.messages, files, locale, now, ...(timeZone ? { timeZone } : {}) });
}
