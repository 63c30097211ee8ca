import { judgeContact, presentsTelegram, type ContactUnderTest } from './classify';
import { cueWords } from './cue-words';
import { classifyEmail, emailFromMailto, findEmails } from './emails';
import { brandIn } from './lexicon';
import { officialContact } from './marketplaces';
import { canonicalMessenger, findHandles, findLabelledIds, findMessengerUrls } from './messengers';
import { findPhones, normalisePhone, phoneFromTelHref, regionCues, withPhoneMemo } from './phones';
import { isPremiumRate } from './premium';
import { SPELT_NUMBER_MIN_WORDS, spellDigits, type Token } from './digit-words';
import { excerpt, foldContacts, rawOffset, type FoldedText } from './text';
import type { ContactKind, Finding, MarkRange, PageContext, Segment } from './types';

/**
 * Segments → findings: extract every contact (text and link hrefs), then ask
 * the classifier whether it is presented as marketplace support.
 */

interface Candidate extends ContactUnderTest {
  source: 'text' | 'href';
  link: Element | null;
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

/** Collects candidates for one segment, translating folded offsets back to the segment's text. */
class CandidateList {
  readonly items: Candidate[] = [];
  private readonly taken: Array<[number, number]> = [];

  constructor(
    private readonly segment: Segment,
    private readonly folded: FoldedText,
  ) {}

  /** Folded offset → raw offset, or null when nothing was dropped (see foldContacts). */
  get foldMap(): Int32Array | null {
    return this.folded.map;
  }

  add(kind: ContactKind, value: string, s: number, e: number, extra: Partial<Candidate> = {}): void {
    const start = rawOffset(this.folded, s);
    const end = rawOffset(this.folded, e, true);
    const link = linkAt(this.segment, start, end);
    this.items.push({ kind, value, start, end, brand: null, source: 'text', link, ...extra });
  }

  /** Adds a contact whose offsets are already in the segment's text. */
  addRaw(kind: ContactKind, value: string, start: number, end: number): void {
    this.items.push({ kind, value, start, end, brand: null, source: 'text', link: linkAt(this.segment, start, end) });
  }

  /** Drops contacts read inside a range of the segment's text. */
  dropWithin(start: number, end: number): void {
    for (let i = this.items.length - 1; i >= 0; i -= 1) {
      const c = this.items[i]!;
      if (c.start < end && c.end > start) this.items.splice(i, 1);
    }
  }

  dropPhones(): void {
    for (let i = this.items.length - 1; i >= 0; i -= 1) if (this.items[i]!.kind === 'phone') this.items.splice(i, 1);
  }

  /** Marks a span as used, so a number inside a wa.me URL or an address is not read twice. */
  take(s: number, e: number): void {
    this.taken.push([s, e]);
  }

