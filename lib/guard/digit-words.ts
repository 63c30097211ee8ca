import type { FoldedText } from './text';

/**
 * Digits partly written as words ("one eight hundred 555 0142",
 * "восемь-восемьсот-555-35-35", "sıfır sekiz yüz elli 555 12 34") → digits,
 * with a map back to the original offsets. Words of the seven UI languages
 * plus English, Spanish, German, French, Portuguese, Turkish and Hindi: the
 * digits 0–9, "hundred", and the single words for 800 and 900 (toll-free and
 * premium codes are what scammers spell).
 */
const WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // Each line: 0 … 9, then extra word=digits pairs. "~" marks "hundred".
    'en zero one two three four five six seven eight nine hundred=~',
    'es cero uno dos tres cuatro cinco seis siete ocho nueve cien=~ cientos=~ ochocientos=800 novecientos=900',
    'de null eins zwei drei vier fünf sechs sieben acht neun hundert=~ achthundert=800 neunhundert=900',
    'fr zéro un deux trois quatre cinq six sept huit neuf cent=~ cents=~',
    'pt zero um dois três quatro cinco seis sete oito nove cem=~ oitocentos=800 novecentos=900',
    'tr sıfır bir iki üç dört beş altı yedi sekiz dokuz yüz=~ elli=50 doksan=90',
    'hi शून्य एक दो तीन चार पांच छह सात आठ नौ पाँच=5 छः=6 सौ=~',
    "uk нуль один два три чотири п'ять шість сім вісім дев'ять вісімсот=800 дев'ятсот=900",
    'pl zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć osiemset=800 dziewięćset=900',
    'el μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα εφτά=7 οχτώ=8 εννιά=9 οκτακόσια=800 εννιακόσια=900',
    'ro zero unu doi trei patru cinci șase șapte opt nouă sute=~ suta=~ sută=~',
    'ka ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა რვაასი=800 ცხრაასი=900',
    'ru ноль один два три четыре пять шесть семь восемь девять нуль=0 восемьсот=800 девятьсот=900',
  ].flatMap((line) =>
    line
      .split(' ')
      .slice(1)
      .map((word, i): [string, string] => (word.includes('=') ? (word.split('=') as [string, string]) : [word, String(i)])),
  ),
);

/**
 * Every number word in one alternation, longest first, whole words only: text
 * is searched once for the rare number word instead of splitting every word of
 * every block out and looking it up (the costliest step of a scan before).
 */
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}'’])(?:${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/'/g, "['’]"))
    .join('|')})(?![\\p{L}\\p{M}'’])`,
  'giu',
);
const JOINER = /^[ \-‐,]{1,2}$/;
const DIGITS = /^[ \-‐]*\d/;

interface Token {
  start: number;
  end: number;
  digits: string;
}

/** Number words in `text`, or [] (most text has none). */
function numberWords(text: string): Token[] {
  const tokens: Token[] = [];
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m; m = NUMBER_WORD.exec(text)) {
    const digits = WORDS[m[0].toLowerCase().replace('’', "'")];
    if (digits !== undefined) tokens.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return tokens;
}

/**
 * Runs of number words joined by spaces/hyphens. A run counts when it touches
 * a written digit group or has three words: "one of two sellers" stays prose.
 */
export function spellDigits(text: string): FoldedText | null {
  if (!/\d\d/.test(text)) return null;
  const tokens = numberWords(text);
  if (tokens.length === 0) return null;
  const runs: Token[][] = [];
  for (const token of tokens) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && JOINER.test(text.slice(last.end, token.start))) run.push(token);
    else runs.push([token]);
  }
  const used = runs.filter((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const touches = DIGITS.test(text.slice(last.end, last.end + 3)) || /\d[ \-‐]*$/.test(text.slice(Math.max(0, first.start - 3), first.start));
    return run.some((t) => t.digits !== '~') && (touches || run.length >= 3);
  });
  if (used.length === 0) return null;
  let out = '';
  const map: number[] = [];
  let at = 0;
  const copy = (to: number): void => {
    for (; at < to; at += 1) {
      out += text[at];
      map.push(at);
    }
  };
  for (const run of used) {
    copy(run[0]!.start);
    for (const token of run) {
      const value = token.digits === '~' ? '00' : token.digits;
      // "eight hundred fifty" → 850: a tens word fills the hundred's zeros.
      if (token.digits.length === 2 && token.digits.endsWith('0') && out.endsWith('00')) {
        out = out.slice(0, -2);
        map.length -= 2;
      }
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
