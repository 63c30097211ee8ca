import Dexie, { type EntityTable } from 'dexie';
import type { Order } from '../schema/order';
import type { SellerMessage } from '../schema/seller-message';
import type { Evidence } from '../schema/evidence';
import type { DeliveredReminder, StoredDeadline } from '../schema/deadline';
import type { Settings } from '../schema/settings';
import { applySchemaVersions } from './versions';

export const DATABASE_NAME = 'buyerguard';

/**
 * The one database. It must only ever be opened in the extension's origin
 * (background, side panel, sidebar iframe): opened from a content script it
 * would belong to the marketplace's origin (Dexie issue #1978).
 */
export class BuyerguardDb extends Dexie {
  orders!: EntityTable<Order, 'id'>;
  messages!: EntityTable<SellerMessage, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  deadlines!: EntityTable<StoredDeadline, 'id'>;
  reminders!: EntityTable<DeliveredReminder, 'id'>;
  settings!: EntityTable<Settings, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    applySchemaVersions(this);
  }
}

let shared: BuyerguardDb | undefined;

/** The database of this extension context, opened on first use. */
export function database(): BuyerguardDb {
  shared ??= new BuyerguardDb();
  return shared;
}
