import { test, expect } from './fixtures';
import { png } from '../support/journeys';
import { launchFirefoxWithExtension, openFirefoxExtensionPage } from '../support/firefox';
import { addOrderByHand, captureDownload, click, expectRole, expectText, upload } from './ui';

test('a backup exported in one Firefox profile, evidence Blob included, brings every record into a fresh one', async ({ openExtensionPage }, testInfo) => {
  // Two Firefox profiles in one test.
  test.slow();
  const photo = png(6, 2, [10, 120, 200]);
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '3001234567890123', store: 'Hand Typed Store', item: 'Ceramic mug' });
  await expectRole(panel, 'heading', 'Order 3001234567890123');
  await click(panel, 'link', 'Evidence');
  await upload(panel, 'Files', [{ name: 'mug.png', bytes: photo }], testInfo.outputDir);
  await click(panel, 'button', 'Add to evidence');
  await expectText(panel, '1 file added.');

  const options = await openExtensionPage('options.html');
  const backup = await captureDownload(options, () => click(options, 'button', 'Export backup'));
  expect(backup.fileName).toMatch(/^buyerguard-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expectText(options, `Backup saved as ${backup.fileName}.`);

  // A second Firefox profile that has never seen this order.
  const fresh = await launchFirefoxWithExtension();
  try {
    const settings = await openFirefoxExtensionPage(fresh.browser, 'options.html');
    await upload(settings, 'Backup file', [{ name: backup.fileName, bytes: backup.bytes }], testInfo.outputDir);
    await click(settings, 'button', 'Import backup');
    await expectText(settings, 'Backup imported.');
    await expectText(settings, 'Orders — added: 1, updated: 0, unchanged: 0');
    await expectText(settings, 'Evidence files — added: 1, already here: 0');

    const app = await openFirefoxExtensionPage(fresh.browser, 'sidepanel.html');
    await expectText(app, 'Order 3001234567890123');
    await expectText(app, 'Hand Typed Store');
    const restored = await app.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const request = indexedDB.open('buyerguard');
        request.onsuccess = () => ok(request.result);
      });
      const [row] = await new Promise<{ name: string; blob: Blob }[]>((ok) => {
        const request = db.transaction('evidence').objectStore('evidence').getAll();
        request.onsuccess = () => ok(request.result as { name: string; blob: Blob }[]);
      });
      db.close();
      return row && { name: row.name, isBlob: row.blob instanceof Blob, bytes: [...new Uint8Array(await row.blob.arrayBuffer())] };
    });
    expect(restored).toEqual({ name: 'mug.png', isBlob: true, bytes: [...photo] });
  } finally {
    await fresh.browser.close();
  }
});
