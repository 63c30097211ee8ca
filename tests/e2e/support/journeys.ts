import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { TestServer } from './server';

/*
 * What the Chromium and the Firefox journeys share: the pages they visit, the
 * labelled guard corpus, the files they attach. The browser drivers differ
 * (Playwright for Chromium, puppeteer-core over WebDriver BiDi for Firefox);
 * the journeys and their expectations are the same.
 */

export const ORDER_LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
export const ORDER_LIST_BEFORE = resolve('tests/fixtures/aliexpress/e2e/order-list-before.html');
export const ORDER_LIST_AFTER = resolve('tests/fixtures/aliexpress/e2e/order-list-after.html');
export const ORDER_LIST_DUE_SOON = resolve('tests/fixtures/aliexpress/e2e/order-list-due-soon.html');
export const MESSAGES_EN = resolve('tests/fixtures/aliexpress/messages-en.html');
export const CHAT_URL = 'https://www.aliexpress.com/p/message/index.html?sellerId=2201234567&orderId=8181234567890123';

// shared/ sits beside the project checkout, in CI as here (beside the worktrees' folder for a worktree).
export const GUARD_CORPUS = [resolve('../shared/corpus/guard'), resolve('../../shared/corpus/guard')].find((dir) => existsSync(dir)) ?? resolve('../shared/corpus/guard');

export interface CorpusLabel {
  file: string;
  url: string;
  verdict: 'warn' | 'clean';
  flag: { kind: string; value: string }[];
}

export const CORPUS_LABELS: readonly CorpusLabel[] = JSON.parse(readFileSync(join(GUARD_CORPUS, 'labels.json'), 'utf8')) as CorpusLabel[];
export const WARN_PAGES = CORPUS_LABELS.filter((l) => l.verdict === 'warn');
export const CLEAN_PAGES = CORPUS_LABELS.filter((l) => l.verdict === 'clean');

/** Serves each corpus page at its canonical URL (every host resolves to the test server). */
export function serveCorpus(server: Pick<TestServer, 'serveFile'>, labels: readonly CorpusLabel[]): void {
  for (const label of labels) server.serveFile(label.url, join(GUARD_CORPUS, label.file));
}

/** A hotline page whose number a script writes in a second after load. */
export const LATE_NUMBER_URL = 'https://late-number.example/aliexpress-hotline';
export const LATE_NUMBER_PAGE = `<!doctype html><html lang="en"><head><title>Shopping help</title></head><body>
<h1>AliExpress customer service phone number</h1>
<p>Call the AliExpress support hotline: <span id="number">loading…</span></p>
<script>setTimeout(() => { document.getElementById('number').textContent = '+1 (888) 555-0123'; }, 1000);</script>
</body></html>`;
export const LATE_NUMBER_FLAGGED = '+18885550123';

/** A small valid PNG of one colour, so two files differ in content. */
export function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

export interface OrderInput {
  orderNumber: string;
  store?: string;
  item?: string;
  amount?: string;
  shippedAt?: string;
}

/** The add-order form's fields by their visible labels, in the order a person fills them. */
export const ORDER_FORM_FIELDS: readonly { field: keyof OrderInput; label: string; exact?: boolean }[] = [
  { field: 'orderNumber', label: 'Order number' },
  { field: 'store', label: 'Store or seller' },
  { field: 'item', label: 'Item', exact: true },
  { field: 'amount', label: 'Price paid' },
  { field: 'shippedAt', label: 'Ship date' },
];

/* Temu pages served as https://www.temu.com/…: a list under a locale segment, a detail page on the US site. */
export const TEMU_LIST_URL = 'https://www.temu.com/pl/bgt_orders.html';
export const TEMU_LIST = resolve('tests/fixtures/temu/e2e/order-list-pl.html');
export const TEMU_LIST_ORDERS = ['PO-076-21900011122233344', 'PO-076-21900055566677788'] as const;
/** Days before the test's day that the list says each order was placed ({{pl:-N}} in the page). */
export const TEMU_LIST_ORDERED_DAYS_AGO = [10, 20] as const;
export const TEMU_DETAIL_ORDER = 'PO-211-21990012345678901';
export const TEMU_DETAIL_URL = `https://www.temu.com/bgt_order_detail.html?parent_order_sn=${TEMU_DETAIL_ORDER}`;
export const TEMU_DETAIL = resolve('tests/fixtures/temu/e2e/order-detail-en.html');
/** Days before the test's day that the detail page says the order was placed. */
export const TEMU_DETAIL_ORDERED_DAYS_AGO = 5;

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  pl: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
} as const;

/** A local calendar day `days` away from `now` (negative: in the past). */
export function localDayFrom(now: number, days: number): Date {
  const day = new Date(now);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

/**
 * A fixture page with its dates written relative to the day the test runs, the way Temu
 * writes them ({{en:-5}} → "Nov 27, 2026", {{pl:-10}} → "22 lis 2026"), so deadlines
 * counted from them stay ahead whenever the suite runs.
 */
export function pageWithDatesFrom(file: string, now = Date.now()): string {
  return readFileSync(file, 'utf8').replace(/\{\{(en|pl):([+-]\d+)\}\}/g, (_match, language: 'en' | 'pl', offset: string) => {
    const day = localDayFrom(now, Number(offset));
    const month = MONTHS[language][day.getMonth()]!;
    return language === 'en' ? `${month} ${day.getDate()}, ${day.getFullYear()}` : `${day.getDate()} ${month} ${day.getFullYear()}`;
  });
}

/** YYYY-MM-DD of a local day, as reminder ids carry it. */
export function isoDay(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * The last day of the return window of each Temu order in the journey, as reminder ids
 * carry it: 90 days after the purchase the page shows (Temu's return policy).
 */
export function temuReturnLastDays(now: number): string[] {
  return [...TEMU_LIST_ORDERED_DAYS_AGO, TEMU_DETAIL_ORDERED_DAYS_AGO].map((daysAgo) => isoDay(localDayFrom(now, 90 - daysAgo)));
}

/**
 * Temu's own way to ask for a refund, as the refund-request tab of a Temu order lists it
 * (lib/marketplaces/temu/claim.ts), step by step: the menu and button names Temu's help
 * page gives, in its order, and the 14 days to send a return.
 */
export const TEMU_CLAIM_STEPS: readonly RegExp[] = [/“Your orders”/, /“Return\/Refund”/, /tick the items/, /“Next”/, /“Submit”/, /within 14 days/, /“Support”.*chat/];

/** Serves the Temu journey's pages (dated from `now`) and an AliExpress list with one order, to sit beside them. */
export function serveTemuJourney(server: Pick<TestServer, 'serve' | 'serveFile'>, now: number): void {
  server.serve(TEMU_LIST_URL, pageWithDatesFrom(TEMU_LIST, now));
  server.serve(TEMU_DETAIL_URL, pageWithDatesFrom(TEMU_DETAIL, now));
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_DUE_SOON);
}

/** The AliExpress order on ORDER_LIST_DUE_SOON. */
export const ALIEXPRESS_DUE_SOON_ORDER = '8181000000000001';
