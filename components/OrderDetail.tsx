import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Order } from '../lib/schema/order';
import { formatDate, formatMoney } from '../lib/i18n';
import { CounterpartWording, useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import { offersDestructiveActions, useApp } from './AppContext';
import { navigate } from './hooks/useRoute';
import { ORDER_TABS } from './order-tabs';
import { InlineConfirm } from './InlineConfirm';
import { marketplaceLabel } from './MarketplaceName';
import { PageText } from './PageText';

export function OrderDetail({ orderId, view }: { orderId: string; view: string }) {
  const { t } = useI18n();
  const order = useData('order', { orderId });

  if (order === undefined) return <p class="muted" role="status">{t('app.loading')}</p>;
  if (!order) return <p class="empty">{t('app.order.notFound')}</p>;
  return (
    <CounterpartWording marketplace={order.marketplace}>
      <OrderPage order={order} view={view} />
    </CounterpartWording>
  );
}

/** The order's facts, actions and tabs, worded for who the buyer writes to on its marketplace. */
function OrderPage({ order, view }: { order: Order; view: string }) {
  const { t } = useI18n();
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
      <OrderFacts order={order} />
      <OrderActions order={order} />
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

/** The order's dates, in the order they happen, each shown only once known. */
const DATE_FACTS = [
  ['orderedAt', 'app.field.orderedAt'],
  ['shippedAt', 'app.field.shippedAt'],
  ['deliveredAt', 'app.field.deliveredAt'],
  ['receiptConfirmedAt', 'app.field.receiptConfirmedAt'],
] as const;

/** A link when there is an address, plain text otherwise; shop-supplied links open outside the app. */
function MaybeLink({ href, children }: { href: string | undefined; children: string }) {
  return href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      <PageText text={children} />
    </a>
  ) : (
    <PageText text={children} />
  );
}

function OrderFacts({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const status = t(`app.status.${order.status}`);
  return (
    <dl class="facts">
      <dt>{t('app.field.marketplace')}</dt>
      <dd>{marketplaceLabel(order.marketplace, t)}</dd>
      <dt>{t('app.field.status')}</dt>
      <dd>{order.statusText ? `${status} (${order.statusText})` : status}</dd>
      {order.store.name && (
        <>
          <dt>{t('app.field.storeName')}</dt>
          <dd>
            <MaybeLink href={order.store.url}>{order.store.name}</MaybeLink>
          </dd>
        </>
      )}
      {order.items.map((item, index) => (
        <Fragment key={index}>
          <dt>{t('app.field.itemTitle')}</dt>
          <dd>
            <MaybeLink href={item.url}>{item.title}</MaybeLink>
            {item.quantity > 1 && ` × ${item.quantity}`}
            {item.price && ` · ${formatMoney(item.price.amount, item.price.currency, locale)}`}
          </dd>
        </Fragment>
      ))}
      {order.total && (
        <>
          <dt>{t('app.field.amount')}</dt>
          <dd>{formatMoney(order.total.amount, order.total.currency, locale)}</dd>
        </>
      )}
      {DATE_FACTS.map(([field, label]) => {
        const at = order[field];
        return (
          at !== undefined && (
            <Fragment key={field}>
              <dt>{t(label)}</dt>
              <dd>{formatDate(at, locale)}</dd>
            </Fragment>
          )
        );
      })}
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
  );
}

/** Edit, and delete behind a confirmation (not offered inside a marketplace page). */
function OrderActions({ order }: { order: Order }) {
  const { t } = useI18n();
  const { data, mode } = useApp();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = async () => {
    await data.run('deleteOrder', { orderId: order.id });
    navigate('/orders');
  };
  return (
    <div class="form-actions">
      <a class="button" href={`#/edit/${order.id}`}>
        {t('common.edit')}
      </a>
      {offersDestructiveActions(mode) && (
        <InlineConfirm
          open={confirmingDelete}
          question={t('app.order.deleteConfirm')}
          confirmLabel={t('common.delete')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmingDelete(false)}
        >
          <button type="button" class="button" onClick={() => setConfirmingDelete(true)}>
            {t('common.delete')}
          </button>
        </InlineConfirm>
      )}
    </div>
  );
}
