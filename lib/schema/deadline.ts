import { z } from 'zod';
import { DEADLINE_KINDS } from '../deadlines/kinds';
import { DERIVATION_BASES, SOURCE_ORIGINS, type OrderDeadline } from '../deadlines/types';
import { idSchema, instantSchema } from './primitives';

/**
 * The engine's `OrderDeadline`, stored as it is (kinds and bases are the engine's
 * enums), so "due soon" is an index range, not a table scan, and nothing re-casts it.
 */
export const storedDeadlineSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  kind: z.enum(DEADLINE_KINDS),
  dueAt: instantSchema,
  ruleId: z.string().max(128),
  /** Where the figure comes from; the UI words it in the user's language. */
  source: z.object({
    origin: z.enum(SOURCE_ORIGINS),
    seeds: z.array(z.string().max(16)).max(10),
    publicSources: z.boolean(),
  }),
  estimate: z.boolean(),
  overridden: z.boolean(),
  /** When overridden: what the rules would have given. */
  computedDueAt: instantSchema.optional(),
  actionable: z.union([z.literal(0), z.literal(1)]),
  /** How the instant was reached ("15 days after buyer protection ends"), worded by the UI. */
  derivation: z.object({
    basis: z.enum(DERIVATION_BASES),
    days: z.number().int(),
    from: z.number().int(),
    alternatives: z.array(z.number().int()).max(10),
  }),
}) satisfies z.ZodType<OrderDeadline>;
export type StoredDeadline = OrderDeadline;

/** A reminder that was shown: rebuilding alarms never shows it twice. */
export const deliveredReminderSchema = z.object({
  id: z.string().min(1).max(256),
  deliveredAt: instantSchema,
  /** Shown well after its time because the browser was not running then; the notification said so. */
  late: z.boolean().optional(),
  /** Claimed, notification not yet confirmed up: shown again (same id) on the worker's next start. */
  pending: z.boolean().optional(),
});
export type DeliveredReminder = z.infer<typeof deliveredReminderSchema>;
