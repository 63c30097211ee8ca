import { isSupportedCountry as isSupportedIn, type CountryCode } from 'libphonenumber-js/core';
import { hostBelongsTo } from '../marketplaces/types';
import { findMarketplaceNames, SUPPORT } from './lexicon';
import { regionCues } from './phones';
import { marketplaceOfHost } from './marketplaces';
import { PHONE_METADATA } from './phone-metadata';
import { foldWords } from './text';
import type { PageContext, TrustLists } from './types';

/**
 * Facts about the page computed once per page (and reused by every
 * incremental re-scan): where it is, its language, its own name, which
 * regions its phone numbers are likely written for.
 */

const isSupportedCountry = (region: string): boolean => isSupportedIn(region as CountryCode, PHONE_METADATA);

/** Regions people writing in a language most often mean, most likely first. */
const LANGUAGE_REGIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['US', 'GB', 'AU', 'IN', 'IE', 'NZ', 'ZA'],
  uk: ['UA'],
  ru: ['RU', 'KZ', 'BY', 'UA'],
  pl: ['PL'],
  el: ['GR', 'CY'],
  ro: ['RO', 'MD'],
  ka: ['GE'],
  de: ['DE', 'AT', 'CH'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'],
  fr: ['FR', 'BE', 'CH', 'CA', 'MA'],
  pt: ['BR', 'PT'],
  tr: ['TR'],
  ar: ['SA', 'EG', 'AE', 'MA', 'DZ', 'IQ', 'JO'],
  hi: ['IN'],
  kk: ['KZ'],
  cs: ['CZ', 'SK'],
  sk: ['SK', 'CZ'],
  he: ['IL'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  bg: ['BG'],
  hu: ['HU'],
  sr: ['RS'],
  hr: ['HR'],
  lt: ['LT'],
  lv: ['LV'],
  et: ['EE'],
  be: ['BY'],
  az: ['AZ'],
  hy: ['AM'],
  uz: ['UZ'],
  fa: ['IR'],
  bn: ['BD', 'IN'],
  ur: ['PK', 'IN'],
  th: ['TH'],
  vi: ['VN'],
  id: ['ID'],
  ms: ['MY'],
  zh: ['CN', 'TW', 'HK', 'SG'],
  ja: ['JP'],
  ko: ['KR'],
  sv: ['SE'],
  da: ['DK'],
  fi: ['FI'],
  nb: ['NO'],
  no: ['NO'],
  nn: ['NO'],
  tl: ['PH'],
  fil: ['PH'],
  sl: ['SI'],
  sq: ['AL', 'XK', 'MK'],
  mk: ['MK'],
  bs: ['BA'],
  me: ['ME'],
  ca: ['ES', 'AD'],
  eu: ['ES'],
  gl: ['ES'],
  is: ['IS'],
  ga: ['IE'],
  mt: ['MT'],
  lb: ['LU'],
  af: ['ZA', 'NA'],
  sw: ['KE', 'TZ', 'UG'],
  am: ['ET'],
  ta: ['IN', 'LK'],
  te: ['IN'],
  mr: ['IN'],
  gu: ['IN'],
  kn: ['IN'],
  ml: ['IN'],
  pa: ['IN', 'PK'],
  si: ['LK'],
  ne: ['NP'],
  my: ['MM'],
  km: ['KH'],
  lo: ['LA'],
  mn: ['MN'],
  ky: ['KG'],
  tg: ['TJ'],
  tk: ['TM'],
  // Round 6 (batch g): languages whose pages fell back to the English-speaking regions.
  ps: ['AF', 'PK'],
  ha: ['NG', 'NE', 'GH'],
  yo: ['NG', 'BJ'],
  ig: ['NG'],
  zu: ['ZA'],
  xh: ['ZA'],
  st: ['ZA', 'LS'],
  tn: ['BW', 'ZA'],
  jv: ['ID'],
  su: ['ID'],
  so: ['SO', 'DJ', 'ET', 'KE'],
  rw: ['RW'],
  mg: ['MG'],
  ny: ['MW', 'ZM'],
  sn: ['ZW'],
  ti: ['ER', 'ET'],
  om: ['ET', 'KE'],
  ku: ['IQ', 'TR'],
  ckb: ['IQ'],
  dv: ['MV'],
  sd: ['PK'],
  or: ['IN'],
  as: ['IN'],
  ceb: ['PH'],
  ht: ['HT'],
  qu: ['PE', 'BO', 'EC'],
  ln: ['CD', 'CG'],
  wo: ['SN'],
  lg: ['UG'],
};

/** Country-code TLDs whose ISO code differs from the label. */
const TLD_EXCEPTIONS: Readonly<Record<string, string>> = { uk: 'GB', su: 'RU' };

function regionOfHost(host: string | null): string | null {
  if (!host) return null;
  const tld = host.split('.').pop() ?? '';
  if (tld.length !== 2) return null;
  const region = TLD_EXCEPTIONS[tld] ?? tld.toUpperCase();
  return isSupportedCountry(region) ? region : null;
}

export function regionHints(lang: string, langTag: string, host: string | null, title = ''): string[] {
  const hints: string[] = [];
  const tagRegion = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(langTag)?.[1]?.toUpperCase();
  if (tagRegion && isSupportedCountry(tagRegion)) hints.push(tagRegion);
  const hostRegion = regionOfHost(host);
  if (hostRegion) hints.push(hostRegion);
  // A country the title names ("… customer service in Egypt") before the language's usual regions.
  for (const r of regionCues(title)) if (isSupportedCountry(r)) hints.push(r);
  for (const r of LANGUAGE_REGIONS[lang] ?? []) hints.push(r);
  if (hints.length === 0) hints.push(...(LANGUAGE_REGIONS.en ?? []));
  return [...new Set(hints)];
}

export interface PageContextInput {
  url?: string | null;
  /** BCP 47 tag of the page ("pl", "en-GB"). */
  lang?: string | null;
  title?: string | null;
  /** The site's own name (og:site_name), if known. */
  siteName?: string | null;
  trusted?: TrustLists;
}

const NO_TRUST: TrustLists = { contacts: [], sites: [] };

function hostOf(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url.trim());
  return m ? (m[1] ?? '').toLowerCase().replace(/\.$/, '') : null;
}

