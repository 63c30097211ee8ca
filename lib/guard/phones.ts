import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import { PHONE_METADATA } from './phone-metadata';
import { TRUNK_ZERO_WRITTEN } from './trunk-zero';

/**
 * Phone numbers in folded text (see foldContacts: digits, plus, dashes and
 * spaces are ASCII there).
 *
 * Metadata: libphonenumber-js `min` on purpose, slimmed further (see
 * phone-metadata-slim.ts). It validates by country and length, not by per-type
 * digit patterns, which keeps the all-pages content script inside its 60 KB gzip
 * budget (TOOLCHAIN.md: min +134 KiB raw, ~48 KB gz total; max ~69 KB gz). The
 * structural checks below (formatting, labels, neighbours) do the rest of the
 * work of telling numbers from ids.
 */

export interface PhoneMatch {
  /** E.164. */
  value: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/**
 * Runs of digits with the separators people put between groups. Each
 * repetition consumes a digit, so the pattern is linear; a 100k-digit run is
 * one match that is rejected by its length.
 */
const RUN = /[+(]{0,2}\d(?:[ \-.()/]{0,3}\d)*/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/**
 * Scripts written without spaces between words (and Korean particles): there a
 * number touches the words around it ("電話番号は050-5555-1234です"), so such
 * letters do not make it part of a longer token.
 */
const UNSPACED_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}]/u;
/** "plus 44 20 …": the plus sign written as a word. */
const SPOKEN_PLUS = /(?<![\p{L}\p{N}])(?:plus|плюс) $/iu;
/** What glues to a number that is not a phone: currency, ids, percent, degrees, units. */
const BEFORE_REJECT = /[$€£¥₽₴₹₸₺₾#№@_/\\=&%]/;
const AFTER_REJECT = /[%°€$£¥₽₴₹₸₺₾@_/\\=]/;
const UNIT_AFTER =
  /^ ?(?:€|\$|£|₽|₴|₾|%|°|(?:zł|zl|грн|руб|lei|ron|kč|kg|кг|mm|cm|km|мм|см|км|gb|mb|tb|mah|mp|hz|ghz|ml|pcs|шт|usd|eur|gel|pln|uah|rub)(?![\p{L}\p{N}]))/iu;
/** Labels of ids that look like numbers: tax/company ids, bank, product codes, orders, parcels. */
const ID_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    // Tax, company and personal registry ids across the languages we read.
    'isbn', 'issn', 'ean', 'gtin', 'upc', 'asin', 'isin', 'mpn', 'p/n', 'part no', 'iban', 'swift', 'bic', 'nip',
    'regon', 'krs', 'pesel', 'vat', 'tva', 'ust', 'siren', 'siret', 'rcs', 'hrb', 'steuer', 'ičo', 'ico', 'dič',
    'kvk', 'btw', 'cui', 'cif', 'nif', 'nie', 'cpf', 'cnpj', 'rfc', 'curp', 'afm', 'αφμ', 'γεμη', 'oib', 'ssn', 'ein',
    'abn', 'acn', 'gst', 'pan', 'inn', 'инн', 'иин', 'бин', 'огрн', 'кпп', 'бик', 'р/с', 'к/с', 'єдрпоу', 'едрпоу',
    'рнокпп', 'ипн', 'idnr', 'uid',
    // Orders, parcels, documents, products.
    'sku', 'imei', 's/n', 'serial', 'model', 'order', 'tracking', 'track', 'invoice', 'faktura', 'rechnung', 'factura',
    'ticket', 'ref', 'reference', 'item', 'article', 'art', 'lot', 'batch', 'заказ', 'замовлення', 'zamówieni',
    'трек', 'parcel', 'посилк', 'посылк', 'рахун', 'счет', 'счёт', 'tax', 'id', 'no', 'nr', 'n°', 'nº', '№', '#',
  ]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')})(?:[\\s.:#№°-]*(?:number|nummer|numer|numéro|número|numero|номер))?[\\s.:#№°(-]*$`,
  'iu',
);
/** An EU VAT id's country letters before its digits ("VAT number (GB 123 4567 89)", "USt-IdNr. (DE 123 …)"). */
const ID_COUNTRY_LETTERS = /(?<![\p{L}\p{N}])\p{Lu}{2} ?$/u;

/**
 * Whether an id's label comes right before the run: "country" when the id also carries its country letters,
 * which no phone number has, so even a "hotline" further back does not make it one.
 */
