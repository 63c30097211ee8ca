import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { COMMANDS } from '../../../lib/data/commands';
import { BuyerguardDb } from '../../../lib/db/database';
import type { CapturedOrder } from '../../../lib/schema/capture';
import { HOSTILE_STRINGS } from '../../fixtures/hostile/data/strings';

const db = new BuyerguardDb(`capture-hostile-${Math.random()}`);
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function captured(orderNumber: string, title: string, store: string): CapturedOrder {
  return {
    orderNumber,
    marketplace: 'aliexpress',
    orderUrl: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderNumber}`,
    store: { name: store },
    items: [{ title, quantity: 1 }],
    status: 'shipped',
    missing: [],
  };
}

it('"Track all" on a list with a 600-character markup title stores every order, the long fields cut with "…" and kept as inert text (issue 8 #4)', async () => {
  const markupTitle = `${HOSTILE_STRINGS.imgOnerror}${HOSTILE_STRINGS.attributeBreakout}`.repeat(12).slice(0, 600);
  const orders = [
    captured('8100000000000001', 'Desk lamp', 'Lamp Store'),
    captured('8100000000000002', markupTitle, `${HOSTILE_STRINGS.script} `.repeat(10)),
    captured('8100000000000003', 'USB-C cable', 'Cable World'),
  ];
  // The same check the background's port applies to what the in-page sidebar sends: the long title does not sink the batch.
  const args = COMMANDS.trackCapturedOrders.args.parse({ orders });
  const result = await COMMANDS.trackCapturedOrders.run(db, args as never);
  expect(result).toMatchObject({ added: 3, failed: [] });
  const stored = await db.orders.where('[marketplace+orderNumber]').equals(['aliexpress', '8100000000000002']).first();
  expect(stored!.items[0]!.title).toHaveLength(500);
  expect(stored!.items[0]!.title.endsWith('…')).toBe(true);
  expect(markupTitle.startsWith(stored!.items[0]!.title.slice(0, -1))).toBe(true);
  expect(stored!.store.name.length).toBeLessThanOrEqual(200);
});
