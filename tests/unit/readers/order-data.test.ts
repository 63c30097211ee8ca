import { describe, expect, it } from 'vitest';
import { ordersFromData } from '../../../lib/marketplaces/aliexpress/readers/order-data';

const pageUrl = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8001234567890123');
const block = {
  data: {
    orderBase: { orderIdStr: '8001234567890123', orderStatusDesc: 'Shipped' },
    orderAmount: { totalAmount: { value: '7.50', currency: 'USD' } },
    groups: [[{ productId: '1005001112223334', productName: 'Phone stand', quantity: 3, unitPrice: { value: '2.50', currency: 'USD' } }]],
    logistics: { trackingNo: 'LP123456789CN' },
  },
};

describe('ordersFromData around a lone order', () => {
  it('fills total, tracking and nested items from the block on a one-order page', () => {
    const draft = ordersFromData([block], pageUrl, 0, true).get('8001234567890123');
    expect(draft?.total).toEqual({ amount: 7.5, currency: 'USD' });
    expect(draft?.trackingNumber).toBe('LP123456789CN');
    expect(draft?.items?.map((item) => [item.title, item.quantity, item.price?.amount])).toEqual([['Phone stand', 3, 2.5]]);
  });

  it('does not take a list block’s other products as the order’s items', () => {
    const draft = ordersFromData([block], new URL('https://www.aliexpress.com/p/order/index.html'), 0).get('8001234567890123');
    expect(draft?.items).toBeUndefined();
    expect(draft?.total).toBeUndefined();
  });
});
