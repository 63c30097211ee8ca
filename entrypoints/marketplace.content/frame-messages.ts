import { frameMessageSchema, type FrameMessage } from '../../lib/schema/frame-messages';

/**
 * Listens for messages from the in-page sidebar's own frame. The page shares
 * this window: it can postMessage (its own origin, never the extension's) and
 * dispatch made-up MessageEvents (any origin and source it likes, but
 * `isTrusted` false). So a message counts only when the browser delivered it
 * (trusted), from our frame's window, with the extension's origin, and when it
 * parses. Returns the cleanup.
 */
export function listenToSidebarFrame(
  win: Window,
  extensionOrigin: string,
  frame: () => HTMLIFrameElement | undefined,
  handle: (message: FrameMessage) => void,
): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!event.isTrusted || event.origin !== extensionOrigin) return;
    const source = frame()?.contentWindow;
    if (!source || event.source !== source) return;
    const parsed = frameMessageSchema.safeParse(event.data);
    if (parsed.success) handle(parsed.data);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
