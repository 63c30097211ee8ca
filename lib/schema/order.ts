import { z } from 'zod';
import { MARKETPLACE_IDS } from '../marketplaces/registry';
import { idSchema, instantSchema, moneySchema, webUrlSchema } from './primitives';

export const ORDER_STATUSES = [
  'awaiting-payment',
  'awaiting-shipment',
  'shipped',
  'delivered',
  'dispute',
  'completed',
  'cancelled',
  'unknown',
] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);

/** Statuses after which an order needs nothing more from the buyer. */
export const DONE_STATUSES: readonly OrderStatus[] = ['completed', 'cancelled'];

export function isDone(order: Pick<Order, 'status'>): boolean {
  return DONE_STATUSES.includes(order.status);
}
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const orderItemSchema = z.object({
  title: z.string().trim().min(1).max(500),
  url: webUrlSchema.optional(),
  quantity: z.number().int().min(1).max(100_000).default(1),
  price: moneySchema.optional(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

/** The page's own buyer-protection countdown, as last seen. It beats computed defaults. */
export const pageProtectionSchema = z.object({
  endsAt: instantSchema,
  seenAt: instantSchema,
  sourceText: z.string().max(500),
});

/** Dates an order page states outright; they beat any rule. */
export const PAGE_DATE_KINDS = [
  /** The last day of the estimated delivery range: later delivery earns Temu's late-delivery credit. */
  'latest-delivery',
  /** "No tracking update by <date>? You can ask for a refund": from that day on. */
  'no-update-refund',
  /** The last day to start a return, as the page writes it. */
  'return-by',
] as const;
export const pageDateSchema = z.object({
  kind: z.enum(PAGE_DATE_KINDS),
  at: instantSchema,
  /** The text the date was read from, so the user can check it. */
  sourceText: z.string().max(300),
});
export type PageDate = z.infer<typeof pageDateSchema>;

/** Fields the user can type; the rest is bookkeeping. */
export const orderFieldsSchema = z.object({
  marketplace: z.enum(MARKETPLACE_IDS),
  orderNumber: z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .trim()
    .min(1, 'required')
    .max(64, 'tooLong'),
  store: z
    .object({
      name: z.string().trim().max(200, 'tooLong').default(''),
      url: webUrlSchema.optional(),
    })
    .default({ name: '' }),
  items: z.array(orderItemSchema).max(500).default([]),
  total: moneySchema.optional(),
  orderedAt: instantSchema.optional(),
  shippedAt: instantSchema.optional(),
  /** When tracking showed the parcel delivered: protection may end a set time after it. */
  deliveredAt: instantSchema.optional(),
  /** When receipt was confirmed (by the buyer or automatically): the dispute window counts from it. */
  receiptConfirmedAt: instantSchema.optional(),
  status: orderStatusSchema.default('unknown'),
  trackingNumber: z.string().trim().max(64, 'tooLong').optional(),
  /** Buyer-protection length in days, when the user or page gives it. */
  protectionDays: z.number().int().min(1).max(365).optional(),
  disputeOpenedAt: instantSchema.optional(),
  complaintSubmittedAt: instantSchema.optional(),
  notes: z.string().max(5000, 'tooLong').default(''),
});
export type OrderFields = z.infer<typeof orderFieldsSchema>;
export type OrderFieldName = keyof OrderFields;

export const orderSchema = orderFieldsSchema.extend({
  id: idSchema,
  orderUrl: webUrlSchema.optional(),
  protection: pageProtectionSchema.optional(),
  /** Dates the order page states (latest delivery, refund from, return by), as last seen. */
  pageDates: z.array(pageDateSchema).max(10).optional(),
  /** User-set deadline instants by deadline kind; they beat every rule. */
  deadlineOverrides: z.record(z.string(), instantSchema).default({}),
  /** Fields the user edited by hand: a later capture must not overwrite them. */
  editedFields: z.array(z.string()).default([]),
  source: z.enum(['manual', 'captured']),
  /** Raw status text as the marketplace showed it, for display. */
  statusText: z.string().max(200).optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Order = z.infer<typeof orderSchema>;
