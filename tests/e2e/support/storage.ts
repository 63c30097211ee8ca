import { randomBytes } from 'node:crypto';

/**
 * Everything stored, read straight from the extension's IndexedDB: records as
 * stored, evidence with its bytes.
 * Passed to `page.evaluate` (Playwright's or puppeteer's) in an extension page.
 */
export async function readStoredState() {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const request = indexedDB.open('buyerguard');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const all = (store: string) =>
    new Promise<unknown[]>((ok, fail) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => ok(request.result as unknown[]);
      request.onerror = () => fail(request.error);
    });
  const evidence = (await all('evidence')) as { blob: Blob }[];
  const orders = (await all('orders')) as { deadlines?: unknown[] }[];
  const state = {
    orders,
    // Each order record carries its deadlines (schema 7).
    deadlines: orders.flatMap((o) => o.deadlines ?? []),
    messages: await all('messages'),
    evidence: await Promise.all(evidence.map(async ({ blob, ...meta }) => ({ ...meta, bytes: [...new Uint8Array(await blob.arrayBuffer())] }))),
  };
  db.close();
  return state;
}

/** A backup of one order (`n` makes its id and number) holding a file of `bytes` random bytes. */
export function backupWithFile(bytes: number, n = 1): Buffer {
  const at = Date.now() - 86_400_000;
  const data = randomBytes(bytes);
  return Buffer.from(
    JSON.stringify({
      format: 'buyerguard-backup',
      version: 1,
      exportedAt: Date.now(),
      orders: [{ id: `file-order-${n}`, marketplace: 'aliexpress', orderNumber: String(8_179_999_999_999_000 + n), store: { name: 'File Store' }, items: [], status: 'shipped', deadlineOverrides: {}, editedFields: [], source: 'manual', notes: '', createdAt: at, updatedAt: at }],
      messages: [],
      evidence: [{ id: `file-${n}`, orderId: `file-order-${n}`, kind: 'document', name: 'scan.pdf', mimeType: 'application/pdf', size: data.length, note: '', addedAt: at, data: data.toString('base64') }],
    }),
  );
}

