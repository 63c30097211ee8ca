import type { MarketplaceSite } from '../types';

/**
 * Temu serves every country from temu.com, the country and language as the first path
 * segment (`/pl/`, `/ro/`, `/uk-pl/`, `/es-en/`); the US site has none.
 */
export const temuSite: MarketplaceSite = {
  displayName: 'Temu',
  domains: ['temu.com'],
  officialHelp: {
    helpCenter: 'https://www.temu.com/support-center.html',
    disputes: 'https://www.temu.com/bgt_orders.html',
    chat: 'https://www.temu.com/support-center.html',
  },
};
