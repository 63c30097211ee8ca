import type { GuardHost } from './host';

/*
 * Keeps the warning on screen against a page that fights it:
 *  - removed from the document → put back, the next time in the other place
 *    (<html>, then <body>): a page watching one of them for strangers does
 *    not see the other;
 *  - its host's attributes changed (inline style, popover taken away) → restored;
 *  - covered by a later overlay or top-layer element → raised again; under a
 *    page's modal dialog (which makes everything else inert) → `onCovered`,
 *    so the warning can become a modal dialog itself.
 * The page is answered at most once per `backoffMs` (no ping-pong that
 * could freeze it). `onFight` says that the page fought the warning, and
 * `onHidden` whether it keeps it off the screen now (removed again and again,
 * or still covered), so the guard can say so elsewhere (the toolbar).
 */

export interface Survival {
  stop(): void;
}

export interface SurvivalOptions {
  setTimeout(handler: () => void, ms: number): unknown;
  /** The page removed, changed or covered the warning. */
  onFight(): void;
  /** Whether the page keeps the warning off the screen now; said after every check. */
  onHidden(hidden: boolean): void;
  onCovered(): void;
  /** How often a shown warning checks that it is on top. */
  checkEveryMs?: number;
  backoffMs?: number;
}

/** Attributes a page may set on a host to hide it; put back as they were. */
const RESTORED_ATTRIBUTES = ['style', 'hidden', 'inert'] as const;

/** Removals within this window that count as a page keeping the warning off the screen. */
const REMOVALS_WINDOW_MS = 3000;
const REMOVALS_HIDDEN = 4;

/** Whether `host` is what the user sees at the banner's centre and corners. */
function onTop(doc: Document, host: GuardHost, banner: Element): boolean {
  if (!host.element.isConnected) return false;
  const box = banner.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const points: [number, number][] = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 4, box.top + 4],
    [box.right - 4, box.top + 4],
  ];
  return points.every(([x, y]) => {
    const hit = doc.elementFromPoint(x, y);
    // Outside the viewport (a long banner scrolled): nothing to compare.
    return hit === null || hit === host.element;
  });
}

export function keepOnScreen(doc: Document, host: GuardHost, banner: () => Element | null, options: SurvivalOptions): Survival {
  const checkEveryMs = options.checkEveryMs ?? 1000;
  let stopped = false;
  let coveredBefore = false;
  const removals: number[] = [];

  const keptOff = () => removals.filter((at) => at > performance.now() - REMOVALS_WINDOW_MS).length >= REMOVALS_HIDDEN;

  const check = () => {
    const shown = banner();
    if (stopped || !shown || !host.element.isConnected) return;
    if (onTop(doc, host, shown)) {
      coveredBefore = false;
      options.onHidden(keptOff());
      return;
    }
    options.onFight();
    host.raise();
    if (onTop(doc, host, shown)) return;
    // Still covered: a page's modal dialog makes the rest inert; the next check says whether becoming modal helped.
    if (!coveredBefore) options.onCovered();
    options.onHidden(coveredBefore);
    coveredBefore = true;
  };

  const watch = watchForFights(doc, host, options, () => removals.push(performance.now()), () => options.onHidden(keptOff()));
  const loop = () => {
    if (stopped) return;
    check();
    options.setTimeout(loop, checkEveryMs);
  };
  options.setTimeout(loop, checkEveryMs);

  return {
    stop() {
      stopped = true;
      watch.stop();
    },
  };
}

/**
 * Puts the host back (a moment later, so a page that removes it every few
 * milliseconds does not get a busy loop) whenever the page removes it or
 * changes its attributes (they go back to what they were when the watch
 * began), moving between <html> and <body> each time. The guard's banner
 * and the marketplace sidebar's host both use it.
 */
export function watchForFights(
  doc: Document,
  host: Pick<GuardHost, 'element' | 'raise'>,
  options: Pick<SurvivalOptions, 'setTimeout' | 'onFight' | 'backoffMs'>,
  onRemoved: () => void,
  onChanged: () => void,
): { stop(): void } {
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const backoffMs = options.backoffMs ?? 250;
  const places = (): ParentNode[] => [doc.documentElement, ...(doc.body ? [doc.body] : [])];
  let place = 0;
  let stopped = false;
  let repairPending = false;
  const original = RESTORED_ATTRIBUTES.map((name) => [name, host.element.getAttribute(name)] as const);

  const repair = () => {
    if (repairPending || stopped) return;
    repairPending = true;
    options.setTimeout(() => {
      repairPending = false;
      if (stopped) return;
      for (const [name, value] of original) {
        if (value === null) host.element.removeAttribute(name);
        else if (host.element.getAttribute(name) !== value) host.element.setAttribute(name, value);
      }
      if (!host.element.isConnected) {
        const spots = places();
        place = (place + 1) % spots.length;
        spots[place]!.append(host.element);
        observe();
      }
      host.raise();
      onChanged();
    }, backoffMs);
  };

  const observer = new Observer((records) => {
    let fought = false;
    for (const r of records) {
      if (r.type === 'attributes' && r.target === host.element) fought = true;
      if (r.type === 'childList' && Array.from(r.removedNodes).includes(host.element)) {
        fought = true;
        onRemoved();
      }
    }
    if (!fought) return;
    options.onFight();
    onChanged();
    repair();
  });
  const observe = () => {
    for (const spot of places()) observer.observe(spot, { childList: true });
    observer.observe(host.element, { attributes: true, attributeFilter: ['style', 'hidden', 'popover', 'class', 'inert'] });
  };
  observe();
  return {
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}
