import { browser } from 'wxt/browser';
import type { BuyerguardDb } from '../db/database';
import { countActionableDue } from '../db/deadline-sync';
import { dueSoonRange } from '../deadlines/urgency';

/** Deadlines the buyer must act on that are due soon (lib/deadlines/urgency.ts), by index (no table scan). */
export async function countDueSoon(db: BuyerguardDb, now: number): Promise<number> {
  const { from, to } = dueSoonRange(now);
  return countActionableDue(db, from, to);
}

/** Tabs whose page has guard warnings: their badge shows the warning count instead. */
const guardWarnings = new Map<number, number>();

export async function refreshGlobalBadge(db: BuyerguardDb, now = Date.now()): Promise<number> {
  const count = await countDueSoon(db, now);
  const action = browser.action;
  await action.setBadgeBackgroundColor({ color: '#b45309' });
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  return count;
}

/**
 * The tab's badge shows "!" while its page shows warnings. When the page
 * keeps the warning off the screen (`hidden`), the toolbar button's title
 * says so in `hiddenTitle` (the user's language), the one place a page cannot reach.
 */
export async function setTabGuardWarnings(tabId: number, warnings: number, hiddenTitle: string | null = null): Promise<void> {
  const action = browser.action;
  if (warnings > 0) {
    guardWarnings.set(tabId, warnings);
    await action.setBadgeBackgroundColor({ color: '#b91c1c', tabId });
    await action.setBadgeText({ text: '!', tabId });
    // null restores the extension's own title.
    await action.setTitle({ title: hiddenTitle as unknown as string, tabId });
  } else if (guardWarnings.delete(tabId)) {
    // Clearing the tab-specific text lets the global count show again.
    await action.setBadgeText({ text: null as unknown as string, tabId });
    await action.setTitle({ title: null as unknown as string, tabId });
  }
}

/** A tab closed or started loading another page: its guard count no longer applies. */
export async function forgetTabGuardWarnings(tabId: number, { closed = false } = {}): Promise<void> {
  if (closed) guardWarnings.delete(tabId);
  else await setTabGuardWarnings(tabId, 0);
}
