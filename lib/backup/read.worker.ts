/**
 * Reads a backup file off the page's main thread: `JSON.parse` of a
 * 100,000-order file alone is a task of seconds, and the schema check of
 * every record more. The page (read-off-thread.ts) gets progress, then the
 * checked file in slices, or the reason it was refused.
 */
// First, as in every entry point: zod must not probe `Function` in the worker either.
import '../schema/csp-safe';
import type { NextSlice, ReadReply, ReadRequest } from './read-protocol';
import { ROW_LISTS, ROWS_PER_MESSAGE } from './read-protocol';
import { readBackupInSlices } from './read';

const scope = self as unknown as { postMessage: (m: ReadReply) => void; onmessage: ((event: MessageEvent<ReadRequest | NextSlice>) => void) | null };
const reply = (message: ReadReply) => scope.postMessage(message);

/** Resolves when the page asks for the next slice (read-protocol.ts, NextSlice). */
let pageReady: (() => void) | undefined;
const nextAsked = () => new Promise<void>((resolve) => (pageReady = resolve));

async function read({ source, batchSize }: ReadRequest): Promise<void> {
  const text = typeof source === 'string' ? source : await source.text();
  // No page to yield to here: large slices, few pauses.
  const result = await readBackupInSlices(text, { batchSize: batchSize ?? 5_000, onProgress: (progress) => reply({ type: 'progress', progress }) });
  if (!result.ok) return reply({ type: 'refused', result });
  const { orders, messages, evidence, ...shell } = result.backup;
  reply({ type: 'shell', backup: shell });
  const lists = { orders, messages, evidence };
  for (const list of ROW_LISTS) {
    const rows: unknown[] = lists[list];
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      reply({ type: 'rows', list, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
      await nextAsked();
    }
  }
  reply({ type: 'end' });
}

scope.onmessage = (event: MessageEvent<ReadRequest | NextSlice>) => {
  const message = event.data;
  if ('type' in message) return pageReady?.();
  read(message).catch(() => reply({ type: 'failed' }));
};
