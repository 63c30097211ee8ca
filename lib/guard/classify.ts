import type { MarketplaceId } from '../marketplaces/registry';
import { hostBelongsTo } from '../marketplaces/types';
import type { EmailDomainKind } from './emails';
import {
  ADVERTISER,
  CLAUSE_SUPPORT,
  findMarketplaceNames,
  GUIDE_HEADING,
  HEADING_SUPPORT,
  isSectionLabel,
  LEGAL_BLOCK,
  OFFICIAL_CLAIM,
  OFFPLATFORM,
  OTHER_PARTY,
  PRESS_HEADING,
  speaksAsOwner,
  SUPPORT,
  THIRD_PARTY,
  WARNING,
  type NameMention,
} from './lexicon';
import { guardData } from './marketplaces';
import { foldWords } from './text';
import type { ContactKind, HeadingRef, PageContext, ReasonCode, Segment, Severity } from './types';

/**
 * Is this contact presented as a marketplace's support (or, on the
 * marketplace's own pages, as a seller's way off the platform)?
 *
 * Evidence is read in the page's structure, nearest first:
 * 1. the contact's own block (for a table cell: its row and column header);
 *    the words right before the contact decide whom it belongs to
 *    ("Telefon asociație: …" → the association, "AliExpress Care ☎ …" → AliExpress);
 * 2. the outline above it, from the nearest heading outwards, for as long as
 *    each heading is about support or a marketplace (a heading about anything
 *    else — "How to protect yourself", "Opening hours" — ends the walk);
 * 3. the page title, for content that is not page chrome.
 * A marketplace mention and support wording must both be found.
 */

interface TextInfo {
  folded: string;
  names: NameMention[];
  support: boolean;
  thirdParty: boolean;
  /** Third-party words come after the last marketplace name: "AliExpress parcel pickup point". */
  thirdPartyLast: boolean;
}

const textInfoCache = new WeakMap<object, TextInfo>();

function infoOf(key: object, raw: string, support = SUPPORT): TextInfo {
  let info = textInfoCache.get(key);
  if (!info) {
    const folded = foldWords(raw);
    const names = findMarketplaceNames(raw, folded);
    const lastThird = THIRD_PARTY.lastIndex(folded);
    info = {
      folded,
      names,
      support: support.test(folded),
      thirdParty: lastThird >= 0,
      thirdPartyLast: lastThird > (names[names.length - 1]?.index ?? -1),
    };
    textInfoCache.set(key, info);
  }
  return info;
}

const MAX_CONTEXT = 3000;

function cappedText(node: Node | null): string {
  const text = node?.textContent ?? '';
  return text.length > MAX_CONTEXT ? text.slice(0, MAX_CONTEXT) : text;
}

/** Text that labels a cell or a definition: the row and the column header; a <dd>'s <dt>. */
function labelsAround(block: Element): string {
  const tag = block.nodeName.toUpperCase();
  if (tag === 'TD' || tag === 'TH') {
    const row = block.parentNode as Element | null;
    let column = 0;
    for (let c = block.previousElementSibling; c; c = c.previousElementSibling) column += 1;
    let table: Node | null = row;
    while (table && table.nodeName.toUpperCase() !== 'TABLE') table = table.parentNode;
    let header = '';
    const headerRow = (table as Element | null)?.querySelector('tr');
    // Only a <th> heads a column: in a label/value table ("<th>Domain</th><td>…</td>" rows) the first
    // row's value is data, not the header of the values below it.
    const headerCell = headerRow && headerRow !== row ? headerRow.children[column] : undefined;
    if (headerCell && headerCell.nodeName.toUpperCase() === 'TH') header = cappedText(headerCell);
    return `${cappedText(row)}\n${header}`;
  }
  if (tag === 'DD') {
    const dt = block.previousElementSibling;
    return dt && dt.nodeName.toUpperCase() === 'DT' ? cappedText(dt) : '';
  }
  return '';
}

/**
 * The labels of a segment's block, read from the DOM once per segment: every contact in the block, and
 * several tests for each (its presentation, legal blocks, warnings), ask for the same ones. Cached for the
 * segment's life, as its TextInfo is (infoOf): a segment is read once, for the DOM it was made from.
 */
interface SegmentLabels {
  around?: string;
  before?: string;
}
const labelCache = new WeakMap<Segment, SegmentLabels>();

