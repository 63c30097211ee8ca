import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './fixtures';
import { addOrderByHand, sidebarOf } from './support/app';
import { png } from './support/journeys';

test('an evidence pack with two images holds both files and a timeline that shows them', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '8171234567890123', store: 'Broken Box Store', item: 'Desk lamp' });
  await expect(panel.getByRole('heading', { name: 'Order 8171234567890123' })).toBeVisible();
  await panel.getByRole('link', { name: 'Evidence', exact: true }).click();

  const crushed = png(4, 3, [200, 30, 30]);
  const label = png(3, 4, [30, 30, 200]);
  await panel.getByLabel('Files').setInputFiles([
    { name: 'crushed box.png', mimeType: 'image/png', buffer: crushed },
    { name: 'Screenshot label.png', mimeType: 'image/png', buffer: label },
  ]);
  await panel.getByLabel('Date taken').fill('2026-03-12');
  await panel.getByLabel('Note').fill('The box <b>arrived</b> crushed & wet');
  await panel.getByRole('button', { name: 'Add to evidence' }).click();
  await expect(panel.getByText('2 files added.')).toBeVisible();

  const list = panel.getByRole('list', { name: 'Evidence files' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText('crushed box.png')).toBeVisible();
  // Kinds guessed from the files; sizes shown.
  await expect(list.getByRole('listitem').filter({ hasText: 'Screenshot label.png' })).toContainText('Screenshot');
  await expect(list.getByRole('listitem').filter({ hasText: 'crushed box.png' })).toContainText(`Photo · ${crushed.length} byte`);
  await expect(list.getByRole('img', { name: 'Preview of crushed box.png' })).toBeVisible();

  const downloading = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download the evidence pack' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^evidence-order-8171234567890123-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));

  const names = Object.keys(zip).sort();
  expect(names).toHaveLength(3);
  expect(names).toContain('index.html');
  const crushedPath = names.find((name) => name.endsWith('crushed_box.png'))!;
  const labelPath = names.find((name) => name.endsWith('Screenshot_label.png'))!;
  expect(crushedPath).toMatch(/^files\/\d+-crushed_box\.png$/);
  expect(Buffer.from(zip[crushedPath]!)).toEqual(crushed);
  expect(Buffer.from(zip[labelPath]!)).toEqual(label);

  const html = strFromU8(zip['index.html']!);
  expect(html).toContain('Evidence for order 8171234567890123');
  expect(html).toContain('Broken Box Store');
  expect(html).toContain(`<img class="thumb" src="${crushedPath}"`);
  expect(html).toContain(`<img class="thumb" src="${labelPath}"`);
  expect(html).toContain('12 March 2026');
  // The note is text in the page, never markup.
  expect(html).toContain('The box &lt;b&gt;arrived&lt;/b&gt; crushed &amp; wet');
  expect(html).not.toContain('<b>arrived</b>');
  expect(html).not.toMatch(/<script/i);

  // Delete asks first, then removes one file only.
  const first = list.getByRole('listitem').filter({ hasText: 'crushed box.png' });
  await first.getByRole('button', { name: 'Delete “crushed box.png”' }).click();
  await first.getByRole('group').getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByText('“crushed box.png” deleted.')).toBeVisible();
});

test('in the page’s sidebar a photo crosses to the background and is stored; the pack is offered in a tab', async ({ context, server }) => {
  server.serve('https://www.aliexpress.com/', '<!doctype html><html><body><h1>AliExpress</h1></body></html>');
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/');
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();
  await addOrderByHand(app, { orderNumber: '8161234567890123' });
  await app.getByRole('link', { name: 'Evidence', exact: true }).click();

  const photo = png(5, 5, [20, 160, 20]);
  await app.getByLabel('Files').setInputFiles({ name: 'parcel.png', mimeType: 'image/png', buffer: photo });
  await app.getByRole('button', { name: 'Add to evidence' }).click();
  await expect(app.getByText('1 file added.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Preview of parcel.png' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Download the evidence pack' })).toHaveCount(0);

  const opened = context.waitForEvent('page');
  await app.getByRole('button', { name: 'Open in a tab' }).click();
  const tab = await opened;
  await expect(tab.getByRole('heading', { name: 'Order 8161234567890123' })).toBeVisible();
  await expect(tab.getByRole('list', { name: 'Evidence files' }).getByText('parcel.png')).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Download the evidence pack' })).toBeVisible();
});
