/**
 * Hosts where the in-page sidebar runs, https only: AliExpress's own domains with every
 * subdomain (www., m., pl., es., …). Used by wxt.config.ts for the manifest
 * and checked against lib/marketplaces/aliexpress/site.ts in tests.
 */
export const MARKETPLACE_MATCHES = [
  'https://aliexpress.com/*',
  'https://*.aliexpress.com/*',
  'https://aliexpress.us/*',
  'https://*.aliexpress.us/*',
  'https://aliexpress.ru/*',
  'https://*.aliexpress.ru/*',
];
