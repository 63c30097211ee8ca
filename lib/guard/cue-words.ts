import { isAscii, NUMBER_WORD_SOURCE, numberToken, type Token } from './digit-words';
import { DOT_WORD } from './emails';

/**
 * The words the prefilter (scan.ts `contactCues`) asks a block's folded text
 * about, found in one pass instead of one per rule: every number word (the
 * digit-word rules read them), a spelt "dot" before a space (a spelt address
 * needs one, emails.ts), and a messenger's name (a labelled id starts with one,
 * messengers.ts). V8 spends about the same per character on any long
 * alternation, so one search for all three costs about what two cost apart
 * (2026-12-03, the bench page's blocks: 6.3 ms against 4.3 + 3.9 + 2.4).
 *
 * At any position at most one of the three can match (no number word starts a
 * dot word or a messenger name, and a number word must end before a letter),
 * and the search moves on one character after each match, so every position
 * is tried: the number words are exactly those `numberWords` finds, and the
 * other two answers are those of their own patterns (in Unicode mode, on text
 * that is not all ASCII, a superset: Unicode case folding matches more).
 */
const MESSENGER_NAME = 'wechat|weixin|skype|threema|微信|line|ไลน์|ライン';
const CUE_WORDS = new RegExp(`(${NUMBER_WORD_SOURCE.unicode})|(${DOT_WORD}\\s)|${MESSENGER_NAME}`, 'giu');
const ASCII_CUE_WORDS = new RegExp(`(${NUMBER_WORD_SOURCE.ascii})|(${DOT_WORD}\\s)|${MESSENGER_NAME}`, 'gi');

export interface CueWords {
  /** The number words, as `numberWords(text)` gives them. */
  numberWords: Token[];
  /** How often the number-word pattern matched (a match the table cannot look up still counts). */
  numberWordMatches: number;
  /** A spelt "dot" followed by a space ("dot", "точка", "kropka" …). */
  dotWord: boolean;
  /** A messenger's name, in any case, also inside a word ("online" holds "line"). */
  messengerName: boolean;
}

/** `ascii`: true when the caller knows the text is all ASCII (foldContacts found it so), else it is tested here. */
export function cueWords(text: string, ascii = isAscii(text)): CueWords {
  const found: CueWords = { numberWords: [], numberWordMatches: 0, dotWord: false, messengerName: false };
  const pattern = ascii ? ASCII_CUE_WORDS : CUE_WORDS;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [, word, dot] = m;
    if (word !== undefined) {
      found.numberWordMatches += 1;
      const token = numberToken(word, m.index);
      // A number said as two words ("on sekiz", 18) holds a second word ("sekiz"), which this search, moving
      // one character on, would find again: numberWords(text) moves past the whole match and does not.
      const last = found.numberWords[found.numberWords.length - 1];
      if (token && (last === undefined || token.start >= last.end)) found.numberWords.push(token);
    } else if (dot !== undefined) {
      found.dotWord = true;
    } else {
      found.messengerName = true;
    }
    pattern.lastIndex = m.index + 1;
  }
  return found;
}
