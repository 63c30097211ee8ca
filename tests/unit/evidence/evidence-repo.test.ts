// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuyerguardDb } from '../../../lib/db/database';
import { createOrder, deleteOrder } from '../../../lib/db/orders';
import {
  addEvidence,
  deleteEvidence,
  evidenceKindOf,
  isQuotaError,
  listEvidence,
  STORAGE_RESERVE_BYTES,
  storageState,
  updateEvidence,
  type EstimateStorage,
} from '../../../lib/db/evidence';
import { evidenceCommandFile, MAX_PORT_FILE_BYTES, readEvidenceFile } from '../../../lib/evidence/port';
import { COMMANDS } from '../../../lib/data/commands';
import { MAX_EVIDENCE_BYTES } from '../../../lib/schema/evidence';

let db: BuyerguardDb;
let orderId: string;
const NOW = Date.UTC(2026, 2, 12, 12);
const DAY = 86_400_000;
const MB = 1024 * 1024;
const roomy: EstimateStorage = async () => ({ usage: 10 * MB, quota: 10_000 * MB });

beforeEach(async () => {
  db = new BuyerguardDb(`evidence-${Math.random()}`);
  const created = await createOrder(db, { marketplace: 'aliexpress', orderNumber: '8123456789012345' }, NOW);
  if (!created.ok) throw new Error('order not created');
  orderId = created.order.id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const bytes = (...values: number[]) => new Blob([new Uint8Array(values)], { type: 'image/jpeg' });
const details = (name: string, takenAt?: number) => ({ kind: 'photo' as const, name, mimeType: 'image/jpeg', note: '', ...(takenAt ? { takenAt } : {}) });

describe('adding evidence', () => {
  it('stores the files with their size, lists them without the files, oldest first', async () => {
    const result = await addEvidence(
      db,
      orderId,
      [
        { details: details('later.jpg', NOW - DAY), blob: bytes(1, 2, 3) },
        { details: details('earlier.jpg', NOW - 3 * DAY), blob: bytes(9, 9, 9, 9, 9) },
      ],
      { now: NOW, estimate: roomy },
    );
    expect(result).toMatchObject({ ok: true, storage: 'ok' });
    const listed = await listEvidence(db, orderId);
    expect(listed.map((item) => [item.name, item.size])).toEqual([
      ['earlier.jpg', 5],
      ['later.jpg', 3],
    ]);
    expect(listed.every((item) => !('blob' in item))).toBe(true);
    const stored = await db.evidence.get(listed[0]!.id);
    expect([...new Uint8Array(await stored!.blob.arrayBuffer())]).toEqual([9, 9, 9, 9, 9]);
  });

  it('refuses before writing when the files would not fit, and says so', async () => {
    const quota = 1000 * MB;
    // Exactly the reserve left after the file still fits; one byte more does not.
    const nearlyFull: EstimateStorage = async () => ({ usage: quota - STORAGE_RESERVE_BYTES - 4, quota });
    expect(await addEvidence(db, orderId, [{ details: details('a.jpg'), blob: bytes(1, 2, 3, 4, 5) }], { now: NOW, estimate: nearlyFull })).toEqual({
      ok: false,
      reason: 'quota',
      // The message names both: 5 bytes needed, 4 free above the reserve.
      room: { needed: 5, free: 4 },
    });
    expect(await db.evidence.count()).toBe(0);
    const fits = await addEvidence(db, orderId, [{ details: details('a.jpg'), blob: bytes(1, 2, 3, 4) }], { now: NOW, estimate: nearlyFull });
    expect(fits).toMatchObject({ ok: true, storage: 'near' });
  });

  it('rolls every file back when the browser runs out of space midway', async () => {
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const realAdd = db.evidence.add.bind(db.evidence);
    vi.spyOn(db.evidence, 'bulkAdd').mockImplementation((async (records: Parameters<typeof db.evidence.add>[0][]) => {
      await realAdd(records[0]!);
      throw full;
    }) as never);
    const result = await addEvidence(
      db,
      orderId,
      [
        { details: details('one.jpg'), blob: bytes(1) },
        { details: details('two.jpg'), blob: bytes(2) },
      ],
      { now: NOW, estimate: roomy },
    );
    expect(result).toMatchObject({ ok: false, reason: 'quota', room: { needed: 2 } });
    vi.restoreAllMocks();
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses empty and oversized files and unknown orders, storing nothing', async () => {
    expect(await addEvidence(db, orderId, [{ details: details('empty.jpg'), blob: new Blob([]) }], { now: NOW, estimate: roomy })).toEqual({ ok: false, reason: 'empty', name: 'empty.jpg' });
    // A stand-in with the size of a too-large file: allocating 200 MB in a test would prove nothing more.
    const huge = { size: MAX_EVIDENCE_BYTES + 1 } as Blob;
    expect(await addEvidence(db, orderId, [{ details: details('huge.mp4'), blob: huge }], { now: NOW, estimate: roomy })).toEqual({ ok: false, reason: 'too-large', name: 'huge.mp4' });
    expect(await addEvidence(db, 'missing', [{ details: details('a.jpg'), blob: bytes(1) }], { now: NOW, estimate: roomy })).toEqual({ ok: false, reason: 'no-order' });
    expect(await addEvidence(db, orderId, [{ details: { ...details('a.jpg'), kind: 'audio' as never }, blob: bytes(1) }], { now: NOW, estimate: roomy })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db.evidence.count()).toBe(0);
  });

  it('works when the browser cannot estimate storage', async () => {
    const result = await addEvidence(db, orderId, [{ details: details('a.jpg'), blob: bytes(1) }], { now: NOW, estimate: async () => undefined });
    expect(result).toMatchObject({ ok: true, storage: 'ok' });
  });
});

describe('editing and deleting evidence', () => {
  it('changes the note and date, clears the date, and deletes', async () => {
    const added = await addEvidence(db, orderId, [{ details: details('a.jpg', NOW - DAY), blob: bytes(1) }], { now: NOW, estimate: roomy });
    if (!added.ok) throw new Error('not added');
    const id = added.added[0]!.id;
    expect(await updateEvidence(db, id, { note: 'Crushed corner', kind: 'screenshot' })).toBe(true);
    expect(await db.evidence.get(id)).toMatchObject({ note: 'Crushed corner', kind: 'screenshot', takenAt: NOW - DAY });
    await updateEvidence(db, id, { takenAt: null });
    expect((await db.evidence.get(id))!.takenAt).toBeUndefined();
    expect(await updateEvidence(db, 'missing', { note: 'x' })).toBe(false);
    await deleteEvidence(db, id);
    expect(await db.evidence.count()).toBe(0);
  });

  it('goes with its order', async () => {
    await addEvidence(db, orderId, [{ details: details('a.jpg'), blob: bytes(1) }], { now: NOW, estimate: roomy });
    await deleteOrder(db, orderId);
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('storage figures and errors', () => {
  it('is full within the reserve and near from 80 % of the quota', () => {
    const quota = 1000 * MB;
    expect(storageState(undefined, 5 * MB)).toBe('ok');
    expect(storageState({ usage: 100 * MB, quota }, MB)).toBe('ok');
    expect(storageState({ usage: 800 * MB, quota })).toBe('near');
    expect(storageState({ usage: 799 * MB, quota })).toBe('ok');
    expect(storageState({ usage: 970 * MB, quota }, 11 * MB)).toBe('full');
    expect(storageState({ usage: 970 * MB, quota }, 10 * MB)).toBe('near');
  });

  it('recognises a quota error, also wrapped in an abort', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'ConstraintError' })).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    // Firefox fails the put itself; Dexie's bulkPut then throws a BulkError listing it.
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] } })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'ConstraintError' }] })).toBe(false);
  });

  it('guesses the kind from type and name', () => {
    expect(evidenceKindOf('IMG_2231.jpg', 'image/jpeg')).toBe('photo');
    expect(evidenceKindOf('Screenshot 2026-03-12.png', 'image/png')).toBe('screenshot');
    expect(evidenceKindOf('Знімок екрана.png', 'image/png')).toBe('screenshot');
    expect(evidenceKindOf('unboxing.mp4', 'video/mp4')).toBe('video');
    expect(evidenceKindOf('receipt.pdf', 'application/pdf')).toBe('document');
  });
});

