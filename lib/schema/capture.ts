/**
 * What the marketplace page readers report: the orders, messages, product or store a page
 * shows, and what they looked for but could not find. Readers run in the content script;
 * the result crosses to the extension as a message, so the receiver validates it with
 * these schemas before storing anything.
 */
import { z } from 'zod';
import { marketplaceById, PAGE_READING_IDS } from '../marketplaces/registry';
import { orderStatusSchema, pageDateSchema } from './order';
import { instantSchema as instant, moneySchema, webUrlSchema } from './primitives';

export { moneySchema, orderStatusSchema };
export type { Money } from './primitives';
export type { OrderStatus } from './order';

/**
 * Codes for what a reader expected on the page and did not find. The UI translates them;
 * a code appears at most once per list.
 */
export const MISSING_CODES = [
  /** The page matched no reader by URL or by content. */
  'page-kind',
  /** An order page without any recognisable order. */
  'orders',
  /** An order detail, tracking or dispute page whose order number was not found. */
  'order-number',
  'status',
  'store',
  'items',
  'item-price',
  'total',
  'ordered-at',
  /** A shipped order without the page's buyer-protection countdown. */
  'protection',
  /** A shipped order's detail page without a tracking number. */
  'tracking-number',
  /** A message page without any visible message. */
  'messages',
  'message-time',
  'message-box',
  'product-id',
  'product-title',
  'store-name',
] as const;
export const missingCodeSchema = z.enum(MISSING_CODES);
export type MissingCode = z.infer<typeof missingCodeSchema>;

export const capturedStoreSchema = z.object({
  name: z.string().min(1),
  url: webUrlSchema.optional(),
  /** The marketplace's store id, from a store link. */
  storeId: z.string().optional(),
});
export type CapturedStore = z.infer<typeof capturedStoreSchema>;

export const capturedItemSchema = z.object({
  title: z.string().min(1),
  url: webUrlSchema.optional(),
  productId: z.string().optional(),
  quantity: z.number().int().positive(),
  /** Unit or line price as the page shows it next to the item. */
  price: moneySchema.optional(),
});
export type CapturedItem = z.infer<typeof capturedItemSchema>;

export { PAGE_DATE_KINDS, pageDateSchema, type PageDate } from './order';


/** Orders one "Track" command takes; a longer list goes in batches of this size (lib/app/track-batches.ts). */
export const MAX_ORDERS_PER_TRACK = 500;

export const capturedOrderSchema = z
  .object({
    /** In the marketplace's own shape (its `orderNumber` pattern, checked below). */
    orderNumber: z.string().min(1).max(64),
    marketplace: z.enum(PAGE_READING_IDS),
    orderUrl: webUrlSchema,
    /** Absent only when the page did not show the store; see `missing`. */
    store: capturedStoreSchema.optional(),
    items: z.array(capturedItemSchema),
    total: moneySchema.optional(),
    orderedAt: instant.optional(),
    shippedAt: instant.optional(),
    /** When tracking showed the parcel delivered, as the page states it. */
    deliveredAt: instant.optional(),
    /** When receipt was confirmed (by the buyer or automatically), as the page states it. */
    receiptConfirmedAt: instant.optional(),
    status: orderStatusSchema,
    /** The status exactly as the page wrote it, for display and later re-normalisation. */
    statusText: z.string().optional(),
    trackingNumber: z.string().optional(),
    /** The page's own countdown; it beats any computed default. */
    protection: z
      .object({
        endsAt: instant,
        /** The countdown text as read, so the user can check what it was derived from. */
        sourceText: z.string(),
      })
      .optional(),
    pageDates: z.array(pageDateSchema).max(10).optional(),
    missing: z.array(missingCodeSchema),
  })
  .refine((order) => marketplaceById(order.marketplace)?.orderNumber?.test(order.orderNumber) ?? true, {
    path: ['orderNumber'],
    message: 'not an order number of this marketplace',
  });
export type CapturedOrder = z.infer<typeof capturedOrderSchema>;

export const MESSAGE_AUTHORS = ['buyer', 'seller', 'system'] as const;
export const capturedMessageSchema = z.object({
  author: z.enum(MESSAGE_AUTHORS),
  text: z.string().min(1),
  sentAt: instant.optional(),
  orderNumber: z.string().optional(),
  /** Stable content hash: the same message captured twice has the same fingerprint. */
  fingerprint: z.string().min(1),
});
export type CapturedMessage = z.infer<typeof capturedMessageSchema>;

export const capturedProductSchema = z.object({
  productId: z.string().regex(/^\d+$/),
  url: webUrlSchema,
  title: z.string().optional(),
  store: capturedStoreSchema.optional(),
});
export type CapturedProduct = z.infer<typeof capturedProductSchema>;

export const PAGE_KINDS = ['order-list', 'order-detail', 'messages', 'product', 'store', 'other'] as const;
export const pageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof pageKindSchema>;

export const pageCaptureSchema = z.object({
  kind: pageKindSchema,
  url: webUrlSchema,
  orders: z.array(capturedOrderSchema),
  messages: z.array(capturedMessageSchema),
  /** Product pages: the listing, for complaints about it. */
  product: capturedProductSchema.optional(),
  /** Store pages: the store, for complaints about it. */
  store: capturedStoreSchema.optional(),
  missing: z.array(missingCodeSchema),
});
export type PageCapture = z.infer<typeof pageCaptureSchema>;
