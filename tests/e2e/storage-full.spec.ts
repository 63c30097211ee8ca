import { randomBytes } from 'node:crypto';
import { test, expect } from './fixtures';
import { addOrderByHand } from './support/app';
import { png } from './support/journeys';
import { backupWithFile, readStoredState } from './support/storage';

const MB = 1024 * 1024;

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
  const before = await panel.evaluate(readStoredState);
  expect(before.orders).toHaveLength(1);
  expect(before.evidence).toHaveLength(1);

  // A 6 MB backup: the import runs into the quota while writing.
  const form = options.locator('form.backup-import');
  await form.getByLabel('Backup file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: backupWithFile(6 * MB) });
  await form.getByRole('button', { name: 'Import backup' }).click();
  await expect(form.getByText(/^Not enough storage space for this backup: it needs about \d+(\.\d+)? MB and .+ is free\. Nothing was changed\./)).toBeVisible({ timeout: 30_000 });
  expect(await options.evaluate(readStoredState)).toEqual(before);

  // A 3 MB file on the order: refused with the storage message, nothing half-written.
  await panel.getByLabel('Files', { exact: true }).setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * MB)]) });
  await panel.getByRole('button', { name: 'Add to evidence' }).click();
  await expect(panel.getByText(/^Not enough storage space: these files need 3(\.\d+)? MB and .+ is free\. Nothing was saved\./)).toBeVisible();
  expect(await panel.evaluate(readStoredState)).toEqual(before);

  // What was there still shows.
  await panel.reload();
  await expect(panel.getByRole('heading', { name: 'Order 8171234567890777' })).toBeVisible();
  await panel.getByRole('link', { name: 'Evidence', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Evidence files' }).getByText('kept.png')).toBeVisible();
});
