import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { translator, type Locale, type Translate } from '../lib/i18n';
import { inCounterpartWording } from '../lib/drafts/counterpart';
import type { MarketplaceId } from '../lib/marketplaces/registry';

interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en') });

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * Below it, a UI text that names the seller takes the wording of whoever answers for the
 * sellers on `marketplace` (lib/drafts/counterpart.ts, the model the drafts use): on a Temu
 * order `t('compose.tab.drafts')` reads `compose.tab.drafts.temu`, "Write to Temu support".
 * A text without such a key is left as it is; no component names a marketplace.
 */
export function CounterpartWording({ marketplace, children }: { marketplace: MarketplaceId | undefined; children: ComponentChildren }) {
  const outer = useI18n();
  const value = useMemo<I18n>(() => {
    const t = inCounterpartWording(outer.t, marketplace);
    return t === outer.t ? outer : { locale: outer.locale, t };
  }, [outer, marketplace]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
