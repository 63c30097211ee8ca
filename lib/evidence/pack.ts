import { strToU8, zipSync, type Zippable } from 'fflate';
import { formatFileSize, formatMoney, translator, type Locale, type Translate } from '../i18n';
import { dateFormat } from '../i18n/intl';
import { isDeadlineKind, kindName } from '../deadlines';
import { marketplaceName as nameOfMarketplace } from '../marketplaces/registry';
import { inCounterpartWording } from '../drafts/counterpart';
import type { Order } from '../schema/order';
import type { StoredDeadline } from '../schema/deadline';
import type { SellerMessage } from '../schema/seller-message';
import type { Evidence } from '../schema/evidence';
import { el, fragment, htmlDocument, type Markup } from './html';
import { stripBidiControls } from '../schema/bidi';

type EvidenceMeta = Omit<Evidence, 'blob'>;

export interface PackFile {
  meta: EvidenceMeta;
  bytes: Uint8Array;
}

export interface PackInput {
  order: Order;
  deadlines: readonly StoredDeadline[];
  messages: readonly SellerMessage[];
  files: readonly PackFile[];
  /** The language of index.html; English by default, for the marketplace's staff. */
  locale?: Locale;
  now: number;
  /** IANA zone times are written in; the system zone when absent. */
  timeZone?: string;
}

export interface EvidencePack {
  fileName: string;
  zip: Uint8Array;
  /** Path inside the zip of each evidence file, by evidence id. */
  paths: Record<string, string>;
}

const MAX_NAME = 80;

/** A file name that is safe in a zip on every system: no folders, no reserved characters, not too long. */
export function safeFileName(name: string): string {
  const cleaned = stripBidiControls(name)
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, '_')
    .replace(/^[._]+/, '');
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const stem = (extension ? cleaned.slice(0, dot) : cleaned).slice(0, MAX_NAME - extension.length) || 'file';
  return `${stem}${extension}`;
}

/** `files/01-photo.jpg`…: numbered in timeline order, so names never collide and sort as they happened. */
export function packPaths(files: readonly Pick<EvidenceMeta, 'id' | 'name'>[]): Record<string, string> {
  const width = Math.max(2, String(files.length).length);
  return Object.fromEntries(files.map((file, index) => [file.id, `files/${String(index + 1).padStart(width, '0')}-${safeFileName(file.name)}`]));
}

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Long, unambiguous dates ("12 March 2026, 14:02" in English). */
function dateFormats(locale: Locale, timeZone: string) {
  const tag = locale === 'en' ? 'en-GB' : locale;
  const date = dateFormat(tag, { dateStyle: 'long', timeZone });
  const dateTime = dateFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone });
  return { date: (at: number) => date.format(at), dateTime: (at: number) => dateTime.format(at) };
}

const evidenceTime = (meta: EvidenceMeta): number => meta.takenAt ?? meta.addedAt;

