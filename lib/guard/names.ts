import type { MarketplaceId } from '../marketplaces/registry';
import { GUARD_MARKETPLACES } from './marketplaces';
import { escapeRegExp, foldWords } from './text';

/**
 * Marketplace names in any script, with look-alike letters tolerated in the
 * Latin brands. Kept apart from the vocabularies so the first pass (which
 * needs only names) stays small.
 */


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
  // A name matched as written may touch a letter of another script: Amharic "የTemu" (of Temu), Hebrew "בTemu".
  const exact = m.exactNames?.length
    ? new RegExp(`(?<![\\p{sc=Latin}\\p{N}])(?:${m.exactNames.map(escapeRegExp).join('|')})(?!\\p{Ll})`, 'gu')
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
