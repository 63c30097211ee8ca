import { base64ToBytes } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupError, type BackupFile } from './format';

export type ReadResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every reference inside the file points at something in it, and nothing is there twice. */
function isConsistent(backup: BackupFile): boolean {
  const orderIds = new Set(backup.orders.map((o) => o.id));
  const numbers = new Set(backup.orders.map((o) => `${o.marketplace}\u0000${o.orderNumber}`));
  if (orderIds.size !== backup.orders.length || numbers.size !== backup.orders.length) return false;
  if (new Set(backup.messages.map((m) => m.id)).size !== backup.messages.length) return false;
  if (new Set(backup.evidence.map((e) => e.id)).size !== backup.evidence.length) return false;
  if (!backup.messages.every((m) => orderIds.has(m.orderId))) return false;
  return backup.evidence.every((e) => orderIds.has(e.orderId) && base64ToBytes(e.data).length === e.size);
}

/**
 * Reads a backup file's text, refusing what is not one of ours: text that
 * is not JSON or breaks the schema is "corrupted", JSON of another kind is
 * "foreign", a later format version is "newer-version". Never throws.
 */
export function readBackup(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'corrupted' };
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return { ok: false, error: 'foreign' };
  if (typeof json.version === 'number' && Number.isInteger(json.version) && json.version > BACKUP_VERSION) {
    return { ok: false, error: 'newer-version' };
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'corrupted' };
  try {
    if (!isConsistent(parsed.data)) return { ok: false, error: 'corrupted' };
  } catch {
    // atob on data the schema let through but cannot decode.
    return { ok: false, error: 'corrupted' };
  }
  return { ok: true, backup: parsed.data };
}
