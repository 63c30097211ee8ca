import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it, vi } from 'vitest';
import { BuyerguardDb, isNewerDatabaseError, LATEST_SCHEMA_VERSION } from '../../../lib/db/database';
import { applySchemaVersions } from '../../../lib/db/versions';

/*
 * Issue 8, "Schema upgrades": a database written by a newer release is refused with a
 * message. The in-page sidebar reads through the background's data port
 * (lib/background/data-host.ts); a live query on the refused (closed) database waits
 * silently, so the frame showed empty lists instead of the notice the side panel shows
 * (tests/unit/app/newer-database.test.tsx). Here the frame's client and the background's
 * port are joined by an in-memory port pair, the browser's part of the journey.
 */

type Listener = (message: unknown) => void;
interface FakePort {
  name: string;
  sender?: { id: string; url: string; tab: { id: number }; frameId: number };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(l: Listener): void };
  onDisconnect: { addListener(l: () => void): void };
}

const RUNTIME_ID = 'buyerguard-test-id';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const connectListeners: ((port: FakePort) => void)[] = [];

/** Two ends of one port: what one posts, the other hears (a turn later, as in a browser). */
function portPair(name: string): [FakePort, FakePort] {
  const heard: [Listener[], Listener[]] = [[], []];
  const end = (mine: Listener[], theirs: Listener[]): FakePort => ({
    name,
    postMessage: (message) => void setTimeout(() => theirs.forEach((l) => l(structuredClone(message))), 0),
    disconnect: () => undefined,
    onMessage: { addListener: (l) => void mine.push(l) },
    onDisconnect: { addListener: () => undefined },
  });
  return [end(heard[0], heard[1]), end(heard[1], heard[0])];
}

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: RUNTIME_ID,
      getURL: (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`,
      onConnect: { addListener: (l: (port: FakePort) => void) => void connectListeners.push(l) },
      connect: ({ name }: { name: string }) => {
        const [frameEnd, backgroundEnd] = portPair(name);
        // The in-page sidebar: our page, framed in a marketplace tab.
        backgroundEnd.sender = { id: RUNTIME_ID, url: `${ORIGIN}sidebar.html#/`, tab: { id: 3 }, frameId: 5 };
        for (const l of connectListeners) l(backgroundEnd);
        return frameEnd;
      },
    },
  },
}));
// The frame is the one our content script made (what lib/background/embedding.ts checks with the tab).
vi.mock('../../../lib/background/embedding', () => ({ isOurSidebarFrame: async () => true }));

const { serveDataPort } = await import('../../../lib/background/data-host');
const { remoteDataClient } = await import('../../../lib/data/client');

const created: string[] = [];
afterEach(async () => {
  connectListeners.length = 0;
  for (const name of created.splice(0)) await Dexie.delete(name);
});

/** A database as a newer release leaves it: one schema version past this code's, one order in it. */
async function newerDatabase(): Promise<string> {
  const name = `newer-${Math.random()}`;
  created.push(name);
  const newer = new Dexie(name);
  applySchemaVersions(newer);
  newer.version(LATEST_SCHEMA_VERSION + 1).stores({ labels: 'id' });
  await newer.table('orders').add({ id: 'future', orderNumber: '1' });
  newer.close();
  return name;
}

it('the in-page sidebar hears that the database is from a newer release, for every query it asks', async () => {
  const db = new BuyerguardDb(await newerDatabase());
  serveDataPort(db, () => undefined);
  const client = remoteDataClient();
  const heard = (name: 'settings' | 'orderList') =>
    new Promise<Error>((resolve, reject) => {
      client.subscribe(name, {}, (result) => reject(new Error(`a result from a refused database: ${JSON.stringify(result)}`)), resolve);
    });
  const [settings, orders] = await Promise.all([heard('settings'), heard('orderList')]);
  // What App.tsx checks before it shows only the translated "update Buyerguard" notice.
  expect(isNewerDatabaseError(settings)).toBe(true);
  expect(isNewerDatabaseError(orders)).toBe(true);
  db.close();
}, 10_000);

it('an ordinary database is served as before: results, no error', async () => {
  const name = `current-${Math.random()}`;
  created.push(name);
  const db = new BuyerguardDb(name);
  serveDataPort(db, () => undefined);
  const client = remoteDataClient();
  const errors: Error[] = [];
  const list = await new Promise<{ orders: unknown[] }>((resolve) => {
    client.subscribe('orderList', {}, resolve, (e) => errors.push(e));
  });
  expect(list.orders).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(errors).toEqual([]);
  db.close();
});
