import type { Settings } from '../schema/settings';
import type { CommandName } from './commands';
import type { QueryName } from './queries';

/**
 * What the in-page sidebar may do through the data port. It is our page, but
 * framed inside a marketplace page that can cover it, make it invisible, pick
 * its route and time the user's clicks (clickjacking): so it gets the reads and
 * writes of tracking orders and keeping their messages and evidence, and nothing
 * that changes settings, leaves with all the data, replaces it or deletes it.
 * Those stay in the side panel and the options page. Every name must be
 * listed here, so a new command has to decide.
 */
export const EMBEDDED_COMMANDS: Readonly<Record<CommandName, boolean>> = {
  createOrder: true,
  updateOrder: true,
  setDeadlineOverride: true,
  trackCapturedOrders: true,
  saveConversation: true,
  logMessages: true,
  addEvidence: true,
  updateEvidence: true,
  evidenceFile: true,
  // Top-level pages only.
  deleteOrder: false,
  deleteMessage: false,
  deleteEvidence: false,
  updateSettings: false,
  exportBackup: false,
  importBackup: false,
  evidencePack: false,
};

/** Reads: everything the order views show; settings without the guard's trust lists (the frame shows no settings). */
export const EMBEDDED_QUERIES: Readonly<Record<QueryName, boolean>> = {
  settings: true,
  orderList: true,
  orderListHead: true,
  order: true,
  orderDeadlines: true,
  orderMessages: true,
  orderEvidence: true,
};

/** The settings as the in-page sidebar sees them: the language and reminder choices, not whom the buyer trusts. */
export function embeddedSettings(settings: Settings): Settings {
  return { ...settings, trustedContacts: [], trustedSites: [] };
}
