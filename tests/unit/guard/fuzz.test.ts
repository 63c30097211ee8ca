import { describe, expect, it } from 'vitest';
import {
  canonicalMessenger,
  createPageContext,
  extractSegments,
  mentionsMarketplace,
  scan,
} from '../../../lib/guard';
import { findEmails } from '../../../lib/guard/emails';
import { findPhones } from '../../../lib/guard/phones';
import { foldContacts } from '../../../lib/guard/text';
import { mulberry32 } from '../../support/random';
import { malformedFindings, parseHtml } from './helpers';
import { PATHOLOGICAL_TEXTS } from './pathological';

/**
 * Random and pathological input: the engine must finish, never throw, and
 * give well-formed, bounded output. How fast it is on them is the bench's
 * (fuzz.guard_worst_vs_mean, fuzz.guard_pathological_growth): wall-clock
 * budgets here measured the shared machine's load (36.8 s against 30 s once).
 * vitest's test timeout stays as the net for a real hang.
 */

const ALPHABET = [
  ...'0123456789+-.() /@[]#:,;%€$_',
  ...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'аеорсхАЕІ',
  '\u00a0', '\u00ad', '\u200b', '\u200d', '\ufeff', '\u2014', '\u2212', '\n', '\t',
  '０', '１', '９', '＋', '٠', '٣', '۹', '०', '७',
  'AliExpress', 'support', 'hotline', 'WhatsApp', 'wa.me/', 't.me/', 'tel:', 'mailto:', '[at]', '(dot)', 'xn--',
  '🇬🇧', '📞', 'ალიექსპრესი', 'горячая линия', 'עלי אקספרס', '速卖通',
];

function randomText(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

const context = createPageContext({ url: 'https://fuzz.example/aliexpress-hotline', lang: 'en', title: 'AliExpress hotline' });

describe('guard fuzz', () => {
  it('its well-formedness check catches a finding outside the scanned text', () => {
    const doc = parseHtml('<p>Call AliExpress support at +1 844 555 0176 now</p>', 'https://fuzz.example/');
    const segments = extractSegments(doc);
    const findings = scan(segments, context);
    expect(findings.length).toBeGreaterThan(0);
    expect(malformedFindings(segments, findings)).toEqual([]);
    const [first] = findings;
    expect(malformedFindings(segments, [{ ...first!, end: first!.segment.text.length + 1 }])).toHaveLength(1);
    expect(malformedFindings([], findings)).not.toEqual([]);
  });

  it('never throws and gives well-formed findings on random text and random markup (seeded)', () => {
    const random = mulberry32(20250322);
    const tags = ['p', 'div', 'span', 'b', 'td', 'li', 'a href="tel:+1', 'a href="https://wa.me/', 'h2', 'br', 'script', 'table'];
    for (let round = 0; round < 150; round += 1) {
      const text = randomText(random, 200 + Math.floor(random() * 1500));
      expect(() => mentionsMarketplace(text)).not.toThrow();
      const folded = foldContacts(text).text;
      expect(() => findPhones(folded, { regions: ['US', 'GB', 'PL'] })).not.toThrow();
      expect(() => findEmails(folded)).not.toThrow();
      expect(() => canonicalMessenger(text.slice(0, 80))).not.toThrow();
      let html = '';
      for (let i = 0; i < 40; i += 1) {
        const tag = tags[Math.floor(random() * tags.length)]!;
        html += random() < 0.5 ? `<${tag}>${randomText(random, 30)}` : `</${tag.split(' ')[0]}>${randomText(random, 10)}`;
      }
      const doc = parseHtml(`<html><body>${html}</body></html>`, 'https://fuzz.example/', round % 2 ? 'jsdom' : 'happy-dom');
      const segments = extractSegments(doc);
      expect(malformedFindings(segments, scan(segments, context)), `round ${round}`).toEqual([]);
    }
  }, 120_000);

  it('finishes pathological strings with well-formed, bounded findings', () => {
    for (const text of PATHOLOGICAL_TEXTS) {
      const folded = foldContacts(text).text;
      expect(findPhones(folded, { regions: ['US', 'RU'] }).length, text.slice(0, 20)).toBeLessThanOrEqual(folded.length / 4);
      expect(findEmails(folded).length, text.slice(0, 20)).toBeLessThanOrEqual(folded.length / 3);
      mentionsMarketplace(text);
      const doc = parseHtml(`<html><body><p>${text}</p></body></html>`, 'https://fuzz.example/');
      const segments = extractSegments(doc);
      expect(malformedFindings(segments, scan(segments, context)), text.slice(0, 20)).toEqual([]);
    }
  }, 120_000);

  // How fast is the bench's (guard.longest_task_ms, fuzz.guard_worst_vs_mean): a wall-clock
  // budget here measured the shared machine's load (62.5 s against 60 s once), not the guard.
  it('scans a 10 MB page to the end without throwing', () => {
    const random = mulberry32(7);
    const blocks: string[] = [];
    let size = 0;
    while (size < 10_000_000) {
      const block = `<p>${randomText(random, 400)}</p>`;
      blocks.push(block);
      size += block.length;
    }
    const doc = parseHtml(`<html><body>${blocks.join('')}</body></html>`, 'https://fuzz.example/');
    expect(() => scan(extractSegments(doc), context)).not.toThrow();
  }, 120_000);
});