  overlaps(s: number, e: number): boolean {
    return this.taken.some(([a, b]) => s < b && e > a);
  }
}

/**
 * Every messenger URL form contains one of these (t.me/, wa.me/, telegram.me/, …://, whatsapp.com, threema.id/ …).
 * All but "whatsapp.com" hold a "/": one search for that rare character answers for them on most blocks.
 */
function mayHoldMessengerUrl(text: string): boolean {
  // ".com" first: V8 finds that short needle about twice as fast, and most blocks lack it.
  if (text.includes('.com') && text.includes('whatsapp.com')) return true;
  if (!text.includes('/')) return false;
  return (
    text.includes('.me/') ||
    text.includes('://') ||
    text.includes('.dog/') ||
    text.includes('threema.id/') ||
    text.includes('kakao.com/')
  );
}
const OBFUSCATION_HINT = /[[({<]\s*(?:at|@|собака|ät|arroba|chiocciola|malpa|małpa)\s*[\])}>]/i;

function textContacts(segment: Segment, context: PageContext, list: CandidateList, text: string, cues: ContactCues): void {
  if (cues.messengerUrls) {
    for (const m of findMessengerUrls(text)) {
      list.add('messenger', m.value, m.start, m.end);
      const phone = m.phone ? normalisePhone(m.phone, m.phoneRegion ? [m.phoneRegion] : []) : null;
      if (phone) list.add('phone', phone, m.start, m.end);
      list.take(m.start, m.end);
    }
  }
  if (cues.messengerIds) {
    for (const m of findLabelledIds(text)) {
      if (list.overlaps(m.start, m.end)) continue;
      list.add('messenger', m.value, m.start, m.end);
      list.take(m.start, m.end);
    }
  }
  if (cues.emails) {
    for (const e of findEmails(text)) {
      if (list.overlaps(e.start, e.end)) continue;
      const verdict = classifyEmail(e.value);
      list.add('email', e.value, e.start, e.end, { brand: verdict.brand, emailKind: verdict.kind });
      list.take(e.start, e.end);
    }
    if (presentsTelegram(segment)) {
      for (const h of findHandles(text)) {
        if (!list.overlaps(h.start, h.end)) list.add('messenger', h.value, h.start, h.end, { brand: brandIn(h.value.slice(13)) });
      }
    }
  }
  if (cues.phones) textPhones(context, list, text, cues.numberWords);
}

const SAID_IN_WORDS = /\p{L}/u;

function textPhones(context: PageContext, list: CandidateList, text: string, numberWords: Token[]): void {
  // Numbers partly in words are read from the spelt text first, so "sıfır sekiz yüz elli 444 12 34"
  // is one number and not its written tail "444 12 34"; the rest is read as written.
  const spelt = spellDigits(text, numberWords);
  if (spelt) {
    // Only a number that was (partly) said in words is "spoken"; written digits are read as written below.
    const saidInWords = (start: number, end: number): boolean =>
      SAID_IN_WORDS.test(text.slice(rawOffset(spelt, start), rawOffset(spelt, end, true)));
    for (const p of findPhones(spelt.text, { regions: context.regionHints, cueText: text, spoken: true, wanted: saidInWords })) {
      if (!saidInWords(p.start, p.end)) continue;
      const s = rawOffset(spelt, p.start);
      const e = rawOffset(spelt, p.end, true);
      if (!list.overlaps(s, e)) list.add('phone', p.value, s, e);
    }
  }
  for (const p of findPhones(text, { regions: context.regionHints, cueText: text, foldMap: list.foldMap })) {
    const readSpelt = list.items.some((c) => c.kind === 'phone' && (c.value === p.value || (p.start < c.end && p.end > c.start)));
    if (!list.overlaps(p.start, p.end) && !readSpelt) {
      list.add('phone', p.value, p.start, p.end);
    }
  }
}

function linkContacts(segment: Segment, context: PageContext, out: Candidate[]): void {
  for (const link of segment.links) {
    const href = link.href.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase() ?? '';
    const base = { start: link.start, end: link.end, source: 'href' as const, link: link.element, brand: null };
    if (scheme === 'tel') {
      const value = phoneFromTelHref(href, [...regionCues(segment.text), ...context.regionHints]);
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
}

/**
 * A whole block that is only the head of a number: "+44", "(495)", "0800", "8 (800)", "8", or a country code
 * with the first digits ("+91 85", "+7 (495)"): too short to stand alone, so the cells after it finish it.
 */
const NUMBER_PREFIX = /^\s*(?:\(?(?:\+|00)\d{1,4}\)?(?:[ -]\(?\d{1,4}\)?)?|\(\d{1,5}\)|\(?0\d{1,4}\)?|8 ?\(?\d{3}\)?|[08])\s*$/;
/** A block that is a middle part of a number: "02", "(20)", "555", "8-555" (area code and the first group). */
const NUMBER_PART = /^\s*\(?\d{1,5}\)?(?:[ -]\d{1,4})?\s*$/;
/** The last part: at least three digits ("1234" after "031 | 425"); the joined number is checked whole. */
const NUMBER_REST = /^\s*\d[\d ().-]{1,}\d\s*$/;
/** A last part this short ("567") may be a middle one: it is the tail only when no number part follows it. */
const SHORT_REST = /^\s*\d[\d ().-]{0,3}\d\s*$/;
const MAX_PARTS = 3;

/**
 * A number split over sibling blocks (table cells, flex items): "+44 | 20 7946 0321",
 * "+39 | 02 | 8732 4401". Only a head that cannot stand alone (country code,
 * bracketed area code, trunk digit), with at most two short middle parts, is
 * joined, so a column of numbers is never merged into one.
 */
function splitNumber(segment: Segment, context: PageContext, list: CandidateList, text: string): void {
  if (!NUMBER_REST.test(text)) return;
  const next = segment.block.nextElementSibling;
  if (SHORT_REST.test(text) && next && NUMBER_PART.test(foldContacts(next.textContent ?? '').text)) return;
  const parts: string[] = [];
  let sibling = segment.block.previousElementSibling;
  for (let i = 0; sibling && i < MAX_PARTS; i += 1, sibling = sibling.previousElementSibling) {
    const part = foldContacts(sibling.textContent ?? '').text;
    if (NUMBER_PREFIX.test(part)) {
      const joined = findPhones([part, ...parts, text].map((p) => p.trim()).join(' '), { regions: context.regionHints, labelled: true });
      if (joined.length === 0) return;
      // The block was the tail of a longer number: what it parsed to on its own ("20 7946 0321" as a US
      // number) is wrong.
      list.dropPhones();
      for (const p of joined) list.add('phone', p.value, 0, text.length);
      return;
    }
    if (!NUMBER_PART.test(part)) return;
    parts.unshift(part);
  }
}

/**
 * Text shown reversed (a bidi override element, or U+202E … U+202C in the
 * text): read as displayed. Numbers found there replace whatever the stored
 * order seemed to say.
 */
function reversedRanges(segment: Segment): Array<readonly [number, number]> {
  const ranges = [...(segment.reversed ?? [])];
  for (let at = segment.text.indexOf('\u202e'); at >= 0; at = segment.text.indexOf('\u202e', at + 1)) {
    const pop = segment.text.indexOf('\u202c', at);
    ranges.push([at + 1, pop >= 0 ? pop : segment.text.length]);
  }
  return ranges;
}

function reversedContacts(segment: Segment, context: PageContext, list: CandidateList): void {
  for (const [from, to] of reversedRanges(segment)) {
    const shown = foldContacts([...segment.text.slice(from, to)].reverse().join(''));
    const phones = findPhones(shown.text, { regions: context.regionHints, cueText: segment.text });
    list.dropWithin(from, to);
    const length = to - from;
    for (const p of phones) {
      const s = rawOffset(shown, p.start);
      const e = rawOffset(shown, p.end, true);
      list.addRaw('phone', p.value, from + length - e, from + length - s);
    }
  }
}

/**
 * The prefilter: which contact rules can find anything in a block's folded
 * text, decided once before any of them runs (most blocks of a page hold no
 * contact, and a scan should spend next to nothing on them). Each cue is the
 * gate of its rules above, so a cue added there is admitted here:
 * - phones: two ASCII digits. The text is folded (text.ts), so the decimal
 *   digits of every script, full-width digits and keycaps are ASCII here; every
 *   phone rule needs more (a run six digits, letters for digits five real ones,
 *   a toll-free vanity number its three-digit code, digits spelt as words two
 *   written ones, the tail of a number split over cells two).
 *   A number said wholly in words needs four number words.
 * - e-mails: an "@", a bracketed "at" or a spelt "dot" (emails.ts).
 * - messengers: a messenger's URL form, or its name before an id.
 * The words are found in one pass (cue-words.ts). Link hrefs (tel:, mailto:,
 * messengers) and text shown reversed are read whatever the cues say.
 */
export interface ContactCues {
  phones: boolean;
  emails: boolean;
  messengerUrls: boolean;
  messengerIds: boolean;
  /** The block's number words, found with the cues and read by the digit-word rule. */
  numberWords: Token[];
}

const TWO_DIGITS = /\d\D*\d/;

/** `ascii`: the fold found the text all ASCII (FoldedText.ascii); when absent the cue pass tests it. */
export function contactCues(folded: string, ascii?: boolean): ContactCues {
  const words = ascii === true ? cueWords(folded, true) : cueWords(folded);
  return {
    phones: TWO_DIGITS.test(folded) || words.numberWordMatches >= SPELT_NUMBER_MIN_WORDS,
    // A spaced "@" (the other form of a spelt address) holds an "@".
    emails: folded.includes('@') || OBFUSCATION_HINT.test(folded) || words.dotWord,
    messengerUrls: mayHoldMessengerUrl(folded),
    messengerIds: words.messengerName,
    numberWords: words.numberWords,
  };
}

/** False when no text rule can find a contact: the block's text is then not read at all. */
export function mayHoldContact(cues: ContactCues): boolean {
  return cues.phones || cues.emails || cues.messengerUrls || cues.messengerIds;
}

/** All contacts in one segment (text and link hrefs), in text order, before classification. */
export function contactsIn(segment: Segment, context: PageContext): Candidate[] {
  const folded = foldContacts(segment.text);
  const cues = contactCues(folded.text, folded.ascii);
  const reversed = segment.reversed !== undefined || segment.text.includes('\u202e');
  // Most blocks: no cue, no link, nothing shown reversed. Nothing to collect, sort or de-duplicate.
  if (!mayHoldContact(cues) && !reversed && segment.links.length === 0) return [];
  const list = new CandidateList(segment, folded);
  if (mayHoldContact(cues)) textContacts(segment, context, list, folded.text, cues);
  // The tail of a number split over cells holds two digits at least.
  if (cues.phones) splitNumber(segment, context, list, folded.text);
  if (reversed) reversedContacts(segment, context, list);
  linkContacts(segment, context, list.items);
  return dedupeLinkEchoes(list.items).sort((a, b) => a.start - b.start);
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
  return withPhoneMemo(() => findingsIn(segments, context));
}

function findingsIn(segments: readonly Segment[], context: PageContext): Finding[] {
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
        severity: verdict.severity,
        premiumRate: c.kind === 'phone' && isPremiumRate(c.value),
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
