import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentRequest } from '../schema/runtime-messages';

export function sendToBackground(message: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}
