import { LOCALES, LOCALE_NAMES, isLocale } from '../lib/i18n';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';

export function LanguageSettings() {
  const { t } = useI18n();
  const { settings, data } = useApp();
  const choose = (value: string) => {
    void data.run('updateSettings', { patch: { locale: isLocale(value) ? value : 'auto' } });
  };
  return (
    <fieldset>
      <legend>{t('common.language')}</legend>
      <label>
        <span class="visually-hidden">{t('common.language')}</span>
        <select value={settings.locale} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="auto">{t('common.languageAuto')}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
