/** What each feature's benchmark module exports; bench/suites.ts registers them. */
export interface BenchmarkSuite {
  name: string;
  run: () => Promise<Record<string, number>>;
}
