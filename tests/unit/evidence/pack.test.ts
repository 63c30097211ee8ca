// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { Window } from 'happy-dom';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { createOrder } from '../../../lib/db/orders';
import { addEvidence } from '../../../lib/db/evidence';
import { logMessages } from '../../../lib/db/messages';
import { deadlinesOfOrder } from '../../../lib/db/deadline-sync';
import { buildEvidencePack, collectEvidencePack, escapeHtml, evidenceIndexHtml, packFileName, packPaths, safeFileName, type PackInput } from '../../../lib/evidence';
import { orderSchema } from '../../../lib/schema/order';
import type { StoredDeadline } from '../../../lib/schema/deadline';
import type { SellerMessage } from '../../../lib/schema/seller-message';

const NOW = Date.UTC(2026, 2, 20, 12);
const DAY = 86_400_000;
const HOSTILE = '<img src=x onerror="alert(1)"> & \'quoted\'';

const order = orderSchema.parse({
  id: 'o1',
  marketplace: 'aliexpress',
  orderNumber: '8123456789012345',
  store: { name: 'Tricky "Store" <b>', url: 'https://www.aliexpress.com/store/1101234567' },
  items: [{ title: 'Desk lamp', quantity: 1 }],
  total: { amount: 19.99, currency: 'USD' },
  orderedAt: Date.UTC(2026, 1, 1, 9),
  shippedAt: Date.UTC(2026, 1, 3, 9),
  trackingNumber: 'LP00123456789012',
  status: 'shipped',
  source: 'manual',
  createdAt: NOW - 50 * DAY,
  updatedAt: NOW,
});

const deadline: StoredDeadline = {
  id: 'o1:protection-end',
  orderId: 'o1',
  kind: 'protection-end',
  dueAt: Date.UTC(2026, 3, 5, 12),
  ruleId: 'r',
  source: { origin: 'documents', seeds: [], publicSources: true },
  estimate: false,
  overridden: false,
  actionable: 1,
  derivation: { basis: 'shipped', days: 60, from: Date.UTC(2026, 1, 3, 9), alternatives: [] },
};

const message = (text: string, sentAt: number | undefined, author: SellerMessage['author'] = 'seller'): SellerMessage => ({
  id: `m-${text.length}-${sentAt ?? 0}`,
  orderId: 'o1',
  author,
  text,
  ...(sentAt !== undefined ? { sentAt } : {}),
  fingerprint: `f-${text}`,
  origin: 'captured',
  addedAt: NOW - DAY,
});

const file = (id: string, name: string, mimeType: string, takenAt: number, content: number[], note = '') => ({
  meta: { id, orderId: 'o1', kind: mimeType.startsWith('video/') ? ('video' as const) : ('photo' as const), name, mimeType, size: content.length, note, takenAt, addedAt: NOW },
  bytes: new Uint8Array(content),
});

const input: PackInput = {
  order,
  deadlines: [deadline],
  messages: [message('Please wait patiently.', Date.UTC(2026, 2, 2, 14, 2)), message(HOSTILE, Date.UTC(2026, 2, 4, 10)), message('ok', undefined, 'buyer')],
  files: [file('e2', 'box.jpg', 'image/jpeg', Date.UTC(2026, 2, 3, 8), [1, 2, 3], HOSTILE), file('e1', 'unboxing.mp4', 'video/mp4', Date.UTC(2026, 2, 5, 8), [4, 5])],
  now: NOW,
  timeZone: 'UTC',
};

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('escaping', () => {
  it('turns every character with a meaning in HTML into an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('file names in the zip', () => {
  it('keep no folders, reserved characters or leading dots, and keep the extension when cut', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileName('a:b*c?"d"<e>|f.png')).toBe('a_b_c__d__e__f.png');
    expect(safeFileName('line\nbreak\u0007.jpg')).toBe('line_break_.jpg');
    const long = safeFileName(`${'x'.repeat(200)}.jpeg`);
    expect(long).toHaveLength(80);
    expect(long.endsWith('.jpeg')).toBe(true);
    expect(safeFileName('...')).toBe('file');
  });

  it('are numbered, so files with the same name do not collide', () => {
    const paths = packPaths([
      { id: 'a', name: 'photo.jpg' },
      { id: 'b', name: 'photo.jpg' },
    ]);
    expect(paths).toEqual({ a: 'files/01-photo.jpg', b: 'files/02-photo.jpg' });
    expect(packFileName('8123456789012345', NOW, 'UTC')).toBe('evidence-order-8123456789012345-2026-03-20.zip');
  });
});

