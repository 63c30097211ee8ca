import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { MARKETPLACE_MATCHES } from '../../lib/marketplaces/content-matches';
import { aliexpress } from '../../lib/marketplaces/aliexpress/site';

type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifestFor = (browser: string): Manifest =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  });

describe('manifest', () => {
  it('asks Chrome only for what it uses', () => {
    expect(manifestFor('chrome').permissions?.sort()).toEqual(['alarms', 'notifications', 'sidePanel']);
  });

  it('gives Firefox no sidePanel permission but an add-on id and a data statement', () => {
    const firefox = manifestFor('firefox');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.id');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions.required', ['none']);
  });

  it('never asks for tabs, storage, scripting or host permissions', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifestFor(browser);
      expect(m.permissions).not.toEqual(expect.arrayContaining(['tabs']));
      expect(m.permissions?.some((p) => ['storage', 'scripting', 'webRequest', '<all_urls>'].includes(p) || p.includes('://'))).toBe(false);
      expect(m).not.toHaveProperty('host_permissions');
    }
  });

  it('the sidebar runs on every AliExpress domain and its subdomains, and nowhere else', () => {
    for (const domain of aliexpress.domains) {
      expect(MARKETPLACE_MATCHES).toContain(`https://${domain}/*`);
      expect(MARKETPLACE_MATCHES).toContain(`https://*.${domain}/*`);
    }
    expect(MARKETPLACE_MATCHES).toHaveLength(aliexpress.domains.length * 2);
  });
});
