import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addOrderByHand, sidebarOf } from './support/app';
import { launchWithExtension, newProfileDir } from './support/extension';

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const ORDER_LIST_FILE = resolve('tests/fixtures/aliexpress/e2e/order-list-before.html');
const PHOTO = [0x89, 0x50, 0x4e, 0x47, 0, 255, 7];

/**
 * Adds a seller message and a photo to an order straight in the extension's
 * IndexedDB (the app has no screen for them yet), as the app would store them.
 */
async function addMessageAndPhoto(app: Page, orderNumber: string): Promise<void> {
  await app.evaluate(
    async ({ orderNumber, photo }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('buyerguard');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const done = (request: IDBRequest) => new Promise((ok, fail) => ((request.onsuccess = () => ok(request.result)), (request.onerror = () => fail(request.error))));
      const orders = (await done(db.transaction('orders').objectStore('orders').getAll())) as { id: string; orderNumber: string }[];
      const orderId = orders.find((o) => o.orderNumber === orderNumber)!.id;
      const tx = db.transaction(['messages', 'evidence'], 'readwrite');
      const at = Date.UTC(2026, 2, 5);
      tx.objectStore('messages').put({ id: 'msg-1', orderId, author: 'seller', text: 'We will send a new lamp.', sentAt: at, fingerprint: 'fp-1', origin: 'typed', addedAt: at });
      tx.objectStore('evidence').put({
        id: 'photo-1',
        orderId,
        kind: 'photo',
        name: 'broken-lamp.png',
        mimeType: 'image/png',
        size: photo.length,
        note: 'Arrived broken',
        addedAt: at,
        blob: new Blob([new Uint8Array(photo)], { type: 'image/png' }),
      });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    },
    { orderNumber, photo: PHOTO },
  );
}

async function readMessageAndPhoto(app: Page) {
  return app.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const request = indexedDB.open('buyerguard');
      request.onsuccess = () => ok(request.result);
    });
    const get = <T,>(store: string) =>
      new Promise<T[]>((ok) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result as T[]);
      });
    const orders = await get<{ id: string; orderNumber: string }>('orders');
    const messages = await get<{ orderId: string; text: string }>('messages');
    const evidence = await get<{ orderId: string; name: string; blob: Blob }>('evidence');
    const numberOf = (id: string) => orders.find((o) => o.id === id)?.orderNumber;
    const result = {
      messages: messages.map((m) => ({ order: numberOf(m.orderId), text: m.text })),
      evidence: await Promise.all(evidence.map(async (e) => ({ order: numberOf(e.orderId), name: e.name, type: e.blob.type, bytes: [...new Uint8Array(await e.blob.arrayBuffer())] }))),
    };
    db.close();
    return result;
  });
}

test('a backup exported in one profile brings every record into a fresh profile', async ({ context, server, extensionId, openExtensionPage }, testInfo) => {
  // Two browsers start in this test: on a loaded two-core machine that alone takes 20 s.
  test.setTimeout(120_000);
  // Profile one: four tracked orders, one typed by hand, a message, a photo, a changed setting.
  server.serveFile(ORDER_LIST, ORDER_LIST_FILE);
  const page = await context.newPage();
  await page.goto(ORDER_LIST);
  await sidebarOf(page).tab.click();
  await sidebarOf(page).app().getByRole('button', { name: 'Track all 4 orders' }).click();
  await expect(sidebarOf(page).app().getByText('Saved: 4 new, 0 updated.')).toBeVisible();
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '3001234567890123', store: 'Hand Typed Store', item: 'Ceramic mug' });
  await expect(panel.getByRole('heading', { name: 'Order 3001234567890123' })).toBeVisible();
  await addMessageAndPhoto(panel, '8181000000000001');

  // The in-page sidebar shows no settings (the page around it could time the user's clicks): it opens the options page.
  const optionsOpening = context.waitForEvent('page');
  await sidebarOf(page).app().getByRole('button', { name: 'Settings' }).click();
  const options = await optionsOpening;
  expect(new URL(options.url()).pathname).toBe('/options.html');
  await options.getByRole('checkbox', { name: '14 days before' }).check();

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^buyerguard-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(options.getByText(`Backup saved as ${download.suggestedFilename()}.`)).toBeVisible();

  // Profile two: a browser that has never seen these orders.
  const freshDir = newProfileDir();
  const fresh = await launchWithExtension(freshDir, server.port);
  try {
    const settings = await fresh.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    const importForm = settings.locator('form.backup-import');

    // A file of another kind is refused, with nothing changed.
    await importForm.getByLabel('Backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": []}') });
    await importForm.getByRole('button', { name: 'Import backup' }).click();
    await expect(settings.getByText('This is not a Buyerguard backup file. Nothing was changed.')).toBeVisible();

    const choosing = settings.waitForEvent('filechooser');
    await importForm.getByLabel('Backup file').click();
    await (await choosing).setFiles(file);
    await importForm.getByRole('radio', { name: 'Replace everything here with the backup' }).check();
    await importForm.getByRole('button', { name: 'Import backup' }).click();
    await importForm.getByRole('button', { name: 'Replace everything' }).click();
    await expect(settings.getByText('Backup imported.')).toBeVisible();
    await expect(settings.getByText('Orders — added: 5, updated: 0, unchanged: 0')).toBeVisible();
    await expect(settings.getByText('Messages — added: 1, already here: 0')).toBeVisible();
    await expect(settings.getByText('Evidence files — added: 1, already here: 0')).toBeVisible();
    await expect(settings.getByRole('checkbox', { name: '14 days before' })).toBeChecked();

    const app = await fresh.newPage();
    await app.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await app.getByRole('radio', { name: 'All' }).click();
    await expect(app.getByText('5 orders')).toBeVisible();
    for (const number of ['8181000000000001', '8181000000000002', '8181000000000003', '8181000000000004', '3001234567890123']) {
      await expect(app.getByText(`Order ${number}`)).toBeVisible();
    }
    await expect(app.getByText('Hand Typed Store')).toBeVisible();
    // Deadlines are computed again on import: the most urgent order still shows its protection end.
    await app.getByRole('radio', { name: 'Open' }).click();
    await expect(app.locator('.order-card').first()).toContainText('Buyer protection ends');

    expect(await readMessageAndPhoto(app)).toEqual({
      messages: [{ order: '8181000000000001', text: 'We will send a new lamp.' }],
      evidence: [{ order: '8181000000000001', name: 'broken-lamp.png', type: 'image/png', bytes: PHOTO }],
    });
  } finally {
    await fresh.close();
    rmSync(freshDir, { recursive: true, force: true });
  }
});
