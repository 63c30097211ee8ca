import { SETTINGS_SECTIONS } from './settings-sections';
import { useI18n } from './I18nContext';

export function SettingsView() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="settings-heading" class="settings">
      <h2 id="settings-heading">{t('common.settings')}</h2>
      {SETTINGS_SECTIONS.map((Section, i) => (
        <Section key={i} />
      ))}
    </section>
  );
}
