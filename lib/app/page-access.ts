import { browser } from 'wxt/browser';

/**
 * Firefox MV3 treats the content scripts' matches as host permissions the user
 * may withhold or revoke (about:addons › Permissions; Firefox for Android asks
 * for them after install). Without them the fake-hotline guard and the
 * in-page sidebar silently never run, so the app checks and asks.
 *
 * Chromium is left out: its builds were always granted these at install, and
 * this check has not been proven there (user-restricted site access is a
 * separate question).
 */
export const PAGE_ACCESS_APPLIES = import.meta.env.FIREFOX;

/** Every origin a content script of this build runs on (read from the built manifest, so it never drifts). */
export function pageAccessOrigins(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return [...new Set(scripts.flatMap((script) => script.matches ?? []))];
}

/** True when every content script may run where its manifest entry says. */
export async function hasPageAccess(): Promise<boolean> {
  if (!PAGE_ACCESS_APPLIES) return true;
  return browser.permissions.contains({ origins: pageAccessOrigins() });
}

/**
 * Asks the browser for the origins. Call it straight from a click handler,
 * before any `await`: Firefox grants the request only inside a user gesture.
 */
export function requestPageAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: pageAccessOrigins() });
}

/** Calls `onChange` whenever the user grants or revokes permissions; returns the unsubscribe. */
export function watchPageAccess(onChange: () => void): () => void {
  if (!PAGE_ACCESS_APPLIES) return () => undefined;
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