describe('files across the in-page sidebar’s port', () => {
  it('arrive as base64 and are stored byte for byte', async () => {
    const file = evidenceCommandFile({ details: details('p.jpg'), content: { base64: Buffer.from([0, 1, 254, 255]).toString('base64') } });
    expect(file.blob.type).toBe('image/jpeg');
    await addEvidence(db, orderId, [file], { now: NOW, estimate: roomy });
    const [item] = await listEvidence(db, orderId);
    const back = await readEvidenceFile(db, item!.id, 'base64');
    expect(back).toMatchObject({ ok: true, name: 'p.jpg', size: 4, base64: Buffer.from([0, 1, 254, 255]).toString('base64') });
    expect(await readEvidenceFile(db, 'missing', 'blob')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('are not sent back as base64 when too large for a port message', async () => {
    await addEvidence(db, orderId, [{ details: details('big.mp4'), blob: bytes(1) }], { now: NOW, estimate: roomy });
    const [item] = await listEvidence(db, orderId);
    await db.evidence.update(item!.id, { size: MAX_PORT_FILE_BYTES + 1 });
    expect(await readEvidenceFile(db, item!.id, 'base64')).toEqual({ ok: false, reason: 'too-large' });
    expect(await readEvidenceFile(db, item!.id, 'blob')).toMatchObject({ ok: true });
  });

  it('the command takes a Blob or base64, and refuses what a port makes of a Blob', () => {
    const args = (content: unknown) => ({ orderId: 'o', files: [{ details: details('a.jpg'), content }] });
    expect(COMMANDS.addEvidence.args.safeParse(args({ blob: bytes(1) })).success).toBe(true);
    expect(COMMANDS.addEvidence.args.safeParse(args({ base64: 'AAE=' })).success).toBe(true);
    // JSON turns a Blob into {}: that must not be stored as an empty file.
    expect(COMMANDS.addEvidence.args.safeParse(JSON.parse(JSON.stringify(args({ blob: bytes(1) })))).success).toBe(false);
  });
});
