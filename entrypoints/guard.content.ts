import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuardController } from '../lib/guard-ui/controller';
import { openClickGate } from '../lib/guard-ui/click-gate';
import { afterLoad } from '../lib/guard-ui/after-load';
import { loadEngine } from '../lib/guard-ui/engine';
import { whenRelevant } from '../lib/guard-ui/first-stage';
import { removeLeftoverUi } from '../lib/guard-ui/leftovers';
import { pauseFor } from '../lib/guard-ui/slices';
import { runtimeAlive, watchForOrphaning } from '../lib/guard-ui/orphan';
import { sendToBackground } from '../lib/messaging/send';

/*
 * The scam-contact guard, on every http(s) page, top frame only (frames are
 * mostly ads, embeds and widgets; a support page is a page). It is injected at
 * document_start, before any page script, and does one thing then: it opens
 * the click gate (lib/guard-ui/click-gate.ts), so that the guard's link
 * confirmation, which starts after load, cannot be skipped by a page that
 * listens first. It is not a second script at document_idle on purpose:
 * Chromium gives an idle script its own task between the end of parsing and
 * the load event, and the page's first full layout then runs before the load
 * event instead of after it, which on a big page made every load a third
 * longer (lib/guard/README.md, "Two scripts"). The rest is the first stage:
 * it starts after the page's load event, in an idle moment, and reads the page's host, title and text (in slices) for a
 * marketplace name, then watches added content for one. On a page that never
 * names a marketplace that is all: nothing reaches the page (no element,
 * style, listener or message). A page that names one gets the engine
 * (entrypoints/guard-engine.ts, with libphonenumber's metadata and the
 * vocabularies) by a dynamic import, then the full scan. Keeping the engine
 * out of this script keeps what every page evaluates small (lib/guard/README.md,
 * "Two scripts", says why an import and not scripting.executeScript).
 * Everything is tied to `ctx`: when the extension reloads or updates, the
 * observer, timers, listeners and UI go (lib/guard-ui/orphan.ts notices,
 * since nothing tells an orphaned script).
 * See lib/guard-ui/controller.ts for the flow and lib/guard for the engine.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: false,
  runAt: 'document_start',
  // WXT otherwise announces each start with window.postMessage, which the page can see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return;
    // An earlier copy's banner that Firefox left behind on an add-on reload; before this copy can show its own.
    removeLeftoverUi(document, 'guard');
    openClickGate(window);
    afterLoadAndIdle(ctx, () => {
      if (document.body) startFirstStage(ctx);
    });
  },
});

/** Watches the page for a marketplace name and brings the engine in when one shows up. */
function startFirstStage(ctx: ContentScriptContext): void {
  let guard: GuardController | null = null;
  ctx.onInvalidated(() => guard?.stop());
  // Extension reloaded or updated: this copy is cut off; its banner and marks leave with it.
  const stopWatching = watchForOrphaning(window, { alive: () => runtimeAlive(browser), onOrphaned: () => ctx.notifyInvalidated() });
  ctx.onInvalidated(stopWatching);
  const scheduler = {
    setTimeout: (handler: () => void, ms: number) => ctx.setTimeout(handler, ms),
    requestIdleCallback:
      typeof requestIdleCallback === 'function'
        ? (handler: () => void, options: { timeout: number }) => ctx.requestIdleCallback(handler, options)
        : undefined,
  };
  const firstStage = whenRelevant({ doc: document, url: () => location.href, scheduler }, () => {
    void loadEngine().then(async (startGuard) => {
      // Evaluating the engine is one task; setting it up on this page (reading the page's context) is the next.
      await pauseFor(document)();
      if (!startGuard || ctx.isInvalid) return;
      guard = startGuard({
        doc: document,
        url: () => location.href,
        scheduler,
        namesMarketplace: true,
        send: sendToBackground,
        onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
      });
    });
  });
  ctx.onInvalidated(() => firstStage.stop());
}

/** The longest the guard waits for an idle moment before it starts anyway. */
const START_IDLE_TIMEOUT_MS = 2000;

/**
 * Starts the guard once the page has loaded and the browser is idle: its
 * first scan then neither delays the page's load event nor competes with the
 * page's own start-up work, and this script's first task (evaluating the
 * bundle) stays separate from the scanner's set-up. No script of ours runs
 * while the page loads (lib/guard-ui/after-load.ts says why).
 */
function afterLoadAndIdle(ctx: ContentScriptContext, start: () => void): void {
  const whenIdle = () => {
    if (ctx.isInvalid) return;
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(start, { timeout: START_IDLE_TIMEOUT_MS });
    else ctx.setTimeout(start, 0);
  };
  ctx.onInvalidated(afterLoad(window, { setTimeout: (handler, ms) => ctx.setTimeout(handler, ms) }, whenIdle));
}
