// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BuyerguardDb, isNewerDatabaseError, LATEST_SCHEMA_VERSION } from '../../../lib/db/database';
import { applySchemaVersions, SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { countActionableDue } from '../../../lib/db/deadline-sync';
import { ownDeadlines } from '../../../lib/db/order-record';
import { orderSchema } from '../../../lib/schema/order';
import { parseReminderId, reminderId } from '../../../lib/deadlines/reminders';

const names: string[] = [];
function dbName(): string {
  const name = `migration-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema upgrades', () => {
  it('versions are numbered upwards without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('opens a version-1 database and keeps every order intact', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    applySchemaVersions(v1, 1);
    // Rows exactly as the 0.1 preview wrote them: no editedFields, overrides or notes.
    const written = [
      {
        id: 'a',
        marketplace: 'aliexpress',
        orderNumber: '8100000000000001',
        store: { name: 'Store A', url: 'https://www.aliexpress.com/store/1' },
        items: [{ title: 'Lamp', quantity: 2, price: { amount: 5.5, currency: 'USD' } }],
        total: { amount: 11, currency: 'USD' },
        status: 'shipped',
        shippedAt: Date.UTC(2026, 2, 1),
        source: 'manual',
        createdAt: Date.UTC(2026, 1, 20),
        updatedAt: Date.UTC(2026, 2, 1),
      },
      { id: 'b', orderNumber: '8100000000000002', createdAt: Date.UTC(2026, 0, 5), updatedAt: Date.UTC(2026, 0, 5) },
    ];
    await v1.table('orders').bulkAdd(written);
    v1.close();

    const db = new BuyerguardDb(name);
    const orders = await db.orders.orderBy('id').toArray();
    expect(orders).toHaveLength(2);
    const [a, b] = orders;
    // Everything that was there is unchanged…
    expect(a).toMatchObject(written[0]!);
    expect(b).toMatchObject(written[1]!);
    // …and what was missing got its empty default, so every row is a valid order now.
    expect(a!.editedFields).toEqual([]);
    expect(b!.marketplace).toBe('aliexpress');
    expect(b!.store).toEqual({ name: '' });
    for (const order of orders) expect(orderSchema.safeParse(order).success).toBe(true);
    // The new index answers.
    expect(await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', '8100000000000002']).count()).toBe(1);
    // New tables exist and are empty; orders carry no deadlines yet.
    expect(await db.messages.count()).toBe(0);
    expect((await db.orders.toArray()).flatMap(ownDeadlines)).toEqual([]);
    db.close();
  });

  it('version 4 renames shown reminders to date-based ids, so none is shown twice', async () => {
    const name = dbName();
    const v3 = new Dexie(name);
    applySchemaVersions(v3, 3);
    const dueAt = Date.UTC(2026, 5, 20, 12);
    // Ids exactly as version 3 wrote them: the due instant in milliseconds.
    await v3.table('reminders').bulkAdd([
      { id: `reminder:order-1:protection-end:3:${dueAt}`, deliveredAt: 1 },
      { id: 'reminder:a%3Ab:dispute-last-day:0:1750000000000', deliveredAt: 2 },
    ]);
    v3.close();

    const db = new BuyerguardDb(name);
    const ids = (await db.reminders.toCollection().primaryKeys()).sort();
    expect(ids).toEqual([reminderId('a:b', 'dispute-last-day', 0, 1_750_000_000_000), reminderId('order-1', 'protection-end', 3, dueAt)].sort());
    for (const id of ids) expect(parseReminderId(id)).toBeDefined();
    expect((await db.reminders.get(reminderId('order-1', 'protection-end', 3, dueAt)))?.deliveredAt).toBe(1);
    db.close();
  });

  it('a failing upgrade throws and leaves the old data in place', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    applySchemaVersions(v1, 1);
    await v1.table('orders').add({ id: 'x', orderNumber: '1', createdAt: 1, updatedAt: 1 });
    v1.close();

    const broken = new Dexie(name);
    broken.version(1).stores({ orders: 'id, orderNumber, updatedAt' });
    broken
      .version(2)
      .stores({ orders: 'id, orderNumber, updatedAt' })
      .upgrade(() => {
        throw new Error('upgrade failed');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const check = new Dexie(name);
    applySchemaVersions(check, 1);
    expect(await check.table('orders').get('x')).toMatchObject({ orderNumber: '1' });
    check.close();
  });
  /**
   * A buyer's data as versions 2 to 5 wrote it: an order with its deadline, a message, a photo,
   * settings, a shown reminder; in version 5, also records a crashed import left in staging.
   */
  async function writeAsOf(version: 2 | 3 | 4 | 5 | 6, name: string) {
    const old = new Dexie(name);
    applySchemaVersions(old, version);
    const order = {
      id: 'o1',
      marketplace: 'aliexpress',
      orderNumber: '8100000000000009',
      store: { name: 'Lamp Store', url: 'https://www.aliexpress.com/store/1' },
      items: [{ title: 'Desk lamp', quantity: 1, price: { amount: 12.5, currency: 'USD' } }],
      status: 'shipped',
      shippedAt: Date.UTC(2026, 4, 1),
      protectionDays: 60,
      notes: 'gift',
      deadlineOverrides: {},
      editedFields: ['notes'],
      source: 'captured',
      createdAt: Date.UTC(2026, 3, 28),
      updatedAt: Date.UTC(2026, 4, 1),
      // Version 3 stored each order with its place in the urgency order; version 2 had none.
      ...(version >= 3 ? { urgencyKey: 7e12, urgencyUntil: Date.UTC(2026, 5, 30) } : {}),
    };
    const deadline = { id: 'o1:protection-end', orderId: 'o1', kind: 'protection-end', dueAt: Date.UTC(2026, 5, 30), actionable: 1 };
    const passive = { id: 'o1:seller-answer', orderId: 'o1', kind: 'seller-answer', dueAt: Date.UTC(2026, 5, 12), actionable: 0 };
    const message = { id: 'm1', orderId: 'o1', author: 'seller', text: 'Shipped', sentAt: Date.UTC(2026, 4, 1), fingerprint: 'fp1', origin: 'captured', addedAt: Date.UTC(2026, 4, 1) };
    const evidence = { id: 'e1', orderId: 'o1', kind: 'photo', name: 'box.jpg', mimeType: 'image/jpeg', size: 3, note: '', addedAt: Date.UTC(2026, 4, 2), blob: new Blob([new Uint8Array([1, 2, 3])]) };
    const settings = { id: 'settings', locale: 'uk', trustedContacts: ['+380441234567'] };
    // Version 4 named shown reminders by the due date; earlier versions by the instant.
    const reminder = { id: version >= 4 ? 'reminder:o1:protection-end:3:2026-06-27' : `reminder:o1:protection-end:3:${Date.UTC(2026, 5, 27, 12)}`, deliveredAt: 5 };
    await old.table('orders').add(order);
    await old.table('deadlines').bulkAdd([deadline, passive]);
    await old.table('messages').add(message);
    await old.table('evidence').add(evidence);
    await old.table('settings').add(settings);
    await old.table('reminders').add(reminder);
    if (version === 5) {
      await old.table('stagedOrders').add({ ...order, id: 'half-imported', orderNumber: '8100000000000010' });
      await old.table('stagedDeadlines').add({ ...deadline, id: 'half-imported:protection-end', orderId: 'half-imported' });
    }
    old.close();
    return { order, deadlines: [deadline, passive], message, evidence, settings };
  }

  for (const version of [2, 3, 4, 5, 6] as const) {
    it(`opens a version-${version} database with every kind of record and loses nothing`, async () => {
      const name = dbName();
      const written = await writeAsOf(version, name);
      const db = new BuyerguardDb(name);
      const [order] = await db.orders.toArray();
      expect(order).toMatchObject(written.order);
      expect(orderSchema.safeParse(order).success).toBe(true);
      // Version 3's place in the urgency order is there, so the first screen finds the order by index.
      expect(await db.orders.where('urgencyKey').above(0).count()).toBe(1);
      // Version 7 moved each order's deadlines into its record, as they were stored; only the one to act on is indexed.
      expect([...ownDeadlines(order!)].sort((a, b) => a.id.localeCompare(b.id))).toEqual(written.deadlines);
      expect([...db.backendDB().objectStoreNames]).not.toContain('deadlines');
      expect(await countActionableDue(db, Date.UTC(2026, 5, 1), Date.UTC(2026, 6, 1))).toBe(1);
      expect(await countActionableDue(db, Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 29))).toBe(0);
      expect(await db.messages.toArray()).toEqual([written.message]);
      const { blob, ...meta } = (await db.evidence.get('e1'))!;
      const { blob: _written, ...writtenMeta } = written.evidence;
      expect(meta).toEqual(writtenMeta);
      expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
      expect(await db.settings.toArray()).toEqual([written.settings]);
      // The shown reminder is still shown, under its version-4 id.
      expect(await db.reminders.count()).toBe(1);
      expect(parseReminderId((await db.reminders.toCollection().primaryKeys())[0] as string)).toBeDefined();
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      // Version 5's staging tables are gone, and what a crashed import left there never reached the live tables.
      expect([...db.backendDB().objectStoreNames].filter((store) => store.startsWith('staged'))).toEqual([]);
      expect(await db.orders.count()).toBe(1);
      db.close();
    });
  }

  it('opens a version-7 database: every record kept, and the import journal of version 8 there and empty', async () => {
    const name = dbName();
    const old = new Dexie(name);
    applySchemaVersions(old, 7);
    const deadline = { id: 'o1:protection-end', orderId: 'o1', kind: 'protection-end', dueAt: Date.UTC(2026, 5, 30), actionable: 1 };
    const order = {
      id: 'o1',
      marketplace: 'aliexpress',
      orderNumber: '8100000000000009',
      store: { name: 'Lamp Store' },
      items: [],
      status: 'shipped',
      shippedAt: Date.UTC(2026, 4, 1),
      protectionDays: 60,
      notes: '',
      deadlineOverrides: {},
      editedFields: [],
      source: 'captured',
      createdAt: Date.UTC(2026, 3, 28),
      updatedAt: Date.UTC(2026, 4, 1),
      urgencyKey: 7e12,
      urgencyUntil: Date.UTC(2026, 5, 30),
      deadlines: [deadline],
      actionableDue: [[deadline.dueAt, deadline.kind]],
    };
    const message = { id: 'm1', orderId: 'o1', author: 'seller', text: 'Shipped', sentAt: Date.UTC(2026, 4, 1), fingerprint: 'fp1', origin: 'captured', addedAt: Date.UTC(2026, 4, 1) };
    await old.table('orders').add(order);
    await old.table('messages').add(message);
    old.close();

    const db = new BuyerguardDb(name);
    expect(await db.orders.toArray()).toEqual([order]);
    expect(await db.messages.toArray()).toEqual([message]);
    expect(await countActionableDue(db, Date.UTC(2026, 5, 1), Date.UTC(2026, 6, 1))).toBe(1);
    expect([...db.backendDB().objectStoreNames]).toContain('importJournal');
    expect(await db.importJournal.count()).toBe(0);
    // Version 8 indexes when each message was added (an import counts the recent ones).
    expect(await db.messages.where('addedAt').aboveOrEqual(Date.UTC(2026, 4, 1)).count()).toBe(1);
    expect(await db.messages.where('addedAt').above(Date.UTC(2026, 4, 1)).count()).toBe(0);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('opens a version-8 database: every record kept as it was, the unused status index gone, the others still answering', async () => {
    const name = dbName();
    const old = new Dexie(name);
    applySchemaVersions(old, 8);
    const base = {
      marketplace: 'aliexpress',
      store: { name: 'Lamp Store' },
      items: [],
      notes: '',
      deadlineOverrides: {},
      editedFields: [],
      source: 'captured',
      createdAt: Date.UTC(2026, 3, 28),
      updatedAt: Date.UTC(2026, 4, 1),
      deadlines: [],
    };
    // As schema 8 stored them: a done order's place with the "never stale" instant, a passed deadline in actionableDue.
    const done = { ...base, id: 'o1', orderNumber: '8100000000000001', status: 'completed', urgencyKey: 9e12, urgencyUntil: 8.64e15, actionableDue: [[Date.UTC(2026, 4, 2), 'protection-end']] };
    const open = { ...base, id: 'o2', orderNumber: '8100000000000002', status: 'shipped', urgencyKey: 7e12, urgencyUntil: Date.UTC(2026, 5, 30), actionableDue: [[Date.UTC(2026, 5, 30), 'protection-end']] };
    await old.table('orders').bulkAdd([done, open]);
    old.close();

    const db = new BuyerguardDb(name);
    expect(await db.orders.orderBy('id').toArray()).toEqual([done, open]);
    expect(db.verno).toBe(9);
    const indexes = [...db.backendDB().transaction('orders').objectStore('orders').indexNames].sort();
    expect(indexes).toEqual(['[marketplace+orderNumber]', 'actionableDue', 'updatedAt', 'urgencyKey', 'urgencyUntil']);
    expect(await countActionableDue(db, Date.UTC(2026, 5, 1), Date.UTC(2026, 6, 1))).toBe(1);
    expect(await db.orders.where('urgencyUntil').below(Date.UTC(2026, 6, 1)).primaryKeys()).toEqual(['o2']);
    expect(await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', '8100000000000001']).primaryKeys()).toEqual(['o1']);
    db.close();
  });

  it('refuses a database from a newer version with a clear error, and leaves it as it was', async () => {
    const name = dbName();
    const newer = new Dexie(name);
    applySchemaVersions(newer);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ labels: 'id' });
    await newer.table('orders').add({ id: 'future', orderNumber: '1', meaning: 'only the newer release knows' });
    await newer.table('labels').add({ id: 'l1' });
    newer.close();

    const db = new BuyerguardDb(name);
    const error = await db.orders.count().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isNewerDatabaseError(error)).toBe(true);
    expect(String(error)).toContain(`schema version ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();

    // Not downgraded, not deleted: the newer release finds its data, version and tables intact.
    const again = new Dexie(name);
    applySchemaVersions(again);
    again.version(LATEST_SCHEMA_VERSION + 1).stores({ labels: 'id' });
    expect(await again.table('orders').get('future')).toEqual({ id: 'future', orderNumber: '1', meaning: 'only the newer release knows' });
    expect(await again.table('labels').count()).toBe(1);
    expect(again.verno).toBe(LATEST_SCHEMA_VERSION + 1);
    again.close();
  });
});
