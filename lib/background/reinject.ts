import { browser } from 'wxt/browser';
import { MARKETPLACE_PAGE_MATCHES } from '../marketplaces/registry';

/*
 * Issue 8 #10. When the extension is installed, updated or reloaded, Chromium
 * puts no content scripts into the tabs that are already open: their old
 * copies are cut off (they take their UI away, lib/guard-ui/orphan.ts) and
 * the tab has neither sidebar nor guard until the user reloads it. Here the
 * new background injects the manifest's content scripts into the open tabs
 * of the marketplaces' own sites, the only ones it has host access to
 * (`host_permissions` = the sidebar's matches; wxt.config.ts, README
 * "Permissions, and why"). Other pages keep no stale banner (the cut-off
 * guard removes its own) and get the guard back on their next load.
 * Injected this late, the guard's click gate (lib/guard-ui/click-gate.ts) is
 * not the window's first click listener in that tab until its next load; the
 * banner, marks and link confirmation work as after any load.
 *
 * Firefox injects content scripts into open tabs itself and its build asks for
 * no `scripting` permission, so there `browser.scripting` is missing and this
 * does nothing.
 */

/** A `content_scripts` entry of the built manifest, as far as injecting it goes. */
export interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
}

/** The browser calls re-injection needs (the real ones in Chromium; fakes in unit tests). */
export interface ReinjectApi {
  /** The `content_scripts` of the running extension's manifest, in manifest order. */
  contentScripts(): readonly ContentScriptEntry[];
  /** The open tabs whose URL matches one of `patterns` (match patterns). */
  queryTabs(patterns: string[]): Promise<readonly { id?: number; discarded?: boolean }[]>;
  executeScript(tabId: number, files: string[], allFrames: boolean): Promise<unknown>;
  insertCss(tabId: number, files: string[], allFrames: boolean): Promise<unknown>;
}

/**
 * Injects every content-script entry into each open tab that both matches the
 * entry and lies in `reachable` (the patterns the extension has host access
 * to), entries in manifest order. A discarded tab is skipped: it loads afresh,
 * with the manifest's scripts, when the user comes back to it. Returns how
 * many (tab, entry) injections succeeded.
 */
export async function reinjectOpenTabs(api: ReinjectApi, reachable: readonly string[] = MARKETPLACE_PAGE_MATCHES): Promise<number> {
  const reachableIds = new Set(idsOf(await api.queryTabs([...reachable])));
  if (reachableIds.size === 0) return 0;
  let injected = 0;
  for (const entry of api.contentScripts()) {
    const js = entry.js ?? [];
    const css = entry.css ?? [];
    if (!entry.matches?.length || js.length + css.length === 0) continue;
    const tabIds = idsOf(await api.queryTabs(entry.matches)).filter((id) => reachableIds.has(id));
    const results = await Promise.allSettled(
      tabIds.map(async (tabId) => {
        const allFrames = entry.all_frames === true;
        if (css.length) await api.insertCss(tabId, css, allFrames);
        if (js.length) await api.executeScript(tabId, js, allFrames);
      }),
    );
    // A tab that closed, navigated elsewhere or shows an error page meanwhile just fails; the others go on.
    injected += results.filter((result) => result.status === 'fulfilled').length;
  }
  return injected;
}

function idsOf(tabs: readonly { id?: number; discarded?: boolean }[]): number[] {
  return tabs.flatMap((tab) => (tab.id === undefined || tab.discarded ? [] : [tab.id]));
}

interface ChromeScripting {
  executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown>;
  insertCSS(injection: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown>;
}

/**
 * On install and on update (which a reload of the unpacked extension also is),
 * puts the content scripts back into the open marketplace tabs. Register at the
 * worker's start: Chromium fires onInstalled only to listeners added then.
 */
export function reinjectAfterInstallOrUpdate(): void {
  const scripting = (browser as unknown as { scripting?: ChromeScripting }).scripting;
  if (!scripting) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void reinjectOpenTabs({
      contentScripts: () => (browser.runtime.getManifest().content_scripts ?? []) as ContentScriptEntry[],
      queryTabs: (patterns) => browser.tabs.query({ url: patterns }),
      executeScript: (tabId, files, allFrames) => scripting.executeScript({ target: { tabId, allFrames }, files }),
      insertCss: (tabId, files, allFrames) => scripting.insertCSS({ target: { tabId, allFrames }, files }),
    }).catch(() => undefined);
  });
}
