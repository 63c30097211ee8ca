import type { MarketplaceId } from '../marketplaces/registry';
import { brandIn } from './lexicon';
import { GUARD_MARKETPLACES, marketplaceOfEmailDomain } from './marketplaces';

/**
 * E-mail addresses in folded text, including "name [at] host [dot] com"
 * obfuscations, and what their domain says about them.
 */

export interface EmailMatch {
  /** Lower-cased, Unicode kept as written (an xn-- domain stays xn--). */
  value: string;
  start: number;
  end: number;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
// The names people give "@" and "." when they spell an address out (en, ru, uk, es/pt, de/sv/fi, it, pl,
// cs/sk, hu, fr, nl, el, sv/da; ro, nl, tr, fi, hu for the dot).
const AT_WORD = '(?:at|собака|равлик|arroba|ät|chiocciola|małpa|malpa|zavináč|zavinac|kukac|arobase|apenstaartje|παπάκι|snabel-a)';
export const DOT_WORD = '(?:dot|точка|крапка|punkt|kropka|punto|point|ponto|nokta|τελεία|tečka|tecka|bodka|pont|punct|punt|piste)';
// The bracketed tokens only: the spaces around them are taken by hand in deobfuscate. A leading `\s*`
// would make the engine retry at every space of a long run (quadratic on "@" and 100,000 spaces).
const OBFUSCATED_AT = new RegExp(`[[({<]\\s*(?:@|${AT_WORD})\\s*[\\])}>]`, 'giu');
const AT_TOKEN = new RegExp(`^[[({<]\\s*(?:@|${AT_WORD})\\s*[\\])}>]$`, 'iu');
const OBFUSCATED_DOT = new RegExp(`[[({<]\\s*${DOT_WORD}\\s*[\\])}>]`, 'giu');
const OBFUSCATED_AT_OR_DOT = new RegExp(`${OBFUSCATED_AT.source}|${OBFUSCATED_DOT.source}`, 'giu');
const SPACE = /\s/;
/** File names that look like addresses (logo@2x.png). */
const NOT_A_TLD = /^(?:png|jpe?g|gif|svg|webp|avif|css|js|ico|bmp)$/i;

function scanAt(text: string, at: number, atEnd: number, out: EmailMatch[], map: Int32Array | null): void {
  let left = at;
  while (left > 0 && at - left < 64 && LOCAL_CHAR.test(text[left - 1] as string)) left -= 1;
  while (left < at && (text[left] === '.' || text[left] === '-')) left += 1;
  let right = atEnd;
  while (right < text.length && right - atEnd < 253 && DOMAIN_CHAR.test(text[right] as string)) right += 1;
  while (right > atEnd && /[.-]/.test(text[right - 1] as string)) right -= 1;
  if (left === at || right === atEnd) return;
  const local = text.slice(left, at);
  const domain = text.slice(atEnd, right);
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || labels.some((l) => l.length === 0 || l.length > 63)) return;
  if (!(/^\p{L}{2,}$/u.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld)) || NOT_A_TLD.test(tld)) return;
  const start = map ? (map[left] ?? left) : left;
  const end = map ? (map[right - 1] ?? right - 1) + 1 : right;
  out.push({ value: `${local}@${domain}`.toLowerCase(), start, end });
}

/**
 * Replaces obfuscated "at"/"dot" with "@"/"." and keeps a map back to the original offsets.
 * Each token takes the spaces around it ("name [at] host" → "name@host"); spaces before a
 * token are taken only back to the end of the previous one.
 */
function deobfuscate(text: string): { text: string; map: Int32Array } | null {
  OBFUSCATED_AT.lastIndex = 0;
  if (!OBFUSCATED_AT.test(text)) return null;
  // Each token (two characters at least, with its spaces) becomes one character: the text only shrinks.
  const map = new Int32Array(text.length);
  const parts: string[] = [];
  let kept = 0;
  let last = 0;
  const keep = (from: number, to: number) => {
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i += 1) map[kept++] = i;
  };
  OBFUSCATED_AT_OR_DOT.lastIndex = 0;
  for (let m = OBFUSCATED_AT_OR_DOT.exec(text); m; m = OBFUSCATED_AT_OR_DOT.exec(text)) {
    let start = m.index;
    while (start > last && SPACE.test(text[start - 1] as string)) start -= 1;
    let end = m.index + m[0].length;
    while (end < text.length && SPACE.test(text[end] as string)) end += 1;
    keep(last, start);
    parts.push(AT_TOKEN.test(m[0]) ? '@' : '.');
    map[kept++] = start;
    last = end;
    OBFUSCATED_AT_OR_DOT.lastIndex = end;
  }
  keep(last, text.length);
  return { text: parts.join(''), map: map.subarray(0, kept) };
}

