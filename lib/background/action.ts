import { browser } from 'wxt/browser';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. Same badge API. */
export function toolbarAction(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
}
