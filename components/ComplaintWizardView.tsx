import { useI18n } from './I18nContext';

/** Replaced by the complaint wizard (issue 5). */
export function ComplaintWizardView(_props: { params: URLSearchParams }) {
  const { t } = useI18n();
  return <p class="muted">{t('app.loading')}</p>;
}
