/** Links as readers meet them: relative, protocol-relative, `javascript:`, or broken. */

/** Parses an href against the page URL; undefined for empty, `javascript:` or malformed links. */
export function resolveLink(href: string | null | undefined, base: URL): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
