import { z } from 'zod';
import { idSchema, instantSchema } from './primitives';

/** A computed deadline as stored, so "due soon" is an index range, not a table scan. */
export const storedDeadlineSchema = z.object({
  /** `${orderId}:${kind}` — one row per order and kind. */
  id: idSchema,
  orderId: idSchema,
  kind: z.string().min(1).max(64),
  dueAt: instantSchema,
  ruleId: z.string().max(128),
  /** Where the figure comes from; the UI words it in the user's language. */
  source: z.object({
    origin: z.enum(['documents', 'order-page', 'user']),
    seeds: z.array(z.string().max(16)).max(10),
    publicSources: z.boolean(),
  }),
  estimate: z.boolean(),
  overridden: z.boolean(),
  /** 1 for deadlines the buyer must act before, 0 for milestones (IndexedDB cannot index booleans). */
  actionable: z.union([z.literal(0), z.literal(1)]),
  /** How the instant was reached ("15 days after buyer protection ends"), worded by the UI. */
  derivation: z.object({
    basis: z.string().max(64),
    days: z.number().int(),
    from: z.number().int(),
    alternatives: z.array(z.number().int()).max(10),
  }),
});
export type StoredDeadline = z.infer<typeof storedDeadlineSchema>;

/** A reminder that was shown: rebuilding alarms never shows it twice. */
export const deliveredReminderSchema = z.object({
  id: z.string().min(1).max(256),
  deliveredAt: instantSchema,
});
export type DeliveredReminder = z.infer<typeof deliveredReminderSchema>;
