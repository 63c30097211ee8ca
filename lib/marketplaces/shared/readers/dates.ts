/**
 * Dates as AliExpress prints them in its languages: "Mar 12, 2026", "12 мар. 2026 г.",
 * "12 mar 2026", "12 de mar. de 2026", "12 mars 2026", "12. März 2026", "2026-03-12",
 * "12.03.2026", each optionally followed by a time. The page shows the buyer's local
 * time, so a date becomes the instant of that wall-clock time in the local time zone.
 */
import { asciiDigits } from './text';

/**
 * Month name stems in the site's languages (en, ru, uk, pl, es, pt, fr, de, it), month
 * index 0–11. A word names a month when it starts with a stem; the longest stem wins so
 * "juil" (July) beats "jui…" and "juin" (June) is not read as "jun…".
 */
const MONTH_STEMS: ReadonlyArray<readonly [string, number]> = [
  // English, German, Italian, Spanish, Portuguese, French
  ['jan', 0], ['ene', 0], ['gen', 0], ['janv', 0],
  ['feb', 1], ['fev', 1], ['fév', 1], ['févr', 1], ['fevr', 1],
  ['mar', 2], ['mär', 2], ['mrz', 2],
  ['apr', 3], ['abr', 3], ['avr', 3],
  ['may', 4], ['mai', 4], ['mag', 4], ['maj', 4],
  ['jun', 5], ['juin', 5], ['giu', 5],
  ['jul', 6], ['juil', 6], ['lug', 6],
  ['aug', 7], ['ago', 7], ['aoû', 7], ['aou', 7],
  ['sep', 8], ['set', 8],
  ['oct', 9], ['okt', 9], ['out', 9], ['ott', 9],
  ['nov', 10],
  ['dec', 11], ['dez', 11], ['dic', 11], ['déc', 11],
  // Polish
  ['sty', 0], ['lut', 1], ['kwi', 3], ['cze', 5], ['lip', 6], ['sie', 7], ['wrz', 8],
  ['paź', 9], ['paz', 9], ['lis', 10], ['gru', 11],
  // Russian
  ['янв', 0], ['фев', 1], ['мар', 2], ['апр', 3], ['май', 4], ['мая', 4], ['мае', 4],
  ['июн', 5], ['июл', 6], ['авг', 7], ['сен', 8], ['окт', 9], ['ноя', 10], ['дек', 11],
  // Ukrainian
  ['січ', 0], ['лют', 1], ['бер', 2], ['квіт', 3], ['трав', 4], ['черв', 5], ['лип', 6],
  ['серп', 7], ['вер', 8], ['жовт', 9], ['лист', 10], ['груд', 11],
  // Dutch ("mrt", "mei"; the rest as English)
  ['mrt', 2], ['mei', 4],
  // Turkish
  ['oca', 0], ['şub', 1], ['sub', 1], ['nis', 3], ['haz', 5], ['tem', 6], ['ağu', 7], ['eyl', 8], ['eki', 9],
  ['kas', 10], ['ara', 11],
  // Czech (nominative and genitive: "března", "července")
  ['led', 0], ['úno', 1], ['bře', 2], ['dub', 3], ['kvě', 4], ['červen', 5], ['června', 5], ['červenc', 6],
  ['července', 6], ['srp', 7], ['zář', 8], ['říj', 9], ['pros', 11],
  // Arabic (Gregorian month names as the site writes them)
  ['يناير', 0], ['فبراير', 1], ['مارس', 2], ['أبريل', 3], ['ابريل', 3], ['إبريل', 3], ['مايو', 4], ['يونيو', 5],
  ['يوليو', 6], ['أغسطس', 7], ['سبتمبر', 8], ['أكتوبر', 9], ['اكتوبر', 9], ['نوفمبر', 10], ['ديسمبر', 11],
  // Hebrew
  ['ינו', 0], ['פבר', 1], ['מרץ', 2], ['מרס', 2], ['אפר', 3], ['מאי', 4], ['יוני', 5], ['יולי', 6], ['אוג', 7],
  ['ספט', 8], ['אוק', 9], ['נוב', 10], ['דצמ', 11],
  // Romanian (the rest as English or Italian)
  ['ian', 0], ['iun', 5], ['iul', 6], ['noi', 10],
  // Hungarian ("márc.", "ápr.", "máj.", "jún.", "júl.", "szept."; the rest as English)
  ['már', 2], ['ápr', 3], ['máj', 4], ['jún', 5], ['júl', 6], ['szept', 8],
  // Greek (nominative and genitive, with and without accents: "Μαρ", "Μαρτίου", "Μαΐου")
  ['ιαν', 0], ['φεβ', 1], ['μαρ', 2], ['απρ', 3], ['μαΐ', 4], ['μαϊ', 4], ['μάι', 4], ['μαι', 4], ['ιουν', 5], ['ιούν', 5],
  ['ιουλ', 6], ['ιούλ', 6], ['αυγ', 7], ['σεπ', 8], ['οκτ', 9], ['νοε', 10], ['νοέ', 10], ['δεκ', 11],
];
const STEMS_LONGEST_FIRST = [...MONTH_STEMS].sort((a, b) => b[0].length - a[0].length);

