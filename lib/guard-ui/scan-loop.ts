import { createGuardScanner, mentionsMarketplace, pageContextFromDocument, type Finding, type GuardScanner, type ScannerStart } from '../guard';
import { watchChanges, type ChangeBatch, type Scheduler } from './changes';
import { pauseFor, runInSlices } from './slices';
import { afterWarmUp } from './warm-up';

/*
 * The guard's scans over a page's life, none of which may hold the page's
 * main thread for long: the scanner works in steps, and `runInSlices` gives
 * the page its turn (./slices.ts) whenever a slice has run for SLICE_MS. Scans run one after another, never interleaved.
 *
 *   start: first pass ─▶ no marketplace? ─▶ only the MutationObserver stays
 *                      └▶ full scan ─▶ onFound
 *   MutationObserver ─batch (≤ 1 per interval, idle)─▶ first pass on added text / scan of what changed ─▶ onFound
 *   single-page navigation ─▶ onNavigate, then a new scanner and a full scan
 */

export interface ScanLoopEnvironment {
  doc: Document;
  url(): string;
  scheduler: Scheduler;
  onLocationChange?(callback: () => void): void;
  intervalMs?: number;
  /** Elements the guard added itself (its host): their changes are not page content. */
  isOwn(node: Node): boolean;
  /** The page as loaded is known to name a marketplace (not carried over to single-page navigations). */
  namesMarketplace?: boolean;
}

export interface ScanLoopHandlers {
  onFound(findings: Finding[]): void;
  /** Nodes were removed: some findings may have left the page. */
  onRemoved(): void;
  onNavigate(): void;
}

export interface ScanLoop {
  readonly scanner: GuardScanner;
  /** Resolves when every scan started so far has finished. */
  settled(): Promise<void>;
  /** Removals matter while something is flagged. */
  setCareAboutRemovals(care: boolean): void;
  stop(): void;
}

function afterPaint(doc: Document, callback: () => void): void {
  const win = doc.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function' || doc.visibilityState === 'hidden') {
    callback();
    return;
  }
  win.requestAnimationFrame(() => void win.setTimeout(callback, 0));
}

function textOf(node: Node): string {
  return node.nodeType === 3 ? (node as Text).data : (node.textContent ?? '');
}

function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(element) : false;
}

export function startScanLoop(env: ScanLoopEnvironment, handlers: ScanLoopHandlers): ScanLoop {
  const { doc } = env;
  const newScanner = (start: ScannerStart = {}) => createGuardScanner(pageContextFromDocument(doc, { url: env.url() }), { isHidden: isHiddenByStyle }, start);
  let scanner: GuardScanner = newScanner({ namesMarketplace: env.namesMarketplace });
  let stopped = false;
  let relevantSetUp = false;
  let queue: Promise<void> = Promise.resolve();
  const pause = pauseFor(doc);
  const isStopped = () => stopped;

  const run = (steps: () => Generator<void, Finding[]>) => {
    queue = queue
      .then(async () => {
        if (stopped) return;
        const found = await runInSlices(steps(), pause, isStopped);
        setUpWhenRelevant();
        if (found && found.length > 0 && !stopped) handlers.onFound(found);
      })
      .catch(() => undefined);
  };

  const onBatch = (batch: ChangeBatch) => {
    if (stopped) return;
    if (batch.removed) handlers.onRemoved();
    const nodes = batch.overflow && doc.body ? [doc.body] : batch.nodes;
    if (nodes.length === 0) return;
    // Cheap first pass on the added text only, until the page names a marketplace.
    if (!scanner.relevant && !batch.overflow && !nodes.some((n) => mentionsMarketplace(textOf(n), scanner.context.lang))) return;
    const current = scanner;
    run(() => (batch.overflow ? current.scanDocumentSteps(doc) : current.scanChangedSteps(nodes)));
  };

  const watcher = watchChanges(doc.body ?? doc.documentElement, onBatch, env.scheduler, { intervalMs: env.intervalMs, ignore: env.isOwn });

  /** Once the page mentions a marketplace: watch visibility changes and single-page navigations too. */
  function setUpWhenRelevant() {
    if (relevantSetUp || !scanner.relevant || stopped) return;
    relevantSetUp = true;
    watcher.watchAttributes();
    env.onLocationChange?.(() => {
      if (stopped) return;
      handlers.onNavigate();
      scanner = newScanner();
      const current = scanner;
      run(() => current.scanDocumentSteps(doc));
    });
  }

  // After the page's next paint: its style and layout are then done, so what the scan reads
  // (visibility) and the banner needs does not make the guard's task compute them for the whole page.
  // The vocabularies are built and compiled first, in steps of their own (./warm-up.ts).
  afterPaint(doc, () => run(() => afterWarmUp(scanner.scanDocumentSteps(doc))));

  return {
    get scanner() {
      return scanner;
    },
    settled: () => queue,
    setCareAboutRemovals: (care) => watcher.setCareAboutRemovals(care),
    stop() {
      stopped = true;
      watcher.disconnect();
    },
  };
}
