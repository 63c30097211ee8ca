import { MAX_ORDERS_PER_TRACK, type CapturedOrder } from '../schema/capture';

export interface TrackTotals {
  added: number;
  updated: number;
  /** Order numbers that could not be stored (the others were). */
  failed: string[];
}

/**
 * "Track all" on a page with more orders than one command takes (a long
 * order history, or a page padding itself with rows): the orders go in
 * batches, one after another, and the totals add up. A batch that fails as
 * a whole stops the rest and throws; what was stored stays, and tracking
 * again never doubles anything.
 */
export async function trackInBatches(
  orders: readonly CapturedOrder[],
  track: (batch: CapturedOrder[]) => Promise<TrackTotals>,
  size = MAX_ORDERS_PER_TRACK,
): Promise<TrackTotals> {
  const totals: TrackTotals = { added: 0, updated: 0, failed: [] };
  for (let start = 0; start < orders.length; start += size) {
    const result = await track(orders.slice(start, start + size));
    totals.added += result.added;
    totals.updated += result.updated;
    totals.failed.push(...result.failed);
  }
  return totals;
}
