import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';
import type { ComplaintPrefill } from '../schema/runtime-messages';

export function complaintRoute(prefill: ComplaintPrefill): string {
  const json = JSON.stringify(prefill);
  const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(json)));
  return `/complaint?prefill=${encodeURIComponent(base64)}`;
}

/**
 * Opens the complaint wizard pre-filled: in the page's own sidebar on a
 * marketplace page, else in a tab of the extension's app page.
 */
export async function openComplaint(tabId: number | undefined, prefill: ComplaintPrefill): Promise<void> {
  const route = complaintRoute(prefill);
  if (tabId !== undefined) {
    const answered = await sendToTab(tabId, { type: 'sidebar/open', route }).catch(() => false);
    if (answered === true) return;
  }
  await browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}#${route}` });
}
