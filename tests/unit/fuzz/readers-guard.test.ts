import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPageContext, extractSegments, scan } from '../../../lib/guard';
import { pagesOf } from '../../../lib/marketplaces/pages';
import type { RegisteredMarketplaceId } from '../../../lib/marketplaces/registry';
import { pageCaptureSchema, type PageCapture } from '../../../lib/schema/capture';
import { mulberry32 } from '../../support/random';
import { malformedFindings } from '../guard/helpers';
import { fixturePages, fuzzSeed, inventedOrderNumbers, mutate, randomPage, READER_URLS } from './pages';

/*
 * Thousands of random and mutated pages per run, a new seed each run (printed
 * with every failure; FUZZ_SEED=<n> replays it). Readers and the guard must
 * finish without throwing and give well-formed output (a capture the message
 * schema takes, findings inside the scanned text), and a reader must never
 * name an order number the page does not contain. How fast they are on such
 * pages is the bench's (fuzz.reader_worst_vs_mean, fuzz.guard_worst_vs_mean);
 * vitest's test timeout is the net for a real hang.
 */

const SEED = fuzzSeed();
const READER_CASES = 1_200;
const GUARD_CASES = 800;
const NOW = Date.UTC(2026, 2, 10, 12);

const pages = fixturePages();

/** One marketplace's page reader, found as the content script finds it. */
function readWith(marketplace: RegisteredMarketplaceId, document: Document, url: string, now: number): PageCapture {
  const readers = pagesOf(marketplace);
  if (!readers) throw new Error(`${marketplace} has no page readers`);
  return readers.readPage(document, new URL(url), now);
}

/** happy-dom's parser (fast) gives up on some broken markup a browser takes; jsdom parses it then (the parser is not under test). */
function parse(html: string): Document {
  try {
    return new DOMParser().parseFromString(html, 'text/html');
  } catch {
    return new JSDOM(html).window.document;
  }
}
const replay = (n: number) => `FUZZ_SEED=${SEED} case ${n}`;

function fuzzedPage(random: () => number): { html: string; from: string } {
  if (random() < 0.15) return { html: randomPage(random), from: 'random markup' };
  const page = pages[Math.floor(random() * pages.length)]!;
  return { html: mutate(random, page.html), from: page.name };
}

describe(`fuzzing (FUZZ_SEED=${SEED})`, () => {
  it('has pages to mutate, and its invented-number check catches a number that is not on the page', () => {
    expect(pages.length).toBeGreaterThan(50);
    const html = '<p>Order ID: <b>8181</b>000000000001</p>';
    const document = new DOMParser().parseFromString(html, 'text/html');
    const capture = (orderNumber: string) => ({ orders: [{ orderNumber }], messages: [] }) as never;
    expect(inventedOrderNumbers(capture('8181000000000001'), html, document, 'https://www.aliexpress.com/')).toEqual([]);
    expect(inventedOrderNumbers(capture('8181000000000002'), html, document, 'https://www.aliexpress.com/')).toEqual(['8181000000000002']);
  });

  it('page readers never throw, give a well-formed capture, never invent an order number', () => {
    const random = mulberry32(SEED);
    for (let n = 0; n < READER_CASES; n++) {
      const { html, from } = fuzzedPage(random);
      const { marketplace, url } = READER_URLS[Math.floor(random() * READER_URLS.length)]!;
      const document = parse(html);
      let capture;
      try {
        capture = readWith(marketplace, document, url, NOW);
      } catch (error) {
        throw new Error(`${replay(n)}: the ${marketplace} reader threw on a mutation of ${from} read as ${url}: ${String(error)}`, { cause: error });
      }
      const parsed = pageCaptureSchema.safeParse(capture);
      expect(parsed.error?.issues ?? [], `${replay(n)}: capture of ${from} as ${url} is not what the schema takes`).toEqual([]);
      expect(inventedOrderNumbers(capture, html, document, url), `${replay(n)}: order numbers not on the page (${from} as ${url})`).toEqual([]);
    }
  }, 120_000);

  it('the guard engine never throws and gives well-formed findings', () => {
    const random = mulberry32(SEED ^ 0x9e3779b9);
    for (let n = 0; n < GUARD_CASES; n++) {
      const { html, from } = fuzzedPage(random);
      const document = parse(html);
      const context = createPageContext({ url: 'https://fuzz.example/help', lang: random() < 0.5 ? 'en' : '', title: document.title });
      const segments = extractSegments(document);
      let findings;
      try {
        findings = scan(segments, context);
      } catch (error) {
        throw new Error(`${replay(n)}: the guard threw on a mutation of ${from}: ${String(error)}`, { cause: error });
      }
      expect(malformedFindings(segments, findings), `${replay(n)}: guard on ${from}`).toEqual([]);
    }
  }, 120_000);
});
