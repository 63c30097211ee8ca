import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { database, type BuyerguardDb } from '../db/database';
import { readSettings, updateSettings } from '../db/settings';
import { policedListener, type Sender } from '../messaging/receive';
import { sendToTab } from '../messaging/send';
import { BACKGROUND_REQUEST_SENDERS, backgroundRequestSchema, type BackgroundRequest, type UiState } from '../schema/runtime-messages';
import { countDueSoon, forgetTabGuardWarnings, refreshGlobalBadge } from './badge';
import { forgetTabGuard, handleGuardMessage } from './guard';
import { openSidePanelOnToolbarClick } from './side-panel';
import { handleReminderAlarm, handleNotificationButton, handleNotificationClick, rebuildReminders, REMINDER_ALARM_PREFIX, resumePendingReminders, SNOOZE_ALARM_PREFIX } from './reminders';
import { openComplaint } from './complaint';
import { serveDataPort } from './data-host';
import { isOurSidebarFrame } from './embedding';
import { refreshStaleUrgency } from '../db/urgency';
import { watchDeadlines } from './deadline-watch';
import { undoInterruptedImport } from '../backup/journal';
import { reinjectAfterInstallOrUpdate } from './reinject';

const HOURLY_REFRESH_ALARM = 'refresh';

/** A page may open the complaint wizard once in this long (a tab at most, never a stream of them). */
const COMPLAINT_OPEN_INTERVAL_MS = 10_000;
const lastComplaintOpen = new Map<number, number>();

async function handleRequest(db: BuyerguardDb, message: BackgroundRequest, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'tab/whoami':
      // Only the sidebar our marketplace script made learns its tab (and so may read that page).
      return { tabId: (await isOurSidebarFrame(sender)) ? (sender.tab?.id ?? null) : null };
    case 'tab/relay':
      // The same check: a frame some page made itself may not drive that page's content script.
      return sender.tab?.id === undefined || !(await isOurSidebarFrame(sender)) ? null : sendToTab(sender.tab.id, message.request);
    case 'app/open-tab':
      await browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}#${message.route}` });
      return true;
    case 'ui/state': {
      const settings = await readSettings(db);
      const state: UiState = {
        sidebarOpen: settings.sidebarOpen,
        dueSoon: await countDueSoon(db, Date.now()),
        locale: settings.locale,
      };
      return state;
    }
    case 'ui/set-sidebar-open':
      await updateSettings(db, { sidebarOpen: message.open });
      return true;
    case 'badge/refresh':
      return refreshGlobalBadge(db);
    case 'reminders/rebuild':
      await rebuildReminders(db, Date.now());
      return true;
    case 'guard/check':
    case 'guard/report':
    case 'guard/trust':
      return handleGuardMessage(db, message, sender);
    case 'complaint/open': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sameOrigin(message.prefill.pageUrl, sender.url)) return false;
      const now = Date.now();
      if (now - (lastComplaintOpen.get(tabId) ?? -Infinity) < COMPLAINT_OPEN_INTERVAL_MS) return false;
      lastComplaintOpen.set(tabId, now);
      await openComplaint(tabId, message.prefill);
      return true;
    }
  }
}

/** The complaint is about the page that asks for it, not one it names. */
function sameOrigin(a: string, b: string | undefined): boolean {
  try {
    return b !== undefined && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function startBackground(): void {
  const db = database();
  // Chromium leaves open tabs without the new content scripts after an update: the marketplace ones get them here.
  reinjectAfterInstallOrUpdate();
  // A backup import the worker was stopped in the middle of (or whose page closed) is undone: nothing half-imported stays.
  void undoInterruptedImport(db).catch(() => undefined);
  openSidePanelOnToolbarClick();
  serveDataPort(db, () => void refreshGlobalBadge(db));

  browser.runtime.onMessage.addListener(
    policedListener(
      { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
      backgroundRequestSchema,
      BACKGROUND_REQUEST_SENDERS,
      (message, sender) => handleRequest(db, message, sender),
    ),
  );

  // A page's guard warnings end with the page (the next one reports its own).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void Promise.all([forgetTabGuardWarnings(tabId), forgetTabGuard(tabId)]).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    lastComplaintOpen.delete(tabId);
    void forgetTabGuardWarnings(tabId, { closed: true });
    void forgetTabGuard(tabId).catch(() => undefined);
  });

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-sidebar') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) sendToTab(tab.id, { type: 'sidebar/toggle' }).catch(() => undefined);
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOURLY_REFRESH_ALARM) {
      void refreshGlobalBadge(db);
      // Orders whose next deadline passed get their place in the list worked out again.
      void refreshStaleUrgency(db).catch(() => undefined);
      // An import whose page closed mid-way while this worker kept running: undone within the hour.
      void undoInterruptedImport(db).catch(() => undefined);
    }
    else if (alarm.name.startsWith(REMINDER_ALARM_PREFIX) || alarm.name.startsWith(SNOOZE_ALARM_PREFIX)) void handleReminderAlarm(db, alarm.name, Date.now());
  });
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(db, id));
  browser.notifications.onButtonClicked?.addListener((id, button) => void handleNotificationButton(db, id, button, Date.now()));

  void refreshStaleUrgency(db).catch(() => undefined);
  void resumePendingReminders(db, Date.now()).catch(() => undefined);
  // Time moves the "due within 3 days" window even when no data changes.
  void browser.alarms.create(HOURLY_REFRESH_ALARM, { periodInMinutes: 60 });

  // Whenever orders (which carry their deadlines) or settings (reminder days,
  // on/off) change in any extension page (side panel, sidebar), the worker
  // wakes on their ping and this query re-runs: badge and alarms follow the
  // database, rebuilt idempotently from it. While a backup import writes its
  // batches they wait, and follow once when it commits (deadline-watch.ts).
  liveQuery(() => watchDeadlines(db)).subscribe({
    next: (watch) => {
      if (watch.importing) return;
      void refreshGlobalBadge(db);
      void rebuildReminders(db, Date.now());
    },
    error: () => undefined,
  });
}
