import { sendToBackground } from '../messaging/send';

/** Does `origin` (e.g. "https://pl.aliexpress.com") match one of the manifest's `scheme://host/*` patterns? */
export function originMatchesPatterns(origin: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const match = /^(\*|https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
    if (!match) return false;
    const [, scheme, anySubdomain, host] = match as unknown as [string, string, string | undefined, string];
    if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : url.protocol !== `${scheme}:`) return false;
    return url.hostname === host || (anySubdomain !== undefined && url.hostname.endsWith(`.${host}`));
  });
}

/**
 * Before the in-page sidebar shows anything or opens its data port: is it
 * framed (not opened in a window by some page), are all its ancestors
 * marketplace pages (Chromium tells, `location.ancestorOrigins`), and does
 * the background recognise it as the frame our content script made? A page
 * that frames the sidebar on its own gets a refusal, never the buyer's data.
 */
export async function isTrustedEmbedding(win: Window, marketplaceMatches: readonly string[]): Promise<boolean> {
  if (win.top === win) return false;
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && !Array.from(ancestors).every((origin) => originMatchesPatterns(origin, marketplaceMatches))) return false;
  const answer = (await sendToBackground({ type: 'tab/whoami' }).catch(() => null)) as { tabId?: unknown } | null;
  return typeof answer?.tabId === 'number';
}
