import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPageContext, extractSegments, pageContextFromDocument, scan, type Finding, type Segment } from '../../../lib/guard';
import { generatePage } from '../../../bench/guard';
import { mulberry32 } from '../../support/random';
import { parseHtml, type DomImpl } from './helpers';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Recorded findings (issue 10, "faster, with margin"): a speed change must keep every finding identical.
 * `scan-recorded.generate.ts` records, with the code as it was before such a change, every finding of every
 * labelled page (corpus, regression, blind batches), the bench page and seeded random pages recombined from
 * the labelled pages' blocks; `scan-recorded.test.ts` scans them again and compares. Regenerate the data
 * only for a detection change (with its blind batch), never to make a speed change pass.
 */

export interface RecordedPage {
  /** Where the page comes from: a labelled file (path from the repository root), "bench" or "random:<seed>". */
  page: string;
  impl: DomImpl;
  findings: unknown[];
}

const ROOT = join(HERE, '../../..');

/** The shared folder beside the repository (../shared), or beside the worktrees' folder for a worktree (../../shared). */
const SHARED = [join(ROOT, '../shared'), join(ROOT, '../../shared')].find((dir) => existsSync(join(dir, 'corpus/guard'))) ?? join(ROOT, '../shared');

export function labelledFiles(): string[] {
  const dirs = [join(SHARED, 'corpus/guard'), join(HERE, 'regression')];
  const blind = join(HERE, 'blind');
  for (const batch of readdirSync(blind).sort()) if (statSync(join(blind, batch)).isDirectory()) dirs.push(join(blind, batch));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

/** A finding as plain data: its segment by index, text nodes by their index among the segment's pieces. */
function serialise(segments: readonly Segment[], findings: readonly Finding[]): unknown[] {
  return findings.map((f) => {
    const pieces = f.segment.pieces;
    return [
      segments.indexOf(f.segment),
      f.kind,
      f.value,
      f.reason,
      f.severity,
      f.premiumRate,
      f.marketplace,
      f.text,
      f.start,
      f.end,
      f.source,
      f.ranges.map((r) => [pieces.findIndex((p) => p.node === r.node), r.start, r.end]),
      f.link ? f.segment.links.findIndex((l) => l.element === f.link) : null,
    ];
  });
}

function scanPage(html: string, url: string | undefined, impl: DomImpl, bench = false): unknown[] {
  const doc = parseHtml(html, url ?? 'https://pages.example/', impl);
  const context = bench
    ? createPageContext({ url: url ?? null, lang: 'en', title: doc.title })
    : pageContextFromDocument(doc, url ? {} : { url: null });
  const segments = extractSegments(doc);
  return serialise(segments, scan(segments, context));
}

export const BENCH_URL = 'https://notes.example/aliexpress-help';

export function benchHtml(): string {
  return generatePage(1_000_000, { seed: 11, mentions: true, numbers: 200 });
}

const WRAPPERS = ['p', 'div', 'li', 'td', 'h2', 'h3', 'span', 'footer', 'aside', 'section', 'blockquote', 'dd'];
const TITLES = [
  'AliExpress order help', 'Temu support', 'Amazon seller page', 'eBay listing', 'SHEIN returns', 'Garden notes',
  'Служба поддержки AliExpress', 'Obsługa klienta Allegro', 'Υποστήριξη Temu', 'Contact us', '',
];
const LANGS = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru', 'de', 'es', 'fr', 'tr', 'hi', ''];
const URLS = [
  'https://pages.example/article', 'https://www.aliexpress.com/item/1.html', 'https://www.temu.com/goods.html',
  'https://www.amazon.de/dp/B0', 'https://forum.example/thread/9', 'https://news.example/scam-warning',
];

/** Every block text of the labelled pages (the pool random pages are drawn from). */
export function blockPool(files: readonly string[]): string[] {
  const pool: string[] = [];
  for (const file of files) {
    const doc = parseHtml(readFileSync(file, 'utf8'), 'https://pages.example/', 'jsdom');
    for (const s of extractSegments(doc)) if (s.text.trim()) pool.push(s.text);
  }
  return pool;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A page of 5–60 blocks drawn from the pool, with a random title, language and URL: new neighbours for every rule. */
export function randomPage(pool: readonly string[], seed: number): { html: string; url: string } {
  const random = mulberry32(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const blocks: string[] = [];
  const n = 5 + Math.floor(random() * 56);
  for (let i = 0; i < n; i += 1) {
    const tag = pick(WRAPPERS);
    let text = escapeHtml(pick(pool));
    if (random() < 0.15) text = `${text} ${escapeHtml(pick(pool))}`;
    if (random() < 0.1) text = `<b>${text}</b>`;
    if (tag === 'td') blocks.push(`<table><tr><td>${text}</td><td>${escapeHtml(pick(pool))}</td></tr></table>`);
    else if (tag === 'li') blocks.push(`<ul><li>${text}</li></ul>`);
    else blocks.push(`<${tag}>${text}</${tag}>`);
  }
  const title = pick(TITLES);
  const html = `<!doctype html><html lang="${pick(LANGS)}"><head><title>${escapeHtml(title)}</title></head><body><main>${blocks.join('\n')}</main></body></html>`;
  return { html, url: pick(URLS) };
}

export const RANDOM_PAGES = 300;

/** Every page's findings with the code as it is now. */
export function recordAll(): RecordedPage[] {
  const files = labelledFiles();
  const out: RecordedPage[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    out.push({ page: file.startsWith(SHARED) ? `shared:${file.slice(SHARED.length + 1)}` : file.slice(ROOT.length + 1), impl: 'jsdom', findings: scanPage(html, undefined, 'jsdom') });
  }
  out.push({ page: 'bench', impl: 'happy-dom', findings: scanPage(benchHtml(), BENCH_URL, 'happy-dom', true) });
  const pool = blockPool(files);
  for (let seed = 1; seed <= RANDOM_PAGES; seed += 1) {
    const { html, url } = randomPage(pool, seed);
    out.push({ page: `random:${seed}`, impl: seed % 2 === 0 ? 'jsdom' : 'happy-dom', findings: scanPage(html, url, seed % 2 === 0 ? 'jsdom' : 'happy-dom') });
  }
  return out;
}

/** Scans one recorded page again. */
export function rescan(page: RecordedPage, pool: () => string[]): unknown[] {
  if (page.page === 'bench') return scanPage(benchHtml(), BENCH_URL, page.impl, true);
  if (page.page.startsWith('random:')) {
    const { html, url } = randomPage(pool(), Number(page.page.slice(7)));
    return scanPage(html, url, page.impl);
  }
  const file = page.page.startsWith('shared:') ? join(SHARED, page.page.slice(7)) : join(ROOT, page.page);
  return scanPage(readFileSync(file, 'utf8'), undefined, page.impl);
}
