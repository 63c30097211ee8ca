// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/preact';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { App } from '../../../components/App';
import { BuyerguardDb, LATEST_SCHEMA_VERSION } from '../../../lib/db/database';
import { applySchemaVersions } from '../../../lib/db/versions';

/*
 * Issue 8, "Schema upgrades": a database written by a newer release is refused
 * with a message, never used or downgraded. lib/db is tested in
 * tests/unit/db/migration.test.ts; this is what the user sees.
 */

it('a database from a newer release shows only the "update Buyerguard" notice, and stays as it was', async () => {
  const name = new BuyerguardDb().name;
  const newer = new Dexie(name);
  applySchemaVersions(newer);
  newer.version(LATEST_SCHEMA_VERSION + 1).stores({ labels: 'id' });
  await newer.table('orders').add({ id: 'future', orderNumber: '1' });
  newer.close();

  render(<App mode="options" />);
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
  expect(alert.textContent).toContain('saved by a newer version of the extension');
  expect(screen.queryByRole('navigation')).toBeNull();

  const again = new Dexie(name);
  applySchemaVersions(again);
  again.version(LATEST_SCHEMA_VERSION + 1).stores({ labels: 'id' });
  expect(await again.table('orders').get('future')).toEqual({ id: 'future', orderNumber: '1' });
  expect(again.verno).toBe(LATEST_SCHEMA_VERSION + 1);
  again.close();
});
