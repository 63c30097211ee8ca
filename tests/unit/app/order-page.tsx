import { render } from '@testing-library/preact';
import { OrderDetail } from '../../../components/OrderDetail';
import { I18nProvider } from '../../../components/I18nContext';
import { AppContext, type AppState } from '../../../components/AppContext';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';
import type { DataClient } from '../../../lib/data/client';
import type { Order } from '../../../lib/schema/order';
import type { Locale } from '../../../lib/i18n';

/** The order page on the given tab, in the side panel; the order answers, its deadlines, evidence and messages are empty. */
export function orderPage(order: Order, view: string, locale: Locale = 'en') {
  const answers: Record<string, unknown> = { order, orderDeadlines: [], orderMessages: [], orderEvidence: { items: [] } };
  const data: DataClient = {
    subscribe: (name, _args, onResult) => {
      if (name in answers) (onResult as (result: unknown) => void)(answers[name]);
      return () => undefined;
    },
    run: () => Promise.reject(new Error('not in this test')),
  };
  const app: AppState = { mode: 'panel', tabId: undefined, settings: DEFAULT_SETTINGS, data };
  return render(
    <AppContext.Provider value={app}>
      <I18nProvider locale={locale}>
        <OrderDetail orderId={order.id} view={view} />
      </I18nProvider>
    </AppContext.Provider>,
  );
}
