import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { BuyerguardDb } from '../db/database';
import { COMMANDS, runCommand } from '../data/commands';
import { QUERIES, runQuery } from '../data/queries';
import { DATA_PORT_NAME, dataRequestSchema, type DataResponse } from '../data/protocol';

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * Serves the in-page sidebar's data over a port: live queries and commands
 * by name, arguments validated against each one's schema. Only this
 * extension's own pages may connect (content scripts have no reason to).
 */
export function serveDataPort(db: BuyerguardDb, onWrite: () => void): void {
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== DATA_PORT_NAME) return;
    const sender = port.sender;
    if (sender?.id !== browser.runtime.id || !(sender.url ?? '').startsWith(ownPages)) {
      port.disconnect();
      return;
    }
    const subscriptions = new Map<number, { unsubscribe(): void }>();
    const reply = (message: DataResponse) => {
      try {
        port.postMessage(message);
      } catch {
        // The page went away between the change and the reply.
      }
    };

    port.onMessage.addListener((raw: unknown) => {
      const parsed = dataRequestSchema.safeParse(raw);
      if (!parsed.success) return;
      const request = parsed.data;
      if (request.kind === 'unsubscribe') {
        subscriptions.get(request.id)?.unsubscribe();
        subscriptions.delete(request.id);
        return;
      }
      if (request.kind === 'subscribe') {
        const args = QUERIES[request.name].args.safeParse(request.args);
        if (!args.success) return reply({ kind: 'error', id: request.id, message: 'invalid arguments' });
        subscriptions.get(request.id)?.unsubscribe();
        const subscription = liveQuery(() => runQuery(db, request.name, args.data as never)).subscribe({
          next: (result) => reply({ kind: 'result', id: request.id, result }),
          error: (e: unknown) => reply({ kind: 'error', id: request.id, message: String(e) }),
        });
        subscriptions.set(request.id, subscription);
        return;
      }
      const args = COMMANDS[request.name].args.safeParse(request.args);
      if (!args.success) return reply({ kind: 'error', id: request.id, message: 'invalid arguments' });
      runCommand(db, request.name, args.data as never).then(
        (result) => {
          onWrite();
          reply({ kind: 'result', id: request.id, result });
        },
        (e: unknown) => reply({ kind: 'error', id: request.id, message: String(e) }),
      );
    });
    port.onDisconnect.addListener(() => {
      for (const s of subscriptions.values()) s.unsubscribe();
      subscriptions.clear();
    });
  });
}
