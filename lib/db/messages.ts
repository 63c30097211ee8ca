import { z } from 'zod';
import { MESSAGE_AUTHORS, type CapturedMessage, type CapturedOrder } from '../schema/capture';
import { sellerMessageSchema, type SellerMessage } from '../schema/seller-message';
import { instantSchema } from '../schema/primitives';
import { withFingerprints } from '../schema/message-fingerprint';
import type { BuyerguardDb } from './database';
import { newId } from './ids';
import { trackCapturedOrders } from './capture';
import { findOrderByNumber } from './orders';
import { fitText, TEXT_LIMITS } from '../schema/fit';

export type MessageOrigin = SellerMessage['origin'];

export interface MessagesAdded {
  orderId: string;
  added: number;
  /** Messages already in the log (same fingerprint): re-capturing adds nothing twice. */
  skipped: number;
  /** Messages that could not be stored even with their text cut to the limit (the others were). */
  failed: number;
}

export type ConversationResult = ({ ok: true } & MessagesAdded) | { ok: false; reason: 'no-order' | 'no-messages' };

/** A message the user pastes or types, or a draft they sent. */
export const newMessageSchema = z.object({
  author: z.enum(MESSAGE_AUTHORS),
  text: z.string().trim().min(1).max(20_000),
  sentAt: instantSchema.optional(),
});
export type NewMessage = z.infer<typeof newMessageSchema>;

/**
 * Adds messages whose fingerprint the order's log does not have yet. Must
 * run inside a transaction that includes `messages`.
 */
async function addUnseen(db: BuyerguardDb, orderId: string, messages: readonly (CapturedMessage | (NewMessage & { fingerprint: string }))[], origin: MessageOrigin, now: number): Promise<MessagesAdded> {
  const result: MessagesAdded = { orderId, added: 0, skipped: 0, failed: 0 };
  const seen = new Set<string>();
  for (const unfitted of messages) {
    // A 25,000-character message is kept, cut with "…", rather than failing the whole save.
    const message = { ...unfitted, text: fitText(unfitted.text, TEXT_LIMITS.messageText) };
    const known = seen.has(message.fingerprint) || (await db.messages.where('[orderId+fingerprint]').equals([orderId, message.fingerprint]).count()) > 0;
    seen.add(message.fingerprint);
    if (known) {
      result.skipped += 1;
      continue;
    }
    const record = sellerMessageSchema.safeParse({
      id: newId(),
      orderId,
      author: message.author,
      text: message.text,
      ...(message.sentAt !== undefined ? { sentAt: message.sentAt } : {}),
      fingerprint: message.fingerprint,
      origin,
      addedAt: now,
    });
    if (!record.success) {
      result.failed += 1;
      continue;
    }
    await db.messages.add(record.data);
    result.added += 1;
  }
  return result;
}

/**
 * Saves a conversation read from a message page: the order it is about is
 * tracked first when new, then every message not yet in its log. A known
 * order is left as it is: the message page shows no status, and the name in
 * its header is the chat partner's, not the store's (issue 8 #3). `orderId`
 * picks the order when the page did not say which one. All or nothing.
 */
export async function saveConversation(
  db: BuyerguardDb,
  conversation: { orders: readonly CapturedOrder[]; messages: readonly CapturedMessage[]; orderId?: string },
  now = Date.now(),
): Promise<ConversationResult> {
  if (conversation.messages.length === 0) return { ok: false, reason: 'no-messages' };
  return db.transaction('rw', [db.orders, db.messages], async (): Promise<ConversationResult> => {
    let orderId = conversation.orderId;
    if (orderId === undefined) {
      const captured = conversation.orders[0];
      if (!captured) return { ok: false, reason: 'no-order' };
      const known = await findOrderByNumber(db, captured.marketplace, captured.orderNumber);
      if (!known) await trackCapturedOrders(db, [captured], now);
      orderId = known?.id ?? (await findOrderByNumber(db, captured.marketplace, captured.orderNumber))?.id;
    } else if (!(await db.orders.get(orderId))) {
      orderId = undefined;
    }
    if (orderId === undefined) return { ok: false, reason: 'no-order' };
    return { ok: true, ...(await addUnseen(db, orderId, conversation.messages, 'captured', now)) };
  });
}

/**
 * Logs messages the user pasted or typed, or a draft they copied or put in
 * the page's box (as the buyer's). The same text by the same author on the
 * same day is logged once: copying a draft and then inserting it is one message.
 */
export async function logMessages(db: BuyerguardDb, orderId: string, messages: readonly NewMessage[], origin: Exclude<MessageOrigin, 'captured'>, now = Date.now()): Promise<ConversationResult> {
  const parsed = messages.map((message) => newMessageSchema.parse(message));
  if (parsed.length === 0) return { ok: false, reason: 'no-messages' };
  const signed = withFingerprints(parsed.map((message) => ({ ...message, sentAt: message.sentAt ?? now })));
  return db.transaction('rw', [db.orders, db.messages], async (): Promise<ConversationResult> => {
    if (!(await db.orders.get(orderId))) return { ok: false, reason: 'no-order' };
    return { ok: true, ...(await addUnseen(db, orderId, signed, origin, now)) };
  });
}

export async function deleteMessage(db: BuyerguardDb, id: string): Promise<void> {
  await db.messages.delete(id);
}

/** An order's messages, oldest first (undated ones by when they were added). */
export async function orderMessages(db: BuyerguardDb, orderId: string): Promise<SellerMessage[]> {
  const messages = await db.messages.where('orderId').equals(orderId).toArray();
  return messages.sort((a, b) => (a.sentAt ?? a.addedAt) - (b.sentAt ?? b.addedAt) || a.addedAt - b.addedAt);
}
