import { defineContentScript } from 'wxt/utils/define-content-script';
import { openClickGate } from '../lib/guard-ui/click-gate';

/*
 * The guard's first moment on a page, at document_start: before any page
 * script runs, it takes the first place among the window's click listeners,
 * so the guard's link confirmation (which starts after load) cannot be
 * skipped by a page that listens first. It does nothing else: no element,
 * no message, no timer. Same pages as the guard (./guard.content.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: false,
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    if (window.top !== window) return;
    openClickGate(window);
  },
});
