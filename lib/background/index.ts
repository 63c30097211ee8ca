import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { database, type BuyerguardDb } from '../db/database';
import { readSettings, updateSettings } from '../db/settings';
import { validatedListener } from '../messaging/receive';
import { sendToTab } from '../messaging/send';
import { backgroundRequestSchema, type BackgroundRequest, type UiState } from '../schema/runtime-messages';
import { countDueSoon, forgetTabGuardWarnings, refreshGlobalBadge, setTabGuardWarnings } from './badge';
import { openSidePanelOnToolbarClick } from './side-panel';
import { handleReminderAlarm, handleNotificationButton, handleNotificationClick, rebuildReminders, REMINDER_ALARM_PREFIX, SNOOZE_ALARM_PREFIX } from './reminders';
import { openComplaint } from './complaint';
import { serveDataPort } from './data-host';
import { guardStrings } from '../guard-ui/strings';
import { isLocale, resolveLocale } from '../i18n/locales';
import { refreshStaleUrgency } from '../db/urgency';

const HOURLY_REFRESH_ALARM = 'refresh';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

async function handleRequest(db: BuyerguardDb, message: BackgroundRequest, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'tab/whoami':
      return { tabId: sender.tab?.id ?? null };
    case 'tab/relay':
      return sender.tab?.id === undefined ? null : sendToTab(sender.tab.id, message.request);
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
    case 'guard/report':
      if (sender.tab?.id !== undefined) await setTabGuardWarnings(sender.tab.id, message.warnings);
      return true;
    case 'guard/lists': {
      const { trustedContacts, trustedSites, guardEnabled, locale } = await readSettings(db);
      // The all-pages script carries no catalogs: it gets the warning's strings in the user's language here.
      const strings = guardStrings(isLocale(locale) ? locale : resolveLocale(navigator.languages));
      return { trustedContacts, trustedSites, guardEnabled, locale, strings };
    }
    case 'guard/trust': {
      const settings = await readSettings(db);
      await updateSettings(db, {
        trustedContacts: message.contact ? [...new Set([...settings.trustedContacts, message.contact])] : settings.trustedContacts,
        trustedSites: message.site ? [...new Set([...settings.trustedSites, message.site])] : settings.trustedSites,
      });
      return true;
    }
    case 'complaint/open':
      await openComplaint(sender.tab?.id, message.prefill);
      return true;
  }
}

export function startBackground(): void {
  const db = database();
  openSidePanelOnToolbarClick();
  serveDataPort(db, () => void refreshGlobalBadge(db));

  browser.runtime.onMessage.addListener(
    validatedListener(browser.runtime.id, backgroundRequestSchema, (message, sender) => handleRequest(db, message, sender)),
  );

  // A page's guard warnings end with the page (the next one reports its own).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTabGuardWarnings(tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabGuardWarnings(tabId, { closed: true }));

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
    }
    else if (alarm.name.startsWith(REMINDER_ALARM_PREFIX) || alarm.name.startsWith(SNOOZE_ALARM_PREFIX)) void handleReminderAlarm(db, alarm.name, Date.now());
  });
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(db, id));
  browser.notifications.onButtonClicked?.addListener((id, button) => void handleNotificationButton(db, id, button, Date.now()));

  void refreshStaleUrgency(db).catch(() => undefined);
  // Time moves the "due within 3 days" window even when no data changes.
  void browser.alarms.create(HOURLY_REFRESH_ALARM, { periodInMinutes: 60 });

  // Whenever deadlines or settings (reminder days, on/off) change in any
  // extension page (side panel, sidebar), the worker wakes on their ping and
  // this query re-runs: badge and alarms follow the database, rebuilt
  // idempotently from it.
  liveQuery(() => Promise.all([db.deadlines.toArray(), db.settings.get('settings')])).subscribe({
    next: () => {
      void refreshGlobalBadge(db);
      void rebuildReminders(db, Date.now());
    },
    error: () => undefined,
  });
}