/** The value kept for `key`, made on first use. */
function kept<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function segmentLabelsAround(segment: Segment): string {
  const labels = kept(labelCache, segment, (): SegmentLabels => ({}));
  return (labels.around ??= labelsAround(segment.block));
}

function segmentLabelBefore(segment: Segment): string {
  const labels = kept(labelCache, segment, (): SegmentLabels => ({}));
  return (labels.before ??= labelBefore(segment.block));
}

/** A value block this short ("+1 844 555 0111", "09 70 80 12 34") takes its label from the block before it. */
const SHORT_VALUE = 64;
const LABEL_MAX = 80;

/**
 * A paragraph that hands over to the block after it: it ends with a colon or a
 * sign pointing there ("… call the hotline:", "… on WhatsApp 👇").
 */
const INTRODUCES = /(?:[:：]|[👇⬇↓⤵👉➡→]\uFE0F?)$/u;

/**
 * The label of a value block in a label/value layout (flex rows, cards, a bold
 * paragraph before the number): the previous sibling element of the block (or
 * of its nearest ancestor that has one, while the block is an only child), when
 * that sibling is short and reads as a label, not a sentence; or, when that
 * sibling is a longer paragraph that introduces the value, its last sentence
 * (the earlier ones speak of something else: "Parcel lost? … hotline:").
 */
function labelBefore(block: Element): string {
  let node: Element | null = block;
  for (let depth = 0; node && !node.previousElementSibling && depth < 3; depth += 1) {
    const parent: Element | null = node.parentElement;
    if (!parent || parent.children.length !== 1) return '';
    node = parent;
  }
  const previous = node?.previousElementSibling;
  if (!previous) return '';
  const text = cappedText(previous).replace(/\s+/g, ' ').trim();
  if (text.length > LABEL_MAX && INTRODUCES.test(text)) {
    const last = text.slice(clauseStart(text));
    return last.length <= 2 * LABEL_MAX ? last : '';
  }
  if (text.length === 0 || text.length > LABEL_MAX || /[.!?。।]$/.test(text)) return '';
  return text;
}

/** The list a label/value cell belongs to: a <dd>'s <dl>, a cell's table, a list item's list; else null. */
function enclosingList(block: Element): Element | null {
  const tag = block.nodeName.toUpperCase();
  if (tag === 'DD' || tag === 'LI') return block.parentElement;
  if (tag === 'TD' || tag === 'TH') return block.closest('table');
  return null;
}

/**
 * A classified ad, rental or job ad in a label/value list ("Proprietar: Andrei (persoană fizică) /
 * Telefon: 0745 …"): the advertiser named anywhere in the list owns its phone row.
 */
function listedByAdvertiser(block: Element): boolean {
  const list = enclosingList(block);
  return list !== null && ADVERTISER.test(foldWords(cappedText(list)));
}

/**
 * A number in a table or list under a heading that warns of a scam ("Numbers of fraudsters posing as
 * Temu"): the list quotes the numbers, whatever its rows call them ("Temu consultant"), unless its
 * row or label calls the number the official one.
 */
function listedUnderWarning(segment: Segment): boolean {
  if (!enclosingList(segment.block) || segment.text.trim().length > SHORT_VALUE) return false;
  const nearest = segment.headings[segment.headings.length - 1];
  if (!nearest || !warnsOfScam(headingInfo(nearest).folded)) return false;
  return !OFFICIAL_CLAIM.test(foldWords(segmentLabelsAround(segment)));
}

/** Third-party words after the text's last marketplace name: "AliExpress parcel pickup point". */
function endsOnThirdParty(raw: string): boolean {
  const folded = foldWords(raw);
  const lastThird = THIRD_PARTY.lastIndex(folded);
  const names = findMarketplaceNames(raw, folded);
  return lastThird > (names[names.length - 1]?.index ?? -1);
}

function localInfo(segment: Segment): TextInfo {
  // Cached per segment (infoOf): the labels below are read from the DOM only for its first contact.
  const cached = textInfoCache.get(segment);
  if (cached) return cached;
  let labels = segmentLabelsAround(segment);
  if (!labels && segment.text.trim().length <= SHORT_VALUE) {
    labels = segmentLabelBefore(segment);
    // A label that ends on a third party, or warns of a scam, does not lend the value its marketplace name.
    if (labels && (endsOnThirdParty(labels) || warnsOfScam(foldWords(labels)))) labels = '';
  }
  return infoOf(segment, labels ? `${segment.text}\n${labels}` : segment.text);
}

