/**
 * HTML written as a string for a file the buyer saves (the evidence pack's
 * index.html), never parsed into our own pages. Every value that is not a
 * literal of this module goes through `escapeHtml`; attribute values are
 * always double-quoted, so the same escaping covers them.
 */
import { stripBidiControls } from '../schema/bidi';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for HTML; bidi controls dropped, so page text cannot reorder what the pack shows. */
export function escapeHtml(value: string | number): string {
  return stripBidiControls(String(value)).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A piece of markup built by this module's helpers: already escaped. */
export interface Markup {
  readonly html: string;
}

const markup = (html: string): Markup => ({ html });

type Child = Markup | string | number | undefined | false | null;

function render(children: readonly Child[]): string {
  return children.map((child) => (child === undefined || child === false || child === null ? '' : typeof child === 'object' ? child.html : escapeHtml(child))).join('');
}

const TAG = /^[a-z][a-z0-9]*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const VOID = new Set(['meta', 'img', 'br', 'source']);

/** An element: text children are escaped, attribute values escaped and quoted. */
export function el(tag: string, attributes: Record<string, string | number | undefined>, ...children: Child[]): Markup {
  if (!TAG.test(tag)) throw new Error(`bad tag ${tag}`);
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      if (!ATTRIBUTE.test(name)) throw new Error(`bad attribute ${name}`);
      return ` ${name}="${escapeHtml(value)}"`;
    })
    .join('');
  return markup(VOID.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${render(children)}</${tag}>`);
}

export function fragment(...children: Child[]): Markup {
  return markup(render(children));
}

/**
 * A whole document. The policy forbids scripts, plugins and forms; it
 * leaves images alone, since browsers disagree on what 'self' means for a
 * file opened from disk, and the only images are the pack's own files.
 */
export function htmlDocument(lang: string, title: string, style: string, body: Markup): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style.replace(/</g, '')}</style>`,
    '</head>',
    `<body>${body.html}</body>`,
    '</html>',
    '',
  ].join('\n');
}
