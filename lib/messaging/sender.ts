import type { Browser } from 'wxt/browser';

export type Sender = Browser.runtime.MessageSender;

/**
 * Who is on the other end of a message or port, as far as the browser vouches:
 *
 * - `content`: one of this extension's content scripts, in a web page's tab. The page
 *   around it is an adversary, and a compromised page process can send whatever the
 *   content script could, so content scripts get only the few kinds they need.
 * - `embedded`: an extension page framed inside some other page (the in-page sidebar).
 *   It runs our code, but the page around it can cover it, resize it and choose its
 *   route, so it gets only what the in-page sidebar needs: no settings, no backup, no
 *   deletion.
 * - `extension`: an extension page at the top of its own window or panel (side panel,
 *   options, an app tab).
 */
export type SenderContext = 'content' | 'embedded' | 'extension';

/**
 * Pages that are always treated as embedded, wherever they are opened: a web page
 * may open a web-accessible page in a window of its own, and that is no safer.
 */
const EMBEDDED_PAGES = new Set(['/sidebar.html']);

/** The sender's context, or undefined for anything that is not this extension. */
export function senderContext(sender: Sender, runtimeId: string, extensionOrigin: string): SenderContext | undefined {
  if (sender.id !== runtimeId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) {
    if (EMBEDDED_PAGES.has(pathOf(url))) return 'embedded';
    // Our page in a sub-frame of a tab: someone else's page hosts it.
    if (sender.tab && sender.frameId !== undefined && sender.frameId !== 0) return 'embedded';
    return 'extension';
  }
  // A content script always speaks from a tab; anything else is not one of ours.
  return sender.tab?.id !== undefined && url !== '' ? 'content' : undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** The host of the page a content script runs in (lower case), or undefined. */
export function senderHost(sender: Sender): string | undefined {
  try {
    return sender.url ? new URL(sender.url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
