import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { expect } from 'vitest';
import { createGuardScanner, extractSegments, pageContextFromDocument, scan, uniqueContacts, type Finding } from '../../../lib/guard';
import { decodePunycode } from '../../../lib/guard/emails';

/**
 * Scoring of a labelled page set (the shared corpus, the regression set in
 * ./regression and the blind batches in ./blind), as the corpus README suggests: page verdicts and contact-level
 * precision / recall, values compared after lower-casing and IDNA.
 */

export interface Contact {
  kind: 'phone' | 'email' | 'messenger';
  value: string;
}

export interface Label {
  file: string;
  url: string;
  lang: string;
  marketplace: string | null;
  category: string;
  dynamic: boolean;
  verdict: 'warn' | 'clean';
  flag: Contact[];
  keep: Contact[];
  notes: string;
}

export function readLabels(dir: string): Label[] {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
}

/** Every page labelled, canonical URLs matching, values in their canonical form (checked without the engine). */
export function expectWellFormedLabels(dir: string, labels: readonly Label[]): void {
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  expect(labels.map((l) => l.file).sort()).toEqual(pages.sort());
  for (const label of labels) {
    const html = readFileSync(join(dir, label.file), 'utf8');
    expect(html, label.file).toContain(`<link rel="canonical" href="${label.url}">`);
    expect(label.verdict, label.file).toBe(label.flag.length > 0 ? 'warn' : 'clean');
    for (const c of [...label.flag, ...label.keep]) {
      // Independent of the engine: the full metadata must accept every labelled number.
      if (c.kind === 'phone') expect(parsePhoneNumberFromString(c.value)?.isValid(), `${label.file} ${c.value}`).toBe(true);
      if (c.kind === 'email') expect(c.value, label.file).toBe(c.value.toLowerCase());
    }
  }
}

/** Values compare after lower-casing and IDNA: an xn-- domain equals its Unicode form. */
export function normaliseContact(c: Contact): string {
  let value = c.value.toLowerCase();
  if (c.kind === 'email') {
    const [local, domain = ''] = value.split('@');
    const unicode = domain
      .split('.')
      .map((l) => (l.startsWith('xn--') ? (decodePunycode(l.slice(4)) ?? l) : l))
      .join('.');
    value = `${local}@${unicode}`;
  }
  return `${c.kind} ${value}`;
}

export function scanStatic(dir: string, label: Label): Finding[] {
  const html = readFileSync(join(dir, label.file), 'utf8');
  const doc = new JSDOM(html).window.document;
  return uniqueContacts(scan(extractSegments(doc), pageContextFromDocument(doc)));
}

/** Runs the page's inline scripts while the incremental scanner follows DOM mutations, as the content script will. */
export async function scanDynamic(dir: string, label: Label): Promise<Finding[]> {
  const html = readFileSync(join(dir, label.file), 'utf8');
  const dom = new JSDOM(html, { url: label.url, runScripts: 'dangerously', pretendToBeVisual: true });
  const { window } = dom;
  const scanner = createGuardScanner(pageContextFromDocument(window.document));
  const found = [...scanner.scanDocument(window.document)];
  const observer = new window.MutationObserver((records) => {
    const nodes = records.flatMap((r) => [r.target, ...Array.from(r.addedNodes)]);
    found.push(...scanner.scanChanged(nodes));
  });
  observer.observe(window.document, { subtree: true, childList: true, characterData: true });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await pause(300);
  // "Show number" buttons and infinite scroll: what a reader would do.
  for (const el of Array.from(window.document.querySelectorAll('button, [onclick], a[href="#"]'))) {
    (el as HTMLElement).click();
  }
  window.dispatchEvent(new window.Event('scroll'));
  await pause(300);
  observer.disconnect();
  window.close();
  return uniqueContacts(found);
}

export interface Score {
  pages: number;
  pagesCorrect: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  cleanPagesWarned: string[];
  keptButFlagged: string[];
  problems: string[];
}

export async function scoreLabelledPages(dir: string, labels: readonly Label[]): Promise<Score> {
  const score: Score = {
    pages: labels.length,
    pagesCorrect: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    cleanPagesWarned: [],
    keptButFlagged: [],
    problems: [],
  };
  for (const label of labels) {
    const findings = label.dynamic ? await scanDynamic(dir, label) : scanStatic(dir, label);
    const expected = new Set(label.flag.map(normaliseContact));
    const keep = new Set(label.keep.map(normaliseContact));
    const got = new Set(findings.map((f) => normaliseContact(f)));
    for (const value of got) {
      if (expected.has(value)) score.truePositives += 1;
      else {
        score.falsePositives += 1;
        score.problems.push(`${label.file}: unexpected ${value}`);
        if (keep.has(value)) score.keptButFlagged.push(`${label.file}: ${value}`);
      }
    }
    for (const value of expected) {
      if (!got.has(value)) {
        score.falseNegatives += 1;
        score.problems.push(`${label.file}: missed ${value}`);
      }
    }
    if ((got.size > 0 ? 'warn' : 'clean') === label.verdict) score.pagesCorrect += 1;
    if (label.verdict === 'clean' && got.size > 0) score.cleanPagesWarned.push(label.file);
  }
  score.precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
  score.recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives);
  return score;
}

export function describeScore(name: string, score: Score): string {
  return (
    `${name}: ${score.pages} pages, page accuracy ${(score.pagesCorrect / Math.max(1, score.pages)).toFixed(3)}, ` +
    `TP ${score.truePositives} FP ${score.falsePositives} FN ${score.falseNegatives}, ` +
    `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, ` +
    `clean pages warned: ${score.cleanPagesWarned.length}\n`
  );
}
