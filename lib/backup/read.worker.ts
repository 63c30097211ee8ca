/**
 * Reads a backup file off the page's main thread: `JSON.parse` of a
 * 100,000-order file alone is a task of seconds, and the schema check of
 * every record more. The page (read-off-thread.ts) gets progress and the
 * checked records in slices while the rest is checked, then the end of the
 * file, or the reason it was refused (and drops what it received).
 */
// First, as in every entry point: zod must not probe `Function` in the worker either.
import '../schema/csp-safe';
import type { NextSlice, ReadReply, ReadRequest } from './read-protocol';
import { ROWS_PER_MESSAGE } from './read-protocol';
import { readBackupInSlices, type OnChecked } from './read';
import type { ImportProgress } from './progress';

const scope = self as unknown as { postMessage: (m: ReadReply) => void; onmessage: ((event: MessageEvent<ReadRequest | NextSlice>) => void) | null };
const reply = (message: ReadReply) => scope.postMessage(message);

/** Resolves when the page asks for the next slice (read-protocol.ts, NextSlice). */
let pageReady: (() => void) | undefined;
const nextAsked = () => new Promise<void>((resolve) => (pageReady = resolve));

/**
 * Sends checked records to the page a slice per message, each once the page
 * has taken the one before; the caller goes on checking the next records
 * meanwhile, so the page receives while the worker checks.
 */
function slicesToPage(): OnChecked {
  let taken: Promise<void> = Promise.resolve();
  return async (list, rows) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      await taken;
      taken = nextAsked();
      reply({ type: 'rows', list, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    }
  };
}

async function read({ source, batchSize }: ReadRequest): Promise<void> {
  const text = typeof source === 'string' ? source : await source.text();
  // Slices the size of a message: the first goes to the page while the next is checked.
  const options = { batchSize: batchSize ?? ROWS_PER_MESSAGE, onProgress: (progress: ImportProgress) => reply({ type: 'progress', progress }) };
  const result = await readBackupInSlices(text, options, slicesToPage());
  if (!result.ok) return reply({ type: 'refused', result });
  const { orders: _orders, messages: _messages, evidence: _evidence, ...shell } = result.backup;
  reply({ type: 'shell', backup: shell });
  reply({ type: 'end' });
}

scope.onmessage = (event: MessageEvent<ReadRequest | NextSlice>) => {
  const message = event.data;
  if ('type' in message) return pageReady?.();
  read(message).catch(() => reply({ type: 'failed' }));
};
