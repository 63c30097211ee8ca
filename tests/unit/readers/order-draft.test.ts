import { describe, expect, it } from 'vitest';
import { finishOrder } from '../../../lib/marketplaces/shared/readers/order-draft';
import { pageCaptureSchema } from '../../../lib/schema/capture';

const site = { marketplace: 'aliexpress' as const, orderUrl: (n: string) => `https://www.aliexpress.com/p/order/detail.html?orderId=${n}` };
const options = { site, pageUrl: new URL('https://www.aliexpress.com/p/order/index.html'), expectTracking: false };
const MARCH_2026 = Date.UTC(2026, 2, 12);

describe('finishing an order read from a page', () => {
  it('keeps dates in the years the capture takes', () => {
    const order = finishOrder({ orderNumber: '8123456789012345', orderedAt: MARCH_2026, shippedAt: MARCH_2026 + 86_400_000 }, options);
    expect(order.orderedAt).toBe(MARCH_2026);
    expect(order.shippedAt).toBe(MARCH_2026 + 86_400_000);
    expect(order.missing).not.toContain('ordered-at');
  });

  it('treats a mangled timestamp (beyond 2100, before 2000) as not shown, so the capture still passes the schema', () => {
    // A page's data with a corrupted "gmtCreate" (found by the fuzz test, FUZZ_SEED=336200128).
    const order = finishOrder({ orderNumber: '8123456789012345', orderedAt: 9_712_345_678_000_000, shippedAt: 12_345, deliveredAt: MARCH_2026 }, options);
    expect(order.orderedAt).toBeUndefined();
    expect(order.shippedAt).toBeUndefined();
    expect(order.deliveredAt).toBe(MARCH_2026);
    expect(order.missing).toContain('ordered-at');
    const capture = { kind: 'order-list', url: options.pageUrl.href, orders: [order], missing: order.missing };
    expect(pageCaptureSchema.safeParse(capture).error?.issues.filter((issue) => issue.path.includes('orderedAt') || issue.path.includes('shippedAt')) ?? []).toEqual([]);
  });
});
