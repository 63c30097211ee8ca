import type { Order } from '../lib/schema/order';
import { useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import { useNow } from './hooks/useNow';
import { DeadlineList } from './DeadlineList';
import { Timeline } from './Timeline';
import { CalendarExport } from './CalendarExport';

export function OrderOverview({ order }: { order: Order }) {
  const { t } = useI18n();
  const now = useNow();
  const deadlines = useData('orderDeadlines', { orderId: order.id });
  const messages = useData('orderMessages', { orderId: order.id });
  if (!deadlines || !messages) return <p class="muted" role="status">{t('app.loading')}</p>;
  return (
    <>
      <DeadlineList order={order} deadlines={deadlines} now={now} />
      <CalendarExport orders={[order]} deadlines={deadlines} scope="order" />
      <Timeline order={order} deadlines={deadlines} messages={messages} now={now} />
    </>
  );
}
