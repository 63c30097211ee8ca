import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { ORDER_LIST_DUE_SOON, ORDER_LIST_URL } from '../support/journeys';
import { EXTENSION_ORIGIN } from '../support/firefox';
import { clickAndConfirm, expectText, openInPageSidebar } from './ui';

/** Firefox's own `browser` namespace in an extension page (promise-based, no polyfill). */
interface FirefoxApi {
  runtime: {
    getManifest(): Record<string, unknown>;
    getBackgroundPage(): Promise<Window>;
  };
  sidebarAction: { getPanel(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
}

const alarms = (page: Page) => page.evaluate(() => (globalThis as unknown as { browser: FirefoxApi }).browser.alarms.getAll());

test('the Firefox build: MV3 event page, sidebar_action as the app’s home, no data collection, promise-based browser.*', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const facts = await panel.evaluate(async () => {
    const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
    const manifest = api.runtime.getManifest() as {
      manifest_version: number;
      background: { scripts?: string[]; service_worker?: string };
      sidebar_action?: { default_panel: string };
      permissions: string[];
      browser_specific_settings: { gecko: { data_collection_permissions: { required: string[] } } };
    };
    // Native promises: no callback, no polyfill between the page and Firefox.
    const pending = api.sidebarAction.getPanel({});
    const background = await api.runtime.getBackgroundPage();
    return {
      manifestVersion: manifest.manifest_version,
      backgroundScripts: manifest.background.scripts ?? [],
      serviceWorker: manifest.background.service_worker ?? null,
      sidebarPanel: manifest.sidebar_action?.default_panel ?? null,
      permissions: manifest.permissions,
      dataCollection: manifest.browser_specific_settings.gecko.data_collection_permissions.required,
      getPanelIsPromise: pending instanceof Promise,
      panelUrl: await pending,
      backgroundPath: background.location.pathname,
      backgroundHasDocument: background.document.readyState === 'complete',
    };
  });
  expect(facts).toEqual({
    manifestVersion: 3,
    // Firefox reports manifest paths resolved against the add-on's origin.
    backgroundScripts: [`${EXTENSION_ORIGIN}/background.js`],
    serviceWorker: null,
    sidebarPanel: `${EXTENSION_ORIGIN}/sidepanel.html`,
    permissions: ['alarms', 'notifications'],
    dataCollection: ['none'],
    getPanelIsPromise: true,
    panelUrl: `${EXTENSION_ORIGIN}/sidepanel.html`,
    backgroundPath: '/_generated_background_page.html',
    backgroundHasDocument: true,
  });
});

test('a tracked order due within a day schedules its reminders in Firefox’s alarms', async ({ firefox, server, openExtensionPage }) => {
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_DUE_SOON);
  const page = await firefox.newPage();
  await page.goto(ORDER_LIST_URL);
  const sidebar = await openInPageSidebar(page);
  await clickAndConfirm(sidebar, 'button', 'Track this order');
  await expectText(sidebar, 'Saved: 1 new, 0 updated.');

  const panel = await openExtensionPage('sidepanel.html');
  // Protection ends in 20 hours (its reminders are due at once); the last day to open a dispute, 15 days on, keeps future alarms.
  await expect.poll(() => alarms(panel), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.stringContaining(':dispute-last-day:') })]));
  const now = Date.now();
  for (const alarm of (await alarms(panel)).filter((a) => a.name.includes(':dispute-last-day:'))) {
    expect(alarm.scheduledTime).toBeGreaterThan(now);
    expect(alarm.scheduledTime).toBeLessThan(now + 16 * 86_400_000);
  }
});
