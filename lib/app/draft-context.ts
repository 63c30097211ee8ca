import type { DraftContext, EvidenceSummary } from '../drafts';
import type { Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';
import type { Evidence } from '../schema/evidence';

const dueAtOf = (deadlines: readonly StoredDeadline[], kind: string): number | undefined => deadlines.find((d) => d.kind === kind)?.dueAt;

/**
 * The facts drafts are filled from, taken from a stored order and its
 * computed deadlines. The page's own protection countdown beats the
 * computed protection end; the dispute deadline is the last day to open one.
 */
export function draftContextFor(order: Order, deadlines: readonly StoredDeadline[], now: number, timeZone?: string): DraftContext {
  const context: DraftContext = { orderNumber: order.orderNumber, marketplace: order.marketplace, now };
  if (timeZone) context.timeZone = timeZone;
  if (order.orderedAt !== undefined) context.orderDate = order.orderedAt;
  if (order.shippedAt !== undefined) context.shipDate = order.shippedAt;
  if (order.store.name) context.storeName = order.store.name;
  const item = order.items[0];
  if (item) context.itemTitle = item.title;
  if (order.total) context.total = order.total;
  if (order.trackingNumber) context.trackingNumber = order.trackingNumber;
  const protectionEndsAt = order.protection?.endsAt ?? dueAtOf(deadlines, 'protection-end');
  if (protectionEndsAt !== undefined) context.protectionEndsAt = protectionEndsAt;
  const disputeDeadline = dueAtOf(deadlines, 'dispute-last-day') ?? protectionEndsAt;
  if (disputeDeadline !== undefined) context.disputeDeadline = disputeDeadline;
  return context;
}

/** What the order's stored evidence amounts to, for the evidence lists in dispute and complaint texts. */
export function evidenceSummaryFor(evidence: readonly Pick<Evidence, 'kind'>[], messageCount: number): EvidenceSummary {
  const count = (kind: Evidence['kind']) => evidence.filter((item) => item.kind === kind).length;
  const summary: EvidenceSummary = {};
  const photos = count('photo');
  const videos = count('video');
  const screenshots = count('screenshot');
  if (photos > 0) summary.photos = photos;
  if (videos > 0) summary.videos = videos;
  if (screenshots > 0) summary.screenshots = screenshots;
  if (messageCount > 0) summary.chat = true;
  return summary;
}
