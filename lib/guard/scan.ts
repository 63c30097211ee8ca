import { judgeContact, presentsTelegram, type ContactUnderTest } from './classify';
import { classifyEmail, emailFromMailto, findEmails } from './emails';
import { brandIn } from './lexicon';
import { officialContact } from './marketplaces';
import { canonicalMessenger, findHandles, findMessengerUrls } from './messengers';
import { findPhones, normalisePhone, phoneFromTelHref } from './phones';
import { excerpt, foldContacts, rawOffset } from './text';
import type { ContactKind, Finding, MarkRange, PageContext, Segment } from './types';

/**
 * Segments → findings: extract every contact (text and link hrefs), then ask
 * the classifier whether it is presented as marketplace support.
 */

interface Candidate extends ContactUnderTest {
  source: 'text' | 'href';
  link: Element | null;
}

/** Country cues next to a number ("🇬🇧 United Kingdom: 020 …"): regions to try first. */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
const COUNTRY_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/united states|\busa\b|\bu\.s\.a?\b/i, 'US'],
  [/united kingdom|\buk\b|britain|england|scotland|wales/i, 'GB'],
  [/canada/i, 'CA'],
  [/australia/i, 'AU'],
  [/new zealand/i, 'NZ'],
  [/ireland|éire/i, 'IE'],
  [/\bindia\b|भारत/i, 'IN'],
  [/germany|deutschland/i, 'DE'],
  [/austria|österreich/i, 'AT'],
  [/france/i, 'FR'],
  [/spain|españa/i, 'ES'],
  [/italy|italia/i, 'IT'],
  [/poland|polska|polsce/i, 'PL'],
  [/ukraine|україн|украин/i, 'UA'],
  [/russia|росси/i, 'RU'],
  [/kazakhstan|казахстан|қазақстан/i, 'KZ'],
  [/greece|ελλάδα|ελλαδα/i, 'GR'],
  [/romania|românia/i, 'RO'],
  [/moldova/i, 'MD'],
  [/georgia|საქართველო/i, 'GE'],
  [/turkey|türkiye/i, 'TR'],
  [/brazil|brasil/i, 'BR'],
  [/portugal/i, 'PT'],
  [/mexico|méxico/i, 'MX'],
  [/czech|česk/i, 'CZ'],
  [/israel|ישראל/i, 'IL'],
  [/china|中国/i, 'CN'],
  [/netherlands|nederland/i, 'NL'],
  [/belgi/i, 'BE'],
];

function regionCues(text: string): string[] {
  const cues: string[] = [];
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) {
    const a = (m[1]?.codePointAt(0) ?? 0) - 0x1f1e6 + 65;
    const b = (m[2]?.codePointAt(0) ?? 0) - 0x1f1e6 + 65;
    cues.push(String.fromCharCode(a, b).replace('UK', 'GB'));
  }
  for (const [pattern, region] of COUNTRY_NAMES) if (pattern.test(text)) cues.push(region);
  return cues;
}

function rangesFor(segment: Segment, start: number, end: number): MarkRange[] {
  const ranges: MarkRange[] = [];
  for (const piece of segment.pieces) {
    if (piece.end <= start || piece.start >= end) continue;
    ranges.push({
      node: piece.node,
      start: Math.max(start, piece.start) - piece.start,
      end: Math.min(end, piece.end) - piece.start,
    });
  }
  return ranges;
}

function linkAt(segment: Segment, start: number, end: number): Element | null {
  return segment.links.find((l) => l.start <= start && l.end >= end && l.end > l.start)?.element ?? null;
}