function headingInfo(heading: HeadingRef): TextInfo {
  return infoOf(heading, heading.text, HEADING_SUPPORT);
}

const titleKeys = new WeakMap<PageContext, object>();
function titleInfo(context: PageContext): TextInfo {
  return infoOf(kept(titleKeys, context, () => ({})), context.title);
}

/** The sibling blocks around a block: a seller's "pay by transfer" is often one paragraph away. */
function neighbourhoodText(block: Element): string {
  const prev = block.previousElementSibling;
  const next = block.nextElementSibling;
  return `${cappedText(prev)}\n${cappedText(block)}\n${cappedText(next)}`;
}

export interface ContactUnderTest {
  kind: ContactKind;
  value: string;
  /** Offsets in segment.text. */
  start: number;
  end: number;
  /** The brand the contact itself names or imitates (e-mail, handle). */
  brand: MarketplaceId | null;
  emailKind?: EmailDomainKind;
}

export interface Verdict {
  reason: ReasonCode;
  marketplace: MarketplaceId;
  severity: Severity;
}

function supportReason(contact: ContactUnderTest): ReasonCode {
  if (contact.kind === 'phone') return 'fake-support-phone';
  if (contact.kind === 'messenger') return 'fake-support-messenger';
  switch (contact.emailKind) {
    case 'marketplace':
      return 'marketplace-domain-email';
    case 'lookalike':
      return 'lookalike-email';
    case 'freemail':
      return 'freemail-support';
    default:
      return 'fake-support-email';
  }
}

interface Attribution {
  /**
   * 'marketplace': the words before it name a marketplace; 'third-party': a courier,
   * bank, police … ; 'own': the site speaks of its own contact ("our hotline") in the
   * contact's clause, which names no marketplace.
   */
  owner: 'marketplace' | 'third-party' | 'own' | null;
  /** The marketplace named last before the contact, if any. */
  nearest: MarketplaceId | null;
  /** The contact's own clause presents it as a way to reach someone ("Número de …:", "… help:"). */
  clauseSupport: boolean;
}

const CLAUSE_END = /[!?;؟।。]/;
const SENTENCE_START = /[\p{Lu}\p{Lo}]/u;
const WORD_OR_NUMBER_END = /(?:\p{L}{4}|\d)$/u;

/**
 * Where the clause that ends at the end of `text` starts: after the last line
 * break or sentence end. A full stop ends a sentence when a capital (or a letter
 * of a script without case) follows, or after a word of four letters or more or
 * a digit, so "Tel. 0221 …" and "z. B." do not.
 */
export function clauseStart(text: string): number {
  for (let i = text.length - 2; i >= 0; i -= 1) {
    const ch = text[i] as string;
    if (ch === '\n') return i + 1;
    const next = text[i + 1] as string;
    if (next !== ' ' && next !== '\u00a0') continue;
    if (CLAUSE_END.test(ch)) return i + 1;
    if (ch !== '.') continue;
    if (SENTENCE_START.test(text.slice(i + 2, i + 3)) || WORD_OR_NUMBER_END.test(text.slice(Math.max(0, i - 4), i))) {
      return i + 1;
    }
  }
  return 0;
}

