import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentRequest, PageRequest } from '../schema/runtime-messages';

export function sendToBackground(message: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Asks the marketplace page the app works with. The in-page sidebar goes
 * through the background, which forwards to the sidebar's own tab: Firefox
 * gives an extension frame inside a web page no `tabs` API.
 */
export function askPage(mode: string, tabId: number, message: PageRequest): Promise<unknown> {
  return mode === 'embedded' ? sendToBackground({ type: 'tab/relay', request: message }) : sendToTab(tabId, message);
}
