// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.

import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { watchDeadlines } from '../../../lib/background/deadline-watch';
import { importBackupText, serializeBackup } from '../../../lib/backup';
import { backupOf, DAY, seeded, T0 } from '../backup/import-fixtures';

const HOUR = 3_600_000;

/** Resolves once `check` holds, polling (the live query answers asynchronously). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('the background live query behind the badge and the reminder alarms', () => {
  it('reads every deadline and the settings when no import is being written', async () => {
    const db = await seeded();
    const watch = await watchDeadlines(db);
    expect(watch.importing).toBe(false);
    // Each seeded order is shipped with 60 days of protection: it carries deadlines.
    expect(watch.importing === false && new Set(watch.deadlines.map((d) => d.orderId)).size).toBe(300);
  });

  it('waits while an import is being written, and not for one abandoned over an hour ago', async () => {
    const db = await seeded();
    const now = T0 + 10 * DAY;
    await db.importJournal.add({ seq: 0, importId: 'i-1', state: 'writing', startedAt: now - 5_000 });
    expect(await watchDeadlines(db, now)).toEqual({ importing: true });
    expect((await watchDeadlines(db, now + 2 * HOUR)).importing).toBe(false);
  });

  it('during a 2,500-order import written in three batches, reads everything once more only when the import commits', async () => {
    const db = await seeded();
    let fullReads = 0;
    let importingSeen = 0;
    const subscription = liveQuery(async () => {
      const watch = await watchDeadlines(db);
      if (watch.importing) importingSeen += 1;
      else fullReads += 1;
      return watch;
    }).subscribe({ next: () => undefined });
    await until(() => fullReads === 1);
    const writes: number[] = [];
    const result = await importBackupText(db, serializeBackup(backupOf(2_500)), 'merge', { onProgress: (p) => p.phase === 'writing' && writes.push(p.done) });
    expect(result.ok).toBe(true);
    expect(writes.length).toBeGreaterThanOrEqual(3);
    await until(() => fullReads >= 2);
    // Give a late re-run the chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    subscription.unsubscribe();
    expect(importingSeen).toBeGreaterThanOrEqual(1);
    expect(fullReads).toBe(2);
    const after = await watchDeadlines(db);
    expect(after.importing === false && new Set(after.deadlines.map((d) => d.orderId)).size).toBe(2_500);
  });
});