function idLabelBefore(text: string, start: number): 'country' | 'plain' | null {
  // An international number after a country's letters ("WhatsApp No. US +1 …") is a phone's own label.
  const letters = text[start] === '+' ? null : ID_COUNTRY_LETTERS.exec(text.slice(Math.max(0, start - 3), start));
  const end = letters ? start - letters[0].length : start;
  if (!ID_LABEL.test(text.slice(Math.max(0, end - 28), end).toLowerCase())) return null;
  return letters ? 'country' : 'plain';
}
/**
 * Labels that say "phone" right before the digits. Words of spaced scripts start a word; those of scripts
 * that attach prefixes or write no spaces (Arabic "بالهاتف", Hebrew "בוואטסאפ", Chinese, Thai) may sit
 * inside one. Round 13 (batch m): the phone, mobile and messenger words of Arabic, Persian, Urdu, Hebrew,
 * Chinese, Korean, Thai, the Indic scripts, Vietnamese and Indonesian / Malay, where an unspaced national
 * number ("واتساب 01012345678") was read as a bare id.
 */
const PHONE_LABEL =
  /(?:(?<![\p{L}\p{M}\p{N}])(?:tel|phone|telephone|mob|mobile|cell|call|whatsapp|viber|telegram|wechat|hotline|тел|телефон|моб|τηλ|κιν|ტელ|telefon|teléfono|téléphone|telefone|infolini|zadzwo|звоните|дзвоніть|फोन|फ़ोन|मोबाइल|व्हाट्सएप|व्हाट्सऐप|ফোন|মোবাইল|হোয়াটসঅ্যাপ|தொலைபேசி|ఫోన్|ಫೋನ್|ഫോൺ|ફોન|ਫੋਨ|ਫ਼ੋਨ|điện thoại|sđt|đt|zalo|telp|no\.? hp|nomor hp|no\.? wa|nomor wa|հեռ)|هاتف|جوال|موبايل|تليفون|واتساب|واتس اب|اتصل|اتصال|تلفن|تماس|موبایل|واتساپ|فون|موبائل|واٹس ایپ|טלפון|נייד|וואטסאפ|ווטסאפ|电话|電話|手机|手機|微信|전화|휴대폰|핸드폰|연락처|โทร|☎|📞|📱|☏)[^\d\n]{0,16}$/iu;
const DATE_LIKE = /^(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2})$/;
const YEAR_RANGE = /^(?:19|20)\d\d ?- ?(?:19|20)\d\d$/;
/**
 * A run that ends in a whole date with a four-digit year ("3.–8.11.2027", "05–07/11/2027",
 * "7.–23. 12. 2027"): the head is the other end of a date range, and no phone is written
 * with a day, a month and a year as its last three groups.
 */
const DATE_AT_END = /(?<!\d)(\d{1,2})([./])\s?(\d{1,2})\2\s?(?:19|20)\d{2}$/;

