import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { applySchemaVersions, SCHEMA_VERSIONS } from '../../../lib/db/versions';
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
    // New tables exist and are empty.
    expect(await db.messages.count()).toBe(0);
    expect(await db.deadlines.count()).toBe(0);
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
});
