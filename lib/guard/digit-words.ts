import type { FoldedText } from './text';

/**
 * Digits partly written as words ("one eight hundred 555 0142",
 * "восемь-восемьсот-555-35-35", "sıfır sekiz yüz elli 555 12 34") → digits,
 * with a map back to the original offsets. Words of the seven UI languages
 * plus English, Spanish, German, French, Portuguese, Turkish, Hindi, Belarusian,
 * Bulgarian and Serbian (Cyrillic): the digits 0–9, "hundred", the tens
 * (20–90) and, where a language writes each hundred as one word, every one of
 * them (100–900), so a group said as a number ("пятьсот пятьдесят пять",
 * "eight hundred fifty-five", "триста один") reads as its three digits. A
 * number said wholly in words, with no written digit, is read too.
 */
export const WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // Each line: 0 … 9, then extra word=digits pairs. "~" marks "hundred".
    'en zero one two three four five six seven eight nine hundred=~ twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90',
    'es cero uno dos tres cuatro cinco seis siete ocho nueve cien=~ cientos=~ ciento=100 ochocientos=800 novecientos=900 veinte=20 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 doscientos=200 trescientos=300 cuatrocientos=400 quinientos=500 seiscientos=600 setecientos=700',
    'de null eins zwei drei vier fünf sechs sieben acht neun hundert=~ einhundert=100 achthundert=800 neunhundert=900 zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 zweihundert=200 dreihundert=300 vierhundert=400 fünfhundert=500 sechshundert=600 siebenhundert=700',
    'fr zéro un deux trois quatre cinq six sept huit neuf cent=~ cents=~ vingt=20 trente=30 quarante=40 cinquante=50 soixante=60',
    'pt zero um dois três quatro cinco seis sete oito nove cem=~ cento=100 oitocentos=800 novecentos=900 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 duzentos=200 trezentos=300 quatrocentos=400 quinhentos=500 seiscentos=600 setecentos=700',
    'tr sıfır bir iki üç dört beş altı yedi sekiz dokuz yüz=~ yirmi=20 otuz=30 kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90',
    // Round 14 (batch n): the teens. Turkish says them as two words ("on sekiz"); a bare "on" is not read (English "on").
    'tr on_bir=11 on_iki=12 on_üç=13 on_dört=14 on_beş=15 on_altı=16 on_yedi=17 on_sekiz=18 on_dokuz=19',
    'en eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19',
    'de zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19',
    'hi शून्य एक दो तीन चार पांच छह सात आठ नौ पाँच=5 छः=6 सौ=~',
    "uk нуль один два три чотири п'ять шість сім вісім дев'ять сто=100 вісімсот=800 дев'ятсот=900 двадцять=20 тридцять=30 сорок=40 п'ятдесят=50 шістдесят=60 сімдесят=70 вісімдесят=80 дев'яносто=90 двісті=200 триста=300 чотириста=400 п'ятсот=500 шістсот=600 сімсот=700",
    'pl zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć sto=100 osiemset=800 dziewięćset=900 dwadzieścia=20 trzydzieści=30 czterdzieści=40 pięćdziesiąt=50 sześćdziesiąt=60 siedemdziesiąt=70 osiemdziesiąt=80 dziewięćdziesiąt=90 dwieście=200 trzysta=300 czterysta=400 pięćset=500 sześćset=600 siedemset=700',
    'el μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα εφτά=7 οχτώ=8 εννιά=9 εκατό=100 εκατόν=100 οκτακόσια=800 εννιακόσια=900 είκοσι=20 τριάντα=30 σαράντα=40 πενήντα=50 εξήντα=60 εβδομήντα=70 ογδόντα=80 ενενήντα=90 διακόσια=200 τριακόσια=300 τετρακόσια=400 πεντακόσια=500 εξακόσια=600 επτακόσια=700',
    'ro zero unu doi trei patru cinci șase șapte opt nouă sute=~ suta=~ sută=~ douăzeci=20 treizeci=30 patruzeci=40 cincizeci=50 șaizeci=60 șaptezeci=70 optzeci=80 nouăzeci=90',
    'ka ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა ასი=100 რვაასი=800 ცხრაასი=900 ოცი=20 ორმოცი=40 სამოცი=60 ოთხმოცი=80 ორასი=200 სამასი=300 ოთხასი=400 ხუთასი=500 ექვსასი=600 შვიდასი=700',
    'ru ноль один два три четыре пять шесть семь восемь девять нуль=0 сто=100 восемьсот=800 девятьсот=900 двадцать=20 тридцать=30 сорок=40 пятьдесят=50 шестьдесят=60 семьдесят=70 восемьдесят=80 девяносто=90 двести=200 триста=300 четыреста=400 пятьсот=500 шестьсот=600 семьсот=700',
    'be нуль адзін два тры чатыры пяць шэсць сем восем дзевяць сто=100 васямсот=800 дзевяцьсот=900 дваццаць=20 трыццаць=30 сорак=40 пяцьдзясят=50 шэсцьдзясят=60 семдзесят=70 восемдзесят=80 дзевяноста=90 дзвесце=200 трыста=300 чатырыста=400 пяцьсот=500 шэсцьсот=600 семсот=700',
    'bg нула едно две три четири пет шест седем осем девет осемстотин=800 деветстотин=900 сто=100 двеста=200 триста=300 четиристотин=400 петстотин=500 шестстотин=600 седемстотин=700',
    'sr нула један два три четири пет шест седам осам девет осамсто=800 деветсто=900 сто=100 двеста=200 триста=300 четиристо=400 петсто=500 шестсто=600 седамсто=700',
  ].flatMap((line) =>
    line
      .split(' ')
      .slice(1)
      // "_" joins a number said as two words ("on_sekiz" is "on sekiz", 18).
      .map((word, i): [string, string] => (word.includes('=') ? (word.replace('_', ' ').split('=') as [string, string]) : [word, String(i)])),
  ),
);

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Every number word in one alternation, longest first, whole words only: text
 * is searched once for the rare number word instead of splitting every word of
 * every block out and looking it up (the costliest step of a scan before).
 * The second form is for text that is all ASCII: its words written in ASCII,
 * ASCII word edges, no `u` flag. On such text it finds exactly what the first
 * finds (no other word can match ASCII letters, and case folding of ASCII is
 * ASCII), in half the time: Unicode mode costs V8 more at every position.
 * The sources are shared with the prefilter's one pass over a block (cue-words.ts).
 */