/** Who the words just before (or right after) the contact say it belongs to. */
function attribution(segment: Segment, contact: ContactUnderTest): Attribution {
  const before = segment.text.slice(Math.max(0, contact.start - 160), contact.start);
  const folded = foldWords(before);
  const names = findMarketplaceNames(before, folded);
  const last = names[names.length - 1];
  const lastName = last?.index ?? -1;
  const nearest = last?.id ?? null;
  const clause = before.slice(clauseStart(before));
  const clauseSupport = CLAUSE_SUPPORT.test(foldWords(clause));
  const lastThird = THIRD_PARTY.lastIndex(folded);
  if (lastThird > lastName) {
    // "Write to us: …" with no courier, bank … after the last name is the site speaking of itself, as
    // "our hotline" is: its own unless its headings present the section as a marketplace's support.
    // A contact that names the marketplace itself (aliexpress.help@…) is not: it is read on below.
    if (OTHER_PARTY.lastIndex(folded) > lastName) return { owner: 'third-party', nearest, clauseSupport };
    if (contact.brand === null) return { owner: 'own', nearest, clauseSupport };
  }
  // "We buy parts on AliExpress. Our customer service: …": the name is in another sentence,
  // the contact's own clause speaks of the site's own service. A contact that itself names
  // the marketplace (aliexpress.help@…) is never the site's own.
  const clauseNamed = lastName >= 0 && findMarketplaceNames(clause).length > 0;
  if (!clauseNamed && contact.brand === null && speaksAsOwner(clause)) return { owner: 'own', nearest, clauseSupport };
  if (lastName >= 0) return { owner: 'marketplace', nearest, clauseSupport };
  const after = segment.text.slice(contact.end, contact.end + 60);
  const afterFolded = foldWords(after);
  if (THIRD_PARTY.test(afterFolded) && findMarketplaceNames(after, afterFolded).length === 0) {
    return { owner: 'third-party', nearest, clauseSupport };
  }
  return { owner: null, nearest, clauseSupport };
}

interface OutlineEvidence {
  marketplace: MarketplaceId | null;
  support: boolean;
  /** A heading said the section belongs to someone else, or is about a scam (see warnsOfScam). */
  thirdParty: boolean;
  /** The marketplace was named by the page title only, and the title is not about support. */
  nameFromBareTitle: boolean;
  /** One heading both names the marketplace and speaks of support ("AliExpress Customer Service"), not as a guide or a question. */
  namedSupportHeading: boolean;
}

/** A heading that asks or explains (GUIDE_HEADING_STEMS, or ends with a question mark) is about support. */
function asksOrExplains(folded: string): boolean {
  return /[?？]\s*$/.test(folded) || GUIDE_HEADING.test(folded);
}

function outlineEvidence(segment: Segment, context: PageContext, withTitle = true): OutlineEvidence {
  const evidence: OutlineEvidence = {
    marketplace: null,
    support: false,
    thirdParty: false,
    nameFromBareTitle: false,
    namedSupportHeading: false,
  };
  const levels: TextInfo[] = [];
  for (let i = segment.headings.length - 1; i >= 0; i -= 1) levels.push(headingInfo(segment.headings[i]!));
  const title = withTitle && !segment.inChrome && context.title ? titleInfo(context) : null;
  if (title) levels.push(title);
  for (const info of levels) {
    // A heading (or title) that ends on someone else ("AliExpress parcel pickup point", "Paczki z
    // AliExpress – kurier") is that party's, whatever marketplace it names before.
    if (info.thirdPartyLast || warnsOfScam(info.folded)) {
      evidence.thirdParty = true;
      break;
    }
    if (!info.support && info.names.length === 0) {
      // "Description" under the app's or listing's own heading: read on to that heading.
      if (info !== title && isSectionLabel(info.folded)) continue;
      break;
    }
    evidence.support ||= info.support;
    evidence.namedSupportHeading ||= info.support && info.names.length > 0 && !asksOrExplains(info.folded);
    if (evidence.marketplace === null && info.names[0]) {
      evidence.marketplace = info.names[0].id;
      evidence.nameFromBareTitle = info === title && !info.support;
    }
  }
  return evidence;
}

/**
 * A heading (or title) that warns of a scam ("Fake SHEIN support calls", "Krāpnieki
 * uzdodas par AliExpress") is about the fraud, not the marketplace's support: the
 * section under it belongs to whoever warns (a bank's own line, a police office). The
 * scam number itself is quoted in a warning sentence, which quotedAsWarning reads. A
 * heading that presents one number as the official one ("Beware of fakes: the only
 * official line") still counts as presenting it.
 */
function warnsOfScam(folded: string): boolean {
  return WARNING.test(folded) && !OFFICIAL_CLAIM.test(folded);
}

function mentionsSiteName(folded: string, context: PageContext): boolean {
  if (!context.siteName) return false;
  const name = foldWords(context.siteName);
  return name.length >= 3 && findMarketplaceNames(context.siteName).length === 0 && folded.includes(name);
}

/** A sentence ends at a full stop, question or exclamation mark followed by space, or at a line break. */
const SENTENCE_END = /[.!?;؟।。]\s|\n/;

