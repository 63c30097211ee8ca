import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { database, isNewerDatabaseError } from '../lib/db/database';
import { localDataClient, remoteDataClient } from '../lib/data/client';
import { resolveLocale } from '../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../lib/schema/settings';
import { I18nProvider, useI18n } from './I18nContext';
import { navigate, useRoute } from './hooks/useRoute';
import { OrdersView } from './OrdersView';
import { OrderForm } from './OrderForm';
import { OrderDetail } from './OrderDetail';
import { SettingsView } from './SettingsView';
import { CaptureBar } from './CaptureBar';
import { PageAccessNotice } from './PageAccessNotice';
import { lazyView } from './lazyView';
import { AppContext, EMBEDDED_SECTIONS, useApp, type AppMode } from './AppContext';
import { currentTabId } from '../lib/app/current-tab';

const ComplaintWizardView = lazyView(() => import('./ComplaintWizardView').then((m) => m.ComplaintWizardView));
const BeforeBuyingView = lazyView(() => import('./BeforeBuyingView').then((m) => m.BeforeBuyingView));

export function App({ mode }: { mode: AppMode }) {
  const data = useMemo(() => (mode === 'embedded' ? remoteDataClient() : localDataClient(database())), [mode]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // A database from a newer release is refused, not used: the app shows only why.
  const [newerDatabase, setNewerDatabase] = useState(false);
  useEffect(() => data.subscribe('settings', {}, setSettings, (error) => isNewerDatabaseError(error) && setNewerDatabase(true)), [data]);
  const locale = settings.locale === 'auto' ? resolveLocale(navigator.languages) : settings.locale;
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  useEffect(() => {
    if (mode === 'options') return;
    let cancelled = false;
    const update = () => void currentTabId(mode).then((id) => !cancelled && setTabId(id));
    update();
    // The side panel follows whichever tab is active.
    if (mode === 'panel') browser.tabs.onActivated.addListener(update);
    return () => {
      cancelled = true;
      if (mode === 'panel') browser.tabs.onActivated.removeListener(update);
    };
  }, [mode]);

  return (
    <I18nProvider locale={locale}>
      <AppContext.Provider value={{ mode, tabId, settings, data }}>{newerDatabase ? <NewerDatabaseNotice /> : <Shell />}</AppContext.Provider>
    </I18nProvider>
  );
}

function NewerDatabaseNotice() {
  const { t } = useI18n();
  return (
    <div class="app">
      <p role="alert" class="error">
        {t('safety.db.newer')}
      </p>
    </div>
  );
}

function Shell() {
  const { t } = useI18n();
  const { mode } = useApp();
  const route = useRoute();
  const [, routed = 'orders', id] = route.path.split('/');
  // The page that frames the in-page sidebar picks its URL: it never gets settings that way.
  const section = mode === 'embedded' && !EMBEDDED_SECTIONS.has(routed) ? 'orders' : routed;
  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-title">{t('common.appName')}</h1>
        <nav aria-label={t('app.nav.label')}>
          <a href="#/orders" aria-current={section === 'orders' ? 'page' : undefined}>
            {t('app.nav.orders')}
          </a>
          {mode === 'embedded' ? (
            // Settings open in a tab of their own, out of the page's reach.
            <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('common.settings')}
            </button>
          ) : (
            <a href="#/settings" aria-current={section === 'settings' ? 'page' : undefined}>
              {t('common.settings')}
            </a>
          )}
        </nav>
      </header>
      {/* The in-page sidebar exists only while the access is granted; the side panel and settings say when it is not. */}
      {mode !== 'embedded' && <PageAccessNotice />}
      <CaptureBar />
      <main class="app-main">
        {section === 'orders' && <OrdersView />}
        {section === 'new' && <OrderForm onDone={(saved) => navigate(saved ? `/order/${saved}` : '/orders')} />}
        {section === 'order' && id && <OrderDetail orderId={id} view={route.params.get('tab') ?? 'overview'} />}
        {section === 'edit' && id && <OrderForm orderId={id} onDone={() => navigate(`/order/${id}`)} />}
        {section === 'settings' && <SettingsView />}
        {section === 'complaint' && <ComplaintWizardView params={route.params} />}
        {section === 'question' && <BeforeBuyingView />}
      </main>
    </div>
  );
}
