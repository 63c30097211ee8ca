import type { MarketplaceGuardData } from '../../guard/types';

/**
 * Amazon does publish customer-service numbers for some countries and has taken
 * down thousands of numbers used by impersonators (shared/DOMAIN.md). Only
 * numbers listed on Amazon's own help pages belong here.
 */
export const amazonGuardData: MarketplaceGuardData = {
  id: 'amazon',
  displayName: 'Amazon',
  names: [
    'amazon',
    'амазон',
    'أمازون',
    'امازون',
    'אמזון',
    'अमेज़न',
    'अमेजन',
    'अमेज़ॅन',
    'ამაზონ',
    'αμαζον',
    '亚马逊',
    '亞馬遜',
    'アマゾン',
    '아마존',
  ],
  domains: [
    'amazon.com',
    'amazon.co.uk',
    'amazon.de',
    'amazon.fr',
    'amazon.it',
    'amazon.es',
    'amazon.pl',
    'amazon.nl',
    'amazon.se',
    'amazon.com.tr',
    'amazon.ae',
    'amazon.sa',
    'amazon.eg',
    'amazon.in',
    'amazon.ca',
    'amazon.com.mx',
    'amazon.com.br',
    'amazon.com.au',
    'amazon.co.jp',
    'amazon.sg',
    'amazon.com.be',
  ],
  emailDomains: ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.pl', 'amazonses.com'],
  phoneSupport: 'some-countries',
  officialContacts: [
    {
      kind: 'phone',
      value: '+18882804331',
      country: 'US',
      source: 'https://www.amazon.com/gp/help/customer/contact-us',
      date: '2024-06-01',
      note: 'Amazon.com customer service line offered in Amazon\'s own Contact Us flow; recorded without network access, re-check the source before each release.',
    },
  ],
  officialWays: {
    helpCenter: 'https://www.amazon.com/gp/help/customer/display.html',
    chat: 'https://www.amazon.com/gp/help/customer/contact-us',
    complaint: 'https://www.amazon.com/gp/help/customer/contact-us',
  },
};
