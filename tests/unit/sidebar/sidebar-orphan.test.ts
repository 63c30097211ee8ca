import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountSidebar } from '../../../entrypoints/marketplace.content/sidebar-mount';

describe('the in-page sidebar when the extension is reloaded or updated', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('leaves the page cleanly once its script is cut off, and its buttons are gone with it', async () => {
    const ctx = new ContentScriptContext('marketplace');
    let alive = true;
    const rememberOpen = vi.fn();
    const mounted = await mountSidebar(ctx, { frameUrl: 'chrome-extension://abc/sidebar.html', alive: () => alive, rememberOpen });
    expect(document.querySelector('buyerguard-sidebar')).not.toBeNull();
    mounted.view()!.setOpen(true, { focus: false });

    // Still alive: the user reaching for the page changes nothing.
    window.dispatchEvent(new Event('pointerdown'));
    expect(ctx.isValid).toBe(true);

    alive = false;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    window.dispatchEvent(new Event('pointerdown'));
    window.removeEventListener('error', onError);

    expect(ctx.signal.aborted).toBe(true);
    expect(document.querySelector('buyerguard-sidebar')).toBeNull();
    expect(mounted.view()).toBeUndefined();
    expect(errors).toEqual([]);
    expect(rememberOpen).not.toHaveBeenCalled();
  });

  it('notices on its own timer too, with no user action', async () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('marketplace');
    let alive = true;
    await mountSidebar(ctx, { frameUrl: 'chrome-extension://abc/sidebar.html', alive: () => alive, rememberOpen: vi.fn() });
    vi.advanceTimersByTime(10_000);
    expect(document.querySelector('buyerguard-sidebar')).not.toBeNull();
    alive = false;
    vi.advanceTimersByTime(10_000);
    expect(document.querySelector('buyerguard-sidebar')).toBeNull();
  });

  it('comes back when the page removes its host or rewrites its style, but not once the script is cut off', async () => {
    const ctx = new ContentScriptContext('marketplace');
    let alive = true;
    await mountSidebar(ctx, { frameUrl: 'chrome-extension://abc/sidebar.html', alive: () => alive, rememberOpen: vi.fn() });
    const host = () => document.querySelector('buyerguard-sidebar');
    const pinned = host()!.getAttribute('style');
    expect(pinned).toContain('opacity: 1 !important');

    host()!.setAttribute('style', 'opacity: 0.01');
    host()!.remove();
    await vi.waitFor(() => expect(host()).not.toBeNull(), { timeout: 2000 });
    expect(host()!.getAttribute('style')).toBe(pinned);

    alive = false;
    window.dispatchEvent(new Event('pointerdown'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(host()).toBeNull();
  });
});
