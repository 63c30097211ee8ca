/** How far an import has come, for a progress bar: `done` of `total` records in this phase. */
export interface ImportProgress {
  phase: 'checking' | 'preparing' | 'writing';
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting before the final write leaves the database untouched; during it, rolls the write back. */
  signal?: AbortSignal;
  /** Records per slice while checking and planning: the page gets a turn between slices. */
  batchSize?: number;
  /** The browser's storage figures, to tell the user how much room a refused import needs. */
  estimate?: () => Promise<{ usage: number; quota: number } | undefined>;
}

export const DEFAULT_BATCH = 500;

/** Thrown (and caught by importBackupText) when the user cancels. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelled();
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the page's event loop a turn (clicks, paints, other reads) between
 * batches of CPU work, so checking 100,000 records never freezes the page.
 * A task rather than a microtask: only a task lets input through.
 * `scheduler.yield()` where the browser has it (Chromium): a chain of
 * `setTimeout(0)`s is clamped to 4 ms a turn after the fifth, 0.4 s over the
 * 100 slices of a 100,000-order plan. Elsewhere (Firefox, Node) `setTimeout`.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `items` in slices of `size`, in order. */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
