import { describe, expect, it, vi } from 'vitest';
import { listenToSidebarFrame } from '../../../entrypoints/marketplace.content/frame-messages';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const ESCAPE = { source: 'buyerguard-sidebar', type: 'sidebar/escape' };

/** A window whose message listener the test calls with events as the browser (or a page) would make them. */
function fakeWindow() {
  let listener: ((event: MessageEvent) => void) | undefined;
  const win = {
    addEventListener: (_type: string, handler: (event: MessageEvent) => void) => (listener = handler),
    removeEventListener: () => (listener = undefined),
  } as unknown as Window;
  return { win, deliver: (event: Partial<MessageEvent>) => listener?.(event as MessageEvent) };
}

describe('messages from the in-page sidebar’s frame', () => {
  const frameWindow = {} as Window;
  const frame = { contentWindow: frameWindow } as HTMLIFrameElement;

  it('takes a trusted, well-formed message from our frame with the extension’s origin', () => {
    const { win, deliver } = fakeWindow();
    const handle = vi.fn();
    listenToSidebarFrame(win, ORIGIN, () => frame, handle);
    deliver({ isTrusted: true, origin: ORIGIN, source: frameWindow, data: ESCAPE });
    expect(handle).toHaveBeenCalledWith(ESCAPE);
  });

  it.each([
    ['made up by the page (dispatchEvent: not trusted)', { isTrusted: false, origin: ORIGIN, source: frameWindow, data: ESCAPE }],
    ['posted by the page (its own origin)', { isTrusted: true, origin: 'https://www.aliexpress.com', source: frameWindow, data: ESCAPE }],
    ['from another window (a frame the page made)', { isTrusted: true, origin: ORIGIN, source: {} as Window, data: ESCAPE }],
    ['of an unknown type', { isTrusted: true, origin: ORIGIN, source: frameWindow, data: { ...ESCAPE, type: 'settings/set' } }],
    ['with extra fields', { isTrusted: true, origin: ORIGIN, source: frameWindow, data: { ...ESCAPE, route: '/settings' } }],
    ['not an object', { isTrusted: true, origin: ORIGIN, source: frameWindow, data: 'sidebar/escape' }],
  ])('ignores a message %s', (_name, event) => {
    const { win, deliver } = fakeWindow();
    const handle = vi.fn();
    listenToSidebarFrame(win, ORIGIN, () => frame, handle);
    deliver(event as Partial<MessageEvent>);
    expect(handle).not.toHaveBeenCalled();
  });

  it('ignores everything before the frame exists and after cleanup', () => {
    const { win, deliver } = fakeWindow();
    const handle = vi.fn();
    const made: { frame?: HTMLIFrameElement } = {};
    const stop = listenToSidebarFrame(win, ORIGIN, () => made.frame, handle);
    deliver({ isTrusted: true, origin: ORIGIN, source: frameWindow, data: ESCAPE });
    made.frame = frame;
    stop();
    deliver({ isTrusted: true, origin: ORIGIN, source: frameWindow, data: ESCAPE });
    expect(handle).not.toHaveBeenCalled();
  });
});
