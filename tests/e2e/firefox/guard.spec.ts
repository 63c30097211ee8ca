import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { SPA_CONTACT_NUMBER, SPA_HELP_NUMBER, SPA_ORIGIN, SPA_PAGE, SPA_PATHS } from '../support/spa-page';
import { bannerText } from './ui';
import { CLEAN_PAGES, LATE_NUMBER_FLAGGED, LATE_NUMBER_PAGE, LATE_NUMBER_URL, serveCorpus, WARN_PAGES } from '../support/journeys';

/*
 * The scam-contact guard in Firefox: the same corpus pages as the Chromium
 * journey, served at their canonical URLs to Firefox ESR with the add-on.
 */

/** Enough for document_idle, a full scan and one observer batch on these small pages. */
const SETTLE_MS = 1500;

/** Splits `items` over `tabs` tabs, each working through its share in order. */
async function inTabs<T>(browser: Browser, items: readonly T[], tabs: number, visit: (page: Page, item: T) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: tabs }, async (_, slot) => {
      const page = await browser.newPage();
      for (let i = slot; i < items.length; i += tabs) await visit(page, items[i]!);
      await page.close();
    }),
  );
}

test('warns on every corpus warn page, listing each flagged contact', async ({ firefox, server }) => {
  // Twenty-odd pages in one Firefox: on a loaded 2-core machine this takes minutes.
  test.slow();
  serveCorpus(server, WARN_PAGES);
  const warned: string[] = [];
  await inTabs(firefox, WARN_PAGES, 3, async (page, label) => {
    await page.goto(label.url);
    await expect.poll(() => bannerText(page), { message: label.file, timeout: 30_000 }).not.toBeNull();
    const text = (await bannerText(page)) ?? '';
    for (const contact of label.flag) expect(text, `${label.file}: ${contact.value}`).toContain(contact.value);
    warned.push(label.file);
  });
  expect(warned).toHaveLength(WARN_PAGES.length);
});

test('stays silent on every clean corpus page and adds nothing to it', async ({ firefox, server }) => {
  test.slow();
  serveCorpus(server, CLEAN_PAGES);
  await inTabs(firefox, CLEAN_PAGES, 3, async (page, label) => {
    await page.goto(label.url);
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    const traces = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return {
        guardHosts: [...document.getElementsByTagName('*')].filter((el) => el.localName.startsWith('buyerguard-guard-')).length,
        // The marketplace sidebar (another feature) has its own host on marketplace pages.
        elementsNow: document.getElementsByTagName('*').length - document.getElementsByTagName('buyerguard-sidebar').length,
        elementsServed: parsed.getElementsByTagName('*').length,
        styleSheets: document.styleSheets.length,
        styleSheetsServed: parsed.querySelectorAll('style, link[rel~="stylesheet"]').length,
        adoptedSheets: document.adoptedStyleSheets.length,
        flaggedAttributes: document.querySelectorAll('[data-buyerguard-flagged]').length,
      };
    });
    expect(traces.guardHosts, label.file).toBe(0);
    expect(traces.elementsNow, label.file).toBe(traces.elementsServed);
    expect(traces.styleSheets, label.file).toBe(traces.styleSheetsServed);
    expect(traces.adoptedSheets, label.file).toBe(0);
    expect(traces.flaggedAttributes, label.file).toBe(0);
  });
});

test('catches a number that a script adds after load', async ({ firefox, server }) => {
  server.serve(LATE_NUMBER_URL, LATE_NUMBER_PAGE);
  const page = await firefox.newPage();
  await page.goto(LATE_NUMBER_URL);
  expect(await bannerText(page)).toBeNull();
  await expect.poll(() => bannerText(page)).toContain(LATE_NUMBER_FLAGGED);
});

/** The "Trust this contact" button in the banner's item for `value` (waits for it). */
async function trustButtonFor(page: Page, value: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const host = [...document.documentElement.children].find((el) => el.localName.startsWith('buyerguard-guard-'));
      const items = [...(host?.shadowRoot?.querySelectorAll('[role="alert"] li') ?? [])];
      return items.find((li) => li.textContent?.includes(wanted))?.querySelector('button') ?? null;
    },
    { timeout: 30_000 },
    value,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** The guard's status line (what trusting did), or null. */
function guardStatus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el.localName.startsWith('buyerguard-guard-'));
    return host?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null;
  });
}

test('trusting a contact keeps it quiet after a reload; the settings list it', async ({ firefox, server, openExtensionPage }) => {
  const hotline = WARN_PAGES.find((l) => l.file === 'en-fake-hotline-03.html') ?? WARN_PAGES[0]!;
  serveCorpus(server, [hotline]);
  const [trusted, ...others] = hotline.flag;
  const page = await firefox.newPage();
  await page.goto(hotline.url);

  const trust = await trustButtonFor(page, trusted!.value);
  expect(await trust.evaluate((b) => b.textContent)).toBe('Trust this contact');
  // A real click (WebDriver input), as only the user's own gesture may trust.
  await trust.click();
  await expect.poll(() => guardStatus(page)).toContain(trusted!.value);

  // The background stores it a moment later; the settings page reads the list when it opens.
  const listedInSettings = async () => {
    const settings = await openExtensionPage('options.html');
    const found = settings.waitForFunction((value) => document.body.innerText.includes(value), { timeout: 3_000 }, trusted!.value);
    const listed = await found.then(
      () => true,
      () => false,
    );
    await settings.close();
    return listed;
  };
  await expect.poll(listedInSettings, { timeout: 30_000 }).toBe(true);

  await page.bringToFront();
  await page.reload();
  for (const other of others) await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain(other.value);
  expect(await bannerText(page)).not.toContain(trusted!.value);
});

