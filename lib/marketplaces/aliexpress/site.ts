import type { MarketplaceSite } from '../types';

/** AliExpress's own domains and help pages. */
export const aliexpressSite: MarketplaceSite = {
  displayName: 'AliExpress',
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  officialHelp: {
    helpCenter: 'https://sale.aliexpress.com/__pc/service.htm',
    disputes: 'https://www.aliexpress.com/p/order/index.html',
    complaint: 'https://report.aliexpress.com/',
    chat: 'https://sale.aliexpress.com/__pc/service.htm',
  },
};