/** The month a word names, or undefined. */
export function monthFromWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  const month = STEMS_LONGEST_FIRST.find(([stem]) => lower.startsWith(stem))?.[1];
  // Hebrew writes "במרץ" ("in March"): the prefix ב is not part of the month.
  return month ?? (lower.startsWith('ב') && lower.length > 3 ? monthFromWord(lower.slice(1)) : undefined);
}

/**
 * How the page orders an all-numeric date like "07/03/2026": 'dmy' (most of the world),
 * 'mdy' (US English). Undefined when nobody knows; then only an unambiguous date is read.
 */
export type NumericDateOrder = 'dmy' | 'mdy';

/** The numeric date order a page's language implies (`<html lang>`), if any. */
export function numericDateOrderFor(language: string | null | undefined): NumericDateOrder | undefined {
  const lang = (language ?? '').trim().toLowerCase();
  if (!lang) return undefined;
  if (lang === 'en' || lang === 'en-us' || lang.startsWith('en-us')) return 'mdy';
  return /^(?:ja|ko|zh)\b/.test(lang) ? undefined : 'dmy';
}

const WORD = '(\\p{L}{3,12})\\.?';
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
/** "Mar 12, 2026" / "March 12 2026". */
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${WORD}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'gu');
/** "12 мар. 2026 г." / "12 de mar. de 2026" / "12. März 2026" / "12 marca 2026". */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)${DAY}\\.?\\s+(?:de\\s+)?${WORD}\\s+(?:de\\s+)?${YEAR}(?!\\d)`,
  'gu',
);
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/g;
const ISO_AT_START = new RegExp(`^${ISO.source}`);
/** "12.03.2026", and Czech/Slovak "1. 3. 2026" with spaces after the dots. */
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g;
/** Year first, as East Asian pages write it: "2026年3月12日", "2026년 3월 12일", "2026/03/12", "2026. 3. 12.". */
const YEAR_FIRST = /(?<!\d)(\d{4})\s*(?:[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?|\/(\d{1,2})\/(\d{1,2})|\.\s?(\d{1,2})\.\s?(\d{1,2})\.?)(?!\d)/g;
/**
 * Slashed ("07/03/2026") and dashed ("12-03-2026", Dutch) dates are day-first or
 * month-first by locale; read them when unambiguous or when the page's language tells.
 */
const SLASHED = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)/g;
/** Year, month word, day, as Hungarian writes it: "2026. nov. 23.", "2027. márc. 4". */
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)${YEAR}\\.\\s*${WORD}\\s*${DAY}\\.?(?!\\d)`, 'gu');
const TIME = /^[\s,г.р.]*(?:at\s+|в\s+|o\s+|às\s+|à\s+|a\s+las\s+|um\s+|о\s+|om\s+|v\s+|saat\s+)?(오전|오후|午前|午後)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap]\.?\s?m\.?)(?!\p{L}))?/iu;
/** Korean and Japanese write the half of the day before the clock ("오후 3:05"). */
const AFTERNOON_BEFORE = /^(?:오후|午後)$/;
const MORNING_BEFORE = /^(?:오전|午前)$/;

