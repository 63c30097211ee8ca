/**
 * Shared reading for listing pages (product and store): the page's own metadata
 * (canonical link, Open Graph) and the store it links to.
 */
import type { CapturedStore } from '../../../schema/capture';
import { resolveLink, storeIdFromUrl } from '../urls';
import { embeddedJson, pickString, visitObjects } from '../../shared/readers/embedded-data';
import { attributeHints, flatText, selectAll, selectFirst, squash } from '../../shared/readers/text';

/** "Wireless earbuds - AliExpress 44" → "Wireless earbuds": the site appends its name and a category id. */
export function withoutSiteSuffix(title: string): string {
  return squash(title.replace(/\s*[-|–]\s*AliExpress(?:\s+\d+)?\s*$/i, ''));
}

export function metaContent(document: Document, property: string): string | undefined {
  const meta = selectFirst(document, `meta[property="${property}"], meta[name="${property}"]`);
  const value = meta?.getAttribute('content')?.trim();
  return value || undefined;
}

/** The page's canonical URL (link rel=canonical, then og:url), resolved against the page. */
export function canonicalUrl(document: Document, url: URL): URL | undefined {
  const href = selectFirst(document, 'link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, 'og:url');
  return resolveLink(href, url);
}

/** The first string under one of `keys` anywhere in the embedded data. */
export function dataString(document: Document, keys: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const block of embeddedJson(document)) {
    visitObjects(block, (object) => {
      found ??= pickString(object, keys);
      return found !== undefined;
    });
    if (found) break;
  }
  return found;
}

/** The store the page links to (its name as the link text), else a store-named element. */
export function linkedStore(root: ParentNode, url: URL): CapturedStore | undefined {
  for (const link of selectAll(root, 'a[href]')) {
    const target = resolveLink(link.getAttribute('href'), url);
    const storeId = target && storeIdFromUrl(target);
    const name = flatText(link);
    if (target && storeId && name) return { name, url: `${target.origin}/store/${storeId}`, storeId };
  }
  const named = selectAll(root, '*').find((element) => /(?:store|shop)-?name/.test(attributeHints(element)));
  const name = named ? flatText(named) : '';
  return name ? { name } : undefined;
}
