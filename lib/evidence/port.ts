import { base64ToBytes, bytesToBase64 } from '../backup/base64';
import type { BuyerguardDb } from '../db/database';
import type { EvidenceDetails } from '../db/evidence';

/**
 * Files and the in-page sidebar. The sidebar's data port carries JSON, so a
 * file crosses it as base64 (a third larger). Chrome refuses port messages
 * over 64 MiB; 40 MB of file stays well under that once encoded.
 */
export const MAX_PORT_FILE_BYTES = 40 * 1024 * 1024;
export const MAX_PORT_FILE_BASE64 = Math.ceil(MAX_PORT_FILE_BYTES / 3) * 4;

export type EvidenceContent = { blob: Blob } | { base64: string };

/** A command's file as the repository wants it: a Blob either way. */
export function evidenceCommandFile(file: { details: EvidenceDetails; content: EvidenceContent }): { details: EvidenceDetails; blob: Blob } {
  const blob = 'blob' in file.content ? file.content.blob : new Blob([base64ToBytes(file.content.base64) as Uint8Array<ArrayBuffer>], { type: file.details.mimeType });
  return { details: file.details, blob };
}

export type EvidenceFileResult =
  | { ok: true; name: string; mimeType: string; size: number; blob?: Blob; base64?: string }
  | { ok: false; reason: 'not-found' | 'too-large' };

/** One stored file, as a Blob (top-level pages) or as base64 when it is small enough to cross the port. */
export async function readEvidenceFile(db: BuyerguardDb, evidenceId: string, as: 'blob' | 'base64'): Promise<EvidenceFileResult> {
  const item = await db.evidence.get(evidenceId);
  if (!item) return { ok: false, reason: 'not-found' };
  const head = { ok: true as const, name: item.name, mimeType: item.mimeType, size: item.size };
  if (as === 'blob') return { ...head, blob: item.blob };
  if (item.size > MAX_PORT_FILE_BYTES) return { ok: false, reason: 'too-large' };
  return { ...head, base64: bytesToBase64(new Uint8Array(await item.blob.arrayBuffer())) };
}

/** Reads a picked file for the port. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
