/**
 * guard.content_script_kb_gz / guard.content_script_kb_raw (issue 3): the
 * all-pages content script as built (`npx wxt build` first), gzipped at the
 * default level like a web server or store would, in KB of 1000 bytes (the
 * unit `wxt build` prints). Budget: ≤ 60 gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchmarkSuite } from './suite';

export const GUARD_SCRIPT = '.output/chrome-mv3/content-scripts/guard.js';

export function scriptSizes(path = GUARD_SCRIPT): Record<string, number> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npx wxt build" before the benchmarks.`);
  const raw = readFileSync(path);
  return {
    'guard.content_script_kb_gz': gzipSync(raw).length / 1000,
    'guard.content_script_kb_raw': raw.length / 1000,
  };
}

export const guardSizeBenchmarks: BenchmarkSuite = { name: 'guard-size', run: async () => scriptSizes() };
