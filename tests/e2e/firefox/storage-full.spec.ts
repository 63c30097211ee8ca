import { test, expect } from './fixtures';
import { launchFirefoxWithExtension, openFirefoxExtensionPage } from '../support/firefox';
import { png } from '../support/journeys';
import { backupWithFile, readStoredState } from '../support/storage';
import { click, expectText, upload } from './ui';

const MB = 1024 * 1024;

/*
 * Firefox has no DevTools quota override; its quota manager takes a fixed limit
 * for all temporary storage from a pref (in KiB), and the extension's origin
 * gets at most that. 8 MiB leaves room for a small backup, not a 12 MiB file.
 */
const QUOTA_PREFS = { 'dom.quotaManager.temporaryStorage.fixedLimit': 8 * 1024 };

test('with the disk full, an import and a new file are refused with a translated message and nothing stored is lost', async ({}, testInfo) => {
  const { browser } = await launchFirefoxWithExtension('en-US', QUOTA_PREFS);
  try {
    const options = await openFirefoxExtensionPage(browser, 'options.html');
    const importFile = async (name: string, bytes: Buffer) => {
      await upload(options, 'Backup file', [{ name, bytes }], testInfo.outputDir);
      await click(options, 'button', 'Import backup');
    };
    // What the buyer already keeps: an order with a file, from a small backup.
    await importFile('small.json', backupWithFile(200 * 1024, 1));
    await expectText(options, 'Evidence files — added: 1, already here: 0');
    const before = await options.evaluate(readStoredState);
    expect(before.orders).toHaveLength(1);
    expect(before.evidence).toHaveLength(1);

    await importFile('big.json', backupWithFile(12 * MB, 2));
    await expectText(options, 'Not enough storage space for this backup');
    await expectText(options, 'Nothing was changed.');
    expect(await options.evaluate(readStoredState)).toEqual(before);

    // A photo on the order: refused with the storage message, nothing half-written.
    const app = await openFirefoxExtensionPage(browser, 'sidepanel.html');
    await expectText(app, 'File Store');
    await app.evaluate(() => (location.hash = '#/order/file-order-1'));
    await expectText(app, 'Order 8179999999999001');
    await click(app, 'link', 'Evidence');
    await upload(app, 'Files', [{ name: 'parcel.png', bytes: png(6, 4, [10, 120, 200]) }], testInfo.outputDir);
    await click(app, 'button', 'Add to evidence');
    await expectText(app, 'Nothing was saved.');
    expect(await app.evaluate(readStoredState)).toEqual(before);
  } finally {
    await browser.close();
  }
});