export interface FoundDate {
  /** Epoch milliseconds of the local wall-clock time. */
  at: number;
  /** Whether the text gave a time of day (otherwise `at` is local midnight). */
  hasTime: boolean;
  /** Where in the text the date began and ended (including its time). */
  index: number;
  end: number;
}

function localInstant(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number | undefined {
  // Years outside 2000–2100 are misreadings, and the stored records refuse them anyway.
  if (year < 2000 || year > 2100 || month < 0 || month > 11 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 59) {
    return undefined;
  }
  const date = new Date(year, month, day, hours, minutes, seconds);
  // Reject 31 February and the like instead of letting Date roll over into March.
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return undefined;
  return date.getTime();
}

/** [year, month 0–11, day] of a SLASHED match; month undefined when the order cannot be told. */
function slashedParts(m: RegExpMatchArray, order: NumericDateOrder | undefined): [number, number | undefined, number] {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = Number(m[4]);
  if (first > 12 && second <= 12) return [year, second - 1, first];
  if (second > 12 && first <= 12) return [year, first - 1, second];
  if (order === 'dmy') return [year, second - 1, first];
  if (order === 'mdy') return [year, first - 1, second];
  return [0, undefined, 0];
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  index: number;
  end: number;
}

function datePartsIn(text: string, order?: NumericDateOrder): DateParts | undefined {
  const candidates: DateParts[] = [];
  // Every match is tried, not only the first: "2 items 2026" must not hide a real date further on.
  const push = (pattern: RegExp, read: (m: RegExpMatchArray) => [number, number | undefined, number]) => {
    for (const match of text.matchAll(pattern)) {
      const [year, month, day] = read(match);
      if (month === undefined) continue;
      const index = match.index ?? 0;
      candidates.push({ year, month, day, index, end: index + match[0].length });
      return;
    }
  };
  push(MONTH_DAY_YEAR, (m) => [Number(m[3]), monthFromWord(m[1] ?? ''), Number(m[2])]);
  push(DAY_MONTH_YEAR, (m) => [Number(m[3]), monthFromWord(m[2] ?? ''), Number(m[1])]);
  push(ISO, (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])]);
  push(DOTTED, (m) => [Number(m[3]), Number(m[2]) - 1, Number(m[1])]);
  push(YEAR_MONTH_DAY, (m) => [Number(m[1]), monthFromWord(m[2] ?? ''), Number(m[3])]);
  push(YEAR_FIRST, (m) => [Number(m[1]), Number(m[2] ?? m[4] ?? m[6]) - 1, Number(m[3] ?? m[5] ?? m[7])]);
  push(SLASHED, (m) => slashedParts(m, order));
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
}

/** A 12-hour clock's hour on the 24-hour clock, given "PM", "a.m.", "오후"…; unchanged without one. */
function withMeridiem(hours: number, meridiem: string | undefined): number {
  if (!meridiem) return hours;
  const mark = meridiem.toLowerCase().replace(/[.\s]/g, '');
  const afternoon = mark === 'pm' || AFTERNOON_BEFORE.test(mark);
  const morning = mark === 'am' || MORNING_BEFORE.test(mark);
  if (afternoon && hours < 12) return hours + 12;
  if (morning && hours === 12) return 0;
  return hours;
}

/** The time of day written right after a date ("Mar 12, 2026 10:15", "12.03.2026, 22:05", "… 3:05 PM"). */
function timeAfter(text: string): { hours: number; minutes: number; seconds: number; length: number } | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const hours = withMeridiem(Number(match[2]), match[1] ?? match[5]);
  return { hours, minutes: Number(match[3]), seconds: Number(match[4] ?? 0), length: match[0].length };
}

