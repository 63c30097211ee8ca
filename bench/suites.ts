import { backupImportBenchmarks } from './backup-import';
import { fuzzBenchmarkSuite } from './fuzz';
import { guardBenchmarks } from './guard';
import { guardBrowserSuite } from './guard-browser';
import { guardSizeBenchmarks } from './guard-size';
import { ordersBenchmarks } from './orders';
import type { BenchmarkSuite } from './suite';

export type { BenchmarkSuite } from './suite';

/** Each feature's benchmarks, registered once here. */
export const BENCHMARKS: BenchmarkSuite[] = [
  { name: 'guard', run: guardBenchmarks },
  guardSizeBenchmarks,
  guardBrowserSuite,
  ordersBenchmarks,
  backupImportBenchmarks,
  fuzzBenchmarkSuite,
];
