import { describe, expect, it, vi } from 'vitest';
import { trackInBatches } from '../../../lib/app/track-batches';
import type { CapturedOrder } from '../../../lib/schema/capture';

const orders = (count: number) => Array.from({ length: count }, (_, i) => ({ orderNumber: String(8_000_000_000_000_000 + i) }) as CapturedOrder);

describe('"Track all" with more orders than one command takes', () => {
  it('sends every order once, in batches no bigger than the limit, and adds up the totals', async () => {
    const seen: string[] = [];
    const track = vi.fn(async (batch: CapturedOrder[]) => {
      expect(batch.length).toBeLessThanOrEqual(500);
      seen.push(...batch.map((o) => o.orderNumber));
      return { added: batch.length - 1, updated: 1, failed: [] as string[] };
    });
    const all = orders(1234);
    const totals = await trackInBatches(all, track);
    expect(track).toHaveBeenCalledTimes(3);
    expect(seen).toEqual(all.map((o) => o.orderNumber));
    expect(totals).toEqual({ added: 1231, updated: 3, failed: [] });
  });

  it('stops at a batch that fails as a whole and says so', async () => {
    const track = vi.fn().mockResolvedValueOnce({ added: 2, updated: 0, failed: ['x'] }).mockRejectedValueOnce(new Error('worker stopped'));
    await expect(trackInBatches(orders(5), track, 2)).rejects.toThrow('worker stopped');
    expect(track).toHaveBeenCalledTimes(2);
  });
});
