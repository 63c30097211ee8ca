import { marketplaceById, type MarketplaceId } from '../lib/marketplaces/registry';
import type { Translate } from '../lib/i18n';
import { useI18n } from './I18nContext';

/** The marketplace an order is from, as the user reads it: the brand as it writes itself, or "Other marketplace". */
export function marketplaceLabel(id: MarketplaceId, t: Translate): string {
  return marketplaceById(id)?.site.displayName ?? t('app.order.otherMarketplace');
}

/**
 * The marketplace on an order card, in words (never an icon alone): with orders of
 * several marketplaces in one list, the card says which one, and a screen reader hears
 * "Marketplace: Temu" inside the card's link.
 */
export function MarketplaceName({ id }: { id: MarketplaceId }) {
  const { t } = useI18n();
  return (
    <span class="marketplace-name">
      <span class="visually-hidden">{t('app.order.marketplacePrefix')} </span>
      {marketplaceLabel(id, t)}
    </span>
  );
}
