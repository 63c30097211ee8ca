import { guardBenchmarks } from './guard';
import { guardBrowserSuite } from './guard-browser';
import { guardSizeBenchmarks } from './guard-size';
import { ordersBenchmarks } from './orders';

export interface BenchmarkSuite {
  name: string;
  run: () => Promise<Record<string, number>>;
}

/** Each feature's benchmarks, registered once here. */
export const BENCHMARKS: BenchmarkSuite[] = [
  { name: 'guard', run: guardBenchmarks },
  guardSizeBenchmarks,
  guardBrowserSuite,
  ordersBenchmarks,
];
