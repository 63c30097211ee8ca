/**
 * What a marketplace plugin is. Each folder `lib/marketplaces/<id>/` exports one
 * `Marketplace` from its `index.ts`, and `registry.ts` lists them; everything else
 * (manifest matches, content scripts, capture schema, deadline rules, guard) reads the
 * registry. Only these types live here, so the engines can name them without loading
 * any marketplace.
 */
import type { DeadlineRuleSet } from '../deadlines/types';
import type { MessageKey } from '../i18n';
import type { MarketplaceGuardData } from '../guard/types';
import type { PageCapture } from '../schema/capture';

export interface MarketplaceSite {
  /** The brand as the marketplace writes it (the same in every UI language). */
  displayName: string;
  /** Registrable domains; any subdomain of these belongs to the marketplace. */
  domains: readonly string[];
  /** The marketplace's own help pages, the official way to reach it. */
  officialHelp: {
    helpCenter: string;
    disputes?: string;
    complaint?: string;
    chat?: string;
  };
}

/**
 * How the buyer asks the marketplace for a refund or a return on an order, in the
 * marketplace's own menus: the dispute screen's explanation and its numbered steps.
 * UI keys; menu names as the marketplace writes them in each language.
 */
export interface ClaimProcedure {
  /** What the text is for and where it goes. */
  intro: MessageKey;
  /** The steps, in order; empty where the explanation says it all. */
  steps: readonly MessageKey[];
}

/**
 * How to report a seller or a listing to the marketplace, where that is not the default
 * marketplace's "Submit a Complaint" form (lib/drafts/complaint.ts): the form, the steps
 * and what follows, as UI keys. The complaint wizard picks it by the reported page's host.
 */
export interface ReportProcedure {
  /** The marketplace's own report form, when it has one. */
  formUrl?: string;
  steps: readonly MessageKey[];
  afterSubmit: readonly MessageKey[];
}

/** Character limits of the marketplace's text fields, in UTF-16 code units. */
export type TextChannel = 'chat' | 'dispute' | 'complaint';

/**
 * One marketplace. Required parts every marketplace has; optional parts are declared
 * by being present, and `tests/unit/marketplaces/registry.test.ts` checks each declared
 * part is whole (e.g. `readsPages` needs `<id>/pages.ts` with readers and a message box).
 */
export interface Marketplace<Id extends string = string> {
  id: Id;
  site: MarketplaceSite;
  /** Names, spellings, official contacts with sources: what the scam-contact guard knows. */
  guard: MarketplaceGuardData;
  /** The marketplace's own order numbers; captured orders must match it. */
  orderNumber?: RegExp;
  /** Deadline figures with their sources; without them only page and user deadlines exist. */
  deadlineRules?: DeadlineRuleSet;
  /** How to ask for a refund or return; the default marketplace's applies to one without it. */
  claim?: ClaimProcedure;
  /** How to report a seller or listing, where it is not the default marketplace's complaint form. */
  report?: ReportProcedure;
  /** Text-field limits the drafts measure against. */
  messageLimits?: Partial<Record<TextChannel, number>>;
  /** The limits above are our cautious estimate, not a published figure: the drafts say so. */
  messageLimitsEstimated?: boolean;
  /**
   * True when `<id>/pages.ts` exports `pages: MarketplacePages`: the in-page sidebar
   * then runs on the marketplace's hosts and can read its pages. Kept out of this object
   * so the guard, which runs on every page, never loads page readers.
   */
  readsPages?: boolean;
}

/** Whether a draft reached the page's message box; plain data, so it can travel back over extension messaging. */
export type InsertResult =
  | { ok: true; boxKind: 'text-control' | 'editable' }
  | { ok: false; reason: 'no-message-box' | 'read-only' };

/** The content-script half of a marketplace: pure page readers and the message box. */
export interface MarketplacePages {
  /** What the page shows; never throws (a failing reader gives an empty capture). */
  readPage(document: Document, url: URL, now: number): PageCapture;
  /** Puts a draft into the page's message box without sending it. */
  insertMessage(document: Document, text: string): InsertResult;
}

/** The site of a marketplace the extension knows only through the guard: its guard data says it all. */
export function siteFromGuardData(guard: MarketplaceGuardData): MarketplaceSite {
  return { displayName: guard.displayName, domains: guard.domains, officialHelp: guard.officialWays };
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function hostBelongsTo(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** Content-script match patterns for `domains` and every subdomain (www., m., pl., …). */
export function matchPatterns(domains: readonly string[]): string[] {
  return domains.flatMap((domain) => [`https://${domain}/*`, `https://*.${domain}/*`]);
}
