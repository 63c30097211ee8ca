import { useMemo, useState } from 'preact/hooks';
import { buildOrderRows, isDone, matchesFilter, matchesSearch, ORDER_FILTERS, type OrderFilter } from '../lib/app/order-list';
import { useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import type { QueryResult } from '../lib/data/queries';
import { useNow } from './hooks/useNow';
import { OrderCard } from './OrderCard';
import { VirtualList } from './VirtualList';
import { CalendarExport } from './CalendarExport';

/** Rows on the first screen of a tall side panel, with room for the list's overscan. */
const FIRST_SCREEN_ROWS = 30;

/**
 * The first screen comes from `orderListHead` (the most urgent open orders,
 * found through indexes); the full list is asked for only once that is on
 * screen, so thousands of orders never delay the first rows.
 */
export function OrdersView() {
  const { t } = useI18n();
  const head = useData('orderListHead', { limit: FIRST_SCREEN_ROWS });
  if (!head) return <p class="muted" role="status">{t('app.loading')}</p>;
  return <OrderListView head={head} />;
}

function OrderListView({ head }: { head: QueryResult<'orderListHead'> }) {
  const { t } = useI18n();
  const now = useNow();
  const [filter, setFilter] = useState<OrderFilter>('open');
  const [query, setQuery] = useState('');
  const full = useData('orderList', {});
  const data = full ?? head;

  const rows = useMemo(() => buildOrderRows(data.orders, data.deadlines, now), [data, now]);
  const visible = useMemo(
    () => rows.filter((row) => matchesFilter(row, filter) && matchesSearch(row, query)),
    [rows, filter, query],
  );
  const empty = full ? full.orders.length === 0 : head.empty;

  return (
    <section aria-labelledby="orders-heading" class="orders">
      <div class="toolbar">
        <h2 id="orders-heading">{t('app.orders.title')}</h2>
        <a class="button primary" href="#/new">
          {t('app.orders.add')}
        </a>
        <a class="button" href="#/question">
          {t('drafts.beforeBuying.open')}
        </a>
      </div>
      {empty ? (
        <div class="empty">
          <p>{t('app.orders.empty')}</p>
          <p class="muted">{t('app.orders.emptyHint')}</p>
        </div>
      ) : (
        <>
          <div class="filters">
            <label class="search">
              <span class="visually-hidden">{t('app.orders.search')}</span>
              <input
                type="search"
                placeholder={t('app.orders.search')}
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </label>
            <div role="radiogroup" aria-label={t('app.orders.filterLabel')} class="segmented">
              {ORDER_FILTERS.map((f) => (
                <button
                  key={f}
                  type="button"
                  role="radio"
                  aria-checked={filter === f}
                  onClick={() => setFilter(f)}
                >
                  {t(`app.filter.${f}`)}
                </button>
              ))}
            </div>
          </div>
          <p class="muted" aria-live="polite">
            {/* Counted once the full list is in: the first screen holds only the top rows. */}
            {full ? t('app.orders.count', { count: visible.length }) : '\u00a0'}
          </p>
          {full && <CalendarExport orders={full.orders.filter((o) => !isDone(o))} deadlines={full.deadlines} scope="all" />}
          {visible.length === 0 ? (
            <p class="empty">{t('app.orders.noMatch')}</p>
          ) : (
            <VirtualList
              items={visible}
              estimatedRowHeight={96}
              label={t('app.orders.title')}
              keyOf={(row) => row.order.id}
              render={(row) => <OrderCard row={row} now={now} />}
            />
          )}
        </>
      )}
    </section>
  );
}
