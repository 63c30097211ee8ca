/*
 * Guard work on the page's main thread, in slices: a generator does the work
 * in small steps, and `runInSlices` gives the page its turn whenever a slice
 * has run for SLICE_MS, so no task of ours comes near a long task (50 ms).
 * Shared by the first stage (./first-stage.ts) and the scan loop (./scan-loop.ts).
 */

/** The longest a slice of guard work runs before the page gets its turn (long tasks start at 50 ms). */
export const SLICE_MS = 8;

export type Pause = () => Promise<void>;

/**
 * Gives the page its turn: scheduler.yield where it exists (the guard's work
 * continues ahead of other queued tasks), else a 0 ms timeout of the page's window.
 */
export function pauseFor(doc: Document): Pause {
  const win = doc.defaultView as (Window & { scheduler?: { yield?: () => Promise<void> } }) | null;
  const yielder = win?.scheduler;
  if (typeof yielder?.yield === 'function') return () => yielder.yield!();
  return () => new Promise((resolve) => void (win ?? globalThis).setTimeout(resolve, 0));
}

/** Runs `steps` to the end, pausing for the page whenever a slice has taken SLICE_MS; null when stopped meanwhile. */
export async function runInSlices<T>(steps: Generator<void, T>, pause: Pause, isStopped: () => boolean): Promise<T | null> {
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await pause();
    if (isStopped()) return null;
    sliceStart = performance.now();
  }
}
