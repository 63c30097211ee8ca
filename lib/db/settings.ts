import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../schema/settings';
import type { BuyerguardDb } from './database';

export async function readSettings(db: BuyerguardDb): Promise<Settings> {
  const stored = await db.settings.get('settings');
  // Parsing fills defaults for settings added after the row was written.
  return stored ? settingsSchema.parse(stored) : DEFAULT_SETTINGS;
}

export async function updateSettings(db: BuyerguardDb, patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...patch, id: 'settings' });
    await db.settings.put(next);
    return next;
  });
}
