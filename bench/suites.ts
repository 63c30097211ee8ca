export interface BenchmarkSuite {
  name: string;
  run: () => Promise<Record<string, number>>;
}

/** Each feature's benchmarks, registered once here. */
export const BENCHMARKS: BenchmarkSuite[] = [];