/** The first date (with its time when written) in the text. */
export function findDate(written: string, order?: NumericDateOrder): FoundDate | undefined {
  const text = asciiDigits(written);
  const parts = datePartsIn(text, order);
  if (!parts) return undefined;
  // An ISO date carries its own time inside the match; the others are followed by one.
  const isoTime = ISO_AT_START.exec(text.slice(parts.index));
  const time = isoTime?.[4] !== undefined
    ? { hours: Number(isoTime[4]), minutes: Number(isoTime[5]), seconds: Number(isoTime[6] ?? 0), length: 0 }
    : timeAfter(text.slice(parts.end));
  const at = localInstant(parts.year, parts.month, parts.day, time?.hours, time?.minutes, time?.seconds);
  if (at === undefined) return undefined;
  return { at, hasTime: time !== undefined, index: parts.index, end: parts.end + (time?.length ?? 0) };
}

/** The first date in the text as an instant, or undefined. */
export function parseSiteDate(text: string): number | undefined {
  return findDate(text)?.at;
}

const TODAY =
  /(?<!\p{L})(?:today|сегодня|сьогодні|dzisiaj|dziś|hoy|hoje|aujourd'hui|aujourd’hui|heute|oggi|vandaag|dnes|bugün|오늘|今日|اليوم|היום)(?!\p{L})/iu;
const YESTERDAY = /(?<!\p{L})(?:yesterday|вчера|вчора|wczoraj|ayer|ontem|hier|gestern|ieri|gisteren|včera|dün|어제|昨日|أمس|امس|אתמול)(?!\p{L})/iu;
const CLOCK = /(?:(오전|오후|午前|午後)\s*)?(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap]\.?\s?m\.?))?(?![\d:])/i;
const DAY_MONTH_NO_YEAR = new RegExp(`(?<!\\d)${DAY}\\.?\\s+(?:de\\s+)?${WORD}(?!\\s*\\d{4})`, 'u');
const MONTH_DAY_NO_YEAR = new RegExp(`(?<!\\p{L})${WORD}\\s+${DAY}(?!\\d|,?\\s*\\d{4})`, 'u');

/**
 * A chat timestamp: a full date, "Today 10:15", "Yesterday 22:05", a bare "10:15"
 * (today), or "Mar 12 10:15" without a year (the latest such day not after `now`).
 */
export function parseMessageTime(written: string, now: number): number | undefined {
  const text = asciiDigits(written);
  const full = findDate(text);
  if (full) return full.at;
  const clock = CLOCK.exec(text);
  const reference = new Date(now);
  let year = reference.getFullYear();
  let month = reference.getMonth();
  let day = reference.getDate();
  const dayMonth = DAY_MONTH_NO_YEAR.exec(text);
  const monthDay = MONTH_DAY_NO_YEAR.exec(text);
  const named = dayMonth && monthFromWord(dayMonth[2] ?? '') !== undefined
    ? { month: monthFromWord(dayMonth[2] ?? ''), day: Number(dayMonth[1]) }
    : monthDay && monthFromWord(monthDay[1] ?? '') !== undefined
      ? { month: monthFromWord(monthDay[1] ?? ''), day: Number(monthDay[2]) }
      : undefined;
  if (named?.month !== undefined) {
    month = named.month;
    day = named.day;
    // A date without a year is in the past: December seen in January is last year's.
    if (month > reference.getMonth() || (month === reference.getMonth() && day > reference.getDate())) year -= 1;
  } else if (YESTERDAY.test(text)) {
    const yesterday = new Date(year, month, day - 1);
    year = yesterday.getFullYear();
    month = yesterday.getMonth();
    day = yesterday.getDate();
  } else if (!clock && !TODAY.test(text)) {
    return undefined;
  }
  const hours = clock ? withMeridiem(Number(clock[2]), clock[1] ?? clock[5]) : 0;
  return localInstant(year, month, day, hours, clock ? Number(clock[3]) : 0, clock ? Number(clock[4] ?? 0) : 0);
}

