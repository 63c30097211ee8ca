import type { OrderRow } from '../lib/app/order-list';
import { formatMoney } from '../lib/i18n';
import { useI18n } from './I18nContext';
import { DeadlineBadge } from './DeadlineBadge';
import { MarketplaceName } from './MarketplaceName';
import { PageText } from './PageText';

export function OrderCard({ row, now }: { row: OrderRow; now: number }) {
  const { t, locale } = useI18n();
  const { order, next } = row;
  const title = order.items[0]?.title;
  return (
    <a class="order-card" href={`#/order/${order.id}`}>
      <span class="order-card-line">
        <strong class="order-number">
          {t('app.order.numberShort')} <PageText text={order.orderNumber} />
        </strong>
        <span class={`status status-${order.status}`}>{t(`app.status.${order.status}`)}</span>
      </span>
      {title && (
        <span class="order-card-title">
          <PageText text={title} />
        </span>
      )}
      <span class="order-card-line muted">
        <span class="order-card-origin">
          <MarketplaceName id={order.marketplace} />
          {order.store.name && (
            <span>
              <PageText text={order.store.name} />
            </span>
          )}
        </span>
        {order.total && <span>{formatMoney(order.total.amount, order.total.currency, locale)}</span>}
      </span>
      {next ? (
        <DeadlineBadge deadline={next} marketplace={order.marketplace} now={now} />
      ) : (
        <span class="muted">{t('app.order.noDeadline')}</span>
      )}
    </a>
  );
}