/**
 * Addresses spelt out with words and spaces: "help at example dot com",
 * "help собака example точка ru", "help @ example . com". Every dot must be
 * spelt (or spaced) too, so "available at AliExpress.com" is not an address.
 * Each label is bounded and the separators are fixed words: linear.
 */
const LABEL = '[\\p{L}\\p{N}-]{1,63}';
const LOCAL = '([\\p{L}\\p{N}._%+-]{1,64})';
const SPELT = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])${LOCAL}\\s+${AT_WORD}\\s+(${LABEL}(?:\\s+${DOT_WORD}\\s+${LABEL}){1,4})(?![\\p{L}\\p{N}])` +
    `|(?<![\\p{L}\\p{N}._%+-])${LOCAL}\\s+@\\s+(${LABEL}(?:\\s*\\.\\s*${LABEL}){1,4})(?![\\p{L}\\p{N}])`,
  'giu',
);
const SPELT_DOT = new RegExp(`\\s+${DOT_WORD}\\s+|\\s*\\.\\s*`, 'giu');
/**
 * Cheap test that runs on every block: a spelt "dot" or a spaced "@". It begins
 * with a word, not with \s, so the regex engine does not try every space.
 */
const SPELT_HINT = new RegExp(`${DOT_WORD}\\s|\\s@\\s`, 'i');

/** May `text` hold an address spelt out with words ("help at example dot com")? */
export function maySpellAddress(text: string): boolean {
  return SPELT_HINT.test(text);
}

/**
 * Top-level domains people spell out in addresses. A spelt address must end on
 * one: prose ("buyers at this point get …") ends on an ordinary word.
 */
const SPELT_TLDS = new Set(
  ('com net org info biz eu io co me app shop store online site email example uk de fr es it pt pl ro gr ge ua ru ' +
    'kz by md cz sk hu bg rs hr lt lv ee at ch be nl dk se no fi ie tr il ae sa eg in pk bd ir th vn id my sg ' +
    'cn tw hk jp kr au nz ca us mx br ar cl pe za').split(' '),
);
/**
 * Two-letter domains that are also common short words of the prose around
 * "at" ("staff at Temu point to …"): accepted only after an unambiguous "dot".
 */
const WORDLIKE_TLDS = new Set(['in', 'me', 'be', 'no', 'my', 'us', 'at', 'it', 'is', 'to', 'so', 'do', 'am', 'an', 'by']);
/** The last separator of a spelt domain is a word that means nothing but "dot", or a written ".". */
const UNAMBIGUOUS_LAST_DOT = /(?:\s(?:dot|точка|крапка|τελεία|tečka|tecka|bodka)\s+|\s*\.\s*)[^\s.]+$/iu;

function speltStructure(local: string, rawDomain: string, tld: string): boolean {
  const lower = tld.toLowerCase();
  if (WORDLIKE_TLDS.has(lower)) {
    if (!UNAMBIGUOUS_LAST_DOT.test(rawDomain)) return false;
  } else if (!SPELT_TLDS.has(lower)) {
    return false;
  }
  return !/^[.-]|[.-]$/.test(local);
}

function findSpelt(text: string, out: EmailMatch[]): void {
  SPELT.lastIndex = 0;
  for (let m = SPELT.exec(text); m; m = SPELT.exec(text)) {
    const local = m[1] ?? m[3] ?? '';
    const rawDomain = m[2] ?? m[4] ?? '';
    const domain = rawDomain.replace(SPELT_DOT, '.');
    const labels = domain.split('.');
    const tld = labels[labels.length - 1] ?? '';
    if (!/^\p{L}{2,}$/u.test(tld) || NOT_A_TLD.test(tld) || !speltStructure(local, rawDomain, tld)) continue;
    if (out.some((e) => e.start < m!.index + m![0].length && e.end > m!.index)) continue;
    out.push({ value: `${local}@${domain}`.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
}

export function findEmails(text: string): EmailMatch[] {
  const out: EmailMatch[] = [];
  if (maySpellAddress(text)) findSpelt(text, out);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) scanAt(text, at, at + 1, out, null);
  const plain = deobfuscate(text);
  if (plain) {
    const seen = new Set(out.map((e) => e.start));
    const extra: EmailMatch[] = [];
    for (let at = plain.text.indexOf('@'); at >= 0; at = plain.text.indexOf('@', at + 1)) {
      if (text[plain.map[at] ?? -1] === '@') continue;
      scanAt(plain.text, at, at + 1, extra, plain.map);
    }
    for (const e of extra) if (!seen.has(e.start)) out.push(e);
  }
  return out;
}

/** A mailto: href → address, or null. */
export function emailFromMailto(href: string): string | null {
  let body = href.replace(/^\s*mailto:/i, '').split('?')[0] ?? '';
  try {
    body = decodeURIComponent(body);
  } catch {
    // Malformed escapes: keep the raw text.
  }
  const first = body.split(',')[0]?.trim() ?? '';
  const found = findEmails(first);
  return found.length === 1 && found[0]!.start === 0 ? found[0]!.value : null;
}

const FREEMAIL = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'aol.com', 'icloud.com', 'me.com', 'mail.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'yandex.ru', 'yandex.com',
  'ya.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'ukr.net', 'i.ua', 'meta.ua', 'wp.pl', 'o2.pl',
  'onet.pl', 'interia.pl', 'op.pl', 'tlen.pl', 'gazeta.pl', 'seznam.cz', 'centrum.cz', 'email.cz', 'abv.bg',
  'libero.it', 'orange.fr', 'laposte.net', 'free.fr', 'protonmail.com', 'proton.me', 'tutanota.com', 'zoho.com',
  'qq.com', '163.com', '126.com', 'sina.com', 'yeah.net', 'naver.com', 'daum.net', 'rediffmail.com', 'mail.kz',
  'yandex.kz', 'bol.com.br', 'uol.com.br', 'terra.com.br', 'hotmail.fr', 'hotmail.co.uk', 'yahoo.co.uk', 'yahoo.fr',
  'yahoo.de', 'yahoo.co.in', 'outlook.fr', 'outlook.de', 'outlook.es', 'walla.co.il',
];

function isFreemail(domain: string): boolean {
  return FREEMAIL.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** RFC 3492 Punycode decoding of one label body (after "xn--"). */
export function decodePunycode(input: string): string | null {
  const base = 36;
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j += 1) output.push(input.charCodeAt(j));
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return null;
      const c = input.charCodeAt(index++);
      const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      if (digit >= base) return null;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > 1e9) return null;
    }
    const length = output.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / 700) : (i - oldi) >> 1;
    delta += Math.floor(delta / length);
    let k = 0;
    while (delta > 455) {
      delta = Math.floor(delta / 35);
      k += base;
    }
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

function unicodeDomain(domain: string): string {
  return domain
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Latin brand names long enough for a one-letter typo to still point at them. */
const TYPO_BRANDS: ReadonlyArray<{ id: MarketplaceId; name: string }> = GUARD_MARKETPLACES.flatMap((m) =>
  m.names.filter((n) => /^[a-z]{6,}$/.test(n)).map((name) => ({ id: m.id, name })),
);

export type EmailDomainKind = 'marketplace' | 'lookalike' | 'freemail' | 'other';

export interface EmailVerdict {
  kind: EmailDomainKind;
  /** The marketplace the address names or imitates, if any. */
  brand: MarketplaceId | null;
}

/** What an address's domain (and local part) claims to be. */
export function classifyEmail(value: string): EmailVerdict {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const official = marketplaceOfEmailDomain(domain);
  if (official) return { kind: 'marketplace', brand: official };
  if (isFreemail(domain)) return { kind: 'freemail', brand: brandIn(local) };
  const shown = unicodeDomain(domain);
  const inDomain = brandIn(shown.replace(/\./g, ' '));
  if (inDomain) return { kind: 'lookalike', brand: inDomain };
  for (const token of shown.split(/[.\-_]/)) {
    const typo = TYPO_BRANDS.find((b) => editDistanceAtMostOne(token, b.name));
    if (typo) return { kind: 'lookalike', brand: typo.id };
  }
  if (/(^|\.)xn--/.test(domain)) return { kind: 'lookalike', brand: brandIn(local) };
  return { kind: 'other', brand: brandIn(local) };
}
