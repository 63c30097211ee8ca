import { browser } from 'wxt/browser';
import type { BuyerguardDb } from '../db/database';
import { readSettings } from '../db/settings';
import { resolveLocale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { hasPageAccess, PAGE_ACCESS_APPLIES, watchPageAccess } from '../app/page-access';

/**
 * Firefox MV3: the content scripts' site access is a permission the user may
 * withhold (Firefox for Android grants it only when asked) or revoke later.
 * Without it the guard never runs, so the extension says so where the user
 * looks: right after install or update the settings page opens (it shows
 * the notice with its "Allow" button, components/PageAccessNotice.tsx), and
 * while access is missing the toolbar button's title says the guard is off.
 */
export function watchPageAccessInBackground(db: BuyerguardDb): void {
  if (!PAGE_ACCESS_APPLIES) return;
  const refresh = () => void showPageAccessState(db).catch(() => undefined);
  watchPageAccess(refresh);
  refresh();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void hasPageAccess().then((granted) => (granted ? undefined : browser.runtime.openOptionsPage()), () => undefined);
  });
}

async function showPageAccessState(db: BuyerguardDb): Promise<void> {
  const granted = await hasPageAccess();
  const settings = await readSettings(db);
  const locale = settings.locale === 'auto' ? resolveLocale([browser.i18n.getUILanguage()]) : settings.locale;
  // null restores the manifest's title.
  await browser.action.setTitle({ title: (granted ? null : translate(locale, 'safety.pageAccess.off')) as unknown as string });
}
