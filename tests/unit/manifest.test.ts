import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { MARKETPLACE_PAGE_MATCHES, PAGE_READING_MARKETPLACES } from '../../lib/marketplaces/registry';

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
    expect(manifestFor('chrome').permissions?.sort()).toEqual(['alarms', 'notifications', 'scripting', 'sidePanel']);
  });

  it('gives Firefox no sidePanel permission but an add-on id and a data statement', () => {
    const firefox = manifestFor('firefox');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.id');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions.required', ['none']);
  });

  it('never asks for tabs, storage, webRequest or all sites', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifestFor(browser);
      expect(m.permissions?.some((p) => ['tabs', 'storage', 'webRequest', '<all_urls>'].includes(p) || p.includes('://'))).toBe(false);
    }
  });

  it('asks for scripting and host access only in Chrome, and only on the marketplaces the sidebar runs on (re-injection after an update)', () => {
    const chrome = manifestFor('chrome');
    expect(chrome.host_permissions).toEqual([...MARKETPLACE_PAGE_MATCHES]);
    // Firefox puts content scripts back into open tabs by itself.
    const firefox = manifestFor('firefox');
    expect(firefox.permissions).not.toContain('scripting');
    expect(firefox).not.toHaveProperty('host_permissions');
  });

  it('the sidebar runs on every domain of every page-reading marketplace and its subdomains, https only, and nowhere else', () => {
    const domains = PAGE_READING_MARKETPLACES.flatMap((m) => m.site.domains);
    expect(domains).toContain('aliexpress.com');
    for (const domain of domains) {
      expect(MARKETPLACE_PAGE_MATCHES).toContain(`https://${domain}/*`);
      expect(MARKETPLACE_PAGE_MATCHES).toContain(`https://*.${domain}/*`);
    }
    expect(MARKETPLACE_PAGE_MATCHES).toHaveLength(domains.length * 2);
  });

  it('lets only those hosts embed the sidebar frame in Chrome', () => {
    const resources = manifestFor('chrome').web_accessible_resources as { resources: string[]; matches: string[] }[];
    expect(resources.filter((entry) => entry.resources.includes('sidebar.html'))).toEqual([{ resources: ['sidebar.html'], matches: [...MARKETPLACE_PAGE_MATCHES] }]);
  });

  it('exposes nothing else to pages but the guard engine, at an address that changes every session', () => {
    const resources = manifestFor('chrome').web_accessible_resources as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    const others = resources.filter((entry) => !entry.resources.includes('sidebar.html'));
    // The first-stage guard script import()s the engine on any page that names a marketplace.
    expect(others).toEqual([{ resources: ['guard-engine.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]);
  });
});