export const NUMBER_WORD_SOURCE = {
  unicode: `(?<![\\p{L}\\p{M}'’])(?:${alternation(Object.keys(WORDS))})(?![\\p{L}\\p{M}'’])`,
  ascii: `(?<![A-Za-z'])(?:${alternation(Object.keys(WORDS).filter((w) => !NOT_ASCII.test(w)))})(?![A-Za-z'])`,
};
const NUMBER_WORD = new RegExp(NUMBER_WORD_SOURCE.unicode, 'giu');
const ASCII_NUMBER_WORD = new RegExp(NUMBER_WORD_SOURCE.ascii, 'gi');

/** Whether `text` is all ASCII: then the ASCII forms of the word patterns find the same words, faster. */
export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}

/** The number-word pattern for `text`: the ASCII-only one when it can find the same words, faster. */
function numberWordPattern(text: string): RegExp {
  return isAscii(text) ? ASCII_NUMBER_WORD : NUMBER_WORD;
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/'/g, "['’]"))
    .join('|');
}
const JOINER = /^[ \-‐,]{1,2}$/;
const DIGITS = /^[ \-‐]*\d/;

/**
 * How many trailing zeros of the previous word a number word fills: a tens word
 * after a hundred ("eight hundred fifty" → 850, "пятьсот пятьдесят" → 550), a
 * unit after a tens word ("fifty-five" → 55), a unit after a hundred when no
 * unit follows it ("триста один двадцать" → 301 20). A zero or another hundred
 * does not: "восемь восемьсот" stays 8 800; nor does a unit that starts a run of
 * units, said digit by digit: "eight hundred five five five" is 800 555.
 */
function zerosFilled(previous: string, value: string, next: string | undefined): number {
  // A tens word or a teen ("dört yüz on sekiz" → 418) after a hundred fills its two zeros.
  const tens = value.length === 2 && value !== '00';
  if (tens && previous.endsWith('00')) return 2;
  const isUnit = (v: string | undefined): boolean => v !== undefined && v.length === 1 && v !== '0' && v !== '~';
  if (!isUnit(value) || previous.length < 2 || !previous.endsWith('0')) return 0;
  if (!previous.endsWith('00')) return 1;
  return isUnit(next) || next === '0' ? 0 : 1;
}

export interface Token {
  start: number;
  end: number;
  digits: string;
}

/** A number word the pattern matched at `start`, with its digits; null when the table has no such word. */
export function numberToken(word: string, start: number): Token | null {
  const digits = WORDS[word.toLowerCase().replace('’', "'")];
  return digits === undefined ? null : { start, end: start + word.length, digits };
}

/** Number words in `text`, or [] (most text has none). */
export function numberWords(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = numberWordPattern(text);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const token = numberToken(m[0], m.index);
    if (token) tokens.push(token);
  }
  return tokens;
}

