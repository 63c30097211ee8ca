// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, ImportCancelled, importBackupText, readBackupInSlices, readBackupInWorker, serializeBackup, type BackupReader } from '../../../lib/backup';
import { derivedFields } from '../../../lib/db/deadline-sync';
import { ownDeadlines } from '../../../lib/db/order-record';
import { backupOf, DAY, order as fixtureOrder, seeded, state, T0 as FIXTURE_T0 } from './import-fixtures';
import type { ReadReply } from '../../../lib/backup/read-protocol';
import { orderSchema } from '../../../lib/schema/order';

/*
 * The reading worker's module runs here against a stand-in for its global
 * scope; messages cross as structured clones, a task apart, as between threads.
 */
interface Scope {
  onmessage?: (event: { data: unknown }) => void;
  postMessage: (message: ReadReply) => void;
}
const scope: Scope = { postMessage: () => undefined };
const previousSelf = (globalThis as { self?: unknown }).self;

beforeAll(async () => {
  (globalThis as { self?: unknown }).self = scope;
  await import('../../../lib/backup/read.worker');
});
afterAll(() => {
  (globalThis as { self?: unknown }).self = previousSelf;
});

function fakeWorker() {
  const seen: ReadReply[] = [];
  /** Both directions in order: the worker's replies by type, the page's messages ('next' or 'request'). */
  const log: string[] = [];
  const worker = {
    terminated: false,
    onmessage: undefined as ((event: { data: ReadReply }) => void) | undefined,
    onerror: undefined as (() => void) | undefined,
    postMessage(message: unknown) {
      scope.postMessage = (reply) => {
        if (worker.terminated) return;
        seen.push(reply);
        log.push(reply.type);
        const data = structuredClone(reply);
        setTimeout(() => worker.onmessage?.({ data }), 0);
      };
      log.push((message as { type?: string }).type ?? 'request');
      const data = structuredClone(message);
      setTimeout(() => scope.onmessage?.({ data }), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return { worker, seen, log, spawn: () => worker as unknown as Worker };
}

const T0 = Date.UTC(2026, 2, 1);
function backupText(count: number): string {
  const orders = Array.from({ length: count }, (_, i) =>
    orderSchema.parse({ id: `o-${i}`, marketplace: 'aliexpress', orderNumber: String(8_100_000_000_000_000 + i), store: { name: 'S' }, status: 'shipped', source: 'captured', createdAt: T0, updatedAt: T0 }),
  );
  return serializeBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0, orders, messages: [], evidence: [] });
}

describe('reading a backup in the worker', () => {
  it('gives the same file as reading it on the page, the records in slices of a thousand', async () => {
    const text = backupText(2_500);
    const { seen, log, spawn, worker } = fakeWorker();
    const progress: number[] = [];
    const result = await readBackupInWorker(new Blob([text]), { onProgress: (p) => progress.push(p.done) }, spawn);
    expect(result).toEqual(await readBackupInSlices(text));
    expect(seen.filter((m) => m.type === 'rows').map((m) => (m.type === 'rows' ? m.rows.length : 0))).toEqual([1_000, 1_000, 500]);
    expect(progress.at(-1)).toBe(2_500);
    // Each slice waits until the page has taken the one before and asked for more; the end comes after the last slice.
    const flow = log.filter((entry) => entry === 'rows' || entry === 'next' || entry === 'end');
    expect(flow.slice(0, 5)).toEqual(['rows', 'next', 'rows', 'next', 'rows']);
    expect(flow.indexOf('end')).toBeGreaterThan(4);
    expect(worker.terminated).toBe(true);
  });

  it('sends slices while it checks the rest, and still refuses the file when a later record is bad: the page gets the refusal, not the records', async () => {
    const text = backupText(2_500).replace(`"orderNumber": "${8_100_000_000_000_000 + 2_400}"`, '"orderNumber": ""');
    expect(text).toContain('"orderNumber": ""');
    const { seen, spawn } = fakeWorker();
    expect(await readBackupInWorker(new Blob([text]), {}, spawn)).toEqual({ ok: false, error: 'corrupted' });
    // The first two thousand were checked, and sent, before the bad one was reached.
    expect(seen.filter((m) => m.type === 'rows').length).toBe(2);
  });

  it('passes on a refusal with its reason', async () => {
    const { spawn } = fakeWorker();
    expect(await readBackupInWorker('{"format":"buyerguard-backup","version":99}', {}, spawn)).toEqual({ ok: false, error: 'newer-version' });
    expect(await readBackupInWorker('{"notes":[]}', {}, fakeWorker().spawn)).toEqual({ ok: false, error: 'foreign' });
  });

  it('a cancel ends the worker at once', async () => {
    const { spawn, worker } = fakeWorker();
    const abort = new AbortController();
    const reading = readBackupInWorker(backupText(3_000), { signal: abort.signal, onProgress: () => abort.abort() }, spawn);
    await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.terminated).toBe(true);
  });
});

describe('an import reading through the worker', () => {
  it('stores exactly what an import reading on the page stores: each slice of orders prepared as it arrives, an order given another id here prepared again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FIXTURE_T0 + 3 * DAY);
    try {
      const text = serializeBackup(backupOf(2_500));
      // Here, the backup's o-7 under another id, older: the import updates it under that id, so its deadlines must carry it.
      const renamed = { ...fixtureOrder(7, FIXTURE_T0), id: 'here-7' };
      const [byWorker, onPage] = [await seeded(), await seeded()];
      for (const db of [byWorker, onPage]) await db.orders.add({ ...renamed, ...derivedFields(renamed, FIXTURE_T0) });
      let slices = 0;
      const reader: BackupReader = (source, options) =>
        readBackupInWorker(source, { ...options, onOrders: (orders) => ((slices += 1), options.onOrders?.(orders)) }, fakeWorker().spawn);
      const viaWorker = await importBackupText(byWorker, new Blob([text]), 'merge', {}, reader);
      const viaPage = await importBackupText(onPage, text, 'merge');
      expect(viaWorker).toEqual(viaPage);
      expect(viaWorker.ok && viaWorker.summary.orders).toEqual({ added: 2_199, updated: 301, unchanged: 0 });
      expect(slices).toBe(3);
      expect(await state(byWorker)).toEqual(await state(onPage));
      const updated = (await byWorker.orders.get('here-7'))!;
      expect(updated.updatedAt).toBe(FIXTURE_T0 + DAY);
      expect(ownDeadlines(updated).length).toBeGreaterThan(0);
      expect(ownDeadlines(updated).every((d) => d.orderId === 'here-7')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
