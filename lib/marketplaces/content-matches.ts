/**
 * Hosts where the in-page sidebar runs: AliExpress's own domains with every
 * subdomain (www., m., pl., es., …). Used by wxt.config.ts for the manifest
 * and checked against lib/marketplaces/aliexpress/site.ts in tests.
 */
export const MARKETPLACE_MATCHES = [
  '*://aliexpress.com/*',
  '*://*.aliexpress.com/*',
  '*://aliexpress.us/*',
  '*://*.aliexpress.us/*',
  '*://aliexpress.ru/*',
  '*://*.aliexpress.ru/*',
];
