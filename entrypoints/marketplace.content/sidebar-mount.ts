import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { markOwnUi, removeLeftoverUi } from '../../lib/guard-ui/leftovers';
import { watchForOrphaning } from '../../lib/guard-ui/orphan';
import { watchForFights } from '../../lib/guard-ui/survival';
import { listenToSidebarFrame } from './frame-messages';
import { buildSidebar, SIDEBAR_CSS, type SidebarView } from './sidebar-ui';

export interface SidebarMountOptions {
  /** The app page's URL (sidebar.html) in this extension. */
  frameUrl: string;
  /** Whether this script's extension is still there (false once it was reloaded or updated). */
  alive(): boolean;
  /** Remembers the user's open/closed choice (in the background). */
  rememberOpen(open: boolean): void;
}

/**
 * Puts the sidebar in the page, tied to the script's lifetime: when the
 * extension is reloaded or updated, this copy of the script is cut off
 * (lib/guard-ui/orphan.ts notices) and the sidebar leaves the page with
 * everything it listens to, rather than staying with buttons that can no
 * longer reach the extension. The new copy of the script brings its own.
 */
export async function mountSidebar(ctx: ContentScriptContext, options: SidebarMountOptions): Promise<{ view: () => SidebarView | undefined }> {
  let sidebar: SidebarView | undefined;
  // An earlier copy's sidebar that Firefox left behind on an add-on reload (lib/guard-ui/leftovers.ts).
  removeLeftoverUi(document, 'sidebar');
  const ui = await createShadowRootUi(ctx, {
    name: 'buyerguard-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: SIDEBAR_CSS,
    isolateEvents: true,
    onMount(container) {
      sidebar = buildSidebar(container, options.frameUrl, options.rememberOpen);
    },
    onRemove() {
      sidebar = undefined;
    },
  });
  markOwnUi(ui.shadowHost, 'sidebar');
  ui.mount();
  holdOnScreen(ctx, ui.shadowHost);
  ctx.onInvalidated(watchForOrphaning(window, { alive: options.alive, onOrphaned: () => ctx.notifyInvalidated() }));

  // Esc inside the app (the frame) closes the sidebar and puts focus back where it was.
  const extensionOrigin = new URL(options.frameUrl).origin;
  const stopListening = listenToSidebarFrame(window, extensionOrigin, () => sidebar?.frame(), (message) => {
    if (message.type !== 'sidebar/escape' || !sidebar?.isOpen()) return;
    sidebar.setOpen(false);
    options.rememberOpen(false);
  });
  ctx.onInvalidated(stopListening);
  return { view: () => sidebar };
}

/**
 * What a page's own style sheet could do to our host to hide the sidebar or
 * make it a see-through trap (display, opacity, a filter, a clip, a
 * transform that moves the fixed panel): set inline and !important, which
 * no style sheet rule can beat.
 */
const PINNED_HOST_STYLE: readonly [string, string][] = [
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['filter', 'none'],
  ['transform', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
];

/**
 * Keeps the sidebar's host in the page: a page that removes it (once or on
 * every change) or rewrites its attributes gets it back a moment later, as
 * the guard's banner does (lib/guard-ui/survival.ts).
 */
function holdOnScreen(ctx: ContentScriptContext, host: HTMLElement): void {
  for (const [property, value] of PINNED_HOST_STYLE) host.style.setProperty(property, value, 'important');
  const watch = watchForFights(
    document,
    { element: host, raise: () => undefined },
    { setTimeout: (handler, ms) => ctx.setTimeout(handler, ms), onFight: () => undefined },
    () => undefined,
    () => undefined,
  );
  // WXT takes the host away on invalidation; the repair that would answer it waits on a ctx timer, which never fires by then.
  ctx.onInvalidated(() => watch.stop());
}
