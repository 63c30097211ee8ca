import { describe, expect, it } from 'vitest';
import { originMatchesPatterns } from '../../../lib/app/embedding';
import { MARKETPLACE_PAGE_MATCHES as MARKETPLACE_MATCHES } from '../../../lib/marketplaces/registry';

describe('which origins may host the in-page sidebar', () => {
  it('marketplace origins over https, with their subdomains', () => {
    for (const origin of ['https://www.aliexpress.com', 'https://aliexpress.ru', 'https://pl.aliexpress.com', 'https://m.aliexpress.us']) {
      expect(originMatchesPatterns(origin, MARKETPLACE_MATCHES), origin).toBe(true);
    }
  });

  it('not over http, not look-alike hosts, not other schemes', () => {
    for (const origin of ['http://www.aliexpress.com', 'https://aliexpress.com.evil.example', 'https://evilaliexpress.com', 'null', 'file://', 'chrome-extension://abc']) {
      expect(originMatchesPatterns(origin, MARKETPLACE_MATCHES), origin).toBe(false);
    }
  });
});
