import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectAfterInstallOrUpdate, reinjectOpenTabs, type ContentScriptEntry, type ReinjectApi } from '../../../lib/background/reinject';

/*
 * Which open tabs get which content scripts after an install or update
 * (lib/background/reinject.ts). The fake browser matches tabs by host only
 * ("https://*.shop.example/*" style patterns), which is all these cases need;
 * the real matching is Chromium's (tests/e2e/reinject.spec.ts).
 */

const MARKET = ['https://shop.example/*', 'https://*.shop.example/*'];
const GUARD: ContentScriptEntry = { matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/guard.js'] };
const SIDEBAR: ContentScriptEntry = { matches: MARKET, js: ['content-scripts/marketplace.js'], css: ['content-scripts/marketplace.css'] };

interface FakeTab {
  id?: number;
  url: string;
  discarded?: boolean;
  /** Injection into this tab throws (closed meanwhile, error page). */
  fails?: boolean;
}

function matches(pattern: string, url: string): boolean {
  const [, scheme, host] = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern)!;
  const target = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== target.protocol) return false;
  if (host === '*') return true;
  return host!.startsWith('*.') ? target.hostname === host!.slice(2) || target.hostname.endsWith(host!.slice(1)) : target.hostname === host;
}

function fakeApi(tabs: FakeTab[], entries: ContentScriptEntry[]) {
  const calls: string[] = [];
  const tab = (id: number) => tabs.find((t) => t.id === id)!;
  const api: ReinjectApi = {
    contentScripts: () => entries,
    queryTabs: async (patterns) => tabs.filter((t) => patterns.some((p) => matches(p, t.url))),
    executeScript: async (tabId, files, allFrames) => {
      if (tab(tabId).fails) throw new Error('Cannot access contents of the page');
      calls.push(`js ${tabId} ${files.join(',')}${allFrames ? ' all-frames' : ''}`);
    },
    insertCss: async (tabId, files) => {
      if (tab(tabId).fails) throw new Error('Cannot access contents of the page');
      calls.push(`css ${tabId} ${files.join(',')}`);
    },
  };
  return { api, calls };
}

/** The calls grouped by tab id, in the order each tab got them. */
function perTab(calls: string[]): Record<string, string[]> {
  const tabs: Record<string, string[]> = {};
  for (const call of calls) {
    const [kind, tabId, ...rest] = call.split(' ');
    (tabs[tabId!] ??= []).push([kind, ...rest].join(' '));
  }
  return tabs;
}

describe('re-injecting content scripts into open tabs', () => {
  it('gives each marketplace tab every entry that matches it, in manifest order, and touches no other tab', async () => {
    const { api, calls } = fakeApi(
      [
        { id: 1, url: 'https://www.shop.example/order/1' },
        { id: 2, url: 'https://scam-hotline.example/shop-support' },
        { id: 3, url: 'https://shop.example/' },
        { id: 4, url: 'http://www.shop.example/' },
      ],
      [GUARD, SIDEBAR],
    );
    expect(await reinjectOpenTabs(api, MARKET)).toBe(4);
    // Tabs are injected side by side; within a tab, the manifest's order (and an entry's CSS before its script).
    expect(perTab(calls)).toEqual({
      1: ['js content-scripts/guard.js', 'css content-scripts/marketplace.css', 'js content-scripts/marketplace.js'],
      3: ['js content-scripts/guard.js', 'css content-scripts/marketplace.css', 'js content-scripts/marketplace.js'],
    });
  });

  it('skips discarded tabs and tabs without an id, and carries on past a tab that fails', async () => {
    const { api, calls } = fakeApi(
      [
        { id: 1, url: 'https://www.shop.example/a', fails: true },
        { id: 2, url: 'https://www.shop.example/b', discarded: true },
        { url: 'https://www.shop.example/c' },
        { id: 4, url: 'https://www.shop.example/d' },
      ],
      [SIDEBAR],
    );
    expect(await reinjectOpenTabs(api, MARKET)).toBe(1);
    expect(calls).toEqual(['css 4 content-scripts/marketplace.css', 'js 4 content-scripts/marketplace.js']);
  });

  it('injects into all frames only where the entry says so, and skips entries with nothing to inject', async () => {
    const { api, calls } = fakeApi(
      [{ id: 5, url: 'https://shop.example/x' }],
      [{ matches: MARKET, js: ['a.js'], all_frames: true }, { matches: MARKET }, { js: ['b.js'] }],
    );
    expect(await reinjectOpenTabs(api, MARKET)).toBe(1);
    expect(calls).toEqual(['js 5 a.js all-frames']);
  });

  it('asks for nothing more when no marketplace tab is open', async () => {
    const { api, calls } = fakeApi([{ id: 1, url: 'https://news.example/' }], [GUARD, SIDEBAR]);
    expect(await reinjectOpenTabs(api, MARKET)).toBe(0);
    expect(calls).toEqual([]);
  });
});

describe('when the background re-injects', () => {
  type Injection = { target: { tabId: number; allFrames: boolean }; files: string[] };
  const withScripting = fakeBrowser as unknown as { scripting?: { executeScript(i: Injection): Promise<unknown>; insertCSS(i: Injection): Promise<unknown> } };
  let injected: Injection[];

  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    withScripting.scripting = { executeScript: async (i) => injected.push(i), insertCSS: async (i) => injected.push(i) };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', content_scripts: [{ matches: ['https://*.aliexpress.com/*'], js: ['m.js'] }] });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, discarded: false }] as never);
    return () => delete withScripting.scripting;
  });

  it('injects on install and on update, into the main frame unless the entry says all frames', async () => {
    reinjectAfterInstallOrUpdate();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1' });
    await vi.waitFor(() => expect(injected).toEqual([{ target: { tabId: 9, allFrames: false }, files: ['m.js'] }]));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(injected).toHaveLength(2));
  });

  it('does nothing when the browser updates itself (its tabs reload with the scripts)', async () => {
    reinjectAfterInstallOrUpdate();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(injected).toEqual([]);
  });

  it('listens to nothing without the scripting API (Firefox, which re-injects by itself)', async () => {
    delete withScripting.scripting;
    reinjectAfterInstallOrUpdate();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
  });
});
