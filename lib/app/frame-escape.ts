import { FRAME_MESSAGE_SOURCE, type FrameMessage } from '../schema/frame-messages';

/**
 * The origin of the page our frame sits in, to address postMessage to it and
 * nobody else: Chromium names it (`location.ancestorOrigins`), Firefox gives
 * it as the referrer of the frame's first load. Null when neither tells.
 */
export function parentOrigin(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Esc inside the in-page sidebar's app closes the sidebar (issue 9): key
 * presses in a frame never reach the page's document, so the frame tells the
 * content script that made it. Esc that something in the app handled first
 * (a confirmation, an open dialog) stays with it. Returns the cleanup.
 */
export function forwardEscapeToHost(win: Window): () => void {
  const target = parentOrigin(win);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !event.isTrusted || !target) return;
    if (win.document.querySelector('dialog[open]')) return;
    const message: FrameMessage = { source: FRAME_MESSAGE_SOURCE, type: 'sidebar/escape' };
    win.parent.postMessage(message, target);
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}
