import type { MarketplaceGuardData } from '../../guard/types';

/**
 * eBay reaches buyers through its help pages and "Contact us" flow, which can
 * offer a call back; the US number below is the one eBay's own help pages give.
 */
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
  // An address at an eBay domain reaches eBay.
  ownDomainEmail: 'channel',
  phoneSupport: 'some-countries',
  officialContacts: [
    {
      kind: 'phone',
      value: '+18665403229',
      country: 'US',
      source: 'https://www.ebay.com/help/contact-us',
      date: '2026-12-02',
      verified: false,
      note: 'eBay US customer service. Recorded without network access, not re-read at the source.',
    },
    {
      kind: 'email',
      value: 'spoof@ebay.com',
      source: 'https://www.ebay.com/help/account/protecting-account/recognizing-spoof-phishing-emails',
      date: '2026-12-02',
      verified: false,
      note: 'Where eBay asks for forwarded phishing e-mails, not a support mailbox. Not re-read offline.',
    },
  ],
  officialWays: {
    helpCenter: 'https://www.ebay.com/help/home',
    chat: 'https://www.ebay.com/help/home',
    disputes: 'https://www.ebay.com/help/buying/returns-refunds/ebay-money-back-guarantee-policy',
  },
};
