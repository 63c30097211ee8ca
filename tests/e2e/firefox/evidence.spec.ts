import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './fixtures';
import { png } from '../support/journeys';
import { addOrderByHand, captureDownload, click, expectRole, expectText, upload } from './ui';

test('evidence files are stored as Blobs in Firefox’s IndexedDB and the pack holds them byte for byte', async ({ openExtensionPage }, testInfo) => {
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '8171234567890123', store: 'Broken Box Store', item: 'Desk lamp' });
  await expectRole(panel, 'heading', 'Order 8171234567890123');
  await click(panel, 'link', 'Evidence');

  const crushed = png(4, 3, [200, 30, 30]);
  const label = png(3, 4, [30, 30, 200]);
  await upload(panel, 'Files', [{ name: 'crushed box.png', bytes: crushed }, { name: 'Screenshot label.png', bytes: label }], testInfo.outputDir);
  await click(panel, 'button', 'Add to evidence');
  await expectText(panel, '2 files added.');
  // The thumbnail decodes from the stored Blob (an object URL in the extension page).
  await panel.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('img[alt="Preview of crushed box.png"]');
    return image !== null && image.complete && image.naturalWidth === 4;
  });

  // What Firefox keeps: real Blob objects in the extension origin's IndexedDB, not strings.
  const stored = await panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('buyerguard');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<{ name: string; blob: unknown }[]>((ok) => {
      const request = db.transaction('evidence').objectStore('evidence').getAll();
      request.onsuccess = () => ok(request.result as { name: string; blob: unknown }[]);
    });
    db.close();
    return Promise.all(
      rows.map(async (row) => ({
        name: row.name,
        isBlob: row.blob instanceof Blob,
        type: row.blob instanceof Blob ? row.blob.type : typeof row.blob,
        bytes: row.blob instanceof Blob ? [...new Uint8Array(await row.blob.arrayBuffer())] : [],
      })),
    );
  });
  expect(stored.sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual([
    { name: 'Screenshot label.png', isBlob: true, type: 'image/png', bytes: [...label] },
    { name: 'crushed box.png', isBlob: true, type: 'image/png', bytes: [...crushed] },
  ]);

  const pack = await captureDownload(panel, () => click(panel, 'button', 'Download the evidence pack'));
  expect(pack.fileName).toMatch(/^evidence-order-8171234567890123-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(pack.bytes));
  const names = Object.keys(zip).sort();
  expect(names).toHaveLength(3);
  const crushedPath = names.find((name) => name.endsWith('crushed_box.png'))!;
  const labelPath = names.find((name) => name.endsWith('Screenshot_label.png'))!;
  expect(Buffer.from(zip[crushedPath]!)).toEqual(crushed);
  expect(Buffer.from(zip[labelPath]!)).toEqual(label);
  const html = strFromU8(zip['index.html']!);
  expect(html).toContain('Evidence for order 8171234567890123');
  expect(html).toContain(`<img class="thumb" src="${crushedPath}"`);
});
