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
    // Persian and Urdu spellings.
    'آمازون',
    'ایمیزون',
    'ایمازون',
    'אמזון',
    'अमेज़न',
    'अमेजन',
    'अमेज़ॅन',
    // Marathi, Bengali, Gujarati, Punjabi, Tamil, Telugu, Kannada, Malayalam.
    'अ‍ॅमेझॉन',
    'ॲमेझॉन',
    'অ্যামাজন',
    'এমাজন',
    'એમેઝોન',
    'ਐਮਾਜ਼ਾਨ',
    'அமேசான்',
    'అమెజాన్',
    'ಅಮೆಜಾನ್',
    'ആമസോൺ',
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
  // An address at an Amazon domain (stop-spoofing@amazon.com for phishing reports) reaches Amazon.
  ownDomainEmail: 'channel',
  phoneSupport: 'some-countries',
  officialContacts: [
    // Recorded on 2026-12-02 without network access, from the numbers Amazon's own Contact Us
    // pages are known to give: not re-read at the source, hence `verified: false`. The US number
    // also appears in the description of amazon.com/help as stored by a search index (2026-12-02).
    // None of these is a premium-rate line (all are free-phone or ordinary geographic numbers).
    {
      kind: 'phone',
      value: '+18882804331',
      country: 'US',
      source: 'https://www.amazon.com/gp/help/customer/contact-us',
      date: '2026-12-02',
      verified: false,
      note: 'Amazon.com customer service, offered in the Contact Us flow. Not re-read offline.',
    },
    {
      kind: 'phone',
      value: '+12062662992',
      country: 'US',
      source: 'https://www.amazon.com/gp/help/customer/contact-us',
      date: '2026-12-02',
      verified: false,
      note: 'Amazon.com line for callers outside the US (international). Not re-read offline.',
    },
    {
      kind: 'phone',
      value: '+448002797234',
      country: 'GB',
      source: 'https://www.amazon.co.uk/gp/help/customer/contact-us',
      date: '2026-12-02',
      verified: false,
      note: 'Amazon.co.uk customer service freephone. Not re-read offline.',
    },
    {
      kind: 'phone',
      value: '+498003638469',
      country: 'DE',
      source: 'https://www.amazon.de/gp/help/customer/contact-us',
      date: '2026-12-02',
      verified: false,
      note: 'Amazon.de Kundenservice, gebührenfrei. Not re-read offline.',
    },
    {
      kind: 'email',
      value: 'stop-spoofing@amazon.com',
      source: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GQGKGJ58KNSL4CWR',
      date: '2026-12-02',
      verified: false,
      note: 'Where Amazon asks for phishing reports, not a support mailbox. Not re-read offline.',
    },
  ],
  officialWays: {
    helpCenter: 'https://www.amazon.com/gp/help/customer/display.html',
    chat: 'https://www.amazon.com/gp/help/customer/contact-us',
    complaint: 'https://www.amazon.com/gp/help/customer/contact-us',
  },
};
