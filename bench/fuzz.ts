/**
 * Fuzz time budget (issue 8, "Fuzzing"), in Node with happy-dom, one fixed seed:
 * - fuzz.reader_worst_vs_mean: the slowest page-reader run on 1,000 random and
 *   mutated pages (tests/unit/fuzz/pages.ts) ÷ the mean time to read an
 *   unchanged fixture page, same run. A runaway loop or regular expression on
 *   hostile input shows as a ratio in the hundreds.
 * - fuzz.guard_worst_vs_mean: the same for the guard engine's scan.
 * - fuzz.guard_pathological_growth: on each input built to trip regular
 *   expressions (tests/unit/guard/pathological.ts, ~100 k characters), the
 *   guard's scan time per character with the input made ten times as long ÷
 *   the same on the input as it is; the worst input counts. Linear is about 1;
 *   a quadratic pattern shows as ~10. Each size is the best of 5 samples,
 *   each sample repeating the scan for at least 40 ms.
 * Parsing is not timed: only the reader or the scan.
 */
import { Window } from 'happy-dom';
import { createPageContext, extractSegments, scan } from '../lib/guard';
import { pages as aliexpress } from '../lib/marketplaces/aliexpress/pages';
import { pages as temu } from '../lib/marketplaces/temu/pages';
import type { MarketplacePages } from '../lib/marketplaces/types';
import { fixturePages, mutate, randomPage, READER_URLS } from '../tests/unit/fuzz/pages';
import { mulberry32 } from '../tests/support/random';
import { PATHOLOGICAL_TEXTS } from '../tests/unit/guard/pathological';
import type { BenchmarkSuite } from './suite';

const CASES = 1_000;
const SEED = 20261203;
const NOW = Date.UTC(2026, 2, 10, 12);
const READERS: Record<string, MarketplacePages> = { aliexpress, temu };

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableIframePageLoading: true } });
const parse = (html: string): Document | undefined => {
  try {
    return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  } catch {
    return undefined; // happy-dom's parser gives up on some broken markup; the parser is not what is timed
  }
};

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Milliseconds per reader run and per scan, on the given pages, each read as every marketplace page kind. */
function measure(htmls: readonly string[]): { reader: number[]; guard: number[] } {
  const reader: number[] = [];
  const guard: number[] = [];
  const context = createPageContext({ url: 'https://fuzz.example/help', lang: 'en', title: 'Help' });
  for (const html of htmls) {
    const document = parse(html);
    if (!document) continue;
    for (const { marketplace, url } of READER_URLS) reader.push(timed(() => READERS[marketplace]!.readPage(document, new URL(url), NOW)));
    guard.push(timed(() => scan(extractSegments(document), context)));
  }
  return { reader, guard };
}

/** Each timing repeats the scan until it has run this long, so a sub-millisecond scan is not timer noise. */
const MIN_SAMPLE_MS = 40;

/** Mean milliseconds of `run`, repeated until the repeats take MIN_SAMPLE_MS. */
function sampled(run: () => unknown): number {
  let runs = 0;
  const started = performance.now();
  do {
    run();
    runs += 1;
  } while (performance.now() - started < MIN_SAMPLE_MS);
  return (performance.now() - started) / runs;
}

/**
 * Guard scan milliseconds per character of `text`, in one paragraph (parsing not timed):
 * the best of 5 samples, so a garbage collection or another process on the shared
 * machine does not pass for growth.
 */
function scanMsPerChar(text: string): number {
  const document = parse(`<html><body><p>${text}</p></body></html>`);
  if (!document) throw new Error('happy-dom could not parse a single paragraph');
  const context = createPageContext({ url: 'https://fuzz.example/help', lang: 'en', title: 'Help' });
  const scanOnce = () => scan(extractSegments(document), context);
  scanOnce(); // warm-up: the first scan of a new shape compiles
  return Math.min(...[0, 1, 2, 3, 4].map(() => sampled(scanOnce))) / text.length;
}

/** The same text ten times as long: its body repeated, then its last 60 characters (where a contact may end it). */
const tenfold = (text: string) => text.slice(0, -60).repeat(10) + text.slice(-60);

function pathologicalGrowth(): number {
  let worst = 0;
  for (const text of PATHOLOGICAL_TEXTS) worst = Math.max(worst, scanMsPerChar(tenfold(text)) / scanMsPerChar(text));
  return worst;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function fuzzBenchmarks(): Promise<Record<string, number>> {
  const fixtures = fixturePages().map((p) => p.html);
  measure(fixtures.slice(0, 10)); // warm-up: JIT and caches
  const baseline = measure(fixtures);
  const random = mulberry32(SEED);
  const fuzzed = Array.from({ length: CASES }, () =>
    random() < 0.15 ? randomPage(random) : mutate(random, fixtures[Math.floor(random() * fixtures.length)]!),
  );
  const worst = measure(fuzzed);
  return {
    'fuzz.reader_worst_vs_mean': Math.max(...worst.reader) / mean(baseline.reader),
    'fuzz.guard_worst_vs_mean': Math.max(...worst.guard) / mean(baseline.guard),
    'fuzz.guard_pathological_growth': pathologicalGrowth(),
  };
}

export const fuzzBenchmarkSuite: BenchmarkSuite = { name: 'fuzz', run: fuzzBenchmarks };
