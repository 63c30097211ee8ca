import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../lib/guard-ui/controller';
import { sendToBackground } from '../lib/messaging/send';

/*
 * The scam-contact guard, on every http(s) page, top frame only (frames are
 * mostly ads, embeds and widgets; a support page is a page). On a page that
 * never names a marketplace it costs one pass over body.textContent and a
 * MutationObserver; nothing reaches the page (no element, style, listener or
 * message) until something is flagged. Everything is tied to `ctx`: when the
 * extension reloads or updates, the observer, timers, listeners and UI go.
 * See lib/guard-ui/controller.ts for the flow and lib/guard for the engine.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: false,
  runAt: 'document_idle',
  // WXT otherwise announces each start with window.postMessage, which the page can see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window || !document.body) return;
    const guard = startGuard({
      doc: document,
      url: () => location.href,
      scheduler: {
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        requestIdleCallback:
          typeof requestIdleCallback === 'function' ? (handler, options) => ctx.requestIdleCallback(handler, options) : undefined,
      },
      send: sendToBackground,
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
    });
    ctx.onInvalidated(() => guard.stop());
  },
});
