// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
// Issue 8, "Bad files": a truncated file, duplicated order ids and a 50 MB file, each imported
// through importBackupText (the path the options page takes) in both modes. A valid 50 MB file
// (a 37 MB photo as base64) took over 20 s to build and import in Node with fake-indexeddb, too slow
// for a unit test, so the 50 MB case here is a refusal (the parse, the schema check, nothing written).

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_ERROR_KEYS } from '../../../components/BackupSettings';
import { importBackupText, serializeBackup, type BackupError, type BackupFile, type ImportMode } from '../../../lib/backup';
import { LOCALES } from '../../../lib/i18n';
import { allTables } from '../../../lib/i18n/translate';
import { backupOf, seeded, state } from './import-fixtures';

const MODES: readonly ImportMode[] = ['merge', 'replace'];

/** The refusal's message exists, in words of its own, in every locale the UI speaks. */
function expectTranslated(error: BackupError) {
  const key = BACKUP_ERROR_KEYS[error];
  const tables = allTables();
  for (const locale of LOCALES) {
    const text = tables[locale][key];
    expect(text, `${key} in ${locale}`).toBeTruthy();
    if (locale !== 'en') expect(text, `${key} in ${locale}`).not.toBe(tables.en[key]);
  }
}

/** Imports `text` into a database of 300 orders in each mode: refused with `error`, every table as it was. */
async function expectRefused(text: string, error: BackupError) {
  const db = await seeded();
  const before = await state(db);
  expect(before.orders).toHaveLength(300);
  for (const mode of MODES) {
    expect(await importBackupText(db, text, mode), mode).toEqual({ ok: false, error });
  }
  expect(await state(db)).toEqual(before);
  expectTranslated(error);
}

describe('a truncated backup file', () => {
  const whole = serializeBackup(backupOf(40));

  it('cut between two records is refused as damaged or incomplete, and nothing changes', async () => {
    const cut = whole.slice(0, whole.indexOf('"o-20"') - 1);
    expect(cut.endsWith('"id": ') || cut.endsWith('"id":')).toBe(true);
    await expectRefused(cut, 'corrupted');
  });

  it('cut inside a string is refused as damaged or incomplete, and nothing changes', async () => {
    const cut = whole.slice(0, whole.indexOf('Store 3') + 'Sto'.length);
    expect(cut.endsWith('"Sto')).toBe(true);
    await expectRefused(cut, 'corrupted');
  });
});

describe('a 50 MB backup file', () => {
  it('with one 50 MB field over its limit is refused as damaged, and nothing changes', async () => {
    const file = backupOf(10) as BackupFile & { orders: Record<string, unknown>[] };
    file.orders[3]!.items = [{ title: 'x'.repeat(50 * 1024 * 1024), quantity: 1 }];
    const text = serializeBackup(file);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    await expectRefused(text, 'corrupted');
  });
});

describe('a backup file that lists an order twice', () => {
  it('two orders with the same id are refused with a message that says so, and nothing changes', async () => {
    const file = backupOf(20);
    file.orders.push({ ...file.orders[5]!, orderNumber: '8199999999999999', store: { name: 'Twin' } });
    await expectRefused(serializeBackup(file), 'duplicated');
  });

  it('the same order number twice under two ids is refused the same way', async () => {
    const file = backupOf(20);
    file.orders.push({ ...file.orders[5]!, id: 'o-copy' });
    await expectRefused(serializeBackup(file), 'duplicated');
  });
});
