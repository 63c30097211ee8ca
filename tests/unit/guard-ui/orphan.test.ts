import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtimeAlive, watchForOrphaning } from '../../../lib/guard-ui/orphan';

describe('a content script cut off by an extension reload', () => {
  afterEach(() => vi.useRealTimers());

  it('notices on its timer that runtime.id is gone, once, and stops looking', () => {
    vi.useFakeTimers();
    // Timers from this test's (fake) clock; events are not what this test is about.
    const win = Object.assign(new EventTarget(), {
      setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
      clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
    }) as unknown as Window;
    const api: { runtime?: { id?: string } } = { runtime: { id: 'abc' } };
    const onOrphaned = vi.fn();
    watchForOrphaning(win, { alive: () => runtimeAlive(api), onOrphaned }, 1000);
    vi.advanceTimersByTime(3000);
    expect(onOrphaned).not.toHaveBeenCalled();
    api.runtime = {};
    vi.advanceTimersByTime(1000);
    expect(onOrphaned).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(5000);
    expect(onOrphaned).toHaveBeenCalledOnce();
  });

  it('notices at once when the user reaches for the page', () => {
    const win = new HappyWindow() as unknown as Window;
    let alive = true;
    const onOrphaned = vi.fn();
    const stop = watchForOrphaning(win, { alive: () => alive, onOrphaned }, 60_000);
    win.dispatchEvent(new Event('pointerdown'));
    expect(onOrphaned).not.toHaveBeenCalled();
    alive = false;
    win.dispatchEvent(new Event('keydown'));
    expect(onOrphaned).toHaveBeenCalledOnce();
    stop();
  });

  it('treats a missing or throwing extension API as gone', () => {
    expect(runtimeAlive(undefined)).toBe(false);
    expect(runtimeAlive({ runtime: { id: 'x' } })).toBe(true);
    const throwing = Object.defineProperty({}, 'runtime', {
      get() {
        throw new Error('Extension context invalidated.');
      },
    }) as { runtime?: { id?: string } };
    expect(runtimeAlive(throwing)).toBe(false);
  });
});
