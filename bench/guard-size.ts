/**
 * guard.content_script_kb_gz / guard.content_script_kb_raw (issues 3, 10): the
 * all-pages content script as built (`npx wxt build` first), gzipped at the
 * default level like a web server or store would, in KB of 1000 bytes (the
 * unit `wxt build` prints). Budget: ≤ 50 gzipped. Since the guard is two
 * scripts, also guard.engine_kb_gz / _raw: the engine it imports on pages
 * that name a marketplace (no budget; what those pages pay on top).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchmarkSuite } from './suite';

export const GUARD_SCRIPT = '.output/chrome-mv3/content-scripts/guard.js';
export const GUARD_ENGINE = '.output/chrome-mv3/guard-engine.js';

export function scriptSizes(path = GUARD_SCRIPT, name = 'guard.content_script'): Record<string, number> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npx wxt build" before the benchmarks.`);
  const raw = readFileSync(path);
  return {
    [`${name}_kb_gz`]: gzipSync(raw).length / 1000,
    [`${name}_kb_raw`]: raw.length / 1000,
  };
}

export const guardSizeBenchmarks: BenchmarkSuite = {
  name: 'guard-size',
  run: async () => ({ ...scriptSizes(), ...scriptSizes(GUARD_ENGINE, 'guard.engine') }),
};
