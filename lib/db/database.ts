import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Order } from '../schema/order';
import type { SellerMessage } from '../schema/seller-message';
import type { Evidence } from '../schema/evidence';
import type { DeliveredReminder } from '../schema/deadline';
import type { Settings } from '../schema/settings';
import type { JournalRow } from './import-journal';
import { applySchemaVersions, SCHEMA_VERSIONS } from './versions';

export const DATABASE_NAME = 'buyerguard';

/** The newest schema this code knows. */
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The database on disk was written by a newer release (the user went back
 * to an older one). Its records may mean things this code does not know, so
 * it is neither used nor touched: the UI says so and asks for an update.
 */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number) {
    super(`The database has schema version ${found}; this code knows up to ${LATEST_SCHEMA_VERSION}.`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Whether an error from opening or using the database is (or wraps) NewerDatabaseError.
 * Dexie wraps it (DatabaseClosedError.inner); the background's port hands it
 * on as text, which still names it.
 */
export function isNewerDatabaseError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { inner?: unknown }).inner, depth += 1) {
    if (e instanceof NewerDatabaseError || (e as { name?: unknown }).name === 'NewerDatabaseError') return true;
    if (String((e as { message?: unknown }).message ?? '').includes('NewerDatabaseError')) return true;
  }
  return false;
}

/**
 * Opens `db` and resolves to the refusal when it was written by a newer release, else to
 * undefined. Who subscribes to a live query must ask this too: the refused database is
 * closed as it opens, and Dexie's liveQuery treats a closed database as one about to
 * reopen and waits, silently.
 */
export function newerDatabaseRefusal(db: Dexie): Promise<Error | undefined> {
  return db.open().then(
    () => undefined,
    (e: unknown) => (isNewerDatabaseError(e) ? (e instanceof Error ? e : new Error(String(e))) : undefined),
  );
}

/**
 * The one database. It must only ever be opened in the extension's origin
 * (background, side panel, sidebar iframe): opened from a content script it
 * would belong to the marketplace's origin (Dexie issue #1978).
 */
export class BuyerguardDb extends Dexie {
  orders!: EntityTable<Order, 'id'>;
  messages!: EntityTable<SellerMessage, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  reminders!: EntityTable<DeliveredReminder, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  /** A backup import's undo journal: empty unless an import is being written (lib/backup/journal.ts). */
  importJournal!: Table<JournalRow, number>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    applySchemaVersions(this);
    // Dexie 4 quietly opens a database of a higher version than declared
    // (https://dexie.org/docs/DexieErrors/Dexie.VersionError): refuse it instead.
    // The native version is Dexie's ×10 (Dexie issue #59).
    this.on('ready', (db) => {
      const found = Math.floor((db as Dexie).backendDB().version / 10);
      if (found > LATEST_SCHEMA_VERSION) {
        (db as Dexie).close();
        return Promise.reject(new NewerDatabaseError(found));
      }
      return undefined;
    });
  }
}

let shared: BuyerguardDb | undefined;

/** The database of this extension context, opened on first use. */
export function database(): BuyerguardDb {
  shared ??= new BuyerguardDb();
  return shared;
}
