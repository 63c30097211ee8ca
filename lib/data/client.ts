import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { newerDatabaseRefusal, type BuyerguardDb } from '../db/database';
import { pingBackground } from '../app/background-ping';
import { importBackupText, readBackupInWorker, type ImportMode, type ImportOptions, type ImportResult } from '../backup';
import { runCommand, type CommandArgs, type CommandName, type CommandResult } from './commands';
import { runQuery, type QueryArgs, type QueryName, type QueryResult } from './queries';
import { DATA_PORT_NAME, dataResponseSchema, type DataRequest } from './protocol';

export interface DataClient {
  /** Calls `onResult` now and after every change to the data behind the query. */
  subscribe<N extends QueryName>(name: N, args: QueryArgs<N>, onResult: (result: QueryResult<N>) => void, onError?: (error: Error) => void): () => void;
  run<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandResult<N>>;
  /**
   * Top-level pages only: a backup import with progress and cancel, run here
   * (a port would carry neither, and a 50 MB file has no business crossing one).
   * The file is parsed and checked in a worker, so the page never freezes.
   */
  importBackup?: (file: Blob, mode: ImportMode, options: ImportOptions) => Promise<ImportResult>;
}

/** For top-level extension pages: the database is first-party here. */
export function localDataClient(db: BuyerguardDb): DataClient {
  // Open now, while the first render runs, rather than on the first query after it.
  const refused = newerDatabaseRefusal(db);
  const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  return {
    subscribe(name, args, onResult, onError) {
      const subscription = liveQuery(() => runQuery(db, name, args)).subscribe({
        next: onResult,
        error: (e: unknown) => onError?.(asError(e)),
      });
      // liveQuery waits silently on a database from a newer release: the refusal is said here instead.
      void refused.then((e) => e && onError?.(e));
      return () => subscription.unsubscribe();
    },
    run(name, args) {
      return runCommand(db, name, args).then((result) => {
        pingBackground();
        return result;
      });
    },
    importBackup(file, mode, options) {
      // Where there is no Worker (unit tests), the file is read in slices on this thread.
      const read = typeof Worker === 'undefined' ? undefined : readBackupInWorker;
      return importBackupText(db, file, mode, options, read).then((result) => {
        pingBackground();
        return result;
      });
    },
  };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * For the in-page sidebar: a frame inside the marketplace page is third-party
 * there, and browsers deny or partition its storage. The background runs the
 * queries and pushes fresh results over a port. The worker may be stopped at
 * any time; the port then drops, and the client reconnects and resubscribes.
 */
export function remoteDataClient(): DataClient {
  let nextId = 1;
  const subscriptions = new Map<number, { name: QueryName; args: unknown; onResult: (r: never) => void; onError?: (e: Error) => void }>();
  const pending = new Map<number, Pending>();
  let port: ReturnType<typeof browser.runtime.connect> | undefined;

  const send = (message: DataRequest) => connect().postMessage(message);

  function connect() {
    if (port) return port;
    const opened = browser.runtime.connect({ name: DATA_PORT_NAME });
    port = opened;
    opened.onMessage.addListener((raw: unknown) => {
      const parsed = dataResponseSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      const sub = subscriptions.get(message.id);
      if (sub) {
        if (message.kind === 'result') sub.onResult(message.result as never);
        else sub.onError?.(new Error(message.message));
        return;
      }
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.kind === 'result') call.resolve(message.result);
      else call.reject(new Error(message.message));
    });
    opened.onDisconnect.addListener(() => {
      port = undefined;
      for (const call of pending.values()) call.reject(new Error('disconnected'));
      pending.clear();
      if (subscriptions.size > 0) {
        // Waking the worker again; a short pause avoids a tight loop if it keeps failing.
        setTimeout(() => {
          for (const [id, sub] of subscriptions) send({ kind: 'subscribe', id, name: sub.name, args: sub.args });
        }, 100);
      }
    });
    return opened;
  }

  return {
    subscribe(name, args, onResult, onError) {
      const id = nextId++;
      subscriptions.set(id, { name, args, onResult: onResult as (r: never) => void, onError });
      send({ kind: 'subscribe', id, name, args });
      return () => {
        subscriptions.delete(id);
        if (port) send({ kind: 'unsubscribe', id });
      };
    },
    run(name, args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        send({ kind: 'run', id, name, args });
      });
    },
  };
}