function endsInDate(run: string): boolean {
  const m = DATE_AT_END.exec(run);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[3]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

export interface PhoneScanOptions {
  /** Regions to try for national-format numbers, most likely first. */
  regions: readonly string[];
  /**
   * Text to read country cues from ("🇬🇧 United Kingdom: 020 …"); cue regions
   * are tried first. Read only when a national-format number needs a region.
   */
  cueText?: string;
  /** When true every candidate counts as labelled (a tel: link's text). */
  labelled?: boolean;
  /**
   * When true the text was said in words and folded to digits: a run with no separator left still
   * counts as a presented number, as nobody spells an id out word by word.
   */
  spoken?: boolean;
  /**
   * The fold map of the text (see foldContacts): where it shows characters dropped inside a digit run
   * (zero-width spaces, soft hyphens, keycap marks between the groups of "01·84·88"), the run was split on purpose.
   */
  foldMap?: Int32Array | null;
  /**
   * Only a number whose span passes this test is wanted: asked before any other check of a run of six
   * digits (and so before libphonenumber, the costliest step), so runs the caller would drop are not
   * checked or parsed at all.
   */
  wanted?: (start: number, end: number) => boolean;
}

/** Whether invisible characters were dropped between the first and last character of a run. */
function hiddenSeparators(map: Int32Array | null | undefined, start: number, end: number): boolean {
  if (!map || end - start < 2) return false;
  return (map[end - 1] ?? 0) - (map[start] ?? 0) !== end - 1 - start;
}

function trimRun(run: string): string {
  let s = run.replace(/[ \-.(/]+$/, '');
  // "0900 1 234567 (1,99 €/Min.)": a bracket opened after a space and never closed starts a remark.
  const open = s.lastIndexOf(' (');
  if (open > 0 && s.indexOf(')', open) < 0) s = s.slice(0, open);
  // A closing bracket at the end belongs to the number only when it closes one inside it.
  if (s.endsWith(')') && s.split('(').length !== s.split(')').length) s = s.slice(0, -1).replace(/[ \-.]+$/, '');
  return s;
}

function groupsOf(run: string): string[] {
  return run.split(/[^\d]+/).filter((g) => g.length > 0);
}

/** Shape checks that need no metadata: dates, decimals, versions, ISBN-like tails. */
function plausibleShape(run: string): boolean {
  const compact = run.replace(/[()+ ]/g, '');
  if (DATE_LIKE.test(compact) || DATE_LIKE.test(run.trim()) || YEAR_RANGE.test(run.trim())) return false;
  if (endsInDate(run.trim())) return false;
  // Split only now: most runs that get this far are dates, rejected above.
  const groups = groupsOf(run);
  const seps = run.replace(/[\d+]/g, '');
  if (/^[.]+$/.test(seps) && groups.length <= 2) return false; // 50.4501 or 19.99
  // Only the first two groups may be a single digit ("+33 6 …", "8 800 …", "0 800 …"); after a
  // country code, the first three ("+995 32 2 …").
  const firstFree = /^\(?(?:\+|00)/.test(run) ? 3 : 2;
  for (let i = firstFree; i < groups.length; i += 1) {
    if ((groups[i] as string).length === 1 && !(groups[i] === '0' && run.includes('(0)'))) return false;
  }
  return true;
}


function parse(text: string, region?: string): PhoneNumber | null {
  try {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: region as CountryCode | undefined }, PHONE_METADATA);
    return parsed && parsed.isValid() ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Answers of normalisePhone during one scan (see withPhoneMemo), by written form and regions: a page
 * repeats its numbers (header, body, footer), and libphonenumber is the costliest step of the phone rules.
 * Null outside a scan: then every call parses, as before.
 */
let memo: Map<string, string | null> | null = null;

/** Runs `work` (one scan) with normalisePhone's answers remembered until it returns. */
export function withPhoneMemo<T>(work: () => T): T {
  if (memo) return work();
  memo = new Map();
  try {
    return work();
  } finally {
    memo = null;
  }
}

/** E.164 for one written number, or null. `region` hints are tried in order for national formats. */
export function normalisePhone(written: string, regions: readonly string[]): string | null {
  if (!memo) return normaliseNow(written, regions);
  const key = `${regions.join(' ')}\n${written}`;
  let value = memo.get(key);
  if (value === undefined) {
    value = normaliseNow(written, regions);
    memo.set(key, value);
  }
  return value;
}

function normaliseNow(written: string, regions: readonly string[]): string | null {
  let s = written.replace(/\(0\)/g, ' ').trim();
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+') || s.startsWith('(+')) {
    if (digits.length < 8 || digits.length > 15) return null;
    return parse(`+${digits}`)?.number ?? null;
  }
  if (digits.length < 6 || digits.length > 13) return null;
  for (const region of regions) {
    const hit = parse(s, region);
    if (!hit) continue;
    // Where people always write the trunk 0 ("01 23 45 67 89"), digits without it are some other
    // number, unless the number's national form has no 0 either (Saudi "800 124 5678").
    if (TRUNK_ZERO_WRITTEN.has(region) && !digits.startsWith('0') && /^\D*0/.test(hit.formatNational())) continue;
    return hit.number;
  }
  return null;
}

const cueCache = new Map<string, readonly string[]>();

function regionsOf(options: PhoneScanOptions): readonly string[] {
  if (!options.cueText) return options.regions;
  let cues = cueCache.get(options.cueText);
  if (!cues) {
    cues = regionCues(options.cueText);
    if (cueCache.size > 64) cueCache.clear();
    cueCache.set(options.cueText, cues);
  }
  return cues.length === 0 ? options.regions : [...new Set([...cues, ...options.regions])];
}

/** Country cues next to a number ("🇬🇧 United Kingdom: 020 …"): regions to try first. */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
const COUNTRY_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/united states|\busa\b|\bu\.s\.a?\b/i, 'US'],
  [/united kingdom|\buk\b|britain|england|scotland|wales/i, 'GB'],
  [/canada/i, 'CA'],
  [/australia/i, 'AU'],
  [/new zealand/i, 'NZ'],
  [/ireland|éire/i, 'IE'],
  [/\bindia\b|भारत/i, 'IN'],
  [/germany|deutschland/i, 'DE'],
  [/austria|österreich/i, 'AT'],
  [/france/i, 'FR'],
  [/spain|españa/i, 'ES'],
  [/italy|italia/i, 'IT'],
  [/poland|polska|polsce/i, 'PL'],
  [/ukraine|україн|украин/i, 'UA'],
  [/russia|росси/i, 'RU'],
  [/kazakhstan|казахстан|қазақстан/i, 'KZ'],
  [/greece|ελλάδα|ελλαδα/i, 'GR'],
  [/romania|românia/i, 'RO'],
  [/moldova/i, 'MD'],
  [/georgia|საქართველო/i, 'GE'],
  [/turkey|türkiye/i, 'TR'],
  [/brazil|brasil/i, 'BR'],
  [/portugal/i, 'PT'],
  [/mexico|méxico/i, 'MX'],
  [/czech|česk/i, 'CZ'],
  [/israel|ישראל/i, 'IL'],
  [/china|中国/i, 'CN'],
  [/netherlands|nederland/i, 'NL'],
  [/belgi/i, 'BE'],
  [/egypt|مصر/i, 'EG'],
  [/saudi|السعودي/i, 'SA'],
  [/emirates|\buae\b|الإمارات/i, 'AE'],
  [/morocco|maroc|المغرب/i, 'MA'],
  [/hungary|magyarország/i, 'HU'],
  [/slovakia|slovenská republika|na slovensku/i, 'SK'],
  [/bulgaria|българия/i, 'BG'],
  [/croatia|hrvatsk/i, 'HR'],
  [/sweden|sverige/i, 'SE'],
  [/finland|suomi/i, 'FI'],
  [/denmark|danmark/i, 'DK'],
  [/norway|norge/i, 'NO'],
  // Round 10 (batch j): countries that share a page language with a neighbour whose national numbers
  // look the same (sw KE/TZ/UG, de/fr DE/AT/CH/FR/BE/LU, sq AL/XK/MK, sr/bs RS/BA/ME, ur/bn/ta PK/IN/BD/LK),
  // by name and by the cities people say where they are ("Niko Dar es Salaam").
  [/tanzania|dar es salaam|dodoma|zanzibar|arusha|mwanza/i, 'TZ'],
  [/kenya|nairobi|mombasa|kisumu/i, 'KE'],
  [/uganda|kampala/i, 'UG'],
  [/switzerland|schweiz|suisse|svizzera|zürich|zurich|genève|geneva/i, 'CH'],
  [/luxembourg|luxemburg|lëtzebuerg/i, 'LU'],
  [/kosov/i, 'XK'],
  [/north macedonia|северна македонија|maqedoni/i, 'MK'],
  [/albania|shqipëri|shqiperi/i, 'AL'],
  [/montenegro|crna gora|црна гора|crnoj gori|црној гори/i, 'ME'],
  [/bosnia|bosn[ai] i hercegovin|босн[аи] и херцеговин/i, 'BA'],
  [/serbia|srbij|србиј/i, 'RS'],
  [/pakistan|پاکستان/i, 'PK'],
  [/bangladesh|বাংলাদেশ/i, 'BD'],
  [/sri lanka|ශ්‍රී ලංකා|இலங்கை/i, 'LK'],
  [/cyprus|κύπρο|κυπρο/i, 'CY'],
  [/belarus|беларус/i, 'BY'],
];

export function regionCues(text: string): string[] {
  const cues: string[] = [];
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) {
    const a = (m[1]?.codePointAt(0) ?? 0) - 0x1f1e6 + 65;
    const b = (m[2]?.codePointAt(0) ?? 0) - 0x1f1e6 + 65;
    cues.push(String.fromCharCode(a, b).replace('UK', 'GB'));
  }
  for (const [pattern, region] of COUNTRY_NAMES) if (pattern.test(text)) cues.push(region);
  return cues;
}

