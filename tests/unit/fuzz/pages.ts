/**
 * Fuzzing the page readers and the guard engine (issue 8, "Fuzzing"): every
 * fixture page of every marketplace, the labelled guard corpus and the
 * hostile pages, mutated at random (slices cut, doubled, swapped, digits
 * changed, hostile tokens and markup spliced in, the tail cut off), plus
 * pages made of random markup. Shared by the Vitest run and `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RegisteredMarketplaceId } from '../../../lib/marketplaces/registry';
import type { PageCapture } from '../../../lib/schema/capture';


/** The seed from FUZZ_SEED (to replay a failure), or a new one per run. */
export function fuzzSeed(): number {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) ? given >>> 0 : Math.floor(Math.random() * 2 ** 32);
}

export interface FuzzPage {
  name: string;
  html: string;
}

function htmlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return htmlFilesUnder(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

/** Every HTML fixture: both marketplaces' pages, the hostile pages, the guard corpus beside the checkout. */
export function fixturePages(): FuzzPage[] {
  const corpus = [resolve('../shared/corpus/guard'), resolve('../../shared/corpus/guard')].find((dir) => existsSync(dir));
  const files = [...htmlFilesUnder(resolve('tests/fixtures')), ...(corpus ? htmlFilesUnder(corpus) : [])];
  return files.map((file) => ({ name: file.slice(resolve('.').length + 1), html: readFileSync(file, 'utf8') }));
}

/** What pages carry that break naive readers: markup in text, bidi and zero-width, NUL, huge numbers, half-finished tags. */
const HOSTILE_TOKENS = [
  '<img src=x onerror="alert(1)">',
  '<script>document.title="pwned"</script>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '%s%n%x',
  '\u202e',
  '\u2066',
  '\u200b\u200d\ufeff',
  '\u0000',
  '9'.repeat(40),
  '8181',
  'Order ID: ',
  'Order No.: PO-',
  'Buyer protection ends in ',
  ' days ',
  'Total: US $',
  '<div class="order-item">',
  '</div>',
  '<span>',
  '<!--',
  '<table><tr><td>',
  '&#x202e;',
  '&amp;',
  'AliExpress customer service +1 (888) 555-0123 WhatsApp',
  'x'.repeat(2_000),
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** One random change to the page's source. */
function mutateOnce(random: () => number, html: string): string {
  const at = Math.floor(random() * (html.length + 1));
  const span = Math.floor(random() * Math.min(2_000, html.length - at + 1));
  switch (Math.floor(random() * 7)) {
    case 0: // cut a slice
      return html.slice(0, at) + html.slice(at + span);
    case 1: // double a slice
      return html.slice(0, at + span) + html.slice(at, at + span) + html.slice(at + span);
    case 2: {
      // swap a slice with one elsewhere
      const other = Math.floor(random() * html.length);
      const slice = html.slice(at, at + span);
      const rest = html.slice(0, at) + html.slice(at + span);
      const to = Math.min(other, rest.length);
      return rest.slice(0, to) + slice + rest.slice(to);
    }
    case 3: // change digits in a stretch
      return html.slice(0, at) + html.slice(at, at + span).replace(/\d/g, () => String(Math.floor(random() * 10))) + html.slice(at + span);
    case 4: // cut the tail
      return html.slice(0, Math.max(at, Math.floor(html.length / 4)));
    default: // splice in hostile text
      return html.slice(0, at) + pick(random, HOSTILE_TOKENS) + html.slice(at);
  }
}

/** The page with one to five random changes. */
export function mutate(random: () => number, html: string): string {
  let out = html;
  const rounds = 1 + Math.floor(random() * 5);
  for (let i = 0; i < rounds; i++) out = mutateOnce(random, out);
  return out;
}

const TAGS = ['div', 'span', 'p', 'a href="https://www.aliexpress.com/p/order/detail.html?orderId=81810000', 'table', 'tr', 'td', 'li', 'ul', 'b', 'h1', 'button', 'img alt="', 'script', 'style', 'textarea', 'template', 'svg'];
const CLASSES = ['order-item', 'order-item-header-right-info', 'order-item-store-name', 'order-item-content-info-name', 'order-item-protection', 'message-item', 'order-list', 'order-detail', 'price'];

/** A page of random markup built from the words and classes readers look for. */
export function randomPage(random: () => number): string {
  let body = '';
  const parts = 20 + Math.floor(random() * 200);
  for (let i = 0; i < parts; i++) {
    const r = random();
    const tag = pick(random, TAGS);
    if (r < 0.35) body += `<${tag}${random() < 0.5 ? ` class="${pick(random, CLASSES)}"` : ''}>`;
    else if (r < 0.6) body += `</${tag.split(' ')[0]}>`;
    else if (r < 0.8) body += pick(random, HOSTILE_TOKENS);
    else body += String(Math.floor(random() * 1e16)).padStart(16, '8');
  }
  return `<!doctype html><html><head><title>${pick(random, HOSTILE_TOKENS)}</title></head><body>${body}</body></html>`;
}

/** Page addresses the readers tell apart, per marketplace: one fuzzed page is read as each. */
export const READER_URLS: readonly { marketplace: RegisteredMarketplaceId; url: string }[] = [
  { marketplace: 'aliexpress', url: 'https://www.aliexpress.com/p/order/index.html' },
  { marketplace: 'aliexpress', url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123' },
  { marketplace: 'aliexpress', url: 'https://www.aliexpress.com/p/message/index.html?sellerId=2201234567&orderId=8181234567890123' },
  { marketplace: 'aliexpress', url: 'https://www.aliexpress.com/item/1005005123456789.html' },
  { marketplace: 'aliexpress', url: 'https://www.aliexpress.com/store/1102345678' },
  { marketplace: 'temu', url: 'https://www.temu.com/bgt_orders.html' },
  { marketplace: 'temu', url: 'https://www.temu.com/uk-pl/bgt_order_detail.html?parent_order_sn=PO-070-20044400011122233' },
  { marketplace: 'temu', url: 'https://www.temu.com/chat.html' },
];

/** Any script's decimal digits as ASCII (readers read "٨٦٨١…" as 8681…): a digit's value is how many digits precede it in its block. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    let value = 0;
    while (value < 9 && /\p{Nd}/u.test(String.fromCodePoint(code - value - 1))) value++;
    return String(value);
  });
}

/**
 * Order numbers the capture names that the page does not contain: not in its
 * source, not in its text (a number split over elements), not in the address.
 */
export function inventedOrderNumbers(capture: PageCapture, html: string, document: Document, url: string): string[] {
  const text = asciiDigits((document.documentElement?.textContent ?? '').replace(/\s+/g, ''));
  html = asciiDigits(html);
  const numbers = [...capture.orders.map((o) => o.orderNumber), ...capture.messages.flatMap((m) => (m.orderNumber ? [m.orderNumber] : []))];
  return numbers.filter((n) => !html.includes(n) && !text.includes(n.replace(/\s+/g, '')) && !url.includes(n));
}
