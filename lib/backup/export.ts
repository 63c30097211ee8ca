import type { BuyerguardDb } from '../db/database';
import { withoutDeadlines } from '../db/order-record';
import { readSettings } from '../db/settings';
import { bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupEvidence, type BackupFile } from './format';
import { escapeBidiInJson } from '../schema/bidi';

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Everything the buyer keeps, as one backup document. The tables are read
 * in one transaction, so the file is a consistent snapshot; blobs are
 * encoded after it, since awaiting anything but IndexedDB inside a
 * transaction would commit it early.
 */
export async function exportBackup(db: BuyerguardDb, now = Date.now()): Promise<BackupFile> {
  const { orders, messages, evidence, settings } = await db.transaction('r', [db.orders, db.messages, db.evidence, db.settings], async () => ({
    orders: (await db.orders.toArray()).map(withoutDeadlines),
    messages: await db.messages.toArray(),
    evidence: await db.evidence.toArray(),
    settings: await readSettings(db),
  }));
  const encoded: BackupEvidence[] = [];
  for (const { blob, ...meta } of evidence) encoded.push({ ...meta, data: bytesToBase64(await blobBytes(blob)) });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, orders, messages, evidence: encoded, settings };
}

/** The file's text: the document, indented a little so a person can read it. */
export function serializeBackup(backup: BackupFile): string {
  return `${escapeBidiInJson(JSON.stringify(backup, null, 1))}\n`;
}
