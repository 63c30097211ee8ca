import { z } from 'zod';
import { evidenceMetaSchema } from '../schema/evidence';
import { orderSchema } from '../schema/order';
import { instantSchema } from '../schema/primitives';
import { sellerMessageSchema } from '../schema/seller-message';
import { settingsSchema } from '../schema/settings';

/**
 * The backup file: one JSON document with everything the buyer keeps.
 * Deadlines are not in it: they are derived from the orders and computed
 * again on import, so a file from an older rule set gets today's rules.
 *
 * Bump BACKUP_VERSION when a field changes meaning; an older app then
 * refuses the newer file instead of guessing.
 */
export const BACKUP_FORMAT = 'buyerguard-backup';
export const BACKUP_VERSION = 1;

/** Standard base64 (RFC 4648 §4), padded. */
const base64Schema = z.string().refine((value) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value), 'base64');

/** Evidence with its file as base64: JSON has no room for binary. */
export const backupEvidenceSchema = evidenceMetaSchema.extend({ data: base64Schema });
export type BackupEvidence = z.infer<typeof backupEvidenceSchema>;

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: instantSchema,
  orders: z.array(orderSchema),
  messages: z.array(sellerMessageSchema),
  evidence: z.array(backupEvidenceSchema),
  settings: settingsSchema.optional(),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** Why a file was refused; the UI words each in the user's language. */
export const BACKUP_ERRORS = ['corrupted', 'duplicated', 'foreign', 'newer-version', 'failed', 'quota', 'cancelled'] as const;
export type BackupError = (typeof BACKUP_ERRORS)[number];

export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportSummary {
  mode: ImportMode;
  orders: { added: number; updated: number; unchanged: number };
  messages: { added: number; skipped: number };
  evidence: { added: number; skipped: number };
  settings: 'replaced' | 'merged' | 'kept';
}

/** A refusal for lack of room says how much the backup needs (bytes) and, when the browser says, how much is free. */
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: BackupError; needed?: number; free?: number };

/** `buyerguard-backup-2026-03-14.json`, dated in the user's zone. */
export function backupFileName(exportedAt: number, timeZone?: string): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(exportedAt);
  return `buyerguard-backup-${date}.json`;
}
