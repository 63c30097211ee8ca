import type { Order } from '../schema/order';

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
  /**
   * Given each slice of checked orders as it arrives from the reading worker, before the rest
   * of the file is read (which may still refuse it): the import prepares them meanwhile.
   */
  onOrders?: (orders: Order[]) => void;
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

/**
 * Gives the page's event loop a turn (clicks, paints, other reads) between
 * batches of CPU work, so checking 100,000 records never freezes the page.
 * `setTimeout(0)` rather than a microtask: only a task lets input through.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `items` in slices of `size`, in order. */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
