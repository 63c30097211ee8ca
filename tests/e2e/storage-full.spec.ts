import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addOrderByHand } from './support/app';
import { png } from './support/journeys';

const MB = 1024 * 1024;

/** Everything stored, read straight from the extension's IndexedDB: records as stored, evidence with its bytes. */
async function storedState(app: Page) {
  return app.evaluate(async () => {
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
    const state = {
      orders: await all('orders'),
      deadlines: await all('deadlines'),
      messages: await all('messages'),
      evidence: await Promise.all(evidence.map(async ({ blob, ...meta }) => ({ ...meta, bytes: [...new Uint8Array(await blob.arrayBuffer())] }))),
      staged: (await Promise.all(['stagedOrders', 'stagedDeadlines', 'stagedMessages', 'stagedEvidence'].map(all))).flat().length,
    };
    db.close();
    return state;
  });
}

/** A backup of one order holding a file of `bytes` random bytes: more than the lowered quota leaves room for. */
function backupWithFile(bytes: number): Buffer {
  const at = Date.now() - 86_400_000;
  const data = randomBytes(bytes);
  return Buffer.from(
    JSON.stringify({
      format: 'buyerguard-backup',
      version: 1,
      exportedAt: Date.now(),
      orders: [{ id: 'big-1', marketplace: 'aliexpress', orderNumber: '8179999999999991', store: { name: 'Big File Store' }, items: [], status: 'shipped', deadlineOverrides: {}, editedFields: [], source: 'manual', notes: '', createdAt: at, updatedAt: at }],
      messages: [],
      evidence: [{ id: 'big-file', orderId: 'big-1', kind: 'document', name: 'scan.pdf', mimeType: 'application/pdf', size: data.length, note: '', addedAt: at, data: data.toString('base64') }],
    }),
  );
}

test('with the disk full, an import and a new file are refused with a translated message and nothing stored is lost', async ({ context, extensionId, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  // The origin gets 3 MB more than it uses (https://chromedevtools.github.io/devtools-protocol/tot/Storage/#method-overrideQuotaForOrigin).
  // The quota manager enforces it on IndexedDB writes; the page's navigator.storage.estimate() keeps
  // reporting Chromium's padded figure (usage + 10 GiB), so the app learns of the full disk from the write itself.
  // Set before anything is written: IndexedDB caches the room it was last told of for 30 s.
  const cdp = await context.newCDPSession(options);
  const origin = `chrome-extension://${extensionId}`;
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 3 * MB });
  expect(await cdp.send('Storage.getUsageAndQuota', { origin })).toMatchObject({ quota: usage + 3 * MB, overrideActive: true });

  // What the buyer already keeps: an order with a photo.
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '8171234567890777', store: 'Kept Store', item: 'Desk lamp' });
  await panel.getByRole('link', { name: 'Evidence', exact: true }).click();
  await panel.getByLabel('Files').setInputFiles({ name: 'kept.png', mimeType: 'image/png', buffer: png(6, 4, [10, 120, 200]) });
  await panel.getByRole('button', { name: 'Add to evidence' }).click();
  await expect(panel.getByText('1 file added.')).toBeVisible();
  const before = await storedState(panel);
  expect(before.orders).toHaveLength(1);
  expect(before.evidence).toHaveLength(1);

  // A 6 MB backup: the import runs into the quota while staging.
  const form = options.locator('form.backup-import');
  await form.getByLabel('Backup file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: backupWithFile(6 * MB) });
  await form.getByRole('button', { name: 'Import backup' }).click();
  await expect(form.getByText(/^Not enough storage space for this backup: it needs about \d+(\.\d+)? MB and .+ is free\. Nothing was changed\./)).toBeVisible({ timeout: 30_000 });
  expect(await storedState(options)).toEqual(before);

  // A 3 MB file on the order: refused with the storage message, nothing half-written.
  await panel.getByLabel('Files', { exact: true }).setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * MB)]) });
  await panel.getByRole('button', { name: 'Add to evidence' }).click();
  await expect(panel.getByText(/^Not enough storage space: these files need 3(\.\d+)? MB and .+ is free\. Nothing was saved\./)).toBeVisible();
  expect(await storedState(panel)).toEqual(before);

  // What was there still shows.
  await panel.reload();
  await expect(panel.getByRole('heading', { name: 'Order 8171234567890777' })).toBeVisible();
  await panel.getByRole('link', { name: 'Evidence', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Evidence files' }).getByText('kept.png')).toBeVisible();
});