/** All contacts in one segment, before classification. */
export function contactsIn(segment: Segment, context: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const folded = foldContacts(segment.text);
  const raw = (s: number, e: number): [number, number] => [rawOffset(folded, s), rawOffset(folded, e, true)];
  const add = (kind: ContactKind, value: string, s: number, e: number, extra: Partial<Candidate> = {}): void => {
    const [start, end] = raw(s, e);
    out.push({ kind, value, start, end, brand: null, source: 'text', link: linkAt(segment, start, end), ...extra });
  };

  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);

  for (const m of findMessengerUrls(folded.text)) {
    add('messenger', m.value, m.start, m.end);
    if (m.phone) {
      const phone = normalisePhone(m.phone, []);
      if (phone) add('phone', phone, m.start, m.end);
    }
    taken.push([m.start, m.end]);
  }
  for (const e of findEmails(folded.text)) {
    if (overlaps(e.start, e.end)) continue;
    const verdict = classifyEmail(e.value);
    add('email', e.value, e.start, e.end, { brand: verdict.brand, emailKind: verdict.kind });
    taken.push([e.start, e.end]);
  }
  if (segment.text.includes('@') && presentsTelegram(segment)) {
    for (const h of findHandles(folded.text)) {
      if (!overlaps(h.start, h.end)) add('messenger', h.value, h.start, h.end, { brand: brandIn(h.value.slice(13)) });
    }
  }
  if (/\d/.test(folded.text)) {
    const regions = context.regionHints;
    for (const p of findPhones(folded.text, { regions: withCues(folded.text, regions) })) {
      if (!overlaps(p.start, p.end)) add('phone', p.value, p.start, p.end);
    }
  }

  for (const link of segment.links) {
    const href = link.href.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase() ?? '';
    const base = { start: link.start, end: link.end, source: 'href' as const, link: link.element, brand: null };
    if (scheme === 'tel') {
      const regions = [...regionCues(segment.text), ...context.regionHints];
      const value = phoneFromTelHref(href, regions);
      if (value) out.push({ kind: 'phone', value, ...base });
    } else if (scheme === 'mailto') {
      const value = emailFromMailto(href);
      if (value) {
        const verdict = classifyEmail(value);
        out.push({ kind: 'email', value, ...base, brand: verdict.brand, emailKind: verdict.kind });
      }
    } else {
      const messenger = canonicalMessenger(href);
      if (messenger) out.push({ kind: 'messenger', value: messenger.value, ...base });
    }
  }
  return dedupeLinkEchoes(out).sort((a, b) => a.start - b.start);
}

/** Regions for numbers: country cues written in the block, then page hints. */
function withCues(text: string, regions: readonly string[]): string[] {
  const cues = regionCues(text);
  return cues.length === 0 ? [...regions] : [...new Set([...cues, ...regions])];
}

/** A link whose href repeats the contact written as its text is one occurrence, not two. */
function dedupeLinkEchoes(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) =>
      c.source === 'text' ||
      !candidates.some(
        (t) => t.source === 'text' && t.kind === c.kind && t.value === c.value && t.link !== null && t.link === c.link,
      ),
  );
}

function isTrusted(kind: ContactKind, value: string, context: PageContext): boolean {
  return context.trusted.contacts.includes(value) || officialContact(kind, value) !== undefined;
}

/** Findings in the given segments. Pure: the DOM is only read. */
export function scan(segments: readonly Segment[], context: PageContext): Finding[] {
  if (context.siteTrusted) return [];
  const findings: Finding[] = [];
  for (const segment of segments) {
    const candidates = contactsIn(segment, context);
    for (const c of candidates) {
      if (isTrusted(c.kind, c.value, context)) continue;
      const verdict = judgeContact(segment, c, context);
      if (!verdict) continue;
      findings.push({
        kind: c.kind,
        value: c.value,
        reason: verdict.reason,
        marketplace: verdict.marketplace,
        text: excerpt(segment.text, c.start, c.end),
        segment,
        start: c.start,
        end: c.end,
        ranges: rangesFor(segment, c.start, c.end),
        link: c.link,
        source: c.source,
      });
    }
  }
  return findings;
}

/** One entry per contact (kind + value), first occurrence kept: for the banner and reports. */
export function uniqueContacts(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind} ${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
