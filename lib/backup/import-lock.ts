/**
 * One import at a time, across every page of the extension: an import plans
 * against what the database holds, and two running side by side would each
 * plan without the other's records. Held as a Web Lock for the import's
 * whole life (the browser releases it when the page crashes or closes).
 */

/** The Web Lock an import holds. */
const IMPORT_LOCK = 'buyerguard-backup-import';

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

/**
 * Runs `work` holding the import lock, waiting for an import running in
 * another page to finish. Where the browser has no Web Locks (unit tests
 * under Node), `work` runs directly.
 */
export function withImportLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(IMPORT_LOCK, {}, work) : work();
}

/** Runs `work` holding the import lock if no import holds it now; otherwise does nothing and gives `undefined`. */
export function withImportLockIfFree<T>(work: () => Promise<T>): Promise<T | undefined> {
  const locks = lockManager();
  return locks ? locks.request(IMPORT_LOCK, { ifAvailable: true }, async (lock) => (lock ? work() : undefined)) : work();
}
