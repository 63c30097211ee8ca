import type { Settings } from '../lib/schema/settings';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';

/** What the user told the guard to trust, with a way to take it back. */
export function TrustSettings() {
  const { t } = useI18n();
  const { settings, data } = useApp();
  const save = (patch: Partial<Omit<Settings, 'id'>>) => void data.run('updateSettings', { patch });
  const list = (items: string[], remove: (item: string) => void, empty: string, label: string) =>
    items.length === 0 ? (
      <p class="muted">{empty}</p>
    ) : (
      <ul class="trust-list" aria-label={label}>
        {items.map((item) => (
          <li key={item}>
            <span>{item}</span>
            <button type="button" class="button small" onClick={() => remove(item)} aria-label={`${t('app.settings.untrust')}: ${item}`}>
              {t('app.settings.untrust')}
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <fieldset>
      <legend>{t('app.settings.guard')}</legend>
      <label class="checkbox">
        <input type="checkbox" checked={settings.guardEnabled} onChange={(e) => save({ guardEnabled: e.currentTarget.checked })} />
        {t('app.settings.guardEnabled')}
      </label>
      <h3>{t('app.settings.trustedContacts')}</h3>
      {list(
        settings.trustedContacts,
        (item) => save({ trustedContacts: settings.trustedContacts.filter((c) => c !== item) }),
        t('app.settings.noTrustedContacts'),
        t('app.settings.trustedContacts'),
      )}
      <h3>{t('app.settings.trustedSites')}</h3>
      {list(
        settings.trustedSites,
        (item) => save({ trustedSites: settings.trustedSites.filter((s) => s !== item) }),
        t('app.settings.noTrustedSites'),
        t('app.settings.trustedSites'),
      )}
    </fieldset>
  );
}
