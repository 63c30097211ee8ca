import { browser } from 'wxt/browser';
import type { BuyerguardDb } from '../db/database';
import { readSettings, updateSettings } from '../db/settings';
import { guardStrings } from '../guard-ui/strings';
import { isLocale, resolveLocale, type Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { hostBelongsTo } from '../marketplaces/types';
import type { BackgroundRequest } from '../schema/runtime-messages';
import { setTabGuardWarnings } from './badge';

/*
 * The guard's side of the background. A content script runs in a page an
 * adversary wrote, so it may only ASK, and only about its own tab:
 *  - guard/check: "which of THESE contacts are trusted, is MY site trusted?"
 *    (never the whole lists);
 *  - guard/report: "these contacts are on screen in my tab" (the badge);
 *  - guard/trust: trust one contact the tab reported as shown, or the
 *    sender's own site (its host, taken from the sender, not the message).
 * Anything else, from anywhere but a top frame of an http(s) tab, is refused.
 */

type GuardMessage = Extract<BackgroundRequest, { type: 'guard/check' | 'guard/report' | 'guard/trust' }>;

export interface GuardSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

interface TabSender {
  tabId: number;
  host: string;
}

/** A content script in a tab's top frame on an http(s) page, or null. */
export function tabSender(sender: GuardSender): TabSender | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0 || !sender.url) return null;
  try {
    const url = new URL(sender.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname ? { tabId, host: url.hostname.toLowerCase() } : null;
  } catch {
    return null;
  }
}

/**
 * The contacts each tab says it shows, kept in session storage (not readable
 * by content scripts) so that a trust request still finds them after the
 * service worker was stopped while the user read the warning.
 */
const SHOWN_KEY = (tabId: number) => `guard-shown-${tabId}`;

function sessionArea(): typeof browser.storage.local | null {
  return (browser.storage as { session?: typeof browser.storage.local } | undefined)?.session ?? null;
}
const shownInMemory = new Map<number, string[]>();

async function setShown(tabId: number, contacts: string[]): Promise<void> {
  if (contacts.length === 0) shownInMemory.delete(tabId);
  else shownInMemory.set(tabId, contacts);
  const area = sessionArea();
  if (!area) return;
  if (contacts.length === 0) await area.remove(SHOWN_KEY(tabId));
  else await area.set({ [SHOWN_KEY(tabId)]: contacts });
}

async function shownIn(tabId: number): Promise<readonly string[]> {
  const area = sessionArea();
  if (!area) return shownInMemory.get(tabId) ?? [];
  const stored = (await area.get(SHOWN_KEY(tabId)))[SHOWN_KEY(tabId)];
  return Array.isArray(stored) ? stored.filter((c): c is string => typeof c === 'string') : (shownInMemory.get(tabId) ?? []);
}

/** The tab left its page or closed: what it showed no longer counts. */
export async function forgetTabGuard(tabId: number): Promise<void> {
  await setShown(tabId, []);
}

const localeOf = (setting: string): Locale => (isLocale(setting) ? setting : resolveLocale(navigator.languages));
const userLocale = async (db: BuyerguardDb): Promise<Locale> => localeOf((await readSettings(db)).locale);

/**
 * Adds `value` to one trust list, read and written in one transaction: two trusts at the
 * same moment (two tabs, two quick clicks) both land instead of the later write dropping the earlier.
 */
async function addTrusted(db: BuyerguardDb, list: 'trustedContacts' | 'trustedSites', value: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = (await readSettings(db))[list];
    if (!current.includes(value)) await updateSettings(db, { [list]: [...current, value] });
  });
}

export async function handleGuardMessage(db: BuyerguardDb, message: GuardMessage, sender: GuardSender): Promise<unknown> {
  const from = tabSender(sender);
  if (!from) return null;
  switch (message.type) {
    case 'guard/check': {
      const { trustedContacts, trustedSites, guardEnabled, locale } = await readSettings(db);
      const asked = new Set(message.contacts);
      return {
        guardEnabled,
        siteTrusted: hostBelongsTo(from.host, trustedSites),
        trustedContacts: trustedContacts.filter((c) => asked.has(c)),
        // The all-pages script carries no catalogs: the warning's strings in the user's language come from here.
        ...(message.strings ? { strings: guardStrings(localeOf(locale)) } : {}),
      };
    }
    case 'guard/report':
      await setShown(from.tabId, message.contacts);
      await setTabGuardWarnings(from.tabId, message.alarms, message.hidden ? translate(await userLocale(db), 'guardui.hidden') : null);
      return true;
    case 'guard/trust': {
      if (message.contact !== undefined) {
        // Only a contact this tab's warning shows right now: never a list, never another page's.
        if (!(await shownIn(from.tabId)).includes(message.contact)) return false;
        await addTrusted(db, 'trustedContacts', message.contact);
        return true;
      }
      await addTrusted(db, 'trustedSites', from.host);
      return from.host;
    }
  }
}