/** The text of the contact's own sentence, up to the contact and a little after it. */
function sentenceAround(segment: Segment, contact: ContactUnderTest): string {
  const before = segment.text.slice(Math.max(0, contact.start - 200), contact.start);
  const after = segment.text.slice(contact.end, contact.end + 200);
  const end = after.search(SENTENCE_END);
  return `${before.slice(clauseStart(before))} ${end >= 0 ? after.slice(0, end) : after}`;
}

/**
 * A legally required contact block (GPSR manufacturer / EU responsible person,
 * importer, imprint, warranty service): its words in the block before the
 * contact, in the block's label, or in the nearest two headings.
 */
function inLegalBlock(segment: Segment, contact: ContactUnderTest): boolean {
  const before = segment.text.slice(Math.max(0, contact.start - 300), contact.start);
  if (LEGAL_BLOCK.test(foldWords(before))) return true;
  const labels = segmentLabelsAround(segment) || segmentLabelBefore(segment);
  if (labels && LEGAL_BLOCK.test(foldWords(labels))) return true;
  if (legalLabelAbove(segment.block)) return true;
  const { headings } = segment;
  for (let i = headings.length - 1; i >= Math.max(0, headings.length - 2); i -= 1) {
    if (LEGAL_BLOCK.test(headingInfo(headings[i]!).folded)) return true;
  }
  return false;
}

/** How many label/value rows above a contact row are read for a legal block's label. */
const ROWS_ABOVE = 3;

/** The label of a label/value row: a table row's first cell, a <dt>, a list item's text up to its colon. */
function rowLabel(row: Element): string {
  const tag = row.nodeName.toUpperCase();
  if (tag === 'TR') return cappedText(row.firstElementChild);
  const text = cappedText(row);
  const colon = text.search(/[:：]/);
  return (colon >= 0 ? text.slice(0, colon) : text).slice(0, LABEL_MAX);
}

/**
 * A legal block laid out as label/value rows ("Importer | …", "EU responsible person | …", then
 * "E-mail | …"): the legal label sits a row or two above the contact's row, which only says
 * "Contact" or "E-mail". Read upwards through rows labelled as contacts (phone, e-mail, contact); any
 * other row ("Material", "Colour") ends the block, so a seller's address under a spec table is not
 * covered by a "Manufacturer" row further up.
 */
function legalLabelAbove(block: Element): boolean {
  const tag = block.nodeName.toUpperCase();
  let row: Element | null = null;
  if (tag === 'TD' || tag === 'TH') row = block.closest('tr');
  else if (tag === 'DD') row = block.previousElementSibling?.nodeName.toUpperCase() === 'DT' ? block.previousElementSibling : null;
  else if (tag === 'LI') row = block;
  if (!row) return false;
  const sameKind = (e: Element) => e.nodeName === row!.nodeName;
  let above: Element | null = row.previousElementSibling;
  for (let seen = 0; above && seen < ROWS_ABOVE; above = above.previousElementSibling) {
    if (!sameKind(above)) continue;
    seen += 1;
    const label = foldWords(rowLabel(above));
    if (LEGAL_BLOCK.test(label)) return true;
    if (!CLAUSE_SUPPORT.test(label)) return false;
  }
  return false;
}

/** The contact's own clause invites the buyer elsewhere ("schreiben Sie uns auf WhatsApp für einen besseren Preis"). */
function invitesOutside(segment: Segment, contact: ContactUnderTest): boolean {
  const before = segment.text.slice(Math.max(0, contact.start - 200), contact.start);
  return OFFPLATFORM.test(foldWords(before.slice(clauseStart(before))));
}

/**
 * Contacts that are never an alarm, wherever they sit: legal blocks (unless the
 * clause invites the buyer out), and, off the marketplace, a number quoted in a
 * warning sentence.
 */
function legitimatelyQuoted(segment: Segment, contact: ContactUnderTest, context: PageContext): boolean {
  if (inLegalBlock(segment, contact) && !invitesOutside(segment, contact)) {
    const before = segment.text.slice(Math.max(0, contact.start - 160), contact.start);
    // "Hersteller: … AliExpress Kundendienst 0800 …" is not legal information about the item.
    if (context.ownMarketplace || findMarketplaceNames(before.slice(clauseStart(before))).length === 0) return true;
  }
  if (context.ownMarketplace) return false;
  return quotedAsWarning(segment, contact) || listedUnderWarning(segment) || quotedInWarningSection(segment, contact);
}

