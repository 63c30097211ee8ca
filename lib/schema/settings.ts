import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

export const settingsSchema = z.object({
  id: z.literal('settings'),
  locale: z.enum(['auto', ...LOCALES]).default('auto'),
  /** Days before each deadline to remind; 0 means on the day. */
  reminderOffsetsDays: z.array(z.number().int().min(0).max(60)).max(10).default([7, 3, 1, 0]),
  remindersEnabled: z.boolean().default(true),
  /** In-page sidebar open/closed, remembered across pages. */
  sidebarOpen: z.boolean().default(false),
  /** Guard: contacts (normalised values) and sites (hostnames) the user trusts. */
  trustedContacts: z.array(z.string().min(1).max(512)).max(5000).default([]),
  trustedSites: z.array(z.string().min(1).max(253)).max(5000).default([]),
  guardEnabled: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({ id: 'settings' });
