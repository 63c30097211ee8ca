import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

/*
 * Stopping and waking the extension's service worker the way the browser
 * does when it is idle: through the DevTools protocol's ServiceWorker domain
 * (a session on any page of the profile sees the extension's worker). The
 * Playwright `Worker` handle survives a restart and then talks to the new
 * instance; while the worker is stopped it does not answer.
 */

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

export interface WorkerControl {
  /** Stops the worker and resolves once the browser reports it stopped. */
  stop(): Promise<void>;
  /** Wakes the worker with a message from an extension page and resolves once it runs. */
  wake(): Promise<Worker>;
}

export async function controlServiceWorker(context: BrowserContext, extensionPage: Page): Promise<WorkerControl> {
  const cdp: CDPSession = await context.newCDPSession(extensionPage);
  const statuses = new Map<string, RunningStatus>();
  // Node's URL gives "null" as the origin of a chrome-extension: URL; the host is the extension id.
  const ownHost = new URL(extensionPage.url()).host;
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    const ours = event.versions.filter((v) => new URL(v.scriptURL).host === ownHost);
    for (const version of ours) statuses.set(version.versionId, version.runningStatus as RunningStatus);
  });
  /** Stopped: every version of our worker is; running: one is. */
  const reached = (wanted: RunningStatus) => (wanted === 'stopped' ? [...statuses.values()].every((s) => s === 'stopped') : [...statuses.values()].includes(wanted));
  await cdp.send('ServiceWorker.enable');
  const until = async (wanted: RunningStatus, retry?: () => Promise<unknown>) => {
    for (let waited = 0; statuses.size === 0 || !reached(wanted); waited += 50) {
      if (waited > 15_000) throw new Error(`service worker never reached "${wanted}" (is ${JSON.stringify([...statuses])})`);
      // A worker busy starting up may let a stop request pass: ask again.
      if (retry && waited > 0 && waited % 2_000 === 0) await retry();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    async stop() {
      const stopAll = () => cdp.send('ServiceWorker.stopAllWorkers');
      await stopAll();
      await until('stopped', stopAll);
    },
    async wake() {
      // Any message wakes it; this one is harmless and allowed from extension pages.
      await extensionPage.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'badge/refresh' }),
      );
      await until('running');
      const worker = context.serviceWorkers()[0];
      if (!worker) throw new Error('no service worker after waking it');
      return worker;
    },
  };
}

/** Every record of one IndexedDB table of the extension's database, read from an extension page or the service worker. */
export async function readTable<T>(extensionContext: Page | Worker, table: string): Promise<T[]> {
  return (extensionContext as Page).evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('buyerguard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, table) as Promise<T[]>;
}
