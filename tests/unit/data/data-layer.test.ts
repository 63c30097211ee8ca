import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { localDataClient } from '../../../lib/data/client';
import { dataRequestSchema } from '../../../lib/data/protocol';
import { COMMANDS } from '../../../lib/data/commands';
import { QUERIES } from '../../../lib/data/queries';
import { validatedListener } from '../../../lib/messaging/receive';
import { backgroundRequestSchema, contentRequestSchema } from '../../../lib/schema/runtime-messages';

vi.mock('../../../lib/app/background-ping', () => ({ pingBackground: vi.fn() }));

let db: BuyerguardDb;
beforeEach(() => {
  db = new BuyerguardDb(`data-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function nextValue<T>(subscribe: (cb: (v: T) => void) => () => void, predicate: (v: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const stop = subscribe((value) => {
      if (predicate(value)) {
        stop();
        resolve(value);
      }
    });
  });
}

describe('local data client', () => {
  it('a live query sees a command’s write without being asked again', async () => {
    const client = localDataClient(db);
    const seen: number[] = [];
    const stop = client.subscribe('orderList', {}, (r) => seen.push(r.orders.length));
    const result = await client.run('createOrder', { input: { marketplace: 'aliexpress', orderNumber: '8100000000000001' } });
    expect(result.ok).toBe(true);
    const after = await nextValue<{ orders: unknown[] }>((cb) => client.subscribe('orderList', {}, cb), (r) => r.orders.length === 1);
    expect(after.orders).toHaveLength(1);
    stop();
    expect(seen).toContain(1);
  });

  it('a missing order is null (JSON-safe), not undefined', async () => {
    const client = localDataClient(db);
    const value = await nextValue((cb) => client.subscribe('order', { orderId: 'nope' }, cb), () => true);
    expect(value).toBeNull();
  });
});

describe('data port protocol', () => {
  it('accepts only known queries and commands', () => {
    expect(dataRequestSchema.safeParse({ kind: 'subscribe', id: 1, name: 'orderList', args: {} }).success).toBe(true);
    expect(dataRequestSchema.safeParse({ kind: 'subscribe', id: 1, name: 'dropDatabase', args: {} }).success).toBe(false);
    expect(dataRequestSchema.safeParse({ kind: 'run', id: 2, name: 'deleteOrder', args: { orderId: 'x' } }).success).toBe(true);
    expect(dataRequestSchema.safeParse({ kind: 'run', id: -1, name: 'deleteOrder', args: {} }).success).toBe(false);
  });

  it('checks each command’s and query’s own arguments', () => {
    expect(COMMANDS.deleteOrder.args.safeParse({ orderId: '' }).success).toBe(false);
    expect(COMMANDS.updateSettings.args.safeParse({ patch: { locale: 'xx' } }).success).toBe(false);
    expect(COMMANDS.updateSettings.args.safeParse({ patch: { locale: 'ka' } }).success).toBe(true);
    expect(QUERIES.order.args.safeParse({}).success).toBe(false);
  });
});

describe('runtime message validation', () => {
  const handle = vi.fn(() => 'answered');
  const listener = validatedListener('our-id', backgroundRequestSchema, handle);

  it('answers a valid message from this extension', async () => {
    await expect(listener({ type: 'ui/state' }, { id: 'our-id' })).resolves.toBe('answered');
  });

  it('ignores other extensions, unknown types and malformed payloads', () => {
    expect(listener({ type: 'ui/state' }, { id: 'someone-else' })).toBeUndefined();
    expect(listener({ type: 'nuke' }, { id: 'our-id' })).toBeUndefined();
    expect(listener({ type: 'guard/report', warnings: -3 }, { id: 'our-id' })).toBeUndefined();
    expect(listener('ui/state', { id: 'our-id' })).toBeUndefined();
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('content requests: routes must be app paths, texts bounded', () => {
    expect(contentRequestSchema.safeParse({ type: 'sidebar/open', route: '/complaint?prefill=abc' }).success).toBe(true);
    expect(contentRequestSchema.safeParse({ type: 'sidebar/open', route: 'javascript:alert(1)' }).success).toBe(false);
    expect(contentRequestSchema.safeParse({ type: 'page/insert-message', text: 'x'.repeat(20_001) }).success).toBe(false);
  });
});
