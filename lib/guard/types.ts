import type { MarketplaceId } from '../marketplaces/registry';

export type ContactKind = 'phone' | 'email' | 'messenger';

/**
 * Why a contact was flagged. The UI explains each code
 * (lib/i18n/locales/<lang>/guard.json, `guard.reason.<code>`).
 */
export const REASON_CODES = [
  /** A phone number presented as the marketplace's support line. */
  'fake-support-phone',
  /** An e-mail address on an unrelated domain presented as support. */
  'fake-support-email',
  /** An e-mail domain that imitates the marketplace (homoglyphs, punycode, brand inside). */
  'lookalike-email',
  /** A free-mail box (gmail, outlook, …) presented as the marketplace's support. */
  'freemail-support',
  /** A real-looking @marketplace address offered as support: no such channel exists. */
  'marketplace-domain-email',
  /** WhatsApp / Telegram / Viber presented as the marketplace's support. */
  'fake-support-messenger',
  /** On the marketplace's own pages, a seller moving the deal off the platform. */
  'offplatform-seller',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** An official channel of a marketplace: data, with its source on the marketplace's own domain. */
export interface OfficialContact {
  kind: ContactKind;
  /** Normalised value: E.164, lower-case e-mail, canonical messenger URL. */
  value: string;
  /** ISO 3166 country the channel serves, when it is country-specific. */
  country?: string;
  /** Page on the marketplace's own domain that lists the contact. */
  source: string;
  /** Date (YYYY-MM-DD) of the source as recorded. */
  date: string;
  note?: string;
}

/** Per-marketplace data the guard needs (lib/marketplaces/<id>/guard-data.ts). */
export interface MarketplaceGuardData {
  id: MarketplaceId;
  displayName: string;
  /**
   * Spellings and transliterations, matched case-insensitively after folding
   * (homoglyphs of Latin letters are tolerated automatically).
   */
  names: readonly string[];
  /**
   * Spellings that collide with ordinary words in lower case (Polish "temu"
   * means "ago"): matched exactly as written.
   */
  exactNames?: readonly string[];
  /** Registrable domains; subdomains belong to the marketplace. */
  domains: readonly string[];
  /** Further domains the company mails from (not a support channel by themselves). */
  emailDomains: readonly string[];
  /** Whether the marketplace runs a customer phone line at all (drives the warning text). */
  phoneSupport: 'none' | 'some-countries';
  officialContacts: readonly OfficialContact[];
  /** The official way instead: the marketplace's own pages. */
  officialWays: {
    helpCenter: string;
    chat?: string;
    disputes?: string;
    complaint?: string;
  };
}

/** Contacts and sites the user chose to trust (settings). */
export interface TrustLists {
  /** Normalised contact values (as in Finding.value). */
  contacts: readonly string[];
  /** Hosts where the guard stays silent; subdomains included. */
  sites: readonly string[];
}

/** A text node's share of a segment: segment offsets [start, end) ↔ node.data offsets [0, end-start). */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface LinkRef {
  element: Element;
  href: string;
  /** Range of the link's text inside the segment (may be empty for icon links). */
  start: number;
  end: number;
}

export interface HeadingRef {
  /** 0 for the document title, 1–6 for h1–h6. */
  level: number;
  text: string;
  element: Element | null;
}

/**
 * The text of one block (p, li, td, div …) with inline descendants joined, so
 * `<b>+7</b> <span>800</span>` reads as one run. Nested blocks are separate
 * segments; `<br>` and nested blocks leave a "\n" in the text.
 */
export interface Segment {
  block: Element;
  text: string;
  pieces: TextPiece[];
  links: LinkRef[];
  /** Outline in force at this block, outermost first (h1, h2 …; title not included). */
  headings: readonly HeadingRef[];
  /** Set when the block is itself a heading. */
  heading: HeadingRef | null;
  /** Inside page chrome (header, footer, nav, aside): the page title does not govern it. */
  inChrome: boolean;
}

export interface MarkRange {
  node: Text;
  /** Offsets in node.data. */
  start: number;
  end: number;
}

export interface Finding {
  kind: ContactKind;
  value: string;
  reason: ReasonCode;
  marketplace: MarketplaceId;
  /** Surrounding text excerpt, whitespace collapsed. */
  text: string;
  segment: Segment;
  /** Offsets in segment.text of what the finding covers (a link's text for href findings). */
  start: number;
  end: number;
  /** Text-node ranges to mark in place. */
  ranges: MarkRange[];
  /** The link element when the contact came from (or sits inside) a link. */
  link: Element | null;
  /** Where it was read: visible text or a link's href. */
  source: 'text' | 'href';
}

/** Everything about the page that is computed once and reused by every (re-)scan. */
export interface PageContext {
  url: string | null;
  host: string | null;
  /** Primary language subtag, lower case ('' when unknown). */
  lang: string;
  title: string;
  /** The site's own name (og:site_name or title suffix), used to recognise its own contacts. */
  siteName: string | null;
  /** Set when the page is on a marketplace's own domain. */
  ownMarketplace: MarketplaceId | null;
  /** Regions to try for national-format numbers, most likely first. */
  regionHints: readonly string[];
  trusted: TrustLists;
  /** True when the user trusts this site: scans return nothing. */
  siteTrusted: boolean;
}
