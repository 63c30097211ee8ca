import type { Evidence } from '../schema/evidence';
import type { SellerMessage } from '../schema/seller-message';
import type { Order } from '../schema/order';

/**
 * The rows of a backup import's undo journal (schema 8; written and read by
 * lib/backup/journal.ts). Empty between imports: the import's last
 * transaction deletes it, and a row left behind means an import stopped
 * mid-way, to be undone.
 */

/** The tables an import writes. */
export const JOURNALED_TABLES = ['orders', 'messages', 'evidence'] as const;
export type JournaledTable = (typeof JOURNALED_TABLES)[number];

/** One record per table kind, as the table stores it. */
export interface JournaledRecords {
  /** With the fields derived from them (lib/db/order-record.ts), as stored. */
  orders: Order[];
  messages: SellerMessage[];
  evidence: Evidence[];
}

/** What a record carried when the import wrote it: an undo leaves a record that no longer carries it alone (another page saved it since). */
export type RecordStamp = string | number;

/** Row 0: an import is being written. */
export interface JournalHeader {
  seq: 0;
  importId: string;
  state: 'writing';
  startedAt: number;
}

/** Rows 1…n: one per write transaction of the import, undone in reverse. */
export interface JournalBatch {
  seq: number;
  importId: string;
  /** The records as they were before this batch overwrote or deleted them. */
  before: Partial<JournaledRecords>;
  /** Id and stamp of every record this batch wrote, per table. */
  written: Partial<Record<JournaledTable, [string, RecordStamp][]>>;
}

export type JournalRow = JournalHeader | JournalBatch;
