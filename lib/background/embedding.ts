import { browser } from 'wxt/browser';
import type { Sender } from '../messaging/receive';
import { sidebarFramesSchema } from '../schema/runtime-messages';

/**
 * Is this framed extension page the in-page sidebar our marketplace content
 * script made? The content script runs only on https marketplace pages, top
 * frame, so a tab where it does not answer is no marketplace page: some other
 * site framed the sidebar (should the manifest's origin limit on the
 * web-accessible resource ever fail) or a page opened it in a window. Where the browser can name frames
 * (Firefox), the frame must also be the one the script made, not one the
 * page added; Chromium's manifest already limits framing to marketplace
 * origins, and the frame checks its ancestors itself.
 */
export async function isOurSidebarFrame(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined || sender.frameId === 0) return false;
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'sidebar/frames' }, { frameId: 0 }).catch(() => undefined);
  const parsed = sidebarFramesSchema.safeParse(answer);
  if (!parsed.success) return false;
  return parsed.data.frameIds === null || parsed.data.frameIds.includes(sender.frameId);
}
