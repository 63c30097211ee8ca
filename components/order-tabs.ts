import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../lib/i18n';
import type { Order } from '../lib/schema/order';
import { OrderOverview } from './OrderOverview';

export interface OrderTab {
  id: string;
  label: MessageKey;
  component: FunctionComponent<{ order: Order }>;
}

/** The sections of an order page, in display order. One feature, one entry. */
export const ORDER_TABS: readonly OrderTab[] = [{ id: 'overview', label: 'app.order.tab.overview', component: OrderOverview }];
