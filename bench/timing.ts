/**
 * Timing helpers shared by the benchmarks that run in Node and the ones
 * bundled into a browser page (bench/guard-scan-page.ts): nothing here may
 * import a Node or DOM-emulation module.
 */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median time of `run`, after `warmup` untimed runs. */
export function timeIt(run: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Median of `measured` ÷ median of `baseline`, run alternately so machine
 * noise and garbage collection hit both sides alike.
 */
export function ratioOfMedians(measured: () => unknown, baseline: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i += 1) {
    measured();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(timeIt(measured, 1, 0));
    b.push(timeIt(baseline, 1, 0));
  }
  return median(a) / median(b);
}
