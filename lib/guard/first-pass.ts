import { GUARD_MARKETPLACES } from './marketplaces';
import { findMarketplaceNames } from './names';
import { escapeRegExp } from './text';

/**
 * The cheap first pass: does this text mention any marketplace at all? On
 * pages that do not, the content script stops here.
 *
 * Speed: a regex alternation of every brand is several times slower than one
 * literal search, because short names (eBay, Temu) limit how far the engine
 * can skip. Instead we look for short needles whose first character is rare in
 * prose ("xpres", "zon", "Bay", "Temu", "Shein", "@"): string search then
 * jumps from one rare character to the next. Each hit is checked with a tiny
 * test on its neighbours and only then with the full name matcher. Scripts
 * other than Latin are searched only when the page is written in them.
 */

interface Needle {
  text: string;
  /** Cheap test on the characters before the hit. */
  before?: RegExp;
  beforeLength?: number;
}

const LATIN_NEEDLES: readonly Needle[] = [
  { text: 'xpres' },
  { text: 'XPRES' },
  { text: 'zon', before: /[aаα@4][mм][aаα@4]$/i, beforeLength: 3 },
  { text: 'ZON', before: /[aаα@4][mм][aаα@4]$/i, beforeLength: 3 },
  { text: 'Bay', before: /[eеє3ε]$/i, beforeLength: 1 },
  { text: 'BAY', before: /[eеє3ε]$/i, beforeLength: 1 },
  { text: 'bay', before: /[eеє3ε]$/i, beforeLength: 1 },
  { text: 'Temu' },
  { text: 'TEMU' },
  { text: 'Shein' },
  { text: 'SHEIN' },
  // Brands written in lower case inside addresses: "sheinhelp@gmail.com", "temu.refund@…".
  { text: '@' },
];

const WINDOW = 40;

function confirmed(text: string, at: number): boolean {
  const from = Math.max(0, at - WINDOW);
  return findMarketplaceNames(text.slice(from, at + WINDOW)).length > 0;
}

function searchNeedle(text: string, needle: Needle): boolean {
  for (let at = text.indexOf(needle.text); at >= 0; at = text.indexOf(needle.text, at + 1)) {
    if (needle.before && !needle.before.test(text.slice(Math.max(0, at - (needle.beforeLength ?? 0)), at))) continue;
    if (confirmed(text, at)) return true;
  }
  return false;
}

interface ScriptNames {
  /** Characters of the script, to tell whether the text uses it. */
  script: RegExp;
  names: RegExp;
}


const SCRIPTS: Readonly<Record<string, RegExp>> = {
  cyrillic: /[\u0400-\u04FF]/,
  greek: /[\u0370-\u03FF]/,
  georgian: /[\u10A0-\u10FF]/,
  armenian: /[\u0530-\u058F]/,
  hebrew: /[\u0590-\u05FF]/,
  arabic: /[\u0600-\u06FF]/,
  indic: /[\u0900-\u09FF]/,
  thai: /[\u0E00-\u0E7F]/,
  cjk: /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/,
};

/** Non-Latin spellings grouped by script, each group one case-insensitive regex. */
const SCRIPT_NAMES: readonly ScriptNames[] = Object.values(SCRIPTS).flatMap((script) => {
  const names = GUARD_MARKETPLACES.flatMap((m) => m.names).filter((n) => script.test(n));
  if (names.length === 0) return [];
  const source = names.map((n) => escapeRegExp(n).replace(/ /g, '\\s?')).join('|');
  return [{ script, names: new RegExp(source, 'i') }];
});

/** Samples the start, middle and end of the text: which scripts are written here. */
function scriptsUsed(text: string, lang: string): ScriptNames[] {
  const sample =
    text.length <= 12_000
      ? text
      : `${text.slice(0, 4000)}${text.slice(text.length / 2 - 2000, text.length / 2 + 2000)}${text.slice(-4000)}`;
  const byLang = LANG_SCRIPT[lang];
  return SCRIPT_NAMES.filter((s) => s.script.test(sample) || (byLang !== undefined && byLang === s.script));
}

const LANG_SCRIPT: Readonly<Record<string, RegExp | undefined>> = {
  ru: SCRIPTS.cyrillic,
  uk: SCRIPTS.cyrillic,
  bg: SCRIPTS.cyrillic,
  kk: SCRIPTS.cyrillic,
  be: SCRIPTS.cyrillic,
  sr: SCRIPTS.cyrillic,
  el: SCRIPTS.greek,
  ka: SCRIPTS.georgian,
  hy: SCRIPTS.armenian,
  he: SCRIPTS.hebrew,
  ar: SCRIPTS.arabic,
  fa: SCRIPTS.arabic,
  ur: SCRIPTS.arabic,
  hi: SCRIPTS.indic,
  bn: SCRIPTS.indic,
  th: SCRIPTS.thai,
  zh: SCRIPTS.cjk,
  ja: SCRIPTS.cjk,
  ko: SCRIPTS.cjk,
};

/**
 * True when `text` names a marketplace in any script (or imitates one with
 * look-alike letters in the common Latin forms). `lang` is the page language.
 */
export function mentionsMarketplace(text: string, lang = ''): boolean {
  for (const needle of LATIN_NEEDLES) if (searchNeedle(text, needle)) return true;
  for (const group of scriptsUsed(text, lang)) {
    const m = group.names.exec(text);
    if (m && confirmed(text, m.index)) return true;
  }
  return false;
}

/** Text is tested for a marketplace name in chunks of this size, with an overlap for names cut between two. */
const FIRST_PASS_CHUNK = 256_000;
const FIRST_PASS_OVERLAP = 80;
const NODES_PER_STEP = 512;

/**
 * `mentionsMarketplace(root.textContent)` in steps: the text nodes are read
 * in document order (what textContent joins) and tested chunk by chunk, at
 * most FIRST_PASS_CHUNK characters per step, so that neither one huge text
 * node (a 10 MB <pre>) nor one element with thousands of children is one step.
 * A text node is added to the chunk a window at a time: joining a 10 MB node
 * to the chunk and cutting the chunk from that made the browser copy all of
 * it in one step (54 ms of one task on a 10 MB page).
 */
export function* mentionsSteps(root: Node, lang: string): Generator<void, boolean> {
  let chunk = '';
  let nodes = 0;
  // Children are read by index, one per visit (see walkSegments: sibling pointers are slow in happy-dom).
  const frames: Array<{ children: NodeListOf<ChildNode>; index: number }> = [{ children: root.childNodes, index: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const node = frame.children[frame.index];
    if (!node) {
      frames.pop();
      continue;
    }
    frame.index += 1;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      let offset = 0;
      while (chunk.length + data.length - offset >= FIRST_PASS_CHUNK) {
        const taken = FIRST_PASS_CHUNK - chunk.length;
        const window = chunk + data.slice(offset, offset + taken);
        if (mentionsMarketplace(window, lang)) return true;
        chunk = window.slice(FIRST_PASS_CHUNK - FIRST_PASS_OVERLAP);
        offset += taken;
        yield;
      }
      chunk += offset === 0 ? data : data.slice(offset);
    } else if (node.firstChild) frames.push({ children: node.childNodes, index: 0 });
    nodes += 1;
    if (nodes % NODES_PER_STEP === 0) yield;
  }
  return mentionsMarketplace(chunk, lang);
}
