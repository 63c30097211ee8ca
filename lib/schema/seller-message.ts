import { z } from 'zod';
import { idSchema, instantSchema } from './primitives';

export const sellerMessageSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  author: z.enum(['buyer', 'seller', 'system']),
  text: z.string().min(1).max(20_000),
  sentAt: instantSchema.optional(),
  /** Stable hash of author+time+text: re-capturing a conversation adds nothing twice. */
  fingerprint: z.string().min(1).max(128),
  origin: z.enum(['captured', 'pasted', 'typed', 'draft']),
  addedAt: instantSchema,
});
export type SellerMessage = z.infer<typeof sellerMessageSchema>;
