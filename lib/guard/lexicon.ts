import type { MarketplaceId } from '../marketplaces/types';
import { GUARD_MARKETPLACES } from './marketplaces';
import { foldWords } from './text';
import { HEADING_CONTACT_STEMS, OFFPLATFORM_STEMS, SUPPORT_STEMS, THIRD_PARTY_STEMS } from './vocabulary';

/** Scripts written without spaces, or whose words take attached prefixes (Arabic و/ال, Hebrew ה/ב/ל). */
const NO_WORD_START = /[\u0590-\u06FF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regex for a whole vocabulary: an alternation of literals, which the
 * regex engine matches without backtracking blow-up (no nested quantifiers).
 */
function buildStemRegExp(stems: readonly string[]): RegExp {
  const folded = [...new Set(stems.map((s) => foldWords(s).trim()).filter((s) => s.length > 0))];
  folded.sort((a, b) => b.length - a.length);
  const anywhere = folded.filter((s) => s.length >= 7 || NO_WORD_START.test(s)).map(escapeRegExp);
  const wordStart = folded.filter((s) => !(s.length >= 7 || NO_WORD_START.test(s))).map(escapeRegExp);
  const parts: string[] = [];
  if (wordStart.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${wordStart.join('|')})`);
  if (anywhere.length > 0) parts.push(`(?:${anywhere.join('|')})`);
  return new RegExp(parts.join('|'), 'gu');
}

function allStems(table: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.values(table).flat();
}

/** Finds stems of one vocabulary in folded text (see foldWords). */
export class Vocabulary {
  private readonly pattern: RegExp;

  constructor(stems: readonly string[]) {
    this.pattern = buildStemRegExp(stems);
  }

  test(folded: string): boolean {
    this.pattern.lastIndex = 0;
    return this.pattern.test(folded);
  }

  /** Start of the last match, or -1. */
  lastIndex(folded: string): number {
    this.pattern.lastIndex = 0;
    let last = -1;
    for (let m = this.pattern.exec(folded); m; m = this.pattern.exec(folded)) {
      last = m.index;
      if (m[0].length === 0) this.pattern.lastIndex += 1;
    }
    return last;
  }
}

export const SUPPORT = new Vocabulary(allStems(SUPPORT_STEMS));
export const THIRD_PARTY = new Vocabulary(allStems(THIRD_PARTY_STEMS));
export const OFFPLATFORM = new Vocabulary(allStems(OFFPLATFORM_STEMS));
/** Support wording as read in headings: also "Numbers", "Addresses". */
export const HEADING_SUPPORT = new Vocabulary([...allStems(SUPPORT_STEMS), ...HEADING_CONTACT_STEMS]);

/**
 * Look-alike letters for Latin brand names: Cyrillic and Greek twins, digits
 * and symbols. Applied to folded (lower-case) text, so a capital I written for
 * l arrives here as "i".
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  a: 'aаα@4',
  b: 'bь6',
  c: 'cсϲ',
  e: 'eеє3ε',
  h: 'hһ',
  i: 'iіıl1!|ӏιј',
  l: 'lі1i|ӏι',
  m: 'mм',
  n: 'nп',
  o: 'oоο0',
  p: 'pрρ',
  r: 'rг',
  s: 'sѕ$5',
  x: 'xхχ',
  y: 'yуү',
  z: 'z2',
};

function confusablePattern(name: string): string {
  let out = '';
  for (const ch of name) {
    if (ch === ' ' || ch === '-') {
      out += '[\\s\\-_.]?';
      continue;
    }
    const set = CONFUSABLE[ch];
    out += set ? `[${escapeRegExp(set).replace(/-/g, '\\-')}]` : escapeRegExp(ch);
  }
  return out;
}

interface NamePattern {
  id: MarketplaceId;
  folded: RegExp;
  exact: RegExp | null;
}

const NAME_PATTERNS: readonly NamePattern[] = GUARD_MARKETPLACES.map((m) => {
  const pieces = [...new Set(m.names.map((n) => foldWords(n)))].map((n) =>
    /^[a-z .-]+$/.test(n) ? confusablePattern(n) : escapeRegExp(n).replace(/ /g, '\\s?'),
  );
  pieces.sort((a, b) => b.length - a.length);
  const exact = m.exactNames?.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${m.exactNames.map(escapeRegExp).join('|')})(?!\\p{Ll})`, 'gu')
    : null;
  return { id: m.id, folded: new RegExp(pieces.join('|'), 'gu'), exact };
});

export interface NameMention {
  id: MarketplaceId;
  /** Offset in the folded text (or raw text for exact names). */
  index: number;
}

/**
 * Marketplace names in a text. `raw` is needed for names matched as written
 * (Temu); `folded` defaults to foldWords(raw).
 */
export function findMarketplaceNames(raw: string, folded: string = foldWords(raw)): NameMention[] {
  const found: NameMention[] = [];
  for (const p of NAME_PATTERNS) {
    p.folded.lastIndex = 0;
    for (let m = p.folded.exec(folded); m; m = p.folded.exec(folded)) found.push({ id: p.id, index: m.index });
    if (p.exact) {
      p.exact.lastIndex = 0;
      for (let m = p.exact.exec(raw); m; m = p.exact.exec(raw)) found.push({ id: p.id, index: m.index });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}

/** The brand a string imitates or contains (an e-mail's local part or domain, a handle). */
export function brandIn(text: string): MarketplaceId | null {
  const hit = findMarketplaceNames(text)[0];
  return hit ? hit.id : null;
}