/** The badge texts of every tab but the extension page's own (Firefox MV3: action), read in an extension page. */
function otherTabsBadges(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    // The extension page's own `browser` (no type package for it here).
    type Api = {
      tabs: { query(q: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number } | undefined> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    };
    const api = (globalThis as unknown as { browser: Api }).browser;
    const own = (await api.tabs.getCurrent())?.id;
    const tabs = (await api.tabs.query({})).filter((t) => t.id !== undefined && t.id !== own);
    return Promise.all(tabs.map((t) => api.action.getBadgeText({ tabId: t.id! })));
  });
}

/** A button of the banner by its label (waits for it). */
async function bannerButton(page: Page, label: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const host = [...document.documentElement.children].find((el) => el.localName.startsWith('buyerguard-guard-'));
      return [...(host?.shadowRoot?.querySelectorAll('[role="alert"] button') ?? [])].find((b) => b.textContent === wanted) ?? null;
    },
    { timeout: 30_000 },
    label,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

test('"Don’t warn on this site" silences the next load; the badge follows; the settings list the site', async ({ firefox, server, openExtensionPage }) => {
  const label = WARN_PAGES.find((l) => l.file === 'en-fake-hotline-01.html') ?? WARN_PAGES[0]!;
  serveCorpus(server, [label]);
  const host = new URL(label.url).host;
  const extensionPage = await openExtensionPage('options.html');
  const lit = async () => (await otherTabsBadges(extensionPage)).includes('!');
  const page = await firefox.newPage();
  await page.goto(label.url);
  await expect.poll(() => bannerText(page), { timeout: 30_000 }).not.toBeNull();
  await expect.poll(lit, { timeout: 20_000 }).toBe(true);

  // A real click (WebDriver input): only the user's own gesture may trust a site.
  await (await bannerButton(page, 'Don’t warn on this site')).click();
  await expect.poll(() => guardStatus(page)).toContain(host);
  expect(await bannerText(page)).toBeNull();
  await expect.poll(lit, { timeout: 20_000 }).toBe(false);

  await page.reload();
  await new Promise((settle) => setTimeout(settle, SETTLE_MS));
  expect(await page.evaluate(() => [...document.getElementsByTagName('*')].some((el) => el.localName.startsWith('buyerguard-guard-')))).toBe(false);
  expect(await lit()).toBe(false);

  // Undoable in settings: the site is listed there (read when the page opens).
  await extensionPage.close();
  const settings = await openExtensionPage('options.html');
  await settings.waitForFunction((wanted) => document.body.innerText.includes(wanted), { timeout: 30_000 }, host);
});

test('the badge follows a single-page site: pushState, popstate and replaceState views', async ({ firefox, server, openExtensionPage }) => {
  for (const path of SPA_PATHS) server.serve(`${SPA_ORIGIN}${path}`, SPA_PAGE);
  const page = await firefox.newPage();
  const extensionPage = await openExtensionPage('options.html');
  // Only the single-page site's tab can light the badge: '!' there, '' in every other tab.
  const lit = async () => (await otherTabsBadges(extensionPage)).includes('!');
  const poll = (message: string) => expect.poll(lit, { message, timeout: 20_000 });
  const bannerPoll = (message: string) => expect.poll(() => bannerText(page), { message, timeout: 20_000 });
  const go = async (selector: string) => {
    await page.bringToFront();
    await page.click(selector);
  };

  await page.bringToFront();
  await page.goto(`${SPA_ORIGIN}/help`);
  await bannerPoll('help view warns').toContain(SPA_HELP_NUMBER);
  await poll('help view lights the badge').toBe(true);

  await go('#to-about');
  await bannerPoll('about view: no banner').toBeNull();
  await poll('about view clears the badge').toBe(false);

  await page.bringToFront();
  await page.goBack();
  await bannerPoll('back (popstate) to help warns again').toContain(SPA_HELP_NUMBER);
  await poll('back (popstate) to help lights the badge').toBe(true);

  await go('#to-help-faq');
  await new Promise((settle) => setTimeout(settle, 2500));
  expect(await bannerText(page)).toContain(SPA_HELP_NUMBER);
  expect(await lit()).toBe(true);

  await go('#to-contact');
  await bannerPoll('replaceState to contact shows the new contact').toContain(SPA_CONTACT_NUMBER);
  expect(await bannerText(page)).not.toContain(SPA_HELP_NUMBER);
  await poll('contact view keeps the badge').toBe(true);

  await go('#to-about');
  await bannerPoll('about view again: no banner').toBeNull();
  await poll('about view again clears the badge').toBe(false);
  await new Promise((settle) => setTimeout(settle, 2000));
  expect(await lit()).toBe(false);
});
