import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSegments } from '../../../lib/guard';
import { cueWords } from '../../../lib/guard/cue-words';
import { WORDS, numberWords, spellDigits, type Token } from '../../../lib/guard/digit-words';
import { DOT_WORD, findEmails } from '../../../lib/guard/emails';
import { findLabelledIds, findMessengerUrls } from '../../../lib/guard/messengers';
import { findPhones } from '../../../lib/guard/phones';
import { contactCues, mayHoldContact } from '../../../lib/guard/scan';
import { foldContacts } from '../../../lib/guard/text';
import { mulberry32 } from '../../support/random';
import { parseHtml } from './helpers';

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
  '\ud835', '\udc00', "'", "l'one", '0', '42', '-', ' ', '  ', ',', '.', '/', '_', '\n', 'a', 'Z', 'x', 'ÿ', 'ı', 'Ω',
];

/**
 * The reference: every number word in one case-insensitive Unicode alternation,
 * whole words only, each match looked up lower-cased (how digit-words.ts
 * searched every text until 2026-12-03; all-ASCII text now gets a narrower one).
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

/** Texts joined at random from `pieces`: every way they can meet at word edges, many times over. */
function randomJoins(pieces: readonly string[], seed: number, count: number): string[] {
  const random = mulberry32(seed);
  const texts = [...pieces];
  for (let i = 0; i < count; i += 1) {
    const n = 1 + Math.floor(random() * 8);
    texts.push(Array.from({ length: n }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
  }
  return texts;
}

/**
 * Thousands of equivalence checks take about 5 s alone; on a machine loaded
 * far beyond its cores (a full parallel run) they passed the suite's 20 s.
 * A correctness test, not a timed one: it gets room.
 */
const RANDOM_JOINS_TIMEOUT_MS = 90_000;

describe('number words: the ASCII-only pattern reads what the full pattern reads', () => {
  it('on every piece alone and on 3,000 random joins of them', () => {
    for (const text of randomJoins(PIECES, 20261203, 3000)) expect(numberWords(text), JSON.stringify(text)).toEqual(numberWordsByPattern(text));
  }, RANDOM_JOINS_TIMEOUT_MS);

  it('finds the words of several languages, in any case, and nothing inside longer words', () => {
    const found = (text: string) => numberWords(text).map((t) => t.digits).join(' ');
    expect(found('Call EIGHT hundred, five-five-five')).toBe('8 ~ 5 5 5');
    expect(found('восемь-восемьсот пятьсот')).toBe('8 800 500');
    expect(found('sıfır sekiz yüz elli')).toBe('0 8 ~ 50');
    expect(found('someone twos constructor toString')).toBe('');
  });
});

describe('the prefilter\'s one pass over a block reads what each rule\'s own pattern reads', () => {
  // The gates the one pass replaced (scan.ts and emails.ts until 2026-12-03).
  const DOT_BEFORE_SPACE = new RegExp(`${DOT_WORD}\\s`, 'i');
  const MESSENGER_NAME = /wechat|weixin|skype|threema|微信|line|ไลน์|ライン/i;
  const pieces = [
    ...PIECES, 'dot', 'DOT', 'Dot', 'точка', 'ТОЧКА', 'kropka', 'tečka', 'TEČKA', 'τελεία', 'ΤΕΛΕΊΑ', 'punkt', 'point',
    'anecdot', 'line', 'LINE', 'online', 'Skype', 'SKYPE', 'ſkype', 'WeChat', 'weixin', '微信', 'threema', 'Threema',
    'three', 'threemax', 'ไลน์', 'ライン', 'at', '@', '\t', '\u00a0',
  ];

  it('on every piece alone and on 4,000 random joins of them', () => {
    for (const text of randomJoins(pieces, 20261204, 4000)) {
      const found = cueWords(text);
      const label = JSON.stringify(text);
      expect(found.numberWords, label).toEqual(numberWordsByPattern(text));
      expect(found.numberWordMatches, label).toBe([...text.matchAll(NUMBER_WORD)].length);
      // Never less than the old gates; on all-ASCII text exactly the same.
      if (DOT_BEFORE_SPACE.test(text)) expect(found.dotWord, label).toBe(true);
      if (MESSENGER_NAME.test(text)) expect(found.messengerName, label).toBe(true);
      if ([...text].every((ch) => ch.charCodeAt(0) < 0x80)) {
        expect(found.dotWord, label).toBe(DOT_BEFORE_SPACE.test(text));
        expect(found.messengerName, label).toBe(MESSENGER_NAME.test(text));
      }
    }
  }, RANDOM_JOINS_TIMEOUT_MS);
});

/** Every labelled page the guard is tested on: the shared corpus, the regression set, every blind batch. */
function labelledPages(): string[] {
  const dirs = [join(__dirname, '../../../../shared/corpus/guard'), join(__dirname, 'regression')];
  const blind = join(__dirname, 'blind');
  for (const batch of readdirSync(blind)) if (statSync(join(blind, batch)).isDirectory()) dirs.push(join(blind, batch));
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
}

describe('the prefilter admits what the rules find', () => {
  const cuesOf = (raw: string) => contactCues(foldContacts(raw).text);

  it('admits digits of every script, keycaps, letters for digits and number words next to digits', () => {
    for (const raw of [
      'Звоните ९८७६५४३२१०', '电话 ０１２０-５５５-１２３', 'اتصل ٠٥٥٥١٢٣٤٥٦', 'تماس ۰۹۱۲۳۴۵۶۷۸۹', 'কল ০১৭১১২২৩৩৪৪',
      'Call 8️⃣0️⃣0️⃣ now', '+1 (8OO) 5O5-O1O2', 'eight hundred 55 12', 'восемь восемьсот 25', 'หมายเลข ๐๘๑๒๓๔๕๖๗๘',
    ]) {
      expect(cuesOf(raw).phones, raw).toBe(true);
    }
  });

  it('admits addresses written, bracketed and spelt in several languages', () => {
    for (const raw of ['help@shop.example', 'help [at] shop [dot] com', 'help (собака) shop.ru', 'help at shop dot com', 'info zavináč firma tečka cz', 'pomoc małpa sklep kropka pl']) {
      expect(cuesOf(raw).emails, raw).toBe(true);
    }
  });

  it('admits messenger links and labelled ids', () => {
    for (const raw of ['wa.me/447700900123', 'https://t.me/helpdesk', 'api.whatsapp.com/send?phone=1', 'viber://chat?number=1', 'zalo.me/0912345678']) {
      expect(cuesOf(raw).messengerUrls, raw).toBe(true);
    }
    for (const raw of ['WeChat: shop_help', '微信：shophelp', 'LINE ID: @shop', 'Skype: ebay.desk', 'Weixin shop88']) {
      expect(cuesOf(raw).messengerIds, raw).toBe(true);
    }
  });

  it('rejects plain prose in several languages', () => {
    for (const raw of [
      'The parcel arrived on Monday and the seller was friendly.',
      'Посылка пришла в понедельник, продавец был вежлив.',
      'Das Paket kam am Montag an, der Verkäufer war freundlich.',
      'Το δέμα έφτασε τη Δευτέρα και ο πωλητής ήταν ευγενικός.',
      'Przesyłka dotarła w poniedziałek, sprzedawca był miły.',
      'Price 9 dollars, one of two sellers.',
    ]) {
      expect(mayHoldContact(cuesOf(raw)), raw).toBe(false);
    }
  });

  it('never rejects a block in which a rule finds something, on every labelled page', () => {
    const pages = labelledPages();
    expect(pages.length).toBeGreaterThan(200);
    let blocksWithContacts = 0;
    for (const file of pages) {
      const doc = parseHtml(readFileSync(file, 'utf8'), 'https://pages.example/', 'happy-dom');
      for (const segment of extractSegments(doc)) {
        const text = foldContacts(segment.text).text;
        const cues = contactCues(text);
        const found = {
          phones: findPhones(text, { regions: ['US', 'GB', 'DE', 'RU'] }).length + (spellDigits(text) ? 1 : 0),
          emails: findEmails(text).length,
          messengerUrls: findMessengerUrls(text).length,
          messengerIds: findLabelledIds(text).length,
        };
        for (const [cue, count] of Object.entries(found)) {
          if (count > 0) expect(cues[cue as keyof typeof cues], `${file}: ${cue} in "${text.slice(0, 80)}"`).toBe(true);
        }
        if (Object.values(found).some((n) => n > 0)) blocksWithContacts += 1;
      }
    }
    // Enough real contacts passed through for the check to mean something.
    expect(blocksWithContacts).toBeGreaterThan(300);
    // About 17 s alone over 600+ pages (batch k added 45); it passed 20 s in the full guard run on a loaded machine.
  }, 90_000);
});
