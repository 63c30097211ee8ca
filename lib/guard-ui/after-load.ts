/*
 * When the guard may start on a page: after the page's load event, in a task
 * of the guard's own, without running any script of ours while the page is
 * still loading.
 *
 * Why not look at document.readyState every 250 ms (as before): on a page
 * that allocates a lot while it loads (10 MB of text), V8 finishes pending
 * garbage-collection work (marking the whole DOM, or sweeping) at the next
 * interrupt check of whatever script runs, and a poll of ours was that
 * script: 130–230 ms of the page's own collection ran inside our 0.1 ms
 * timer (Chromium traces of 2026-12-03 19:40, 2 runs of 3; README.md,
 * guard.longest_task_ms). Why not a `load` listener: it runs inside the task
 * that fires the event, which on a big page is also the end of parsing and
 * the first layout (0.7–1 s on the 50,000-element page), so that whole task
 * would be one with guard code in it.
 *
 * A PerformanceObserver of the page's navigation entry is told in a task of
 * its own once the load event has ended (loadEventEnd set). The spec queues
 * the entry only then; Chromium also tells an early, incomplete one while the
 * page loads, which is ignored. Where the entry type is missing (older
 * engines) the guard falls back to the readyState poll.
 */

/** How often the fallback looks again whether the page has finished loading. */
export const LOAD_CHECK_MS = 250;

export interface AfterLoadScheduler {
  setTimeout(handler: () => void, ms: number): void;
}

type NavigationEntry = PerformanceEntry & { loadEventEnd?: number };

/** The window's PerformanceObserver, when it can observe navigation entries. */
function navigationObserver(win: Window): typeof PerformanceObserver | null {
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  return typeof Observer === 'function' && (Observer.supportedEntryTypes ?? []).includes('navigation') ? Observer : null;
}

/** The readyState poll: for engines without navigation entries for observers, and as a safety net. */
function pollUntilComplete(doc: Document, scheduler: AfterLoadScheduler, callback: () => void): void {
  const attempt = () => {
    if (doc.readyState === 'complete') callback();
    else scheduler.setTimeout(attempt, LOAD_CHECK_MS);
  };
  attempt();
}

/**
 * Calls `callback` once, after the page's load event has ended: at once when
 * it already has (a script injected into a loaded page), else from the
 * navigation entry's observer. Returns a function that cancels the wait.
 */
export function afterLoad(win: Window, scheduler: AfterLoadScheduler, callback: () => void): () => void {
  const doc = win.document;
  let done = false;
  let observer: PerformanceObserver | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    callback();
  };
  const Observer = navigationObserver(win);
  if (doc.readyState === 'complete') {
    scheduler.setTimeout(finish, 0);
  } else if (Observer) {
    const onEntries = (list: PerformanceObserverEntryList) => {
      const entries = list.getEntries() as NavigationEntry[];
      // Chromium also tells the entry early, while the page loads (loadEventEnd 0), then again once it has loaded.
      if (entries.some((entry) => (entry.loadEventEnd ?? 0) > 0)) finish();
    };
    observer = new Observer(onEntries);
    observer.observe({ type: 'navigation', buffered: true });
  } else {
    pollUntilComplete(doc, scheduler, finish);
  }
  return () => {
    done = true;
    observer?.disconnect();
  };
}
