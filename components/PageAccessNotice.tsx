import { useEffect, useState } from 'preact/hooks';
import { hasPageAccess, PAGE_ACCESS_APPLIES, requestPageAccess, watchPageAccess } from '../lib/app/page-access';
import { useI18n } from './I18nContext';

/**
 * Says so when the browser withholds the content scripts' site access (Firefox MV3: the user may revoke it,
 * Android may never grant it) and asks for it on a click: a guard that silently never runs is worse than none.
 */
export function PageAccessNotice() {
  const { t } = useI18n();
  const [granted, setGranted] = useState(true);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (!PAGE_ACCESS_APPLIES) return;
    let live = true;
    const check = () => void hasPageAccess().then((has) => live && setGranted(has), () => undefined);
    check();
    const stop = watchPageAccess(check);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (granted) return null;
  // No await before the request: Firefox grants it only inside the click's user gesture.
  const ask = () =>
    void requestPageAccess().then(
      (ok) => {
        setRefused(!ok);
        if (ok) setGranted(true);
      },
      () => setRefused(true),
    );
  return (
    <section class="notice page-access" role="alert" aria-labelledby="page-access-title">
      <p id="page-access-title">
        <strong>{t('safety.pageAccess.off')}</strong>
      </p>
      <p>{t('safety.pageAccess.why')}</p>
      <button type="button" onClick={ask}>
        {t('safety.pageAccess.allow')}
      </button>
      {refused && <p class="warning">{t('safety.pageAccess.refused')}</p>}
    </section>
  );
}
