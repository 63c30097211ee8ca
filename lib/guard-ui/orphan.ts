/**
 * When the extension is reloaded or updated, the content scripts already in
 * open tabs stay behind, cut off: `runtime.id` turns undefined and every
 * message throws "Extension context invalidated". Nothing tells them so, and
 * WXT only notices when one of its own wrappers next runs. A cut-off script
 * must take its UI off the page (a banner whose buttons do nothing, a sidebar
 * that cannot load) and leave the page to the new script (injected on the
 * next load, or at once in Firefox).
 *
 * This checks on a slow timer and whenever the user comes back to the tab or
 * reaches for the page (focus, pointerdown, keydown): one property read each.
 */

export interface OrphanWatchTarget {
  /** Whether this script's extension context is still alive (runtime.id is set). */
  alive(): boolean;
  /** Called once, the first time `alive()` is false. */
  onOrphaned(): void;
}

export const ORPHAN_CHECK_MS = 2000;
const EVENTS = ['visibilitychange', 'focus', 'pointerdown', 'keydown'] as const;

export function watchForOrphaning(win: Window, target: OrphanWatchTarget, intervalMs = ORPHAN_CHECK_MS): () => void {
  let done = false;
  const stop = () => {
    done = true;
    win.clearInterval(timer);
    for (const type of EVENTS) win.removeEventListener(type, check, true);
  };
  const check = () => {
    if (done || target.alive()) return;
    stop();
    target.onOrphaned();
  };
  const timer = win.setInterval(check, intervalMs);
  for (const type of EVENTS) win.addEventListener(type, check, { capture: true, passive: true });
  return stop;
}

/** `runtime.id` of the extension API this script was given; undefined once the extension was reloaded. */
export function runtimeAlive(api: { runtime?: { id?: string } } | undefined): boolean {
  try {
    return typeof api?.runtime?.id === 'string';
  } catch {
    return false;
  }
}
