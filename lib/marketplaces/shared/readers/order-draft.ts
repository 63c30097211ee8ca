/**
 * An order as one source (embedded data or the visible page) saw it, before the sources
 * are merged and the result is checked for what is missing.
 */
import type {
  CapturedItem,
  CapturedOrder,
  CapturedStore,
  MissingCode,
  Money,
  PageDate,
} from '../../../schema/capture';
import { instantSchema } from '../../../schema/primitives';
import type { Countdown } from './countdown';
import { normaliseStatus } from './status';

export interface OrderDraft {
  orderNumber: string;
  store?: CapturedStore;
  items?: CapturedItem[];
  total?: Money;
  orderedAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  receiptConfirmedAt?: number;
  statusText?: string;
  trackingNumber?: string;
  protection?: Countdown;
  /** Dates the page states outright (latest delivery, refund possible from, return by). */
  pageDates?: PageDate[];
}

function isStatusCode(text: string | undefined): boolean {
  return text !== undefined && /^[A-Z][A-Z_]+$/.test(text);
}

/** Fields of `preferred` win; `fallback` fills the gaps. Items come whole from one source. */
export function mergeDrafts(preferred: OrderDraft, fallback: OrderDraft | undefined): OrderDraft {
  if (!fallback) return preferred;
  return {
    orderNumber: preferred.orderNumber,
    store: preferred.store ?? fallback.store,
    items: preferred.items?.length ? preferred.items : fallback.items,
    total: preferred.total ?? fallback.total,
    orderedAt: preferred.orderedAt ?? fallback.orderedAt,
    shippedAt: preferred.shippedAt ?? fallback.shippedAt,
    deliveredAt: preferred.deliveredAt ?? fallback.deliveredAt,
    receiptConfirmedAt: preferred.receiptConfirmedAt ?? fallback.receiptConfirmedAt,
    // The data's machine code (WAIT_SELLER_SEND_GOODS) normalises as well, but the words
    // the page shows are what the user recognises.
    statusText: isStatusCode(preferred.statusText) ? fallback.statusText ?? preferred.statusText : preferred.statusText ?? fallback.statusText,
    trackingNumber: preferred.trackingNumber ?? fallback.trackingNumber,
    protection: preferred.protection ?? fallback.protection,
    pageDates: preferred.pageDates?.length ? preferred.pageDates : fallback.pageDates,
  };
}

/** Which marketplace the order belongs to, and the link to its order page. */
export interface OrderSite {
  marketplace: CapturedOrder['marketplace'];
  orderUrl(orderNumber: string, pageUrl: URL): string;
}

export interface FinishOptions {
  site: OrderSite;
  pageUrl: URL;
  /** Detail pages show the tracking number of a shipped order; the list does not. */
  expectTracking: boolean;
  /** Status to assume when the page names none (a dispute page is about a dispute). */
  statusHint?: CapturedOrder['status'];
  /** Pages that show only part of an order (tracking, dispute) report only these codes as missing. */
  expects?: readonly MissingCode[];
}

const IN_TRANSIT = new Set<CapturedOrder['status']>(['shipped']);
const SHIPPED_OR_LATER = new Set<CapturedOrder['status']>(['shipped', 'delivered', 'completed', 'dispute']);

/**
 * A date outside what the capture schema takes (years 2000–2100) is a misread, not a
 * date (a mangled timestamp in a page's data): it counts as not shown, instead of
 * making the whole capture fail the schema.
 */
const plausible = (at: number | undefined): number | undefined => (at !== undefined && instantSchema.safeParse(at).success ? at : undefined);

/** The captured order, with the codes of the expected parts the page did not show. */
export function finishOrder(read: OrderDraft, options: FinishOptions): CapturedOrder {
  const draft: OrderDraft = {
    ...read,
    orderedAt: plausible(read.orderedAt),
    shippedAt: plausible(read.shippedAt),
    deliveredAt: plausible(read.deliveredAt),
    receiptConfirmedAt: plausible(read.receiptConfirmedAt),
  };
  const parsed = normaliseStatus(draft.statusText);
  const status = parsed === 'unknown' && options.statusHint ? options.statusHint : parsed;
  const items = draft.items ?? [];
  const missing: MissingCode[] = [];
  if (!draft.statusText) missing.push('status');
  if (!draft.store) missing.push('store');
  if (items.length === 0) missing.push('items');
  else if (items.some((item) => !item.price)) missing.push('item-price');
  if (!draft.total) missing.push('total');
  if (draft.orderedAt === undefined) missing.push('ordered-at');
  if (IN_TRANSIT.has(status) && !draft.protection) missing.push('protection');
  if (options.expectTracking && SHIPPED_OR_LATER.has(status) && !draft.trackingNumber) missing.push('tracking-number');
  const order: CapturedOrder = {
    orderNumber: draft.orderNumber,
    marketplace: options.site.marketplace,
    orderUrl: options.site.orderUrl(draft.orderNumber, options.pageUrl),
    items,
    status,
    missing: options.expects ? missing.filter((code) => options.expects?.includes(code)) : missing,
  };
  if (draft.store) order.store = draft.store;
  if (draft.total) order.total = draft.total;
  if (draft.orderedAt !== undefined) order.orderedAt = draft.orderedAt;
  if (draft.shippedAt !== undefined) order.shippedAt = draft.shippedAt;
  if (draft.deliveredAt !== undefined) order.deliveredAt = draft.deliveredAt;
  if (draft.receiptConfirmedAt !== undefined) order.receiptConfirmedAt = draft.receiptConfirmedAt;
  if (draft.statusText) order.statusText = draft.statusText;
  if (draft.trackingNumber) order.trackingNumber = draft.trackingNumber;
  if (draft.protection) order.protection = { endsAt: Math.round(draft.protection.endsAt), sourceText: draft.protection.sourceText };
  if (draft.pageDates?.length) order.pageDates = draft.pageDates;
  return order;
}

/** The page-level list of missing codes: each code once, in vocabulary order of first appearance. */
export function collectMissing(...lists: ReadonlyArray<readonly MissingCode[]>): MissingCode[] {
  return [...new Set(lists.flat())];
}
