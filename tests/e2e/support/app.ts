import type { FrameLocator, Page } from '@playwright/test';

/** The in-page sidebar: its edge tab, and the app inside its iframe. */
export function sidebarOf(page: Page) {
  const host = page.locator('buyerguard-sidebar');
  return {
    host,
    tab: host.locator('button.edge-tab'),
    closeButton: host.locator('button.close'),
    app: (): FrameLocator => host.locator('iframe').contentFrame(),
  };
}

export interface OrderInput {
  orderNumber: string;
  store?: string;
  item?: string;
  amount?: string;
  shippedAt?: string;
}

/** Fills and saves the add-order form in an app page (side panel or sidebar frame). */
export async function addOrderByHand(app: Page | FrameLocator, order: OrderInput): Promise<void> {
  await app.getByRole('link', { name: 'Add order' }).click();
  await app.getByLabel('Order number').fill(order.orderNumber);
  if (order.store) await app.getByLabel('Store or seller').fill(order.store);
  if (order.item) await app.getByLabel('Item', { exact: true }).fill(order.item);
  if (order.amount) await app.getByLabel('Price paid').fill(order.amount);
  if (order.shippedAt) await app.getByLabel('Ship date').fill(order.shippedAt);
  await app.getByRole('button', { name: 'Save' }).click();
}
