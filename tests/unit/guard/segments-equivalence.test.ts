import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSegments, type ExtractOptions } from '../../../lib/guard/segments';
import type { Segment } from '../../../lib/guard/types';
import { generatePage } from '../../../bench/guard';
import { mulberry32 } from '../../support/random';
import { parseHtml, type DomImpl } from './helpers';
import { referenceSegments } from './segments-reference';

/**
 * The walk was made cheaper (issue 10, "faster, with margin"); what it gives
 * the scan and the banner must not change: the same segments — texts, blocks,
 * offsets → text nodes, links, outlines, chrome, reversed ranges — as the walk
 * before (segments-reference.ts), on every labelled page, the bench page and
 * random markup, with every option.
 */

/** Nodes as numbers shared by both sides: the same node gets the same number, wherever it is first met. */
function serialise(segments: readonly Segment[], ids: Map<Node, number>): unknown[] {
  const id = (node: Node | null): number | null => {
    if (!node) return null;
    let known = ids.get(node);
    if (known === undefined) {
      known = ids.size;
      ids.set(node, known);
    }
    return known;
  };
  return segments.map((s) => ({
    block: id(s.block),
    text: s.text,
    pieces: s.pieces.map((p) => [id(p.node), p.start, p.end]),
    links: s.links.map((l) => [id(l.element), l.href, l.start, l.end]),
    headings: s.headings.map((h) => [h.level, h.text, id(h.element)]),
    heading: s.heading && [s.heading.level, s.heading.text, id(s.heading.element)],
    inChrome: s.inChrome,
    reversed: s.reversed ?? null,
  }));
}

function expectSameSegments(root: Node, options: ExtractOptions, label: string): void {
  const ids = new Map<Node, number>();
  const expected = serialise(referenceSegments(root, options), ids);
  expect(serialise(extractSegments(root, options), ids), label).toEqual(expected);
}

function labelledPages(): string[] {
  const dirs = [join(__dirname, '../../../../shared/corpus/guard'), join(__dirname, 'regression')];
  const blind = join(__dirname, 'blind');
  for (const batch of readdirSync(blind)) if (statSync(join(blind, batch)).isDirectory()) dirs.push(join(blind, batch));
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
}

/** Markup that reaches every branch of the walk: blocks, inline runs, chrome, sections, headings, links, bidi, attributes, hidden and skipped elements. */
const OPENERS = [
  'p', 'div', 'span', 'b', 'i', 'td', 'th', 'tr', 'table', 'li', 'ul', 'h1', 'h2', 'h3', 'h6', 'section', 'article',
  'main', 'aside', 'nav', 'header', 'footer', 'hgroup', 'button', 'label', 'pre', 'dd', 'dt',
  'a href="tel:+18885550123"', 'a href="https://wa.me/447700900123"', 'a', 'a href=""',
  'div role="heading" aria-level="4"', 'div role="heading"', 'span role="heading" aria-level="9"', 'div role="navigation"',
  'div role="banner"', 'section role="contentinfo"', 'bdo dir="rtl"', 'bdo dir="RTL"', 'bdo', 'span dir="rtl"',
  'span style="unicode-bidi: bidi-override; direction: rtl"', 'span style="Unicode-Bidi:Bidi-Override;Direction:RTL"',
  'span class="flip"', 'div hidden', 'p aria-hidden="true"', 'p aria-hidden="false"', 'div style="display:none"',
  'span style="visibility : hidden"', 'div class="gone"', 'img alt="Call +1 888 555 0100"', 'img alt="no digits"',
  'area alt="x@y.example"', 'span title="+44 20 7946 0123"', 'button aria-label="WhatsApp 0700 900 123"',
  'span title="same" aria-label="same 1"', 'script', 'style', 'template', 'noscript', 'svg', 'textarea', 'select',
  'iframe', 'font', 'center', 'x-widget', 'details', 'summary',
];
const WORDS = [
  'Call', 'AliExpress', 'support', '+1 888 555 0123', '8 800', 'help@shop.example', ' ', '  ', '\n', '\t', '\r\n', '\f',
  'a\nb', 'x\ty', '\u202e', 'Служба', '٠٥٥', '', '-', '.',
];

function randomMarkup(random: () => number, length: number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let html = random() < 0.3 ? '<style>.flip { unicode-bidi: bidi-override; direction: rtl }</style>' : '';
  for (let i = 0; i < length; i += 1) {
    const r = random();
    if (r < 0.4) html += `<${pick(OPENERS)}>`;
    else if (r < 0.65) html += `</${pick(OPENERS).split(' ')[0]}>`;
    else if (r < 0.7) html += '<br>';
    else html += pick(WORDS);
  }
  return html;
}

/** The same walk from other starting points and with every option. */
function optionVariants(doc: Document, random: () => number): Array<[Node, ExtractOptions, string]> {
  const elements = Array.from(doc.body.querySelectorAll('*'));
  const variants: Array<[Node, ExtractOptions, string]> = [
    [doc, {}, 'document'],
    [doc, { maxChars: 1 + Math.floor(random() * 200) }, 'maxChars'],
    [doc, { maxNodes: 1 + Math.floor(random() * 120) }, 'maxNodes'],
    [doc, { isHidden: (el) => el.nodeName === 'B' || el.hasAttribute('title') }, 'isHidden'],
  ];
  const element = elements[Math.floor(random() * elements.length)];
  if (element) {
    const headings = [{ level: 2, text: 'Before', element: null }];
    variants.push([element, { headings, inChrome: random() < 0.5 }, `element ${element.nodeName}`]);
    const text = Array.from(element.childNodes).find((n) => n.nodeType === 3);
    if (text) variants.push([text, {}, 'text node']);
  }
  return variants;
}

describe('extractSegments gives what the walk before it gave', () => {
  it('on every labelled page', () => {
    const pages = labelledPages();
    expect(pages.length).toBeGreaterThan(200);
    pages.forEach((file, i) => {
      // jsdom for every tenth page: both DOMs, in a time the suite can afford.
      const impl: DomImpl = i % 10 === 0 ? 'jsdom' : 'happy-dom';
      expectSameSegments(parseHtml(readFileSync(file, 'utf8'), 'https://pages.example/', impl), {}, `${file} (${impl})`);
    });
  }, 240_000);

  it('on the bench page', () => {
    const doc = parseHtml(generatePage(300_000, { seed: 11, mentions: true, numbers: 60 }), 'https://notes.example/', 'happy-dom');
    expectSameSegments(doc, {}, 'bench page');
  }, 60_000);

  it('on random markup, from every starting point and with every option (seeded)', () => {
    const random = mulberry32(20261203);
    for (let round = 0; round < 160; round += 1) {
      const impl: DomImpl = round % 2 ? 'jsdom' : 'happy-dom';
      const doc = parseHtml(`<html><body>${randomMarkup(random, 20 + Math.floor(random() * 120))}</body></html>`, 'https://r.example/', impl);
      for (const [root, options, label] of optionVariants(doc, random)) expectSameSegments(root, options, `round ${round} ${impl} ${label}`);
    }
  }, 240_000);
});
