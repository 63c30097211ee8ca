import type { MarketplaceGuardData } from '../../guard/types';

/** eBay reaches buyers through its help pages and "Contact us" flow; no number is listed as official here. */
export const ebayGuardData: MarketplaceGuardData = {
  id: 'ebay',
  displayName: 'eBay',
  names: ['ebay', 'ибей', 'ибэй', 'ібей', 'إيباي', 'ايباي', 'איביי', 'ईबे', 'იბეი', '易贝', 'イーベイ', '이베이'],
  domains: [
    'ebay.com',
    'ebay.co.uk',
    'ebay.de',
    'ebay.fr',
    'ebay.it',
    'ebay.es',
    'ebay.pl',
    'ebay.nl',
    'ebay.at',
    'ebay.ch',
    'ebay.ie',
    'ebay.ca',
    'ebay.com.au',
  ],
  emailDomains: ['ebay.com', 'ebay.co.uk', 'ebay.de'],
  phoneSupport: 'some-countries',
  officialContacts: [],
  officialWays: {
    helpCenter: 'https://www.ebay.com/help/home',
    chat: 'https://www.ebay.com/help/home',
    disputes: 'https://www.ebay.com/help/buying/returns-refunds/ebay-money-back-guarantee-policy',
  },
};
