import { z } from 'zod';
import Dexie from 'dexie';
import { evidenceMetaSchema, MAX_EVIDENCE_BYTES, type Evidence } from '../schema/evidence';
import { instantSchema } from '../schema/primitives';
import type { BuyerguardDb } from './database';
import { newId } from './ids';

export type EvidenceMeta = Omit<Evidence, 'blob'>;
export type EvidenceKind = Evidence['kind'];

/** What the user says about a file; the rest (size, type) comes from the file itself. */
export const evidenceDetailsSchema = z.object({
  kind: evidenceMetaSchema.shape.kind,
  name: z.string().trim().min(1).max(255),
  mimeType: z.string().max(127),
  note: z.string().max(2000).default(''),
  takenAt: instantSchema.optional(),
});
export type EvidenceDetails = z.input<typeof evidenceDetailsSchema>;

export interface StorageUse {
  usage: number;
  quota: number;
}
/** The browser's storage figures for the context that writes; undefined where it cannot say. */
export type EstimateStorage = () => Promise<StorageUse | undefined>;

export const estimateBrowserStorage: EstimateStorage = async () => {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return undefined;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined || quota <= 0 ? undefined : { usage, quota };
};

/**
 * Room kept free. IndexedDB refuses writes some way before the quota, and a
 * full origin also breaks order and message saves, so files stop here.
 */
export const STORAGE_RESERVE_BYTES = 20 * 1024 * 1024;
/** Above this share of the quota the user is told storage is nearly full. */
export const STORAGE_NEAR_SHARE = 0.8;

export type StorageState = 'ok' | 'near' | 'full';

/** Whether `adding` more bytes fit, and whether storage is nearly full after them. */
export function storageState(use: StorageUse | undefined, adding = 0): StorageState {
  if (!use) return 'ok';
  const after = use.usage + adding;
  if (after > use.quota - STORAGE_RESERVE_BYTES) return 'full';
  return after / use.quota >= STORAGE_NEAR_SHARE ? 'near' : 'ok';
}

export type AddEvidenceResult =
  | { ok: true; added: EvidenceMeta[]; storage: StorageState }
  | { ok: false; reason: 'no-order' | 'too-large' | 'empty' | 'invalid' | 'quota'; name?: string; room?: StorageRoom };

/** For a "storage full" message: how many bytes the files need, and how many are free for them when the browser says. */
export interface StorageRoom {
  needed: number;
  free?: number;
}

function roomFor(needed: number, use: StorageUse | undefined): StorageRoom {
  return use ? { needed, free: Math.max(0, use.quota - STORAGE_RESERVE_BYTES - use.usage) } : { needed };
}

export interface AddEvidenceOptions {
  now?: number;
  estimate?: EstimateStorage;
}

/**
 * IndexedDB reports a full disk or origin as QuotaExceededError, sometimes
 * wrapped in an abort (Chromium, at commit), or as one of a bulk request's
 * failures (Firefox fails the put itself: Dexie's BulkError lists it).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || depth > 4) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === Dexie.errnames.QuotaExceeded || name === 'QuotaExceededError') return true;
  if (Array.isArray(failures) && failures.some((failure) => isQuotaError(failure, depth + 1))) return true;
  return isQuotaError(inner, depth + 1);
}

/**
 * Stores files as evidence of one order, all or nothing: checked against the
 * size limit and the storage quota first, then written in one transaction;
 * a quota error midway rolls every file back.
 */
export async function addEvidence(
  db: BuyerguardDb,
  orderId: string,
  files: readonly { details: EvidenceDetails; blob: Blob }[],
  { now = Date.now(), estimate = estimateBrowserStorage }: AddEvidenceOptions = {},
): Promise<AddEvidenceResult> {
  const records: Evidence[] = [];
  for (const { details, blob } of files) {
    const parsed = evidenceDetailsSchema.safeParse(details);
    if (!parsed.success) return { ok: false, reason: 'invalid', name: details.name };
    if (blob.size === 0) return { ok: false, reason: 'empty', name: parsed.data.name };
    if (blob.size > MAX_EVIDENCE_BYTES) return { ok: false, reason: 'too-large', name: parsed.data.name };
    records.push({ ...parsed.data, id: newId(), orderId, size: blob.size, addedAt: now, blob });
  }
  if (records.length === 0) return { ok: false, reason: 'empty' };
  const total = records.reduce((sum, record) => sum + record.size, 0);
  const use = await estimate().catch(() => undefined);
  if (storageState(use, total) === 'full') return { ok: false, reason: 'quota', room: roomFor(total, use) };
  try {
    const stored = await db.transaction('rw', [db.orders, db.evidence], async () => {
      if (!(await db.orders.get(orderId))) return false;
      await db.evidence.bulkAdd(records);
      return true;
    });
    if (!stored) return { ok: false, reason: 'no-order' };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota', room: roomFor(total, use) };
    throw error;
  }
  return { ok: true, added: records.map(withoutBlob), storage: storageState(use, total) };
}

export function withoutBlob({ blob: _blob, ...meta }: Evidence): EvidenceMeta {
  return meta;
}

export const evidencePatchSchema = z.object({
  kind: evidenceMetaSchema.shape.kind.optional(),
  note: z.string().max(2000).optional(),
  /** null clears the date. */
  takenAt: instantSchema.nullable().optional(),
});
export type EvidencePatch = z.infer<typeof evidencePatchSchema>;

/** Changes a file's note, date or kind; the file itself never changes. */
export async function updateEvidence(db: BuyerguardDb, id: string, patch: EvidencePatch): Promise<boolean> {
  const { takenAt, ...rest } = evidencePatchSchema.parse(patch);
  return db.transaction('rw', db.evidence, async () => {
    const existing = await db.evidence.get(id);
    if (!existing) return false;
    const next: Evidence = { ...existing, ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) };
    if (takenAt === null) delete next.takenAt;
    else if (takenAt !== undefined) next.takenAt = takenAt;
    await db.evidence.put(next);
    return true;
  });
}

export async function deleteEvidence(db: BuyerguardDb, id: string): Promise<void> {
  await db.evidence.delete(id);
}

/** When a piece of evidence happened: its own date, else when it was added. */
export const evidenceTime = (item: Pick<EvidenceMeta, 'takenAt' | 'addedAt'>): number => item.takenAt ?? item.addedAt;

/** An order's evidence without the files (JSON-safe), oldest first. */
export async function listEvidence(db: BuyerguardDb, orderId: string): Promise<EvidenceMeta[]> {
  const items: EvidenceMeta[] = [];
  // Dexie reads whole rows; dropping the blob here keeps query results small and JSON-safe.
  await db.evidence.where('orderId').equals(orderId).each((item) => void items.push(withoutBlob(item)));
  return items.sort((a, b) => evidenceTime(a) - evidenceTime(b) || a.addedAt - b.addedAt);
}

export async function orderEvidenceFiles(db: BuyerguardDb, orderId: string): Promise<Evidence[]> {
  const items = await db.evidence.where('orderId').equals(orderId).toArray();
  return items.sort((a, b) => evidenceTime(a) - evidenceTime(b) || a.addedAt - b.addedAt);
}

/** Guesses the kind from the file: screenshots by their usual names, else by type. */
export function evidenceKindOf(name: string, mimeType: string): EvidenceKind {
  if (mimeType.startsWith('video/')) return 'video';
  if (mimeType.startsWith('image/')) return /screen ?shot|screenshot|снимок|знімок|zrzut|скриншот|στιγμιότυπο|captur/i.test(name) ? 'screenshot' : 'photo';
  return 'document';
}
