import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/send';

/**
 * The tab the app works with. The in-page sidebar asks the background, which
 * sees its tab as the message sender; the side panel takes the active tab.
 * Neither needs the "tabs" permission.
 */
export async function currentTabId(mode: 'panel' | 'embedded'): Promise<number | undefined> {
  if (mode === 'embedded') {
    const answer = (await sendToBackground({ type: 'tab/whoami' }).catch(() => null)) as { tabId?: number | null } | null;
    return answer?.tabId ?? undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