/**
 * The site's name from the title's last part ("… — Shop Name"), when that part
 * looks like a name: short, no digits.
 */
function siteNameFromTitle(title: string): string | null {
  const parts = title.split(/\s+[|—–·-]\s+/);
  if (parts.length < 2) return null;
  const last = (parts[parts.length - 1] ?? '').split(/[,(:]/)[0]?.trim() ?? '';
  if (last.length < 3 || last.length > 40 || /\d/.test(last)) return null;
  // "… – горячая линия", "… – AliExpress": the title's last part is content, not the site's name.
  const folded = foldWords(last);
  if (SUPPORT.test(folded) || findMarketplaceNames(last, folded).length > 0) return null;
  return last;
}

export function createPageContext(input: PageContextInput): PageContext {
  const url = input.url ?? null;
  const host = hostOf(url);
  const langTag = (input.lang ?? '').trim();
  const lang = (langTag.split(/[-_]/)[0] ?? '').toLowerCase();
  const title = (input.title ?? '').replace(/\s+/g, ' ').trim();
  const trusted = input.trusted ?? NO_TRUST;
  return {
    url,
    host,
    lang,
    title,
    siteName: input.siteName?.trim() || siteNameFromTitle(title),
    ownMarketplace: marketplaceOfHost(host),
    regionHints: regionHints(lang, langTag, host, title),
    trusted,
    siteTrusted: host !== null && hostBelongsTo(host, trusted.sites),
  };
}

/**
 * Reads url, language, title and site name from a document. The URL is
 * `overrides.url` (a content script passes location.href), else the page's
 * canonical link (audits of saved pages), else the document's own URL.
 */
export function pageContextFromDocument(
  doc: Document,
  overrides: { url?: string | null; trusted?: TrustLists } = {},
): PageContext {
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const lang =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    null;
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  const titleText = doc.querySelector('title')?.textContent ?? '';
  const documentUrl = /^https?:/i.test(doc.URL ?? '') ? doc.URL : null;
  return createPageContext({
    url: overrides.url ?? canonical ?? documentUrl,
    lang,
    title: titleText,
    siteName,
    trusted: overrides.trusted,
  });
}
