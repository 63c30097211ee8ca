import type { MarketplaceId } from './types';

/** How each marketplace writes its own name; "other" is the user's own word, so it stays generic. */
export const MARKETPLACE_NAMES: Readonly<Record<MarketplaceId, string>> = {
  aliexpress: 'AliExpress',
  temu: 'Temu',
  amazon: 'Amazon',
  ebay: 'eBay',
  shein: 'SHEIN',
  other: 'marketplace',
};
