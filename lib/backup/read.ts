import { z } from 'zod';
import { orderSchema } from '../schema/order';
import { sellerMessageSchema } from '../schema/seller-message';
import { base64ToBytes } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, backupEvidenceSchema, backupFileSchema, type BackupError, type BackupFile } from './format';
import { DEFAULT_BATCH, throwIfCancelled, yieldToPage, type ImportOptions } from './progress';
import type { RowList } from './read-protocol';

export type ReadResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasRepeats(keys: readonly string[]): boolean {
  return new Set(keys).size !== keys.length;
}

/**
 * Why the file contradicts itself, if it does: a record listed twice (an order by id or by
 * marketplace + number, a message or evidence by id) is "duplicated", a reference to nothing
 * or a file that is not the size it states is "corrupted". Refused, never guessed at: which
 * of two copies the user meant is not in the file.
 */
function inconsistency(backup: BackupFile): BackupError | undefined {
  if (hasRepeats(backup.orders.map((o) => o.id)) || hasRepeats(backup.orders.map((o) => `${o.marketplace}\u0000${o.orderNumber}`))) return 'duplicated';
  if (hasRepeats(backup.messages.map((m) => m.id)) || hasRepeats(backup.evidence.map((e) => e.id))) return 'duplicated';
  const orderIds = new Set(backup.orders.map((o) => o.id));
  if (!backup.messages.every((m) => orderIds.has(m.orderId))) return 'corrupted';
  return backup.evidence.every((e) => orderIds.has(e.orderId) && base64ToBytes(e.data).length === e.size) ? undefined : 'corrupted';
}

function consistentOrRefused(backup: BackupFile): ReadResult {
  try {
    const error = inconsistency(backup);
    return error ? { ok: false, error } : { ok: true, backup };
  } catch {
    // atob on data the schema let through but cannot decode.
    return { ok: false, error: 'corrupted' };
  }
}

/** JSON that names itself a Buyerguard backup of a version this app reads, or why not. */
function parseEnvelope(text: string): { ok: true; json: Record<string, unknown> } | { ok: false; error: BackupError } {
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
  return { ok: true, json };
}

/**
 * Reads a backup file's text, refusing what is not one of ours: text that
 * is not JSON or breaks the schema is "corrupted", JSON of another kind is
 * "foreign", a later format version is "newer-version". Never throws.
 * For small files; large ones go through readBackupInSlices.
 */
export function readBackup(text: string): ReadResult {
  const envelope = parseEnvelope(text);
  if (!envelope.ok) return envelope;
  const parsed = backupFileSchema.safeParse(envelope.json);
  return parsed.success ? consistentOrRefused(parsed.data) : { ok: false, error: 'corrupted' };
}

/** The file without its record lists, which are checked one slice at a time. */
const shellSchema = backupFileSchema.extend({ orders: z.array(z.unknown()), messages: z.array(z.unknown()), evidence: z.array(z.unknown()) });

/**
 * Called with each slice of records as soon as it is checked, before the
 * rest of the file is: the reading worker sends it to the page meanwhile.
 * The file may still be refused afterwards (a later record, the file's own
 * consistency), so what it receives counts only once the read succeeds.
 */
export type OnChecked = (list: RowList, rows: unknown[]) => Promise<void>;

/** Parses each record of `rows` with `schema`, a slice at a time, giving the page a turn between slices; undefined on the first bad one. */
async function parseRows<T>(rows: readonly unknown[], schema: z.ZodType<T>, step: (count: number, checked: T[]) => Promise<void>, options: ImportOptions): Promise<T[] | undefined> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  const out: T[] = [];
  for (let start = 0; start < rows.length; start += size) {
    throwIfCancelled(options.signal);
    const end = Math.min(rows.length, start + size);
    for (let i = start; i < end; i += 1) {
      const parsed = schema.safeParse(rows[i]);
      if (!parsed.success) return undefined;
      out.push(parsed.data);
    }
    await step(end - start, out.slice(start, end));
    await yieldToPage();
  }
  return out;
}

/**
 * readBackup for files of any size: the same answers, but the records are
 * checked in slices with the page's event loop running in between (progress
 * reported, cancel honoured), so 100,000 orders never freeze the page.
 * Throws ImportCancelled when cancelled.
 */
export async function readBackupInSlices(text: string, options: ImportOptions = {}, onChecked?: OnChecked): Promise<ReadResult> {
  const envelope = parseEnvelope(text);
  if (!envelope.ok) return envelope;
  const shell = shellSchema.safeParse(envelope.json);
  if (!shell.success) return { ok: false, error: 'corrupted' };
  const { orders, messages, evidence } = shell.data;
  const total = orders.length + messages.length + evidence.length;
  let done = 0;
  const stepOf = (list: RowList) => async (count: number, checked: unknown[]) => {
    done += count;
    options.onProgress?.({ phase: 'checking', done, total });
    await onChecked?.(list, checked);
  };
  const parsedOrders = await parseRows(orders, orderSchema, stepOf('orders'), options);
  const parsedMessages = parsedOrders && (await parseRows(messages, sellerMessageSchema, stepOf('messages'), options));
  const parsedEvidence = parsedMessages && (await parseRows(evidence, backupEvidenceSchema, stepOf('evidence'), options));
  if (!parsedOrders || !parsedMessages || !parsedEvidence) return { ok: false, error: 'corrupted' };
  return consistentOrRefused({ ...shell.data, orders: parsedOrders, messages: parsedMessages, evidence: parsedEvidence });
}
