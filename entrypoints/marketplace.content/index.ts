import '../../lib/schema/csp-safe';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { MARKETPLACE_PAGE_MATCHES } from '../../lib/marketplaces/registry';
import { pagesForUrl } from '../../lib/marketplaces/pages';
import { resolveLocale, isLocale } from '../../lib/i18n/locales';
import { validatedListener } from '../../lib/messaging/receive';
import { sendToBackground } from '../../lib/messaging/send';
import { contentRequestSchema, uiStateSchema, type ContentRequest, type SidebarFrames } from '../../lib/schema/runtime-messages';
import { runtimeAlive } from '../../lib/guard-ui/orphan';
import type { SidebarView } from './sidebar-ui';
import { mountSidebar } from './sidebar-mount';
import { frameInPlainSight } from './plain-sight';
import { fitPageCapture } from '../../lib/schema/fit';

/*
 * Hosts of every registered marketplace that reads pages (lib/marketplaces/registry.ts). This script reads the page on request and hosts the
 * sidebar; it never stores anything (the database lives in extension pages):
 *
 *   page DOM ──read──▶ this script ──message──▶ sidebar iframe / side panel ──▶ Dexie
 */
export default defineContentScript({
  matches: [...MARKETPLACE_PAGE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // Counts the user's own opening and closing, so a stored state that arrives later does not undo them.
    let userToggles = 0;
    const mounted = await mountSidebar(ctx, {
      frameUrl: browser.runtime.getURL('/sidebar.html'),
      alive: () => runtimeAlive(browser),
      rememberOpen: (open) => {
        userToggles++;
        sendToBackground({ type: 'ui/set-sidebar-open', open }).catch(() => undefined);
      },
    });

    const refreshState = async () => {
      const togglesBefore = userToggles;
      const parsed = uiStateSchema.safeParse(await sendToBackground({ type: 'ui/state' }).catch(() => null));
      const sidebar = mounted.view();
      if (!parsed.success || !sidebar) return;
      const { locale, dueSoon, sidebarOpen } = parsed.data;
      sidebar.setLocale(isLocale(locale) ? locale : resolveLocale(navigator.languages));
      sidebar.setDueSoon(dueSoon);
      if (togglesBefore === userToggles && sidebarOpen !== sidebar.isOpen()) sidebar.setOpen(sidebarOpen, { focus: false });
    };
    await refreshState();
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') void refreshState();
    });

    const onMessage = validatedListener(browser.runtime.id, contentRequestSchema, (message) => answer(message, mounted.view()));
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // Cut off from the extension: nothing can reach this listener any more.
      }
    });
    announcePageChanges(ctx);
  },
});

function answer(message: ContentRequest, sidebar: SidebarView | undefined): unknown {
  switch (message.type) {
    case 'page/capture': {
      const url = new URL(location.href);
      const capture = pagesForUrl(url)?.readPage(document, url, Date.now());
      return capture && fitPageCapture(capture);
    }
    case 'page/insert-message':
      return pagesForUrl(new URL(location.href))?.insertMessage(document, message.text) ?? { ok: false, reason: 'no-message-box' };
    case 'page/plain-sight':
      return frameInPlainSight(sidebar?.frame());
    case 'sidebar/toggle': {
      const open = !sidebar?.isOpen();
      sidebar?.setOpen(open);
      sendToBackground({ type: 'ui/set-sidebar-open', open }).catch(() => undefined);
      return true;
    }
    case 'sidebar/open':
      sidebar?.setOpen(true, { route: message.route });
      return true;
    case 'sidebar/frames':
      return sidebarFrames(sidebar);
  }
}

/**
 * Firefox can name the frame id of an iframe element (runtime.getFrameId), so
 * the background can tell our sidebar frame from one the page made itself.
 * Chromium cannot; there the manifest lets only marketplace origins frame the page.
 */
function sidebarFrames(sidebar: SidebarView | undefined): SidebarFrames {
  const getFrameId = (browser.runtime as unknown as { getFrameId?: (target: Element) => number }).getFrameId;
  if (typeof getFrameId !== 'function') return { frameIds: null };
  const frame = sidebar?.frame();
  if (!frame) return { frameIds: [] };
  try {
    const id = getFrameId(frame);
    return { frameIds: id >= 0 ? [id] : [] };
  } catch {
    return { frameIds: [] };
  }
}

/**
 * Marketplaces are single-page apps (AliExpress is; Temu's mobile pages draw their
 * orders on the client): orders and messages arrive after load, after in-app navigation
 * and after the user asks for more ("View more", a tab). Tell the extension pages to
 * re-read the page, at most twice a second, for a short while after each of those.
 */
function announcePageChanges(ctx: ContentScriptContext): void {
  const WATCH_MS = 15_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  const notify = () => {
    timer = undefined;
    browser.runtime.sendMessage({ type: 'page/changed' }).catch(() => undefined);
  };
  const schedule = () => {
    timer ??= setTimeout(notify, 500);
  };
  let watchedUntil = 0;
  const watch = () => {
    watchedUntil = Date.now() + WATCH_MS;
    if (!observer) {
      observer = new MutationObserver(schedule);
      observer.observe(document.body, { childList: true, subtree: true });
    }
    // Each watch extends the window; the last one to expire stops the observer.
    ctx.setTimeout(() => {
      if (Date.now() < watchedUntil) return;
      observer?.disconnect();
      observer = undefined;
    }, WATCH_MS);
    schedule();
  };
  watch();
  ctx.addEventListener(window, 'wxt:locationchange', watch);
  // A click may load more orders into the same page ("View more", "Pokaż więcej").
  ctx.addEventListener(document, 'click', watch, { capture: true, passive: true });
  ctx.onInvalidated(() => {
    observer?.disconnect();
    if (timer) clearTimeout(timer);
  });
}
