/**
 * The order list mixes marketplaces, so every card and the order page say which one an
 * order is from, in words a screen reader reads too (issue 13). Names come from the
 * registry; the words around them from the locale files.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OrderCard } from '../../../components/OrderCard';
import { OrderDetail } from '../../../components/OrderDetail';
import { I18nProvider } from '../../../components/I18nContext';
import { AppContext, type AppState } from '../../../components/AppContext';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';
import type { DataClient } from '../../../lib/data/client';
import type { Order } from '../../../lib/schema/order';
import type { Locale } from '../../../lib/i18n';
import { testOrder } from './test-order';

const NOW = Date.UTC(2026, 11, 2);

function order(id: string, marketplace: Order['marketplace']): Order {
  return testOrder(id, NOW, { marketplace, orderNumber: `PO-211-2190545209919279${id}`, items: [{ title: `Item ${id}`, quantity: 1 }] });
}

function card(o: Order, locale: Locale = 'en') {
  return render(
    <I18nProvider locale={locale}>
      <OrderCard row={{ order: o, overdue: false }} now={NOW} />
    </I18nProvider>,
  );
}

afterEach(cleanup);

describe('order card: the marketplace an order is from', () => {
  it.each([
    ['temu', 'Temu'],
    ['aliexpress', 'AliExpress'],
  ] as const)('a %s order shows "%s" as text inside the card link', (marketplace, name) => {
    card(order('1', marketplace));
    const link = screen.getByRole('link');
    expect(within(link).getByText(name)).toBeTruthy();
    expect(link.textContent).toContain(`Marketplace: ${name}`);
  });

  it('an order typed in for an unknown marketplace says so instead of a brand', () => {
    card(order('2', 'other'));
    expect(screen.getByRole('link').textContent).toContain('Marketplace: Other marketplace');
  });

  it('speaks the user language around the brand name', () => {
    card(order('3', 'temu'), 'pl');
    expect(screen.getByRole('link').textContent).toContain('Platforma zakupowa: Temu');
    cleanup();
    card(order('4', 'other'), 'uk');
    expect(screen.getByRole('link').textContent).toContain('Інший маркетплейс');
  });

  it('keeps the store name next to the marketplace', () => {
    card(order('5', 'aliexpress'));
    expect(screen.getByText('Store 5')).toBeTruthy();
    expect(screen.getByText('AliExpress')).toBeTruthy();
  });
});

describe('order page: the marketplace field', () => {
  function detail(o: Order) {
    const data: DataClient = {
      subscribe: (name, _args, onResult) => {
        // Only the order itself answers; the tabs below stay "loading", which this test does not need.
        if (name === 'order') (onResult as (result: Order) => void)(o);
        return () => undefined;
      },
      run: () => Promise.reject(new Error('not in this test')),
    };
    const app: AppState = { mode: 'panel', tabId: undefined, settings: DEFAULT_SETTINGS, data };
    return render(
      <AppContext.Provider value={app}>
        <I18nProvider locale="en">
          <OrderDetail orderId={o.id} view="overview" />
        </I18nProvider>
      </AppContext.Provider>,
    );
  }

  it.each([
    ['temu', 'Temu'],
    ['aliexpress', 'AliExpress'],
    ['other', 'Other marketplace'],
  ] as const)('a %s order lists "Marketplace: %s" among its facts', (marketplace, name) => {
    const { container } = detail(order('6', marketplace));
    const terms = [...container.querySelectorAll('dl.facts > dt')];
    const term = terms.find((dt) => dt.textContent === 'Marketplace');
    expect(term?.nextElementSibling?.tagName).toBe('DD');
    expect(term?.nextElementSibling?.textContent).toBe(name);
  });
});
