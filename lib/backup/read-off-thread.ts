import type { Order } from '../schema/order';
import type { BackupFile } from './format';
import { ImportCancelled, type ImportOptions } from './progress';
import { NEXT_SLICE, type ReadReply, type ReadRequest, type RowList } from './read-protocol';
import type { ReadResult } from './read';

/** Starts the reading worker; a parameter so the bench can point at the built extension's copy. */
export type SpawnReader = () => Worker;

/** The worker as the extension's build bundles it (Vite follows this `new URL` pattern). */
export const spawnBundledReader: SpawnReader = () => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });

/**
 * readBackupInSlices, run in a worker: the page's main thread never parses
 * the file or checks its records, it only receives them in slices. The same
 * answers; a cancel ends the worker at once (ImportCancelled is thrown).
 */
export function readBackupInWorker(source: Blob | string, options: ImportOptions = {}, spawn: SpawnReader = spawnBundledReader): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = spawn();
    let shell: Omit<BackupFile, RowList> | undefined;
    const lists: Record<RowList, unknown[]> = { orders: [], messages: [], evidence: [] };
    const finish = (settle: () => void) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
      settle();
    };
    const cancel = () => finish(() => reject(new ImportCancelled()));
    if (options.signal?.aborted) return cancel();
    options.signal?.addEventListener('abort', cancel);
    worker.onerror = () => finish(() => resolve({ ok: false, error: 'failed' }));
    worker.onmessage = ({ data }: MessageEvent<ReadReply>) => {
      if (data.type === 'progress') options.onProgress?.(data.progress);
      else if (data.type === 'refused') finish(() => resolve(data.result));
      else if (data.type === 'failed') finish(() => resolve({ ok: false, error: 'failed' }));
      else if (data.type === 'shell') shell = data.backup;
      else if (data.type === 'rows') {
        for (const row of data.rows) lists[data.list].push(row);
        if (data.list === 'orders') options.onOrders?.(data.rows as Order[]);
        // A turn for the page's own tasks (input, paint) before the next slice comes.
        setTimeout(() => worker.postMessage(NEXT_SLICE), 0);
      }
      else if (shell) finish(() => resolve({ ok: true, backup: { ...shell!, ...lists } as BackupFile }));
      else finish(() => resolve({ ok: false, error: 'failed' }));
    };
    const request: ReadRequest = { source, ...(options.batchSize ? { batchSize: options.batchSize } : {}) };
    worker.postMessage(request);
  });
}
