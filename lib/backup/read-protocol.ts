import type { BackupFile } from './format';
import type { ImportProgress } from './progress';
import type { ReadResult } from './read';

/**
 * What the backup-reading worker (read.worker.ts) and the page say to each
 * other. The worker runs in this extension's own origin and is trusted like
 * the page; the checked records come back a slice per message, so no single
 * message takes the page long to receive, and while the worker checks the
 * next ones. Order: `rows` (and `progress`) while checking, then `shell` and
 * `end`; or `refused` at any point, and the page drops the rows it has.
 */
export interface ReadRequest {
  source: Blob | string;
  batchSize?: number;
}

/**
 * The page asks for the next slice of records once it has taken the last
 * one and given its event loop a turn: sent all at once, 100 slices queued
 * as back-to-back tasks froze the page for over a second.
 */
export interface NextSlice {
  type: 'next';
}
export const NEXT_SLICE: NextSlice = { type: 'next' };

/** The record lists the worker sends in slices. */
export const ROW_LISTS = ['orders', 'messages', 'evidence'] as const;
export type RowList = (typeof ROW_LISTS)[number];

export type ReadReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'refused'; result: Extract<ReadResult, { ok: false }> }
  | { type: 'shell'; backup: Omit<BackupFile, RowList> }
  | { type: 'rows'; list: RowList; rows: unknown[] }
  | { type: 'end' }
  | { type: 'failed' };

/** Records per message back to the page: small enough that receiving one is a short task. */
export const ROWS_PER_MESSAGE = 1_000;
