import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './I18nContext';

/**
 * A view whose code loads on first use. The drafting engine (templates with
 * glosses in seven languages) is most of the app's weight; the order list,
 * the sidebar's first screen, should not wait for it.
 */
export function lazyView<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  return function LazyView(props: P) {
    const { t } = useI18n();
    const [View, setView] = useState<FunctionComponent<P> | undefined>(() => loaded);
    useEffect(() => {
      if (View) return;
      let alive = true;
      loading ??= load().then((component) => (loaded = component));
      void loading.then((component) => alive && setView(() => component));
      return () => {
        alive = false;
      };
    }, [View]);
    return View ? <View {...props} /> : <p class="muted" role="status">{t('app.loading')}</p>;
  };
}
