import { describe, expect, it } from 'vitest';
import { afterLoad, LOAD_CHECK_MS } from '../../../lib/guard-ui/after-load';

/** A window whose load state, timers and navigation-entry observer the test drives by hand. */
function fakeWindow({ readyState = 'loading', navigation = true } = {}) {
  const timers: Array<{ handler: () => void; ms: number }> = [];
  const observers: FakeObserver[] = [];
  class FakeObserver {
    static supportedEntryTypes = navigation ? ['mark', 'navigation', 'resource'] : ['mark', 'resource'];
    observed: unknown = null;
    disconnected = false;
    constructor(readonly callback: (list: { getEntries(): Array<{ loadEventEnd: number }> }) => void) {
      observers.push(this);
    }
    observe(options: unknown) {
      this.observed = options;
    }
    disconnect() {
      this.disconnected = true;
    }
    /** The browser telling the observer about the navigation entry. */
    tell(loadEventEnd: number) {
      if (!this.disconnected) this.callback({ getEntries: () => [{ loadEventEnd }] });
    }
  }
  const doc = { readyState };
  const win = { document: doc, PerformanceObserver: FakeObserver } as unknown as Window;
  const scheduler = { setTimeout: (handler: () => void, ms: number) => void timers.push({ handler, ms }) };
  const runTimers = () => {
    for (const timer of timers.splice(0)) timer.handler();
  };
  return { win, doc, scheduler, timers, observers, runTimers };
}

describe('afterLoad: the guard starts after the load event, running nothing of ours while the page loads', () => {
  it('waits for the navigation entry that says the load event has ended, ignoring the early one', () => {
    const w = fakeWindow();
    let calls = 0;
    afterLoad(w.win, w.scheduler, () => (calls += 1));
    expect(w.observers).toHaveLength(1);
    expect(w.observers[0]!.observed).toEqual({ type: 'navigation', buffered: true });
    // Nothing is scheduled meanwhile: no timer of ours runs during the page's load.
    expect(w.timers).toHaveLength(0);
    w.observers[0]!.tell(0);
    expect(calls).toBe(0);
    expect(w.timers).toHaveLength(0);
    w.doc.readyState = 'complete';
    w.observers[0]!.tell(1234.5);
    expect(calls).toBe(1);
    expect(w.observers[0]!.disconnected).toBe(true);
  });

  it('calls back once only', () => {
    const w = fakeWindow();
    let calls = 0;
    afterLoad(w.win, w.scheduler, () => (calls += 1));
    const observer = w.observers[0]!;
    observer.callback({ getEntries: () => [{ loadEventEnd: 10 }] });
    observer.callback({ getEntries: () => [{ loadEventEnd: 10 }] });
    expect(calls).toBe(1);
  });

  it('starts in a task of its own at once on a page that has already loaded (a script injected later)', () => {
    const w = fakeWindow({ readyState: 'complete' });
    let calls = 0;
    afterLoad(w.win, w.scheduler, () => (calls += 1));
    expect(w.observers).toHaveLength(0);
    expect(calls).toBe(0);
    w.runTimers();
    expect(calls).toBe(1);
  });

  it('falls back to looking at readyState where navigation entries cannot be observed', () => {
    const w = fakeWindow({ navigation: false });
    let calls = 0;
    afterLoad(w.win, w.scheduler, () => (calls += 1));
    expect(w.observers).toHaveLength(0);
    expect(w.timers.map((t) => t.ms)).toEqual([LOAD_CHECK_MS]);
    w.runTimers();
    w.runTimers();
    expect(calls).toBe(0);
    w.doc.readyState = 'complete';
    w.runTimers();
    expect(calls).toBe(1);
    expect(w.timers).toHaveLength(0);
  });

  it('can be cancelled (the extension reloads before the page has loaded)', () => {
    const w = fakeWindow();
    let calls = 0;
    const cancel = afterLoad(w.win, w.scheduler, () => (calls += 1));
    cancel();
    expect(w.observers[0]!.disconnected).toBe(true);
    w.observers[0]!.callback({ getEntries: () => [{ loadEventEnd: 10 }] });
    expect(calls).toBe(0);
  });
});
