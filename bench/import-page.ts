/**
 * Bundled by bench/backup-import.ts and run inside an extension page of the
 * built extension (real IndexedDB): imports a synthetic backup through the
 * batched import or the per-record baseline, while probing how long the
 * page's event loop and a second connection's reads had to wait.
 */
import Dexie from 'dexie';
import { BACKUP_FORMAT, BACKUP_VERSION, importBackupText, readBackup, readBackupInWorker, serializeBackup, type BackupReader } from '../lib/backup';
import { BuyerguardDb } from '../lib/db/database';
import type { SellerMessage } from '../lib/schema/seller-message';
import { baselineDb, perRecordMerge } from './baseline/per-record-import';
import { ownDeadlines, withoutDeadlines } from '../lib/db/order-record';
import { syntheticOrders } from './synthetic-orders';

export interface ImportRun {
  ms: number;
  /** Longest wait of a 16 ms timer: the page's longest freeze. */
  longestGapMs: number;
  /** The same, per import phase. */
  gapByPhase: Record<string, number>;
  /** Longest time a read of one order (own connection, as another page) waited. */
  longestReadMs: number;
  orders: number;
  deadlines: number;
  ok: boolean;
  /** When each import phase first reported progress (ms since the start), and when the last report came: what the time goes to. */
  phases: Record<string, number>;
}

const NOW = Date.UTC(2026, 11, 1);

/** The backup: `count` orders (every tenth with a message); the first `local` of them already here, some newer, some older. */
function backupText(count: number): string {
  // As an export writes them: their stored urgency places ride along (the backup schema drops them), their deadlines do not.
  const orders = syntheticOrders(count, NOW, 5).orders.map(withoutDeadlines);
  const messages: SellerMessage[] = orders
    .filter((_, i) => i % 10 === 0)
    .map((o, i) => ({ id: `bm-${i}`, orderId: o.id, author: 'seller', text: `Your parcel ${o.orderNumber} has shipped.`, sentAt: NOW, fingerprint: `f-${i}`, origin: 'captured', addedAt: NOW }));
  return serializeBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, orders, messages, evidence: [] });
}

/** The local orders, stored as the path's schema stores them: schema 7 for the batched import, 6 (deadline records) for the baseline. */
async function seededDb(name: string, local: number, path: 'batched' | 'per-record'): Promise<BuyerguardDb> {
  await Dexie.delete(name);
  const { orders, deadlines } = syntheticOrders(local, NOW, 9);
  const db = openAs(name, path);
  if (path === 'batched') {
    await db.orders.bulkAdd(orders);
    return db;
  }
  await db.orders.bulkAdd(orders.map(withoutDeadlines));
  await db.table('deadlines').bulkAdd(deadlines);
  return db;
}

/** Deadlines stored, counted on the path's schema. */
async function deadlineCount(db: BuyerguardDb, path: 'batched' | 'per-record'): Promise<number> {
  if (path === 'per-record') return db.table('deadlines').count();
  return (await db.orders.toArray()).reduce((sum, order) => sum + ownDeadlines(order).length, 0);
}

/** Opens the database at the path's schema: a newer one from the probe would upgrade the baseline's under it. */
function openAs(name: string, path: 'batched' | 'per-record'): BuyerguardDb {
  return path === 'batched' ? new BuyerguardDb(name) : baselineDb(name);
}

function probes(name: string, path: 'batched' | 'per-record') {
  let running = true;
  let last = performance.now();
  let longestGapMs = 0;
  // The longest freeze in each phase of the import ('reading' until the first progress report).
  let phase = 'reading';
  const gapByPhase: Record<string, number> = {};
  const timer = setInterval(() => {
    const t = performance.now();
    longestGapMs = Math.max(longestGapMs, t - last);
    gapByPhase[phase] = Math.max(gapByPhase[phase] ?? 0, t - last);
    last = t;
  }, 16);
  let longestReadMs = 0;
  const reader = openAs(name, path);
  const reads = (async () => {
    while (running) {
      const t = performance.now();
      await reader.orders.get('bench-1');
      longestReadMs = Math.max(longestReadMs, performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const stop = async () => {
    running = false;
    clearInterval(timer);
    await reads;
    reader.close();
    return { longestGapMs, longestReadMs, gapByPhase };
  };
  return { stop, enter: (next: string) => void (phase = next) };
}

/** The reading worker as the built extension ships it (its file name has a content hash, found by the bench). */
function workerReader(workerPath: string): BackupReader {
  return (source, options) => readBackupInWorker(source, options, () => new Worker(workerPath, { type: 'module' }));
}

async function run(path: 'batched' | 'per-record', count: number, local: number, workerPath: string): Promise<ImportRun> {
  const name = `bench-import-${path}-${count}`;
  const text = backupText(count);
  // The options page gets the file as a File from the input; encoding the bench's text into one is not part of the import.
  const file = new Blob([text]);
  const db = await seededDb(name, local, path);
  const probe = probes(name, path);
  const t0 = performance.now();
  let ok: boolean;
  const phases: Record<string, number> = {};
  const onProgress = ({ phase }: { phase: string }) => {
    phases[phase] ??= performance.now() - t0;
    probe.enter(phase);
    phases.lastReport = performance.now() - t0;
  };
  if (path === 'batched') {
    // As the options page runs it: the file read in the worker, the import planned, then written in journaled batches.
    ok = (await importBackupText(db, file, 'merge', { onProgress }, workerReader(workerPath))).ok;
  } else {
    const read = readBackup(text);
    ok = read.ok && (await perRecordMerge(db, read.backup).then(() => true));
  }
  const ms = performance.now() - t0;
  for (const mark of performance.getEntriesByType('mark')) phases[mark.name] = mark.startTime - t0;
  const probed = await probe.stop();
  const result = { ms, ...probed, phases, orders: await db.orders.count(), deadlines: await deadlineCount(db, path), ok };
  db.close();
  await Dexie.delete(name);
  return result;
}

(globalThis as unknown as { importBench: typeof run }).importBench = run;
