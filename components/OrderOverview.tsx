import { database } from '../lib/db/database';
import type { Order } from '../lib/schema/order';
import { useI18n } from './I18nContext';
import { useLiveQuery } from './hooks/useLiveQuery';
import { useNow } from './hooks/useNow';
import { DeadlineList } from './DeadlineList';
import { Timeline } from './Timeline';

export function OrderOverview({ order }: { order: Order }) {
  const { t } = useI18n();
  const now = useNow();
  const deadlines = useLiveQuery(() => database().deadlines.where('orderId').equals(order.id).sortBy('dueAt'), [order.id]);
  const messages = useLiveQuery(() => database().messages.where('orderId').equals(order.id).toArray(), [order.id]);
  if (!deadlines || !messages) return <p class="muted" role="status">{t('app.loading')}</p>;
  return (
    <>
      <DeadlineList order={order} deadlines={deadlines} now={now} />
      <Timeline order={order} deadlines={deadlines} messages={messages} now={now} />
    </>
  );
}
