import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../lib/i18n';
import type { Order } from '../lib/schema/order';
import { OrderOverview } from './OrderOverview';
import { MessageLog } from './MessageLog';
import { EvidenceTab } from './EvidenceTab';
import { lazyView } from './lazyView';

export interface OrderTab {
  id: string;
  label: MessageKey;
  component: FunctionComponent<{ order: Order }>;
}

/** The sections of an order page, in display order. One feature, one entry. */
const DraftComposer = lazyView(() => import('./DraftComposer').then((m) => m.DraftComposer));
const DisputeTextView = lazyView(() => import('./DisputeTextView').then((m) => m.DisputeTextView));

export const ORDER_TABS: readonly OrderTab[] = [
  { id: 'overview', label: 'app.order.tab.overview', component: OrderOverview },
  { id: 'messages', label: 'compose.tab.messages', component: MessageLog },
  { id: 'evidence', label: 'evidence.tab', component: EvidenceTab },
  { id: 'drafts', label: 'compose.tab.drafts', component: DraftComposer },
  { id: 'dispute', label: 'compose.tab.dispute', component: DisputeTextView },
];
