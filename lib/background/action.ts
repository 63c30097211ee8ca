import { browser } from 'wxt/browser';

/** The toolbar button: both builds are MV3, so both have `action` (badge, title, clicks). */
export function toolbarAction(): typeof browser.action {
  return browser.action;
}