describe('the timeline page', () => {
  const paths = { e2: 'files/01-box.jpg', e1: 'files/02-unboxing.mp4' };
  const html = evidenceIndexHtml(input, paths);
  const doc = parse(html);

  it('keeps page text as text: nothing anyone typed becomes markup', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    // One image: the photo's thumbnail. The hostile text did not make a second one.
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['files/01-box.jpg']);
    const texts = [...doc.querySelectorAll('.text')].map((node) => node.textContent);
    // The message, the photo's note in the timeline and in the file table: each intact, as text.
    expect(texts.filter((text) => text === HOSTILE)).toHaveLength(3);
    expect(doc.querySelector('dd a[href="https://www.aliexpress.com/store/1101234567"]')?.textContent).toBe('Tricky "Store" <b>');
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'");
  });

  it('shows the order’s facts and deadlines with unambiguous dates', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Evidence for order 8123456789012345');
    const facts = Object.fromEntries([...doc.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toMatchObject({ 'Order number': '8123456789012345', Item: 'Desk lamp', 'Amount paid': '$19.99', Ordered: '1 February 2026', Shipped: '3 February 2026', 'Tracking number': 'LP00123456789012' });
    const deadlineRow = [...doc.querySelectorAll('table')][0]!.querySelector('tr')!;
    expect([...deadlineRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Buyer protection ends', '5 April 2026']);
  });

  it('puts messages and evidence in the order they happened, with a thumbnail and a player', () => {
    const rows = [...doc.querySelectorAll('ol.timeline > li')].map((li) => li.textContent ?? '');
    const order = ['Order placed', 'Order shipped', 'Please wait patiently.', 'box.jpg', HOSTILE, 'unboxing.mp4', 'ok'];
    const positions = order.map((needle) => rows.findIndex((row) => row.includes(needle)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(doc.querySelector('video')?.getAttribute('src')).toBe('files/02-unboxing.mp4');
    // A message the page showed without a time says so.
    expect(rows.find((row) => row.endsWith('ok'))).toContain('time not shown on the page');
    expect(rows.find((row) => row.includes('Please wait'))).toContain('2 March 2026');
  });

  it('names the other side of the chat as the marketplace does: the seller on AliExpress, Temu support on Temu', () => {
    const whoWrote = (page: Document) => [...page.querySelectorAll('ol.timeline .who')].map((who) => who.textContent);
    expect(whoWrote(doc)).toContain('Seller');
    const temu = parse(evidenceIndexHtml({ ...input, order: { ...order, marketplace: 'temu', orderNumber: 'PO-211-12345678901234567' } }, paths));
    expect(whoWrote(temu)).toContain('Temu support');
    expect(whoWrote(temu)).not.toContain('Seller');
    expect(whoWrote(temu)).toContain('Buyer');
  });

  it('is written in the language asked for', () => {
    const uk = parse(evidenceIndexHtml({ ...input, locale: 'uk' }, paths));
    expect(uk.documentElement.getAttribute('lang')).toBe('uk');
    expect(uk.querySelector('h1')?.textContent).toBe('Докази до замовлення 8123456789012345');
  });
});

describe('the zip', () => {
  it('holds index.html and every original file, byte for byte, in timeline order', () => {
    const pack = buildEvidencePack(input);
    const zip = unzipSync(pack.zip);
    expect(Object.keys(zip).sort()).toEqual(['files/01-box.jpg', 'files/02-unboxing.mp4', 'index.html']);
    expect([...zip['files/01-box.jpg']!]).toEqual([1, 2, 3]);
    expect([...zip['files/02-unboxing.mp4']!]).toEqual([4, 5]);
    expect(strFromU8(zip['index.html']!)).toContain('src="files/01-box.jpg"');
    expect(pack.fileName).toBe('evidence-order-8123456789012345-2026-03-20.zip');
  });

  describe('read from the database', () => {
    let db: BuyerguardDb | undefined;
    afterEach(async () => {
      if (!db) return;
      db.close();
      await Dexie.delete(db.name);
    });

    it('takes the order’s deadlines, messages and files', async () => {
      db = new BuyerguardDb(`pack-${Math.random()}`);
      const created = await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8199999999999999', shippedAt: NOW - 20 * DAY, status: 'shipped' }, NOW);
      if (!created.ok) throw new Error('order not created');
      const id = created.order.id;
      await logMessages(db, id, [{ author: 'seller', text: 'Shipped today.', sentAt: NOW - 20 * DAY }], 'pasted', NOW);
      const blob = (n: number) => new Blob([new Uint8Array([n, n, n])], { type: 'image/png' });
      await addEvidence(
        db,
        id,
        [
          { details: { kind: 'photo', name: 'a.png', mimeType: 'image/png', takenAt: NOW - 2 * DAY }, blob: blob(7) },
          { details: { kind: 'screenshot', name: 'b.png', mimeType: 'image/png', takenAt: NOW - DAY }, blob: blob(8) },
        ],
        { now: NOW, estimate: async () => undefined },
      );
      const pack = await collectEvidencePack(db, id, { now: NOW, timeZone: 'UTC' });
      const zip = unzipSync(pack!.zip);
      expect([...zip['files/01-a.png']!]).toEqual([7, 7, 7]);
      expect([...zip['files/02-b.png']!]).toEqual([8, 8, 8]);
      const html = strFromU8(zip['index.html']!);
      expect(html).toContain('Shipped today.');
      // The stored deadlines of a shipped order are listed.
      expect(parse(html).querySelectorAll('table')[0]!.querySelectorAll('tr').length).toBe((await deadlinesOfOrder(db, id)).length);
      expect(await collectEvidencePack(db, 'missing')).toBeUndefined();
    });
  });
});
