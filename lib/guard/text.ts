/**
 * Text folding. Two forms:
 * - `foldContacts` keeps offsets (one output char per input char, except
 *   invisible characters, which are dropped and recorded in a map) and turns
 *   every written form of a digit, plus sign, dash and space into ASCII, so one
 *   set of simple, linear regexes finds numbers however they are typed.
 * - `foldWords` is for vocabulary matching only (offsets not kept): lower
 *   case, no diacritics, full-width → ASCII, one kind of apostrophe.
 */

/**
 * Zero-width characters, direction marks and the soft hyphen: page authors hide
 * them inside numbers. The emoji variation selector and the combining keycap
 * (U+FE0F, U+20E3) turn a digit into a keycap "1️⃣": dropped, the digit stays.
 */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0xfe0f ||
    code === 0x20e3 ||
    code === 0x034f ||
    code === 0x061c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}
/**
 * Start of each run of ten decimal digits that is folded to 0–9: every decimal-digit block of the Basic
 * Multilingual Plane (Arabic-Indic, Persian, N'Ko, the Indic scripts from Devanagari to Sinhala, Thai, Lao,
 * Tibetan, Myanmar, Khmer, Mongolian, … full-width), so a number reads the same in whatever script it is shown.
 */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];
const DIGIT_VALUE = new Map<number, number>(DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, d) => [zero + d, d] as const)));
const hex4 = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const DIGIT_CLASS = DIGIT_ZEROS.map((zero) => `${hex4(zero)}-${hex4(zero + 9)}`).join('');

/** Anything foldContacts would change; pages without it skip the per-char loop. */
const NEEDS_FOLD = new RegExp(
  `[\\u20E3\\uFE0F\\u30FC\\uFF70\\u00A0\\u00AD\\u061C${DIGIT_CLASS}\\u180E\\u2000-\\u2015\\u2028-\\u202F\\u205F-\\u2064\\u2212\\u3000\\uFE58\\uFE63\\uFEFF\\uFF01-\\uFF5E]|\\u034F|\\r|\\t`,
);

function foldCode(code: number): number {
  if (code < 0x80) return code === 0x0d || code === 0x09 ? 0x20 : code;
  const digit = DIGIT_VALUE.get(code);
  if (digit !== undefined) return 0x30 + digit;
  // Full-width ASCII block (＋, （, Ａ …) maps onto ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x00a0 || code === 0x3000 || code === 0x205f || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) {
    return 0x20;
  }
  if (code === 0x2028 || code === 0x2029) return 0x0a;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63) return 0x2d;
  return code;
}

export interface FoldedText {
  text: string;
  /** Folded offset → raw offset; null when the fold kept every offset. */
  map: Int32Array | null;
  /**
   * True when the fold already found the text all printable ASCII (its first test), so the
   * prefilter need not ask again (cue-words.ts); absent when it was not asked.
   */
  ascii?: boolean;
}

/** Most text is plain ASCII: one cheap test answers "nothing to fold" for it. */
const NON_ASCII_OR_CONTROL = /[^\x20-\x7E\n]/;

export function foldContacts(raw: string): FoldedText {
  if (!NON_ASCII_OR_CONTROL.test(raw)) return { text: raw, map: null, ascii: true };
  if (!NEEDS_FOLD.test(raw)) return { text: raw, map: null };
  let out = '';
  let map: Int32Array | null = null;
  let kept = 0;
  // Build in chunks so a 10 MB segment does not create millions of tiny strings.
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (isInvisible(code)) {
      if (!map) {
        map = new Int32Array(raw.length);
        for (let k = 0; k < i; k += 1) map[k] = k;
      }
      continue;
    }
    if (map) map[kept] = i;
    // Japanese pages write the prolonged-sound mark between digit groups ("０１２０ー５５５"); only in
    // contact text, so katakana words keep their spelling for the vocabularies.
    parts.push(code === 0x30fc || code === 0xff70 ? '-' : String.fromCharCode(foldCode(code)));
    kept += 1;
    if (parts.length >= 8192) {
      out += parts.join('');
      parts.length = 0;
    }
  }
  out += parts.join('');
  return { text: out, map: map ? map.subarray(0, kept) : null };
}

/** Raw offset of a folded offset (end offsets map to one past the last raw char). */
export function rawOffset(folded: FoldedText, offset: number, isEnd = false): number {
  if (!folded.map) return offset;
  if (isEnd) {
    if (offset <= 0) return 0;
    return (folded.map[offset - 1] ?? 0) + 1;
  }
  return folded.map[offset] ?? (folded.map.length > 0 ? (folded.map[folded.map.length - 1] ?? 0) + 1 : 0);
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4]/g;
/**
 * Whitespace that collapsing to one space changes: a run of two or more, or one
 * character other than the space. The same result as replacing every `\s+`,
 * but prose has a match per line instead of per word; a regular-expression
 * replace with hundreds of thousands of matches costs far more than linear
 * time in V8 (garbage collection of the matches), and vocabularies fold whole
 * blocks.
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Lower case, no diacritics: the form vocabularies and names are matched in. */
export function foldWords(text: string): string {
  let s = text;
  if (NEEDS_FOLD.test(s)) {
    let out = '';
    for (let i = 0; i < s.length; i += 1) {
      const code = s.charCodeAt(i);
      if (!isInvisible(code)) out += String.fromCharCode(foldCode(code));
    }
    s = out;
  }
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(/ς/g, 'σ')
    .replace(WHITESPACE_TO_COLLAPSE, ' ');
}

/** Whitespace collapsed, trimmed, capped: an excerpt for reports and the banner. */
export function excerpt(text: string, start: number, end: number, radius = 80): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const body = text.slice(from, to).replace(/[\s\u00A0]+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** A literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
