// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { createOrder, updateOrder } from '../../../lib/db/orders';
import { ownDeadlines } from '../../../lib/db/order-record';
import { updateSettings } from '../../../lib/db/settings';
import {
  BACKUP_FORMAT,
  backupFileName,
  exportBackup,
  importBackupText,
  readBackup,
  serializeBackup,
  type BackupFile,
} from '../../../lib/backup';
import type { SellerMessage } from '../../../lib/schema/seller-message';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 12);
const opened: BuyerguardDb[] = [];

function freshDb(): BuyerguardDb {
  const db = new BuyerguardDb(`backup-${opened.length}-${Math.random()}`);
  opened.push(db);
  return db;
}

let source: BuyerguardDb;
beforeEach(() => {
  source = freshDb();
});
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function orderId(db: BuyerguardDb, orderNumber: string): Promise<string> {
  const order = await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', orderNumber]).first();
  if (!order) throw new Error(`no order ${orderNumber}`);
  return order.id;
}

function message(id: string, orderId: string, fingerprint: string, text: string): SellerMessage {
  return { id, orderId, author: 'seller', text, sentAt: T0 + DAY, fingerprint, origin: 'captured', addedAt: T0 + DAY };
}

/** Two orders, a message each, one photo, and non-default settings. */
async function seed(db: BuyerguardDb): Promise<void> {
  await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8100000000000001', store: { name: 'Lamp Store' }, status: 'shipped', shippedAt: T0, protectionDays: 60 }, T0);
  await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8100000000000002', store: { name: 'Cable World' }, status: 'delivered', shippedAt: T0 - 20 * DAY }, T0);
  const a = await orderId(db, '8100000000000001');
  const b = await orderId(db, '8100000000000002');
  await db.messages.bulkAdd([message('m1', a, 'fp-a1', 'Shipped today'), message('m2', b, 'fp-b1', 'Sorry for the delay')]);
  await db.evidence.add({
    id: 'e1',
    orderId: a,
    kind: 'photo',
    name: 'broken.jpg',
    mimeType: 'image/jpeg',
    size: 4,
    note: 'cracked lid',
    addedAt: T0 + 2 * DAY,
    blob: new Blob([new Uint8Array([0, 1, 2, 255])], { type: 'image/jpeg' }),
  });
  await updateSettings(db, { locale: 'pl', reminderOffsetsDays: [5, 1], trustedContacts: ['+48123456789'] });
}

/** Every table (orders with the deadlines they carry), blobs as bytes: what "the database is exactly as it was" compares. */
async function snapshot(db: BuyerguardDb) {
  const evidence = await db.evidence.orderBy('id').toArray();
  return {
    orders: await db.orders.orderBy('id').toArray(),
    messages: await db.messages.orderBy('id').toArray(),
    evidence: await Promise.all(evidence.map(async ({ blob, ...meta }) => ({ ...meta, type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] }))),
    settings: await db.settings.toArray(),
  };
}

async function backupText(db: BuyerguardDb, at = T0 + 3 * DAY): Promise<string> {
  return serializeBackup(await exportBackup(db, at));
}

describe('export', () => {
  it('writes one versioned document with every record and the photo as base64', async () => {
    await seed(source);
    const file = JSON.parse(await backupText(source)) as BackupFile;
    expect(file.format).toBe('buyerguard-backup');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe(T0 + 3 * DAY);
    expect(file.orders.map((o) => o.orderNumber).sort()).toEqual(['8100000000000001', '8100000000000002']);
    expect(file.messages.map((m) => m.text).sort()).toEqual(['Shipped today', 'Sorry for the delay']);
    // 00 01 02 FF → "AAEC/w==" (RFC 4648: 000000 000000 000100 000010 111111 11(0000) + padding).
    expect(file.evidence).toEqual([expect.objectContaining({ id: 'e1', name: 'broken.jpg', size: 4, data: 'AAEC/w==' })]);
    expect(file.settings).toMatchObject({ locale: 'pl', reminderOffsetsDays: [5, 1], trustedContacts: ['+48123456789'] });
    // Deadlines are derived data: not in the file, not even as the fields the order records carry.
    expect(Object.keys(file)).not.toContain('deadlines');
    for (const order of file.orders) expect(Object.keys(order)).not.toContain('deadlines');
    for (const order of file.orders) expect(Object.keys(order)).not.toContain('actionableDue');
  });

  it('names the file after the export date in the given zone', () => {
    const lateEvening = Date.UTC(2026, 2, 14, 23, 30);
    expect(backupFileName(lateEvening, 'UTC')).toBe('buyerguard-backup-2026-03-14.json');
    expect(backupFileName(lateEvening, 'Asia/Tokyo')).toBe('buyerguard-backup-2026-03-15.json');
  });
});

