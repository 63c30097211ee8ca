import { describe, expect, it } from 'vitest';
import { WORDS, numberWords, type Token } from '../../../lib/guard/digit-words';
import { mulberry32 } from '../../support/random';

/**
 * The scan's shortcuts (issue 10, "faster, with margin") must read exactly
 * what the rules they stand in for read.
 */

/** Pieces that meet at word edges in every way the number-word pattern distinguishes. */
const PIECES = [
  'one', 'ONE', 'Eight', 'hundred', 'zwei', 'fünf', 'FÜNF', 'dreißig', 'DREIẞIG', 'sıfır', 'SIFIR', 'İKİ', 'iki', 'üç',
  'восемь', 'ВОСЕМЬ', 'п’ять', "п'ять", 'дев’ятсот', 'τέσσερα', 'ΤΈΣΣΕΡΑ', 'τέςσερα', 'ſeven', 'ϐ', 'µ', 'ოცი', 'ᲝᲪᲘ',
  'पांच', 'सौ', 'छः', 'cinq', 'Cinquante', 'treinta', 'şapte', 'șapte', 'nouă', 'sute', 'constructor', 'toString',
  'someone', 'twos', "one's", '’one', 'one’', '𝐀one', 'one𝐀', '😀one', 'one😀', 'e\u0301', 'one\u0301', '\u0301one',
  '\ud835', '\udc00', '0', '42', '-', ' ', '  ', ',', '.', '/', '_', '\n', 'a', 'Z', 'x', 'ÿ', 'ı', 'Ω',
];

/**
 * The reference: every number word in one case-insensitive alternation, whole
 * words only, each match looked up lower-cased (how digit-words.ts searched
 * until 2026-12-03).
 */
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}'’])(?:${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/'/g, "['’]"))
    .join('|')})(?![\\p{L}\\p{M}'’])`,
  'giu',
);

function numberWordsByPattern(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(NUMBER_WORD)) {
    const word = m[0].toLowerCase().replace('’', "'");
    const digits = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
    if (digits !== undefined) tokens.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return tokens;
}

describe('number words: one pass with a word lookup reads what the pattern reads', () => {
  it('on every piece alone and on 3,000 random joins of them', () => {
    const random = mulberry32(20261203);
    const texts = [...PIECES];
    for (let i = 0; i < 3000; i += 1) {
      const n = 1 + Math.floor(random() * 8);
      texts.push(Array.from({ length: n }, () => PIECES[Math.floor(random() * PIECES.length)]).join(''));
    }
    for (const text of texts) expect(numberWords(text), JSON.stringify(text)).toEqual(numberWordsByPattern(text));
  });

  it('finds the words of several languages, in any case, and nothing inside longer words', () => {
    const found = (text: string) => numberWords(text).map((t) => t.digits).join(' ');
    expect(found('Call EIGHT hundred, five-five-five')).toBe('8 ~ 5 5 5');
    expect(found('восемь-восемьсот пятьсот')).toBe('8 800 500');
    expect(found('sıfır sekiz yüz elli')).toBe('0 8 ~ 50');
    expect(found('someone twos constructor toString')).toBe('');
  });
});
