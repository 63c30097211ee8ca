import type { GuardHost } from './host';

/*
 * Keeps the warning on screen against a page that fights it: removed from
 * the document → put back; its host's attributes changed (inline style,
 * popover taken away) → restored; covered by a later overlay or top-layer
 * element (a modal <dialog>, another popover, fullscreen) → raised again.
 * A page that keeps fighting is answered at most once per `backoffMs` (no
 * ping-pong that could freeze the page), and `onFight` says when the warning
 * was fought and whether it is off the screen now, so the guard can tell the
 * user elsewhere (the toolbar).
 */

export interface Survival {
  stop(): void;
}

export interface SurvivalOptions {
  setTimeout(handler: () => void, ms: number): unknown;
  /** How often a shown warning checks that it is on top. */
  checkEveryMs?: number;
  backoffMs?: number;
}

/** Whether `host` is what the user sees at the banner's centre and corners. */
function onTop(doc: Document, host: GuardHost, banner: Element): boolean {
  if (!host.element.isConnected) return false;
  const box = banner.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const points: [number, number][] = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 4, box.top + 4],
    [box.right - 4, box.bottom - 4],
  ];
  return points.every(([x, y]) => {
    const hit = doc.elementFromPoint(x, y);
    // Outside the viewport (a long banner scrolled): nothing to compare.
    return hit === null || hit === host.element;
  });
}

export function keepOnScreen(
  doc: Document,
  host: GuardHost,
  banner: () => Element | null,
  onFight: (hidden: boolean) => void,
  options: SurvivalOptions,
): Survival {
  const view = doc.defaultView;
  const Observer = view?.MutationObserver ?? MutationObserver;
  const checkEveryMs = options.checkEveryMs ?? 1000;
  const backoffMs = options.backoffMs ?? 250;
  let stopped = false;
  let repairPending = false;
  let hidden = false;

  const verdict = (nowHidden: boolean) => {
    if (nowHidden === hidden && !nowHidden) return;
    hidden = nowHidden;
    onFight(nowHidden);
  };

  const check = () => {
    if (stopped) return;
    const shown = banner();
    if (!shown) return;
    if (onTop(doc, host, shown)) return;
    host.raise();
    verdict(!onTop(doc, host, shown));
  };

  const repair = () => {
    if (repairPending || stopped) return;
    repairPending = true;
    options.setTimeout(() => {
      repairPending = false;
      if (stopped) return;
      host.element.removeAttribute('style');
      host.element.removeAttribute('hidden');
      host.raise();
      verdict(!host.element.isConnected);
    }, backoffMs);
  };

  const observer = new Observer((records) => {
    const removed = records.some((r) => r.type === 'childList' && Array.from(r.removedNodes).includes(host.element));
    const touched = records.some((r) => r.type === 'attributes' && r.target === host.element);
    if (removed || touched) {
      onFight(false);
      repair();
    }
  });
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host.element, { attributes: true, attributeFilter: ['style', 'hidden', 'popover', 'class', 'inert'] });

  const loop = () => {
    if (stopped) return;
    check();
    options.setTimeout(loop, checkEveryMs);
  };
  options.setTimeout(loop, checkEveryMs);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}
