import { resolveLocale } from '../lib/i18n';
import { I18nProvider, useI18n } from './I18nContext';

/** What the sidebar page shows when some page frames or opens it on its own: no data, one sentence. */
export function EmbeddingRefused() {
  return (
    <I18nProvider locale={resolveLocale(navigator.languages)}>
      <Refusal />
    </I18nProvider>
  );
}

function Refusal() {
  const { t } = useI18n();
  return (
    <p class="app-main" role="alert">
      {t('safety.embedded.refused')}
    </p>
  );
}
