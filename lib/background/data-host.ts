import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { newerDatabaseRefusal, type BuyerguardDb } from '../db/database';
import { COMMANDS, runCommand } from '../data/commands';
import { QUERIES, runQuery } from '../data/queries';
import { DATA_PORT_NAME, dataRequestSchema, type DataResponse } from '../data/protocol';
import { EMBEDDED_COMMANDS, EMBEDDED_QUERIES, embeddedSettings } from '../data/access';
import { senderContext } from '../messaging/sender';
import { isOurSidebarFrame } from './embedding';
import type { Settings } from '../schema/settings';

type Port = ReturnType<typeof browser.runtime.connect>;

/** What a refused request hears: the same for every name, so trying teaches nothing. */
export const NOT_ALLOWED = 'not allowed here';

/**
 * Serves the in-page sidebar's data over a port: live queries and commands
 * by name, arguments validated against each one's schema. Only this
 * extension's own pages may connect (content scripts have no reason to), and
 * a page framed inside another (the in-page sidebar) gets only what
 * lib/data/access.ts allows it.
 */
export function serveDataPort(db: BuyerguardDb, onWrite: () => void): void {
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== DATA_PORT_NAME) return;
    const context = port.sender ? senderContext(port.sender, browser.runtime.id, ownPages) : undefined;
    if (context !== 'extension' && context !== 'embedded') {
      port.disconnect();
      return;
    }
    const embedded = context === 'embedded';
    // A framed page is served only as the sidebar our content script made; requests wait for that answer, in order.
    const admitted = embedded && port.sender ? isOurSidebarFrame(port.sender) : Promise.resolve(true);
    void admitted.then((ok) => {
      if (!ok) port.disconnect();
    });
    const subscriptions = new Map<number, { unsubscribe(): void }>();
    const reply = (message: DataResponse) => {
      try {
        port.postMessage(message);
      } catch {
        // The page went away between the change and the reply.
      }
    };

    const serve = (raw: unknown) => {
      const parsed = dataRequestSchema.safeParse(raw);
      if (!parsed.success) return;
      const request = parsed.data;
      if (request.kind === 'unsubscribe') {
        subscriptions.get(request.id)?.unsubscribe();
        subscriptions.delete(request.id);
        return;
      }
      if (request.kind === 'subscribe') {
        if (embedded && !EMBEDDED_QUERIES[request.name]) return reply({ kind: 'error', id: request.id, message: NOT_ALLOWED });
        const args = QUERIES[request.name].args.safeParse(request.args);
        if (!args.success) return reply({ kind: 'error', id: request.id, message: 'invalid arguments' });
        subscriptions.get(request.id)?.unsubscribe();
        const view = embedded && request.name === 'settings' ? (r: unknown) => embeddedSettings(r as Settings) : (r: unknown) => r;
        const subscription = liveQuery(() => runQuery(db, request.name, args.data as never)).subscribe({
          next: (result) => reply({ kind: 'result', id: request.id, result: view(result) }),
          error: (e: unknown) => reply({ kind: 'error', id: request.id, message: String(e) }),
        });
        subscriptions.set(request.id, subscription);
        // liveQuery waits silently on a database from a newer release; the frame is told, in words
        // that name the refusal, so it shows the same "update Buyerguard" notice as the side panel.
        void newerDatabaseRefusal(db).then((e) => e && reply({ kind: 'error', id: request.id, message: String(e) }));
        return;
      }
      if (embedded && !EMBEDDED_COMMANDS[request.name]) return reply({ kind: 'error', id: request.id, message: NOT_ALLOWED });
      const args = COMMANDS[request.name].args.safeParse(request.args);
      if (!args.success) return reply({ kind: 'error', id: request.id, message: 'invalid arguments' });
      runCommand(db, request.name, args.data as never).then(
        (result) => {
          onWrite();
          reply({ kind: 'result', id: request.id, result });
        },
        (e: unknown) => reply({ kind: 'error', id: request.id, message: String(e) }),
      );
    };
    port.onMessage.addListener((raw: unknown) => void admitted.then((ok) => ok && serve(raw)));
    port.onDisconnect.addListener(() => {
      for (const s of subscriptions.values()) s.unsubscribe();
      subscriptions.clear();
    });
  });
}