interface TimelineEvent {
  at: number;
  order: number;
  row: Markup;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans Georgian',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1f2328}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #d1d9e0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1em}dt{color:#59636e}dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.4em;border-bottom:1px solid #d1d9e0}
ol.timeline{list-style:none;padding:0}ol.timeline li{display:grid;grid-template-columns:13em 1fr;gap:1em;padding:.5em 0;border-bottom:1px solid #eef1f4}
time{color:#59636e}.who{font-weight:600}.text{white-space:pre-wrap;overflow-wrap:anywhere}.muted{color:#59636e}
img.thumb{max-width:240px;max-height:180px;border:1px solid #d1d9e0;display:block;margin:.25em 0}video{max-width:320px;display:block;margin:.25em 0}
`;

/** The timeline page: order facts, deadlines, then messages and evidence in the order they happened. */
/** What every part of the index page formats with. */
interface IndexContext {
  t: Translate;
  locale: Locale;
  zone: string;
  date: (at: number) => string;
  dateTime: (at: number) => string;
  marketplaceName: string;
}

function orderFacts({ t, locale, date, marketplaceName }: IndexContext, order: Order): Markup {
  const fact = (label: string, value: Markup | string | undefined) => (value === undefined || value === '' ? undefined : fragment(el('dt', {}, label), el('dd', {}, value)));
  const item = order.items[0];
  return el(
    'dl',
    {},
    fact(t('evidence.doc.marketplace'), marketplaceName),
    fact(t('evidence.doc.orderNumber'), order.orderNumber),
    fact(t('evidence.doc.store'), order.store.url ? el('a', { href: order.store.url }, order.store.name || order.store.url) : order.store.name),
    ...order.items.map((entry) => fact(t('evidence.doc.item'), entry.url ? el('a', { href: entry.url }, entry.title) : entry.title)),
    fact(t('evidence.doc.total'), order.total ? formatMoney(order.total.amount, order.total.currency, locale) : item?.price ? formatMoney(item.price.amount, item.price.currency, locale) : undefined),
    fact(t('evidence.doc.orderedAt'), order.orderedAt !== undefined ? date(order.orderedAt) : undefined),
    fact(t('evidence.doc.shippedAt'), order.shippedAt !== undefined ? date(order.shippedAt) : undefined),
    fact(t('evidence.doc.tracking'), order.trackingNumber),
    fact(t('evidence.doc.status'), order.statusText ? `${t(`app.status.${order.status}`)} (${order.statusText})` : t(`app.status.${order.status}`)),
    fact(t('evidence.doc.orderPage'), order.orderUrl ? el('a', { href: order.orderUrl }, order.orderUrl) : undefined),
  );
}

function deadlineTable({ t, locale, zone, date, marketplaceName }: IndexContext, stored: readonly StoredDeadline[]): Markup {
  const deadlines = [...stored].sort((a, b) => a.dueAt - b.dueAt);
  if (deadlines.length === 0) return el('p', { class: 'muted' }, t('evidence.doc.empty'));
  return el(
    'table',
    {},
    el('tbody', {}, ...deadlines.map((d) => el('tr', {}, el('td', {}, isDeadlineKind(d.kind) ? kindName(d.kind, { locale, timeZone: zone, marketplaceName }) : d.kind), el('td', {}, el('time', { datetime: new Date(d.dueAt).toISOString() }, date(d.dueAt)))))),
  );
}

/** A file's timeline entry: what it is, a link, a preview for pictures and videos, the note. */
function fileEvent({ t, locale }: IndexContext, meta: EvidenceMeta, path: string, time: Markup): Markup {
  const preview = meta.mimeType.startsWith('image/')
    ? el('a', { href: path }, el('img', { class: 'thumb', src: path, alt: meta.name, loading: 'lazy' }))
    : meta.mimeType.startsWith('video/')
      ? el('video', { src: path, controls: 'controls', preload: 'metadata' })
      : undefined;
  return el(
    'li',
    {},
    time,
    el('div', {}, el('div', { class: 'who' }, `${t(`evidence.kind.${meta.kind}`)}: `, el('a', { href: path }, meta.name), ` (${formatFileSize(meta.size, locale)})`), preview, meta.note ? el('div', { class: 'text' }, meta.note) : undefined),
  );
}

/** The order's dates, the messages and the files, in the order they happened. */
function timeline(ctx: IndexContext, input: PackInput, paths: Record<string, string>): Markup {
  const { t, date, dateTime } = ctx;
  const { order } = input;
  const events: TimelineEvent[] = [];
  const timeCell = (at: number, shown = true) => el('time', { datetime: new Date(at).toISOString() }, shown ? dateTime(at) : `${date(at)} (${t('evidence.doc.noTime')})`);
  const factEvent = (at: number | undefined, label: string) => {
    if (at !== undefined) events.push({ at, order: 0, row: el('li', {}, el('time', { datetime: new Date(at).toISOString() }, date(at)), el('span', { class: 'who' }, label)) });
  };
  factEvent(order.orderedAt, t('evidence.doc.event.ordered'));
  factEvent(order.shippedAt, t('evidence.doc.event.shipped'));
  factEvent(order.disputeOpenedAt, t('evidence.doc.event.dispute'));
  for (const message of input.messages) {
    const at = message.sentAt ?? message.addedAt;
    events.push({
      at,
      order: 1,
      row: el('li', {}, timeCell(at, message.sentAt !== undefined), el('div', {}, el('div', { class: 'who' }, t(`evidence.doc.author.${message.author}`)), el('div', { class: 'text' }, message.text))),
    });
  }
  for (const { meta } of input.files) {
    const path = paths[meta.id];
    if (path) events.push({ at: evidenceTime(meta), order: 2, row: fileEvent(ctx, meta, path, timeCell(evidenceTime(meta))) });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  return events.length === 0 ? el('p', { class: 'muted' }, t('evidence.doc.empty')) : el('ol', { class: 'timeline' }, ...events.map((event) => event.row));
}

function fileTable({ t, locale, date }: IndexContext, files: PackInput['files'], paths: Record<string, string>): Markup {
  if (files.length === 0) return el('p', { class: 'muted' }, t('evidence.doc.empty'));
  return el(
    'table',
    {},
    el('thead', {}, el('tr', {}, el('th', {}, t('evidence.doc.file')), el('th', {}, t('evidence.add.kind')), el('th', {}, t('evidence.size')), el('th', {}, t('evidence.date')), el('th', {}, t('evidence.doc.note')))),
    el(
      'tbody',
      {},
      ...files.map(({ meta }) =>
        el('tr', {}, el('td', {}, el('a', { href: paths[meta.id] ?? '' }, meta.name)), el('td', {}, t(`evidence.kind.${meta.kind}`)), el('td', {}, formatFileSize(meta.size, locale)), el('td', {}, meta.takenAt !== undefined ? date(meta.takenAt) : t('evidence.noDate')), el('td', { class: 'text' }, meta.note)),
      ),
    ),
  );
}

export function evidenceIndexHtml(input: PackInput, paths: Record<string, string>): string {
  const locale = input.locale ?? 'en';
  const zone = input.timeZone ?? systemZone();
  // The other side of the chat in the marketplace's words: on Temu, its support (lib/drafts/counterpart.ts).
  const ctx: IndexContext = { t: inCounterpartWording(translator(locale), input.order.marketplace), locale, zone, ...dateFormats(locale, zone), marketplaceName: nameOfMarketplace(input.order.marketplace) };
  const { t } = ctx;
  const title = t('evidence.doc.title', { order: input.order.orderNumber });
  const body = fragment(
    el('h1', {}, title),
    el('p', { class: 'muted' }, t('evidence.doc.generated', { date: ctx.dateTime(input.now), zone })),
    el('h2', {}, t('evidence.doc.facts')),
    orderFacts(ctx, input.order),
    el('h2', {}, t('evidence.doc.deadlines')),
    deadlineTable(ctx, input.deadlines),
    el('h2', {}, t('evidence.doc.timeline')),
    timeline(ctx, input, paths),
    el('h2', {}, t('evidence.doc.files')),
    fileTable(ctx, input.files, paths),
  );
  return htmlDocument(locale, title, STYLE, body);
}

/** Zip timestamps cannot predate 1980; anything odd falls back to "now". */
const zipTime = (at: number, now: number): Date => new Date(at >= Date.UTC(1980, 0, 2) ? at : now);

export function packFileName(orderNumber: string, now: number, timeZone?: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
  return `evidence-order-${safeFileName(orderNumber).replace(/\.+/g, '_')}-${day}.zip`;
}

/**
 * One zip: index.html (the timeline) and every original file under files/.
 * Photos and videos are already compressed, so files are stored as they are.
 */
export function buildEvidencePack(input: PackInput): EvidencePack {
  const files = [...input.files].sort((a, b) => evidenceTime(a.meta) - evidenceTime(b.meta) || a.meta.addedAt - b.meta.addedAt);
  const paths = packPaths(files.map((file) => file.meta));
  const sorted = { ...input, files };
  const entries: Zippable = { 'index.html': [strToU8(evidenceIndexHtml(sorted, paths)), { level: 6, mtime: zipTime(input.now, input.now) }] };
  for (const { meta, bytes } of files) entries[paths[meta.id]!] = [bytes, { level: 0, mtime: zipTime(evidenceTime(meta), input.now) }];
  return { fileName: packFileName(input.order.orderNumber, input.now, input.timeZone), zip: zipSync(entries), paths };
}