/**
 * A news item or bank notice about a scam quotes the number in a sentence of its own ("The number
 * they call from most: …"), while the warning is in the section's heading or a sentence before it in
 * the same block ("Scammers call on behalf of Temu: police warn"). The section is the warning, the
 * number is its subject — unless the contact's own sentence presents it as someone's support or
 * official line ("Beware of fakes! Call AliExpress support only at …": support words and a marketplace,
 * an official claim, or the site's own "our hotline"), as an impersonating page does.
 */
function quotedInWarningSection(segment: Segment, contact: ContactUnderTest): boolean {
  const nearest = segment.headings[segment.headings.length - 1];
  const headingWarns = nearest !== undefined && warnsOfScam(headingInfo(nearest).folded);
  if (!headingWarns && !warnedBefore(segment, contact)) return false;
  // A quoted message ("«Call …, this is AliExpress support», the text said") is the scammer speaking,
  // not the page: its support words do not present the number; the reporting words around it are read.
  const own = outsideQuotation(segment, contact) ?? sentenceAround(segment, contact);
  const folded = foldWords(own);
  // Support words alone do not present it: a quote says "they call from" ("звонят", "καλέσουν").
  const namedSupport = SUPPORT.test(folded) && findMarketplaceNames(own, folded).length > 0;
  if (namedSupport || OFFICIAL_CLAIM.test(folded) || speaksAsOwner(own)) return false;
  // A table row or label that calls the number the official one presents it too.
  return !OFFICIAL_CLAIM.test(foldWords(segmentLabelsAround(segment) || segmentLabelBefore(segment)));
}

/** Closing marks for each opening quotation mark (German „…“ and Danish »…« included). */
const QUOTE_CLOSERS: Readonly<Record<string, string>> = {
  '«': '»', '»': '«', '„': '“”', '“': '”', '"': '"', '「': '」', '『': '』', '‹': '›',
};
const QUOTE_REACH = 200;

/**
 * The contact's sentence with the quotation around the contact left out, or null when the contact is
 * not inside one: the nearest opening mark before it (in its clause's reach) that no closing mark
 * follows before the contact, and its closing mark after the contact.
 */
function outsideQuotation(segment: Segment, contact: ContactUnderTest): string | null {
  const { text } = segment;
  const from = Math.max(0, contact.start - QUOTE_REACH);
  for (let i = contact.start - 1; i >= from; i -= 1) {
    const closers = QUOTE_CLOSERS[text[i] as string];
    if (closers === undefined) continue;
    const inside = text.slice(i + 1, contact.start);
    // A mark that is closed before the contact is not around it ("“We refund,” they say. Call …").
    if ([...closers].some((c) => inside.includes(c))) return null;
    const after = text.slice(contact.end, contact.end + QUOTE_REACH);
    const close = [...closers].map((c) => after.indexOf(c)).filter((n) => n >= 0).sort((a, b) => a - b)[0];
    if (close === undefined) return null;
    const before = text.slice(Math.max(0, i - QUOTE_REACH), i);
    const rest = after.slice(close + 1);
    const end = rest.search(SENTENCE_END);
    return `${before.slice(clauseStart(before))} ${end >= 0 ? rest.slice(0, end) : rest}`;
  }
  return null;
}

/** One of the two sentences before the contact's own, in the same block, warns of a scam. */
function warnedBefore(segment: Segment, contact: ContactUnderTest): boolean {
  const before = segment.text.slice(Math.max(0, contact.start - 400), contact.start);
  const ownStart = clauseStart(before);
  if (ownStart === 0) return false;
  const earlier = before.slice(0, ownStart);
  let from = earlier.length;
  for (let i = 0; i < 2 && from > 0; i += 1) from = clauseStart(earlier.slice(0, Math.max(0, from - 1)));
  return warnsOfScam(foldWords(earlier.slice(from)));
}

/**
 * The contact's own sentence warns ("scammers give 0900 … as Temu's line"), or
 * the three sentences right after it do ("… listed as eBay Romania. It is a scam,
 * do not call!") without presenting some other number as the official one.
 */
