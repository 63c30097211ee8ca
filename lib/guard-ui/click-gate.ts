/*
 * The first word on every click in the top frame (issue 8 #10).
 *
 * Capture listeners on the window run in the order they were added. The
 * guard starts after the page has loaded, so by then a page has had all the
 * time it wants to add its own capture listener, see the click on a flagged
 * contact link first and open it (location.href, window.open) or swallow it.
 * The guard's content script (entrypoints/guard.content.ts) opens this gate
 * at document_start, before any page script runs; the guard's link
 * confirmation (./link-guard.ts) attaches to it later. The page's listeners
 * all come after ours, whatever it adds and whenever.
 *
 * The gate lives on this extension's own view of the window (content scripts
 * of one extension share one global per frame, which the page cannot see).
 */

export type ClickHandler = (event: MouseEvent) => void;

export interface ClickGate {
  /** Routes every click (capture phase, window) to `handler` until the returned function is called. */
  attach(handler: ClickHandler): () => void;
}

const GATE_KEY = '__buyerguardClickGate';
/** The clicks that open links: the primary button's click, and the middle button's auxclick (a new tab). */
const CLICK_TYPES = ['click', 'auxclick'] as const;

type WithGate = Window & { [GATE_KEY]?: ClickGate };

/** Opens the gate on this window (once; later calls return the same gate). */
export function openClickGate(win: Window): ClickGate {
  const holder = win as WithGate;
  const existing = holder[GATE_KEY];
  if (existing) return existing;
  const handlers = new Set<ClickHandler>();
  const dispatch = (event: Event) => {
    for (const handler of [...handlers]) handler(event as MouseEvent);
  };
  for (const type of CLICK_TYPES) win.addEventListener(type, dispatch, { capture: true });
  const gate: ClickGate = {
    attach(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
  holder[GATE_KEY] = gate;
  return gate;
}

/**
 * The gate opened at document_start, or, where that script did not run (a
 * page open before the extension was installed, unit tests), one opened now:
 * late, but the best there is.
 */
export function clickGateOf(win: Window): ClickGate {
  return (win as WithGate)[GATE_KEY] ?? openClickGate(win);
}