/** "2 days ago" and its kin: the count of days back, in the site's languages. */
const DAYS_AGO = new RegExp(
  [
    '(\\d{1,3})\\s*(?:days?|дн\\.?|день|дня|дней|дні|днів|dni|dzień|giorni|giorno|dagen|dag|zile|zi|gün|ημέρες|μέρες|ημέρα|일|日)\\s*(?:ago|назад|тому|temu|fa|geleden|önce|πριν|전|前)',
    '(?:hace|há|il y a|vor|acum|πριν(?: από)?|منذ|לפני)\\s*(\\d{1,3})\\s*(?:días?|dias?|jours?|tage?n?|zile|ημέρες|μέρες|أيام|يوم(?:ًا|ا)?|ימים)',
  ].join('|'),
  'iu',
);

/**
 * The local midnight of a day written relative to `now`: "Today", "Yesterday", "2 days
 * ago", "2 дня назад", "hace 3 días". Undefined for anything else.
 */
export function relativeDay(written: string, now: number): number | undefined {
  const text = asciiDigits(written);
  const match = DAYS_AGO.exec(text);
  const back = match ? Number(match[1] ?? match[2]) : YESTERDAY.test(text) ? 1 : TODAY.test(text) ? 0 : undefined;
  if (back === undefined || !Number.isFinite(back)) return undefined;
  const reference = new Date(now);
  return new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() - back).getTime();
}

/** "27 nov", "15. Nov.", "3 Δεκ", "Dec 6", with or without a year. */
const DAY_MONTH_ANY = new RegExp(`(?<!\\d)${DAY}\\.?\\s+(?:de\\s+)?${WORD}(?:\\s+(?:de\\s+)?${YEAR})?(?!\\d)`, 'gu');
const MONTH_DAY_ANY = new RegExp(`(?<!\\p{L})${WORD}\\s+${DAY}(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${YEAR}(?!\\d))?`, 'gu');
/** "5. 12." / "12.12." without a year, as Czech and German ranges write it ("5. 12. – 12. 12."): a dot after each part. */
const DOTTED_NO_YEAR = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?!\s?\d)/g;

/**
 * The last calendar day written in the text as local midnight: the end of a range ("Nov
 * 28-Dec 6", "20-27 nov", "10.–15. Nov."), or a promise ("antes del 30 nov"). A day
 * without a year takes the year that puts it nearest to `reference` (the order date, or
 * now): promised days lie close to the order.
 */
export function lastDayIn(written: string, reference: number, order?: NumericDateOrder): FoundDate | undefined {
  const text = asciiDigits(written);
  const found: Array<{ index: number; end: number; day: number; month: number; year?: number }> = [];
  const collect = (pattern: RegExp, dayGroup: number, monthGroup: number) => {
    for (const match of text.matchAll(pattern)) {
      const month = monthFromWord(match[monthGroup] ?? '');
      if (month === undefined) continue;
      const index = match.index ?? 0;
      found.push({ index, end: index + match[0].length, day: Number(match[dayGroup]), month, ...(match[3] ? { year: Number(match[3]) } : {}) });
    }
  };
  collect(DAY_MONTH_ANY, 1, 2);
  collect(MONTH_DAY_ANY, 2, 1);
  for (const numeric of text.matchAll(DOTTED)) {
    const index = numeric.index ?? 0;
    found.push({ index, end: index + numeric[0].length, day: Number(numeric[1]), month: Number(numeric[2]) - 1, year: Number(numeric[3]) });
  }
  for (const numeric of text.matchAll(DOTTED_NO_YEAR)) {
    const index = numeric.index ?? 0;
    found.push({ index, end: index + numeric[0].length, day: Number(numeric[1]), month: Number(numeric[2]) - 1 });
  }
  for (const slashed of text.matchAll(SLASHED)) {
    const [year, month, day] = slashedParts(slashed, order);
    const index = slashed.index ?? 0;
    if (month !== undefined) found.push({ index, end: index + slashed[0].length, day, month, year });
  }
  const last = found.sort((a, b) => b.end - a.end)[0];
  if (!last) return undefined;
  const around = new Date(reference).getFullYear();
  const years = last.year !== undefined ? [last.year] : [around - 1, around, around + 1];
  const candidates = years
    .map((year) => localInstant(year, last.month, last.day))
    .filter((at): at is number => at !== undefined)
    .sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference));
  const at = candidates[0];
  return at === undefined ? undefined : { at, hasTime: false, index: last.index, end: last.end };
}