/**
 * The head of an IBAN written in groups, right before a digit run: country, check
 * digits and a bank code with letters ("NL91 ABNA 0417 1643 00", "GB33 BUKB 2020 …").
 */
const IBAN_HEAD = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2} ?[A-Z]{4} ?(?:\d{4} ?)?$/u;

function digitCount(run: string): number {
  let digits = 0;
  for (let i = 0; i < run.length; i += 1) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
  }
  return digits;
}

/** Fewer than six digits: no phone, whatever trimming leaves (it only drops characters). */
const MIN_DIGITS = 6;

function acceptRun(
  text: string,
  start: number,
  run: string,
  options: PhoneScanOptions,
  out: PhoneMatch[],
): void {
  const end = start + run.length;
  const digits = digitCount(run);
  if (digits > 15 + (run.startsWith('00') ? 2 : 0)) {
    // Several numbers written back to back ("0800 … / 021 …"): try the parts.
    const parts = run.split(/ ?\/ ?| {2,}/);
    if (parts.length > 1) {
      let offset = start;
      for (const part of parts) {
        const at = text.indexOf(part, offset);
        if (at >= 0 && part.length > 0) acceptRun(text, at, trimRun(part), options, out);
        offset = at + part.length;
      }
    }
    return;
  }
  if (digits < MIN_DIGITS) return;
  // Every check here is a pure test of the run: asking the caller's one first (the spelt pass wants only
  // runs said in words) spares the rest on the runs it drops, and changes no answer.
  if (options.wanted && !options.wanted(start, end)) return;
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if (before && ((LETTER_OR_DIGIT.test(before) && !UNSPACED_LETTER.test(before)) || BEFORE_REJECT.test(before))) return;
  if ((before === '.' || before === ',') && /\d/.test(before2)) return;
  if (after && ((LETTER.test(after) && !UNSPACED_LETTER.test(after)) || AFTER_REJECT.test(after))) return;
  if ((after === ',' || after === '.' || after === ':') && /\d/.test(after2)) return;
  if (UNIT_AFTER.test(text.slice(end, end + 6))) return;
  if (!plausibleShape(run)) return;
  const prefix = text.slice(Math.max(0, start - 28), start).toLowerCase();
  const idLabel = options.labelled === true ? null : idLabelBefore(text, start);
  if (idLabel === 'country') return;
  const labelled = options.labelled === true || PHONE_LABEL.test(prefix);
  if (!labelled && idLabel) return;
  if (IBAN_HEAD.test(text.slice(Math.max(0, start - 16), start))) return;
  const spokenPlus = /^\d/.test(run) && SPOKEN_PLUS.test(text.slice(Math.max(0, start - 6), start));
  const international = /^\(?\+/.test(run) || run.startsWith('00') || spokenPlus;
  const formatted =
    options.spoken === true || /[ \-.()]/.test(run.replace(/^\+/, '')) || hiddenSeparators(options.foldMap, start, end);
  // A bare run of digits is an id far more often than a phone, unless something says "phone".
  if (!international && !formatted && !labelled) return;
  const value = normalisePhone(spokenPlus ? `+${run}` : run, international ? [] : regionsOf(options));
  if (value) out.push({ value, start, end });
}

/**
 * A spaced dash after a number often starts a remark ("+30 694 555 1234 — 24/7", "0800 123 456 - free"),
 * which the run swallows. When the whole run is no number, its head before the last spaced dash is tried;
 * a number written with spaced dashes between its groups ("0800 - 123 - 456") is read whole first.
 */
function acceptRunOrItsHead(text: string, start: number, run: string, options: PhoneScanOptions, out: PhoneMatch[]): void {
  const found = out.length;
  acceptRun(text, start, run, options, out);
  const remark = run.lastIndexOf(' - ');
  if (out.length === found && remark > 0) acceptRun(text, start, trimRun(run.slice(0, remark)), options, out);
}

/**
 * North American toll-free vanity numbers ("1-800-ALI-HELP"): seven keypad
 * characters after the toll-free code, capitals only, at least two of them
 * letters. Fixed repetition counts keep the pattern linear.
 */
const VANITY = /(?<![\p{L}\p{N}])(?:\+?1[ .-]?)?\(?(8(?:00|33|44|55|66|77|88))\)?[ .-]?((?:[A-Z0-9][ .-]?){6}[A-Z0-9])(?![\p{L}\p{N}])/gu;
const KEYPAD = '22233344455566677778889999';

const TOLL_FREE_CODE = /8(?:00|33|44|55|66|77|88)/;

function findVanityNumbers(text: string, out: PhoneMatch[]): void {
  // Most text has no toll-free code at all: a plain scan for it is cheaper than the full pattern.
  if (!TOLL_FREE_CODE.test(text)) return;
  VANITY.lastIndex = 0;
  for (let m = VANITY.exec(text); m; m = VANITY.exec(text)) {
    const keys = (m[2] ?? '').replace(/[ .-]/g, '');
    if (keys.replace(/\d/g, '').length < 2) continue;
    const digits = keys.replace(/[A-Z]/g, (ch) => KEYPAD[ch.charCodeAt(0) - 65] ?? '');
    const value = normalisePhone(`+1${m[1] ?? ''}${digits}`, []);
    if (value) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
}

/**
 * Letters that look like digits: Latin O/o and I/l, and the same shapes in Cyrillic (О о, І і, and З з for 3)
 * and Greek (Ο ο, Ι).
 */
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = {
  O: '0', o: '0', I: '1', l: '1', 'О': '0', 'о': '0', 'І': '1', 'і': '1', 'З': '3', 'з': '3', 'Ο': '0', 'ο': '0', 'Ι': '1',
};
const LOOKALIKE = 'OoIlОоІіЗзΟοΙ';
/** A letter that stands for a digit, glued to a digit: "8OO", "0l99", "8I2", "З2О". */
const LETTER_BY_DIGIT = new RegExp(`\\d[${LOOKALIKE}]|[${LOOKALIKE}]\\d`);
/** A run of digits and look-alike letters with the separators numbers use. */
const MIXED_RUN = new RegExp(`(?<![\\p{L}\\p{N}])[+(]?[\\d${LOOKALIKE}](?:[ \\-.()]{0,2}[\\d${LOOKALIKE}]){5,30}(?![\\p{L}\\p{N}])`, 'gu');
const LOOKALIKE_RUN = new RegExp(`[${LOOKALIKE}]+`, 'g');
const LOOKALIKE_ONE = new RegExp(`[${LOOKALIKE}]`, 'g');

/**
 * Letters standing in for digits inside a digit run ("+1 (8OO) 555-O142",
 * "9OO 8I2 4O5", Cyrillic "011 З2О 4567"), read as the digits they imitate; same length, so offsets hold.
 * A run needs five real digits, and each letter must touch a digit: "IO 2000"
 * or a word stays as written.
 */
export function lettersAsDigits(text: string): string {
  if (!LETTER_BY_DIGIT.test(text)) return text;
  return text.replace(MIXED_RUN, (run) => {
    if ((run.match(/\d/g)?.length ?? 0) < 5) return run;
    let letters = 0;
    for (const found of run.matchAll(LOOKALIKE_RUN)) {
      const at = found.index ?? 0;
      const touches = /\d/.test(run[at - 1] ?? '') || /\d/.test(run[at + found[0].length] ?? '');
      if (!touches || found[0].length > 3) return run;
      letters += 1;
    }
    return letters === 0 ? run : run.replace(LOOKALIKE_ONE, (ch) => LOOKALIKE_DIGITS[ch] ?? ch);
  });
}

/** Every phone number written in `text` (folded), with offsets. */
/**
 * A line break (a `<br>`) right after an international head that cannot stand alone ("+48 22⏎123 45 67")
 * is read as a space; any other line break still ends a number, so lines of a list are never joined.
 */
const BROKEN_HEAD = /(?<![\p{L}\p{N}])(\+\d{1,3}(?:[ .-]?\d{1,4})?)[ ]?\n(?=[ ]?\d)/gu;

function joinBrokenHeads(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(BROKEN_HEAD, (whole: string) => whole.replace('\n', ' '));
}

export function findPhones(written: string, options: PhoneScanOptions): PhoneMatch[] {
  const text = joinBrokenHeads(lettersAsDigits(written));
  const out: PhoneMatch[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let run = m[0];
    // Fewer than six digits cannot be a phone number: most runs (prices, years, short dates) end here,
    // before they are trimmed and checked.
    if (run.length < MIN_DIGITS || digitCount(run) < MIN_DIGITS) continue;
    let start = m.index;
    // Leading brackets that open nothing numeric stay outside ("(+48 …" keeps its bracket, "((" does not).
    while (run.startsWith('((')) {
      run = run.slice(1);
      start += 1;
    }
    run = trimRun(run);
    if (run.length > 0) acceptRunOrItsHead(text, start, run, options, out);
  }
  findVanityNumbers(text, out);
  return out;
}

/** A tel: href → E.164, or null. */
export function phoneFromTelHref(href: string, regions: readonly string[]): string | null {
  let body = href.replace(/^\s*tel:/i, '');
  try {
    body = decodeURIComponent(body);
  } catch {
    // Keep the raw text: a malformed escape must not throw.
  }
  body = body.split(/[;?,]/)[0] ?? '';
  return normalisePhone(body.replace(/[^\d+()\- .]/g, ''), regions);
}
