import type { BuyerguardDb } from '../db/database';
import { allDeadlines } from '../db/deadline-sync';
import type { StoredDeadline } from '../schema/deadline';
import type { Settings } from '../schema/settings';

/**
 * A journal header this old belongs to an import that was abandoned, not
 * one being written (a 100,000-order import takes about a minute): the
 * badge and reminders follow the data again, and the background's hourly
 * alarm undoes that import.
 */
const IMPORT_WRITING_AT_MOST_MS = 60 * 60 * 1000;

/** What the background's badge and reminder alarms follow, or that an import is being written and they wait for its end. */
export type DeadlineWatch = { importing: true } | { importing: false; deadlines: StoredDeadline[]; settings: Settings | undefined };

/**
 * The background's live query (lib/background/index.ts): every deadline and
 * the settings, which the badge and the reminder alarms are rebuilt from on
 * each change. While a backup import is being written (its journal's header,
 * row 0, is there: lib/backup/journal.ts) it reads only that row, so the
 * query does not reread every order after each committed batch, competing
 * with the import's writes; the commit (or an undo) clears the journal,
 * which runs it again, once, over everything.
 */
export async function watchDeadlines(db: BuyerguardDb, now = Date.now()): Promise<DeadlineWatch> {
  // Only row 0 is read, so the batches' own journal rows do not wake the query.
  const header = await db.importJournal.get(0);
  if (header && 'startedAt' in header && now - header.startedAt < IMPORT_WRITING_AT_MOST_MS) return { importing: true };
  const [deadlines, settings] = await Promise.all([allDeadlines(db), db.settings.get('settings')]);
  return { importing: false, deadlines, settings };
}