describe('reading a file', () => {
  it('refuses text that is not JSON, or is cut short, as corrupted', async () => {
    await seed(source);
    const text = await backupText(source);
    expect(readBackup('{"format": "buyerguard-backup", ')).toEqual({ ok: false, error: 'corrupted' });
    expect(readBackup(text.slice(0, Math.floor(text.length / 2)))).toEqual({ ok: false, error: 'corrupted' });
    expect(readBackup('')).toEqual({ ok: false, error: 'corrupted' });
  });

  it('refuses JSON that is not a Buyerguard backup as foreign', () => {
    expect(readBackup('[]')).toEqual({ ok: false, error: 'foreign' });
    expect(readBackup('null')).toEqual({ ok: false, error: 'foreign' });
    expect(readBackup('{"orders": []}')).toEqual({ ok: false, error: 'foreign' });
    expect(readBackup(JSON.stringify({ format: 'other-app-backup', version: 1 }))).toEqual({ ok: false, error: 'foreign' });
  });

  it('refuses a file from a newer version of the format', async () => {
    const file = JSON.parse(await backupText(source)) as Record<string, unknown>;
    expect(readBackup(JSON.stringify({ ...file, version: 2 }))).toEqual({ ok: false, error: 'newer-version' });
    expect(readBackup(JSON.stringify({ ...file, version: 1 })).ok).toBe(true);
  });

  it('refuses records that break the schema or point at nothing', async () => {
    await seed(source);
    const file = JSON.parse(await backupText(source)) as BackupFile;
    const broken = (change: (f: BackupFile) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return readBackup(JSON.stringify(copy));
    };
    expect(broken((f) => void (f.orders[0]!.status = 'lost-in-space' as never))).toEqual({ ok: false, error: 'corrupted' });
    expect(broken((f) => void (f.orders[0]!.store.url = 'javascript:alert(1)'))).toEqual({ ok: false, error: 'corrupted' });
    expect(broken((f) => void (f.messages[0]!.orderId = 'no-such-order'))).toEqual({ ok: false, error: 'corrupted' });
    expect(broken((f) => void (f.evidence[0]!.data = 'AAEC'))).toEqual({ ok: false, error: 'corrupted' }); // 3 bytes, size says 4
    expect(broken((f) => void (f.evidence[0]!.data = 'AA*C/w=='))).toEqual({ ok: false, error: 'corrupted' });
    expect(broken((f) => void f.orders.push({ ...f.orders[0]!, id: 'copy' }))).toEqual({ ok: false, error: 'duplicated' });
    expect(broken(() => undefined).ok).toBe(true);
  });
});

