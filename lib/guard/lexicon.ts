import { escapeRegExp, foldWords } from './text';
import {
  ADVERTISER_STEMS,
  CLAUSE_CONTACT_STEMS,
  GUIDE_HEADING_STEMS,
  HEADING_CONTACT_STEMS,
  LEGAL_BLOCK_STEMS,
  OFFICIAL_CLAIM_STEMS,
  OFFPLATFORM_STEMS,
  OWN_SUFFIXES,
  OWN_WORDS,
  PRESS_HEADING_STEMS,
  SECTION_LABELS,
  SELF_REFERENCE_STEMS,
  SUPPORT_STEMS,
  THIRD_PARTY_STEMS,
  WARNING_STEMS,
} from './vocabulary';

/**
 * Scripts written without spaces (Thai, Lao, Myanmar, Khmer, CJK), or whose words take attached prefixes
 * (Arabic و/ال, Hebrew ה/ב/ל, Amharic የ).
 */
const NO_WORD_START = /[\u0590-\u06FF\u0E00-\u0EFF\u1000-\u109F\u1200-\u137F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;


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
  private built: RegExp | null = null;

  /** Built on first use, not at load: the content script's first task on every page stays short. */
  constructor(private readonly stems: readonly string[]) {}

  private get pattern(): RegExp {
    return (this.built ??= buildStemRegExp(this.stems));
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
const OTHER_PARTY_STEMS = [...allStems(THIRD_PARTY_STEMS), ...ADVERTISER_STEMS];
/** Whoever else owns a contact, the site's own "contact us" included. */
export const THIRD_PARTY = new Vocabulary([...OTHER_PARTY_STEMS, ...allStems(SELF_REFERENCE_STEMS)]);
/** Couriers, banks, police, newsrooms, advertisers …: THIRD_PARTY without the site's "contact us". */
export const OTHER_PARTY = new Vocabulary(OTHER_PARTY_STEMS);
export const ADVERTISER = new Vocabulary(ADVERTISER_STEMS);
/** A press-contact heading (PRESS_HEADING_STEMS), matched at word starts only. */
export const PRESS_HEADING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PRESS_HEADING_STEMS.map((s) => escapeRegExp(foldWords(s))).join('|')})`,
  'u',
);
export const OFFPLATFORM = new Vocabulary(allStems(OFFPLATFORM_STEMS));
export const GUIDE_HEADING = new Vocabulary(GUIDE_HEADING_STEMS);
export const LEGAL_BLOCK = new Vocabulary(LEGAL_BLOCK_STEMS);
export const WARNING = new Vocabulary(WARNING_STEMS);
export const OFFICIAL_CLAIM = new Vocabulary(OFFICIAL_CLAIM_STEMS);
/** Support wording as read in headings: also "Numbers", "Addresses". */
export const HEADING_SUPPORT = new Vocabulary([...allStems(SUPPORT_STEMS), ...HEADING_CONTACT_STEMS]);
/** Support wording as read in a contact's own clause: also "number", "help", "reach". */
export const CLAUSE_SUPPORT = new Vocabulary([...allStems(SUPPORT_STEMS), ...HEADING_CONTACT_STEMS, ...CLAUSE_CONTACT_STEMS]);

let sectionLabels: Set<string> | null = null;

/** Whether a folded heading only names a part of the page ("description", "opis"): see SECTION_LABELS. */
export function isSectionLabel(folded: string): boolean {
  sectionLabels ??= new Set(SECTION_LABELS.map((l) => foldWords(l)));
  return sectionLabels.has(folded.replace(/[\s:：]+$/u, '').trim());
}

/** Letters, marks (Devanagari vowel signs are marks) and digits: what a word is made of. */
const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';
const ATTACHED_PREFIX_SCRIPT = /[\u0590-\u06FF]/;

function ownPattern(): RegExp {
  const words = allStems(OWN_WORDS).map((w) => w.toLowerCase());
  const literal = (w: string): string => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}[\\p{L}\\p{M}]*` : escapeRegExp(w));
  const whole = words.filter((w) => !ATTACHED_PREFIX_SCRIPT.test(w)).map(literal);
  const ending = words.filter((w) => ATTACHED_PREFIX_SCRIPT.test(w)).map(literal);
  const suffixes = OWN_SUFFIXES.map(escapeRegExp);
  return new RegExp(
    `(?<![${WORD_CHAR}])(?:${whole.join('|')})(?![${WORD_CHAR}])` +
      `|(?:${ending.join('|')})(?![${WORD_CHAR}])` +
      `|\\p{L}{2}(?:${suffixes.join('|')})(?![${WORD_CHAR}])`,
    'u',
  );
}

const OWN = ownPattern();

/**
 * Whether a clause speaks in the first person plural ("our hotline",
 * "unser Kundendienst", "müşteri hizmetlerimiz"): read in lower case with
 * diacritics kept (see OWN_WORDS).
 */
export function speaksAsOwner(clause: string): boolean {
  return OWN.test(clause.toLowerCase());
}

export { brandIn, findMarketplaceNames, type NameMention } from './names';