function quotedAsWarning(segment: Segment, contact: ContactUnderTest): boolean {
  if (WARNING.test(foldWords(sentenceAround(segment, contact))) || warnedAfterQuote(segment)) return true;
  const after = segment.text.slice(contact.end, contact.end + 400);
  const ownEnd = after.search(SENTENCE_END);
  if (ownEnd < 0) return false;
  const rest = after.slice(ownEnd + 1);
  const next = foldWords(rest.slice(0, sentencesEnd(rest, 3)));
  return WARNING.test(next) && !OFFICIAL_CLAIM.test(next);
}

/**
 * A message quoted whole (an SMS in a `<pre>`, a `<blockquote>`) and judged in the block right
 * after it ("This is fraud, do not call"): the quote's numbers are what the warning is about.
 */
function warnedAfterQuote(segment: Segment): boolean {
  const quote = segment.block.closest('blockquote, pre, q');
  const next = quote?.nextElementSibling;
  if (!next) return false;
  const text = cappedText(next);
  const folded = foldWords(text.slice(0, sentencesEnd(text, 2)));
  return WARNING.test(folded) && !OFFICIAL_CLAIM.test(folded);
}

/** Where the first `count` sentences of `text` end. */
function sentencesEnd(text: string, count: number): number {
  let end = 0;
  for (let i = 0; i < count; i += 1) {
    const found = text.slice(end).search(SENTENCE_END);
    if (found < 0) return text.length;
    end += found + 1;
  }
  return end;
}

/**
 * An address on a marketplace's own domain reaches that marketplace: never an
 * alarm. Where the marketplace says such addresses are not a support channel,
 * offering one as support earns a quiet notice; otherwise nothing.
 */
function ownDomainSeverity(contact: ContactUnderTest): Severity | null {
  if (contact.kind !== 'email' || contact.emailKind !== 'marketplace' || !contact.brand) return 'alarm';
  return guardData(contact.brand)?.ownDomainEmail === 'not-support' ? 'notice' : null;
}

/**
 * An ordinary address on the page's own site (guide@safe-guide.example on
 * safe-guide.example) is the site's own, whatever the page is about. A
 * look-alike or free-mail address is judged as usual: a clone support page
 * hosts its look-alike address itself.
 */
function siteOwnAddress(contact: ContactUnderTest, context: PageContext): boolean {
  if (contact.kind !== 'email' || contact.emailKind !== 'other' || !context.host) return false;
  const domain = contact.value.slice(contact.value.lastIndexOf('@') + 1).toLowerCase();
  const host = context.host.toLowerCase().replace(/^www\./, '');
  return domain.includes('.') && (hostBelongsTo(host, [domain]) || hostBelongsTo(domain, [host]));
}

export function judgeContact(segment: Segment, contact: ContactUnderTest, context: PageContext): Verdict | null {
  if (siteOwnAddress(contact, context)) return null;
  const severity = ownDomainSeverity(contact);
  if (!severity) return null;
  // Most contacts are not presented as anyone's support: asked first, that answer spares the
  // legal-block and warning readings (all of these are pure tests, so the order changes no verdict).
  const found = judgePresentation(segment, contact, context);
  if (!found || legitimatelyQuoted(segment, contact, context)) return null;
  return { ...found, severity };
}

