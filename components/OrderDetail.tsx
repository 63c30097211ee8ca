import { useState } from 'preact/hooks';
import { formatDate, formatMoney } from '../lib/i18n';
import { useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import { offersDestructiveActions, useApp } from './AppContext';
import { navigate } from './hooks/useRoute';
import { ORDER_TABS } from './order-tabs';
import { marketplaceLabel } from './MarketplaceName';
import { PageText } from './PageText';

export function OrderDetail({ orderId, view }: { orderId: string; view: string }) {
  const { t, locale } = useI18n();
  const { data, mode } = useApp();
  const order = useData('order', { orderId });
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  if (order === undefined) return <p class="muted" role="status">{t('app.loading')}</p>;
  if (!order) return <p class="empty">{t('app.order.notFound')}</p>;

  const remove = async () => {
    await data.run('deleteOrder', { orderId: order.id });
    navigate('/orders');
  };

  const active = ORDER_TABS.find((tab) => tab.id === view) ?? ORDER_TABS[0]!;
  const Tab = active.component;

  return (
    <article class="order-detail" aria-labelledby="order-heading">
      <a class="back" href="#/orders">
        ← {t('common.back')}
      </a>
      <h2 id="order-heading">
        {t('app.order.numberShort')} <PageText text={order.orderNumber} />
      </h2>
      <dl class="facts">
        <dt>{t('app.field.marketplace')}</dt>
        <dd>{marketplaceLabel(order.marketplace, t)}</dd>
        <dt>{t('app.field.status')}</dt>
        <dd>{order.statusText ? `${t(`app.status.${order.status}`)} (${order.statusText})` : t(`app.status.${order.status}`)}</dd>
        {order.store.name && (
          <>
            <dt>{t('app.field.storeName')}</dt>
            <dd>{order.store.url ? <a href={order.store.url} target="_blank" rel="noreferrer noopener"><PageText text={order.store.name} /></a> : <PageText text={order.store.name} />}</dd>
          </>
        )}
        {order.items.map((item, index) => (
          <>
            <dt key={`t${index}`}>{t('app.field.itemTitle')}</dt>
            <dd key={`d${index}`}>
              {item.url ? <a href={item.url} target="_blank" rel="noreferrer noopener"><PageText text={item.title} /></a> : <PageText text={item.title} />}
              {item.quantity > 1 && ` × ${item.quantity}`}
              {item.price && ` · ${formatMoney(item.price.amount, item.price.currency, locale)}`}
            </dd>
          </>
        ))}
        {order.total && (
          <>
            <dt>{t('app.field.amount')}</dt>
            <dd>{formatMoney(order.total.amount, order.total.currency, locale)}</dd>
          </>
        )}
        {order.orderedAt !== undefined && (
          <>
            <dt>{t('app.field.orderedAt')}</dt>
            <dd>{formatDate(order.orderedAt, locale)}</dd>
          </>
        )}
        {order.shippedAt !== undefined && (
          <>
            <dt>{t('app.field.shippedAt')}</dt>
            <dd>{formatDate(order.shippedAt, locale)}</dd>
          </>
        )}
        {order.deliveredAt !== undefined && (
          <>
            <dt>{t('app.field.deliveredAt')}</dt>
            <dd>{formatDate(order.deliveredAt, locale)}</dd>
          </>
        )}
        {order.receiptConfirmedAt !== undefined && (
          <>
            <dt>{t('app.field.receiptConfirmedAt')}</dt>
            <dd>{formatDate(order.receiptConfirmedAt, locale)}</dd>
          </>
        )}
        {order.trackingNumber && (
          <>
            <dt>{t('app.field.trackingNumber')}</dt>
            <dd>{order.trackingNumber}</dd>
          </>
        )}
        {order.notes && (
          <>
            <dt>{t('app.field.notes')}</dt>
            <dd class="notes">{order.notes}</dd>
          </>
        )}
      </dl>
      <div class="form-actions">
        <a class="button" href={`#/edit/${order.id}`}>
          {t('common.edit')}
        </a>
        {!offersDestructiveActions(mode) ? null : confirmingDelete ? (
          <span role="group" aria-label={t('app.order.deleteConfirm')} class="confirm">
            <span>{t('app.order.deleteConfirm')}</span>
            <button type="button" class="button danger" onClick={() => void remove()}>
              {t('common.delete')}
            </button>
            <button type="button" class="button" onClick={() => setConfirmingDelete(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="button" onClick={() => setConfirmingDelete(true)}>
            {t('common.delete')}
          </button>
        )}
      </div>
      <nav class="tabs" aria-label={t('app.order.sections')}>
        {ORDER_TABS.map((tab) => (
          <a key={tab.id} href={`#/order/${order.id}?tab=${tab.id}`} aria-current={tab.id === active.id ? 'page' : undefined}>
            {t(tab.label)}
          </a>
        ))}
      </nav>
      <Tab order={order} />
    </article>
  );
}
