/**
 * Watches the page for content added after load (infinite scroll, "show
 * number" buttons, a number a script writes in later) and hands it over in
 * batches: at most one batch per `intervalMs`, run when the browser is idle.
 * Only what changed is collected — added nodes, edited text, and (once the
 * page is known to be relevant) elements whose visibility attributes
 * changed — never the whole page.
 */

/** Added nodes that never hold page text a reader sees. */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'IFRAME', 'OBJECT', 'EMBED']);
/** Attributes that show or hide content. */
const VISIBILITY_ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'aria-hidden'];
/** Past this many pending nodes a batch says "rescan the page" instead. */
const MAX_PENDING = 2000;

export interface ChangeBatch {
  nodes: Node[];
  /** Too many changes to list: treat the whole observed root as changed. */
  overflow: boolean;
  /** Nodes were removed since the last batch. */
  removed: boolean;
}

export interface Scheduler {
  setTimeout(handler: () => void, ms: number): unknown;
  requestIdleCallback?(handler: () => void, options: { timeout: number }): unknown;
}

export interface ChangeWatcher {
  /** Also report visibility attribute changes (costly on animated pages; only once relevant). */
  watchAttributes(): void;
  /** Whether removals should trigger a batch on their own (while something is flagged). */
  setCareAboutRemovals(care: boolean): void;
  disconnect(): void;
}

export function watchChanges(
  root: Node,
  onBatch: (batch: ChangeBatch) => void,
  scheduler: Scheduler,
  options: { intervalMs?: number; ignore?: (node: Node) => boolean } = {},
): ChangeWatcher {
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const Observer = view?.MutationObserver ?? MutationObserver;
  const intervalMs = options.intervalMs ?? 300;
  const pending = new Set<Node>();
  let overflow = false;
  let removed = false;
  let careAboutRemovals = false;
  let scheduled = false;
  let connected = true;

  const flush = () => {
    scheduled = false;
    if (!connected) return;
    const batch: ChangeBatch = { nodes: [...pending], overflow, removed };
    pending.clear();
    overflow = false;
    removed = false;
    onBatch(batch);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    scheduler.setTimeout(() => {
      if (scheduler.requestIdleCallback) scheduler.requestIdleCallback(flush, { timeout: intervalMs });
      else flush();
    }, intervalMs);
  };

  const add = (node: Node) => {
    if (node.nodeType === 1 && IGNORED_TAGS.has(node.nodeName.toUpperCase())) return;
    if (node.nodeType !== 1 && node.nodeType !== 3) return;
    if (options.ignore?.(node)) return;
    if (overflow) return;
    if (pending.size >= MAX_PENDING) {
      overflow = true;
      pending.clear();
      return;
    }
    pending.add(node);
  };

  const observer = new Observer((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        record.addedNodes.forEach(add);
        if (record.removedNodes.length > 0) removed = true;
      } else {
        add(record.target);
      }
    }
    if (pending.size > 0 || overflow || (removed && careAboutRemovals)) schedule();
  });
  const base: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(root, base);

  return {
    watchAttributes() {
      if (connected) observer.observe(root, { ...base, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
    },
    setCareAboutRemovals(care) {
      careAboutRemovals = care;
    },
    disconnect() {
      connected = false;
      observer.disconnect();
      pending.clear();
    },
  };
}