function judgePresentation(
  segment: Segment,
  contact: ContactUnderTest,
  context: PageContext,
): Omit<Verdict, 'severity'> | null {
  if (context.ownMarketplace) {
    // On the marketplace's own pages every messenger or outside e-mail a seller writes is off-platform;
    // a phone needs words that move the deal elsewhere (so a buyer's own shipping phone stays quiet).
    const offWords = OFFPLATFORM.test(foldWords(neighbourhoodText(segment.block)));
    const outsideEmail = contact.kind === 'email' && contact.emailKind !== 'marketplace';
    if (contact.kind === 'messenger' || outsideEmail || offWords) {
      return { reason: 'offplatform-seller', marketplace: context.ownMarketplace };
    }
    return null;
  }

  // A press release's "Press contact" section: its press office's and PR agency's lines are for journalists,
  // whichever marketplace the block names (and "Agentur"/"Agenția" reads like a support "agent").
  const nearestHeading = segment.headings[segment.headings.length - 1];
  if (nearestHeading && PRESS_HEADING.test(headingInfo(nearestHeading).folded)) return null;
  const local = localInfo(segment);
  const { owner, nearest, clauseSupport } = attribution(segment, contact);
  if (owner === 'third-party') return null;
  const speaker = ownerSpeaksAs(segment, owner, local.support || clauseSupport);
  if (speaker) return { reason: supportReason(contact), marketplace: speaker };
  if (owner === 'own') {
    // The site's own contact, unless its headings present the section as the marketplace's
    // support: an impersonating page ("AliExpress Customer Service" › "Call our hotline"). One
    // heading must say both: a shop's "Contact the seller" under "Buying on AliExpress" is its own.
    const outline = outlineEvidence(segment, context, false);
    if (outline.thirdParty || !outline.marketplace || !outline.namedSupportHeading) return null;
    return { reason: supportReason(contact), marketplace: outline.marketplace };
  }
  const localName = nearest ?? local.names[0]?.id ?? contact.brand;
  const namesHere = local.names.length > 0 || contact.brand !== null;
  if (!namesHere && (local.thirdParty || mentionsSiteName(local.folded, context) || listedByAdvertiser(segment.block))) {
    return null;
  }

  const support = local.support || clauseSupport;
  if (namesHere && support && localName) return { reason: supportReason(contact), marketplace: localName };

  const outline = outlineEvidence(segment, context);
  if (outline.thirdParty) return null;
  const marketplace = localName ?? outline.marketplace;
  // A title that only names the marketplace ("My AliExpress parcel is stuck") does not make every
  // contact on the page the marketplace's: then the block or its headings must name it too.
  if (!localName && outline.nameFromBareTitle) return null;
  if (marketplace && (outline.support || support) && (outline.marketplace || outline.support)) {
    return { reason: supportReason(contact), marketplace };
  }
  return null;
}

/** Elements that hold a post's or comment's author name ("<b>AliExpress UK</b> · 1 h ago", `class="author"`). */
const SPEAKER_TAGS = new Set(['B', 'STRONG', 'CITE']);
// "by"/"byline": a post's "by …" line ("<p class="by">eBay Buyer Care</p>"), as a whole class word.
const SPEAKER_CLASS = /author|user|nick|name|poster|byline|sender|(?:^|[\s_-])by(?:$|[\s_-])/i;
const SPEAKER_MAX = 60;

/**
 * The marketplace a comment's or post's author line names, right before the block (up to two short
 * siblings: the name, then its date). A line with a sentence in it is not a name.
 */
function speakerMarketplace(block: Element): MarketplaceId | null {
  let sibling = block.previousElementSibling;
  for (let i = 0; sibling && i < 2; i += 1, sibling = sibling.previousElementSibling) {
    const text = (sibling.textContent ?? '').trim();
    if (text.length === 0 || text.length > SPEAKER_MAX || /[.!?:;]/.test(text)) return null;
    const nameLike = SPEAKER_TAGS.has(sibling.tagName) || SPEAKER_CLASS.test(sibling.getAttribute('class') ?? '');
    const name = nameLike ? findMarketplaceNames(text)[0] : undefined;
    if (name) return name.id;
  }
  return null;
}

/**
 * "Our customer service …", "write to us on WhatsApp" in a comment whose author line names a marketplace
 * ("AliExpress Shqipëri"): the author speaks as the marketplace's support, whatever the headings say. The
 * contact's clause names no marketplace and no third party (those are read as usual), and the block must
 * speak in the first person and of support.
 */
function ownerSpeaksAs(segment: Segment, owner: Attribution['owner'], support: boolean): MarketplaceId | null {
  if (owner === 'third-party' || owner === 'marketplace' || !support) return null;
  // Both are pure tests: the author line (a sibling or two, most often a long paragraph, read no further)
  // is asked first, as it answers null far more often than the block's whole text is read for "our".
  const speaker = speakerMarketplace(segment.block);
  if (speaker === null || (owner !== 'own' && !speaksAsOwner(segment.text))) return null;
  return speaker;
}

const TELEGRAM = /telegram|телеграм|τελεγκραμ|ტელეგრამ|טלגרם|تيليجرام|تلگرام|टेलीग्राम/i;

/** Whether the block or its nearest heading presents "@handles" as Telegram accounts. */
export function presentsTelegram(segment: Segment): boolean {
  const nearest = segment.headings[segment.headings.length - 1];
  // Tested one text at a time: joining them copied the whole block for every block with an "@".
  return TELEGRAM.test(segment.text) || TELEGRAM.test(nearest?.text ?? '');
}
