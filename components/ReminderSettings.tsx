import type { Settings } from '../lib/schema/settings';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';

const OFFSET_CHOICES = [14, 7, 5, 3, 2, 1, 0];

export function ReminderSettings() {
  const { t } = useI18n();
  const { settings, data } = useApp();
  const save = (patch: Partial<Omit<Settings, 'id'>>) => data.run('updateSettings', { patch });
  const toggleOffset = (days: number, on: boolean) => {
    const next = new Set(settings.reminderOffsetsDays);
    if (on) next.add(days);
    else next.delete(days);
    void save({ reminderOffsetsDays: [...next].sort((a, b) => b - a) });
  };
  return (
    <fieldset>
      <legend>{t('app.settings.reminders')}</legend>
      <label class="checkbox">
        <input type="checkbox" checked={settings.remindersEnabled} onChange={(e) => void save({ remindersEnabled: e.currentTarget.checked })} />
        {t('app.settings.remindersEnabled')}
      </label>
      <p class="muted">{t('app.settings.remindWhen')}</p>
      <div class="checkbox-grid">
        {OFFSET_CHOICES.map((days) => (
          <label key={days} class="checkbox">
            <input
              type="checkbox"
              disabled={!settings.remindersEnabled}
              checked={settings.reminderOffsetsDays.includes(days)}
              onChange={(e) => toggleOffset(days, e.currentTarget.checked)}
            />
            {days === 0 ? t('app.settings.onTheDay') : t('app.settings.daysBefore', { count: days })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