describe('import', () => {
  it('brings every record into an empty database and computes the same deadlines', async () => {
    await seed(source);
    const target = freshDb();
    const result = await importBackupText(target, await backupText(source), 'merge');
    expect(result).toEqual({
      ok: true,
      summary: {
        mode: 'merge',
        orders: { added: 2, updated: 0, unchanged: 0 },
        messages: { added: 2, skipped: 0 },
        evidence: { added: 1, skipped: 0 },
        settings: 'merged',
      },
    });
    const [before, after] = [await snapshot(source), await snapshot(target)];
    // The orders as they were, with the deadlines they carry computed again.
    expect(after.orders).toEqual(before.orders);
    expect(after.orders.flatMap(ownDeadlines).length).toBeGreaterThan(0);
    expect(after.messages).toEqual(before.messages);
    expect(after.evidence).toEqual([expect.objectContaining({ id: 'e1', type: 'image/jpeg', bytes: [0, 1, 2, 255] })]);
    // Merging keeps this browser's preferences and carries the trust list over.
    expect(after.settings[0]).toMatchObject({ locale: 'auto', trustedContacts: ['+48123456789'] });
  });

  it('replacing makes the database the backup, settings included', async () => {
    await seed(source);
    const target = freshDb();
    await createOrder(target, { marketplace: 'aliexpress', orderNumber: '8199999999999999' }, T0);
    const result = await importBackupText(target, await backupText(source), 'replace');
    expect(result.ok && result.summary.orders).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const [before, after] = [await snapshot(source), await snapshot(target)];
    expect(after).toEqual(before);
  });

  it('merging keeps the newer version of each order, adds new ones and never duplicates', async () => {
    await seed(source);
    const text = await backupText(source);
    const target = freshDb();
    await importBackupText(target, text, 'merge');

    // Here: order 1 is edited later than the backup; order 2 is untouched. The backup
    // side: order 2 changed status after the first import, and a new order 3 exists.
    const one = await orderId(target, '8100000000000001');
    await updateOrder(target, one, { marketplace: 'aliexpress', orderNumber: '8100000000000001', store: { name: 'Lamp Store (renamed here)' }, status: 'shipped', shippedAt: T0, protectionDays: 60 }, T0 + 5 * DAY);
    const two = await orderId(source, '8100000000000002');
    await updateOrder(source, two, { marketplace: 'aliexpress', orderNumber: '8100000000000002', store: { name: 'Cable World' }, status: 'completed', shippedAt: T0 - 20 * DAY }, T0 + 4 * DAY);
    await createOrder(source, { marketplace: 'aliexpress', orderNumber: '8100000000000003', store: { name: 'New Store' } }, T0 + 4 * DAY);
    await source.messages.add(message('m3', two, 'fp-b2', 'Refund sent'));

    const result = await importBackupText(target, await backupText(source, T0 + 4 * DAY), 'merge');
    expect(result.ok && result.summary).toMatchObject({
      orders: { added: 1, updated: 1, unchanged: 1 },
      messages: { added: 1, skipped: 2 },
      evidence: { added: 0, skipped: 1 },
    });
    const orders = await target.orders.toArray();
    expect(orders.map((o) => o.orderNumber).sort()).toEqual(['8100000000000001', '8100000000000002', '8100000000000003']);
    expect(orders.find((o) => o.orderNumber === '8100000000000001')?.store.name).toBe('Lamp Store (renamed here)');
    expect(orders.find((o) => o.orderNumber === '8100000000000002')?.status).toBe('completed');
    expect(await target.messages.count()).toBe(3);
    expect(await target.evidence.count()).toBe(1);
  });

  it('attaches merged messages to the order as it is known here', async () => {
    await seed(source);
    const target = freshDb();
    // The same order was tracked here independently: same number, another id.
    await createOrder(target, { marketplace: 'aliexpress', orderNumber: '8100000000000001', store: { name: 'Lamp Store' } }, T0 + 9 * DAY);
    await target.messages.add(message('local-1', await orderId(target, '8100000000000001'), 'fp-a1', 'Shipped today'));
    const localId = await orderId(target, '8100000000000001');
    expect(localId).not.toBe(await orderId(source, '8100000000000001'));

    const result = await importBackupText(target, await backupText(source), 'merge');
    expect(result.ok && result.summary.orders).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(result.ok && result.summary.messages).toEqual({ added: 1, skipped: 1 });
    expect(await target.orders.count()).toBe(2);
    expect((await target.evidence.get('e1'))?.orderId).toBe(localId);
    expect(await target.messages.where('orderId').equals(localId).count()).toBe(1);
  });

  it('merging an empty backup changes nothing', async () => {
    const target = freshDb();
    await seed(target);
    const before = await snapshot(target);
    const result = await importBackupText(target, await backupText(source), 'merge');
    expect(result.ok && result.summary).toMatchObject({ orders: { added: 0, updated: 0, unchanged: 0 }, settings: 'merged' });
    expect(await snapshot(target)).toEqual(before);
  });

  it('a refused file leaves the database as it was', async () => {
    const target = freshDb();
    await seed(target);
    const before = await snapshot(target);
    for (const text of ['not json', '{"format":"x"}', JSON.stringify({ format: BACKUP_FORMAT, version: 7 })]) {
      expect((await importBackupText(target, text, 'replace')).ok).toBe(false);
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it('hostile and damaged files (issue 8, "Bad files") are refused as corrupted (a record twice: duplicated) and change nothing', async () => {
    await seed(source);
    const file = JSON.parse(await backupText(source)) as BackupFile;
    const target = freshDb();
    await createOrder(target, { marketplace: 'aliexpress', orderNumber: '8177777777777777', store: { name: 'Only here' } }, T0);
    const before = await snapshot(target);
    // Loosely typed on purpose: the point is to write what the schema forbids.
    type Loose = { orders: Record<string, unknown>[]; messages: Record<string, unknown>[]; evidence: Record<string, unknown>[] };
    const variant = (change: (f: Loose) => void) => {
      const copy = structuredClone(file) as unknown as Loose;
      change(copy);
      return JSON.stringify(copy);
    };
    const damaged = {
      'a date as text': variant((f) => void (f.orders[0]!.createdAt = '2026-03-01')),
      'a date that is NaN (null in JSON)': variant((f) => void (f.orders[0]!.updatedAt = Number.NaN)),
      'a negative date': variant((f) => void (f.messages[0]!.addedAt = -1)),
      'a 10 MB title': variant((f) => void (f.orders[0]!.items = [{ title: 'x'.repeat(10_000_000), quantity: 1 }])),
      'broken base64': variant((f) => void (f.evidence[0]!.data = '####')),
      'the last record invalid': variant((f) => void f.messages.push({ ...f.messages[0], id: 'last', text: 42 })),
    };
    for (const [what, text] of Object.entries(damaged)) {
      expect(await importBackupText(target, text, 'merge'), what).toEqual({ ok: false, error: 'corrupted' });
      expect(await importBackupText(target, text, 'replace'), what).toEqual({ ok: false, error: 'corrupted' });
    }
    const twice = variant((f) => void f.messages.push({ ...f.messages[0], fingerprint: 'other' }));
    expect(await importBackupText(target, twice, 'merge'), 'a message id twice').toEqual({ ok: false, error: 'duplicated' });
    expect(await importBackupText(target, twice, 'replace'), 'a message id twice').toEqual({ ok: false, error: 'duplicated' });
    expect(await snapshot(target)).toEqual(before);
  });

  it('a "__proto__" key in a file pollutes nothing and is not stored', async () => {
    await seed(source);
    const text = (await backupText(source)).replace('"orderNumber": "8100000000000001"', '"__proto__": { "polluted": true, "status": "completed" }, "orderNumber": "8100000000000001"');
    expect(text).toContain('__proto__');
    const target = freshDb();
    const result = await importBackupText(target, text, 'merge');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const order of await target.orders.toArray()) {
      expect(Object.keys(order)).not.toContain('__proto__');
      expect((order as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect((await target.orders.where('[marketplace+orderNumber]').equals(['aliexpress', '8100000000000001']).first())?.status).toBe('shipped');
  });

  for (const mode of ['merge', 'replace'] as const) {
    it(`a failure in the middle of a ${mode} import rolls everything back`, async () => {
      await seed(source);
      await source.messages.add(message('m-extra', await orderId(source, '8100000000000002'), 'fp-b9', 'One more'));
      const text = await backupText(source);
      const target = freshDb();
      await createOrder(target, { marketplace: 'aliexpress', orderNumber: '8100000000000002', store: { name: 'Older here' }, status: 'shipped', shippedAt: T0 }, T0 - DAY);
      await createOrder(target, { marketplace: 'aliexpress', orderNumber: '8177777777777777', store: { name: 'Only here' } }, T0);
      await updateSettings(target, { locale: 'ro' });
      const before = await snapshot(target);

      // Orders and their deadlines are written by then; the second message breaks the import.
      let written = 0;
      target.messages.hook('creating', () => {
        written += 1;
        if (written === 2) throw new Error('disk full');
      });
      // Replace writes messages in one bulk call; a failing hook there fails it as well.
      const result = await importBackupText(target, text, mode);
      expect(result).toEqual({ ok: false, error: 'failed' });
      expect(written).toBeGreaterThanOrEqual(2);
      expect(await snapshot(target)).toEqual(before);
    });
  }
});