/**
 * How many number words a number said wholly in words ("восемь восемьсот триста один двадцать
 * семь шестьдесят четыре") has at least: a phone needs seven digits, so four words. The scan's gate
 * for phones in blocks without two written digits (scan.ts contactCues).
 */
export const SPELT_NUMBER_MIN_WORDS = 4;

/**
 * Runs of number words joined by spaces/hyphens. A run counts when it touches
 * a written digit group or has three words: "one of two sellers" stays prose.
 * `words` are the text's number words when the caller has found them already.
 */
export function spellDigits(text: string, words: Token[] = numberWords(text)): FoldedText | null {
  // A run counts when it touches a digit or has three tokens, and a lone digit joins only a run it
  // touches: one or two words with no digit beside them ("two of three sellers") can make no run.
  if (words.length < 3 && !words.some((w) => besideDigit(text, w))) return null;
  const tokens = withLoneDigits(text, words);
  const runs: Token[][] = [];
  for (const token of tokens) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const gap = text.slice(last?.end ?? 0, token.start);
    // "sesenta y cinco", "quarenta e um": the Spanish and Portuguese "and" between a tens word and its unit.
    const tensAnd = last !== undefined && /^ (?:y|e) $/.test(gap) && last.digits.length === 2 && token.digits.length === 1;
    if (run && last && (JOINER.test(gap) || tensAnd)) run.push(token);
    else runs.push([token]);
  }
  const used = runs.filter((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const touches = DIGITS.test(text.slice(last.end, last.end + 3)) || /\d[ \-‐]*$/.test(text.slice(Math.max(0, first.start - 3), first.start));
    return run.some((t) => t.digits !== '~' && !LONE.has(t)) && (touches || run.length >= 3);
  });
  if (used.length === 0) return null;
  let out = '';
  const map: number[] = [];
  let at = 0;
  const copy = (to: number): void => {
    if (to <= at) return;
    out += text.slice(at, to);
    for (; at < to; at += 1) map.push(at);
  };
  for (const run of used) {
    copy(run[0]!.start);
    let previous = '';
    for (const [i, token] of run.entries()) {
      const value = token.digits === '~' ? '00' : token.digits;
      const fill = zerosFilled(previous, value, run[i + 1]?.digits);
      out = out.slice(0, out.length - fill);
      map.length -= fill;
      previous = value;
      for (let i = 0; i < value.length; i += 1) {
        out += value[i];
        map.push(i === value.length - 1 ? token.end - 1 : token.start + Math.min(i, token.end - token.start - 1));
      }
      at = token.end;
    }
  }
  copy(text.length);
  return { text: out, map: Int32Array.from(map) };
}

/** A digit within two joiners of the word, before or after it: what any run through the word needs to touch. */
function besideDigit(text: string, word: Token): boolean {
  return DIGIT_AFTER.test(text.slice(word.end, word.end + 3)) || DIGIT_BEFORE.test(text.slice(Math.max(0, word.start - 3), word.start));
}
const DIGIT_AFTER = /^[ \-‐,]{0,2}\d/;
const DIGIT_BEFORE = /\d[ \-‐,]{0,2}$/;

/** A digit written alone between spaces or hyphens: "four 5 six 7". */
const LONE_DIGIT = /(?<![\d\p{L}])\d(?![\d\p{L}])/gu;

/**
 * Lone written digits that sit right next to a number word join its run as digit tokens: "four 5 six 7" is
 * 4567, as a reader takes it, not four groups of one digit. Tokens come back in text order.
 */
function withLoneDigits(text: string, words: Token[]): Token[] {
  const lone: Token[] = [];
  const isLone = (t: Token): boolean => LONE.has(t);
  LONE_DIGIT.lastIndex = 0;
  for (let m = LONE_DIGIT.exec(text); m; m = LONE_DIGIT.exec(text)) {
    const token = { start: m.index, end: m.index + 1, digits: m[0] };
    LONE.add(token);
    lone.push(token);
  }
  if (lone.length === 0) return words;
  const all = [...words, ...lone].sort((a, b) => a.start - b.start);
  // A lone digit counts only inside a chain that reaches a number word through joiners.
  const near = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && JOINER.test(text.slice(a.end, b.start));
  const keep = new Array<boolean>(all.length).fill(false);
  for (let i = 0; i < all.length; i += 1) {
    if (isLone(all[i]!)) continue;
    keep[i] = true;
    for (let j = i - 1; j >= 0 && isLone(all[j]!) && near(all[j], all[j + 1]); j -= 1) keep[j] = true;
    for (let j = i + 1; j < all.length && isLone(all[j]!) && near(all[j - 1], all[j]); j += 1) keep[j] = true;
  }
  return all.filter((_, i) => keep[i]);
}

/** Tokens withLoneDigits made for written digits (not words). */
const LONE = new WeakSet<Token>();
