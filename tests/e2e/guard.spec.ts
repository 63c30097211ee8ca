import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serviceWorkerOf } from './support/extension';
import { SPA_CONTACT_NUMBER, SPA_HELP_NUMBER, SPA_ORIGIN, SPA_PAGE, SPA_PATHS } from './support/spa-page';
import { CLEAN_PAGES as CLEAN, LATE_NUMBER_FLAGGED, LATE_NUMBER_PAGE, LATE_NUMBER_URL, serveCorpus, WARN_PAGES as WARN } from './support/journeys';

/*
 * The scam-contact guard in the built extension (build first: npx wxt build).
 * Corpus pages are served at their canonical URLs (every host resolves to the
 * loopback test server); several pages share a tab to keep the run short.
 */

/** Enough for document_idle, a full scan and one observer batch on these small pages. */
const SETTLE_MS = 1200;

/** The guard's host: a child of <html> whose tag is HOST_TAG_PREFIX and a random part. */
function guardHost(page: Page) {
  return page.locator('xpath=/html/*[starts-with(local-name(), "buyerguard-guard-")]');
}

function banner(page: Page) {
  return guardHost(page).getByRole('alert');
}

/** Splits `items` over `tabs` tabs, each working through its share in order. */
async function inTabs<T>(context: BrowserContext, items: readonly T[], tabs: number, visit: (page: Page, item: T) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: tabs }, async (_, slot) => {
      const page = await context.newPage();
      for (let i = slot; i < items.length; i += tabs) await visit(page, items[i]!);
      await page.close();
    }),
  );
}

/**
 * The toolbar badge text of the tab showing `page`. The content script reports to the
 * background after its banner changed, so a badge that must follow a change is polled.
 */
async function badgeOf(context: BrowserContext, page: Page): Promise<string> {
  await page.bringToFront();
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    // The worker's own `chrome` (no type package for it here).
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '?' : api.action.getBadgeText({ tabId: tab.id });
  });
}

/** What the guard could have left in the page, read from the page's own world. */
async function pageTraces(page: Page) {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const highlights = (CSS as unknown as { highlights?: { size: number } }).highlights;
    return {
      // The marketplace sidebar (another feature) has its own host on marketplace pages.
      elementsNow: document.getElementsByTagName('*').length - document.getElementsByTagName('buyerguard-sidebar').length,
      elementsServed: parsed.getElementsByTagName('*').length,
      adoptedSheets: document.adoptedStyleSheets.length,
      styleSheets: document.styleSheets.length,
      styleSheetsServed: parsed.querySelectorAll('style, link[rel~="stylesheet"]').length,
      highlights: highlights?.size ?? 0,
      flaggedAttributes: document.querySelectorAll('[data-buyerguard-flagged]').length,
    };
  });
}

test('warns on every corpus warn page, listing each flagged contact', async ({ context, server }) => {
  serveCorpus(server, WARN);
  const warned: string[] = [];
  await inTabs(context, WARN, 4, async (page, label) => {
    await page.goto(label.url);
    const alert = banner(page);
    await expect(alert, label.file).toBeVisible();
    for (const contact of label.flag) await expect(alert, `${label.file}: ${contact.value}`).toContainText(contact.value);
    warned.push(label.file);
  });
  expect(warned).toHaveLength(WARN.length);
});

test('stays silent on every clean corpus page and adds nothing to it', async ({ context, server }) => {
  serveCorpus(server, CLEAN);
  await inTabs(context, CLEAN, 4, async (page, label) => {
    await page.goto(label.url);
    await page.waitForTimeout(SETTLE_MS);
    await expect(guardHost(page), label.file).toHaveCount(0);
    const traces = await pageTraces(page);
    expect(traces.elementsNow, label.file).toBe(traces.elementsServed);
    expect(traces.styleSheets, label.file).toBe(traces.styleSheetsServed);
    expect(traces.adoptedSheets, label.file).toBe(0);
    expect(traces.highlights, label.file).toBe(0);
    expect(traces.flaggedAttributes, label.file).toBe(0);
    expect(await badgeOf(context, page), label.file).toBe('');
  });
});

const LATE_MENTION = `<!doctype html><html lang="en"><head><title>Weekend reading</title></head><body>
<main id="feed"><article><h2>Garden tips</h2><p>Water tomatoes in the morning. Call us on 020 7946 0321 for seeds.</p></article></main>
<script>setTimeout(() => {
  const article = document.createElement('article');
  article.innerHTML = '<h2>AliExpress customer care hotline</h2><p>AliExpress support phone, 24/7: +1 877 555 0188</p>';
  document.getElementById('feed').append(article);
}, 1000);</script>
</body></html>`;

test('catches contacts that a script adds after load', async ({ context, server }) => {
  server.serve(LATE_NUMBER_URL, LATE_NUMBER_PAGE);
  server.serve('https://endless-feed.example/', LATE_MENTION);
  const page = await context.newPage();

  await page.goto(LATE_NUMBER_URL);
  await expect(guardHost(page)).toHaveCount(0);
  await expect(banner(page)).toContainText(LATE_NUMBER_FLAGGED);

  // The page names no marketplace until the infinite-scroll article arrives.
  await page.goto('https://endless-feed.example/');
  await expect(guardHost(page)).toHaveCount(0);
  await expect(banner(page)).toContainText('+18775550188');
  await expect(banner(page)).not.toContainText('+442079460321');
  await expect.poll(() => badgeOf(context, page)).toBe('!');
});

const CALL_PAGE = `<!doctype html><html lang="en"><head><title>AliExpress hotline</title></head><body>
<h1>AliExpress customer service phone number</h1>
<p>AliExpress customer support hotline, call now: <a id="call" href="tel:+18885550123">Call now</a></p>
<p>AliExpress support on WhatsApp: <a id="chat" href="https://wa.me/18885550199">open chat</a></p>
<script>
  window.clicks = [];
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (link) window.clicks.push(link.id + (event.defaultPrevented ? ' prevented' : ' allowed'));
  });
</script>
</body></html>`;

test('a flagged tel: link asks first: cancel stays, confirm proceeds', async ({ context, server }) => {
  server.serve('https://call-help.example/aliexpress', CALL_PAGE);
  server.serve('https://wa.me/18885550199', '<!doctype html><title>chat</title><p>chat opened</p>');
  const page = await context.newPage();
  await page.goto('https://call-help.example/aliexpress');
  await expect(banner(page)).toContainText('+18885550123');
  const dialog = guardHost(page).getByRole('dialog');
  const clicks = () => page.evaluate(() => (window as unknown as { clicks: string[] }).clicks);

  await page.locator('#call').click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('+18885550123');
  await dialog.getByRole('button', { name: 'Don’t open' }).click();
  await expect(dialog).toHaveCount(0);
  expect(page.url()).toBe('https://call-help.example/aliexpress');
  expect(await clicks()).toEqual([]);

  // Keyboard: Enter on the link asks, Esc cancels.
  await page.locator('#call').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Don’t open' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await clicks()).toEqual([]);

  // Confirming lets the click through: the page sees it, nothing prevents the call.
  await page.locator('#call').click();
  await dialog.getByRole('button', { name: 'Open anyway' }).click();
  await expect.poll(clicks).toEqual(['call allowed']);
});

test('a flagged chat link opens once confirmed', async ({ context, server }) => {
  server.serve('https://call-help.example/aliexpress', CALL_PAGE);
  server.serve('https://wa.me/18885550199', '<!doctype html><title>chat</title><p>chat opened</p>');
  const page = await context.newPage();
  await page.goto('https://call-help.example/aliexpress');
  await expect(banner(page)).toContainText('https://wa.me/18885550199');
  const dialog = guardHost(page).getByRole('dialog');
  await page.locator('#chat').click();
  await expect(dialog).toContainText('not an official AliExpress channel');
  await dialog.getByRole('button', { name: 'Open anyway' }).click();
  await expect(page).toHaveURL('https://wa.me/18885550199');
  await expect(page.getByText('chat opened')).toBeVisible();

});

test('"Don’t warn on this site" silences the next load; the badge follows', async ({ context, server, openExtensionPage }) => {
  const label = WARN.find((l) => l.file === 'en-fake-hotline-01.html') ?? WARN[0]!;
  serveCorpus(server, [label]);
  const host = new URL(label.url).host;
  const page = await context.newPage();
  await page.goto(label.url);
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => badgeOf(context, page)).toBe('!');
  expect((await pageTraces(page)).highlights + (await pageTraces(page)).flaggedAttributes).toBeGreaterThan(0);

  await banner(page).getByRole('button', { name: 'Don’t warn on this site' }).click();
  const notice = guardHost(page).getByRole('status');
  await expect(notice).toContainText(host);
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => badgeOf(context, page)).toBe('');
  const after = await pageTraces(page);
  expect(after.highlights + after.flaggedAttributes + after.adoptedSheets).toBe(0);

  await page.reload();
  await page.waitForTimeout(SETTLE_MS);
  await expect(guardHost(page)).toHaveCount(0);
  expect(await badgeOf(context, page)).toBe('');

  // Undoable in settings: the site is listed there.
  const settings = await openExtensionPage('options.html');
  await expect(settings.getByText(host)).toBeVisible();
});

test('trusting a contact keeps it quiet; a seller pushing off the platform can be reported', async ({ context, server, openExtensionPage }) => {
  const hotline = WARN.find((l) => l.file === 'en-fake-hotline-03.html') ?? WARN[0]!;
  const seller = WARN.find((l) => l.file === 'en-offplatform-01.html') ?? WARN.find((l) => l.url.includes('aliexpress.'))!;
  serveCorpus(server, [hotline, seller]);
  const page = await context.newPage();

  await page.goto(hotline.url);
  const [trusted, ...others] = hotline.flag;
  const item = banner(page).getByRole('listitem').filter({ hasText: trusted!.value });
  await item.getByRole('button', { name: 'Trust this contact' }).click();
  await expect(guardHost(page).getByRole('status')).toContainText(trusted!.value);
  // The banner says so at once; the background stores it a moment later. Reload only once it is listed in settings.
  // The settings page reads the list when it opens, so it is reopened until the write has landed.
  const settings = await openExtensionPage('options.html');
  await expect(async () => {
    await settings.reload();
    await expect(settings.getByText(trusted!.value)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await settings.close();
  await page.bringToFront();
  await page.reload();
  for (const other of others) await expect(banner(page)).toContainText(other.value);
  await expect(banner(page)).not.toContainText(trusted!.value);

  await page.goto(seller.url);
  await expect(banner(page)).toContainText('outside AliExpress');
  const tabs = context.pages().length;
  await banner(page).getByRole('button', { name: 'Report seller (off-platform trading)' }).click();
  // The complaint wizard opens pre-filled: in the page's sidebar on a marketplace page, else in a tab.
  await expect
    .poll(async () => {
      const src = await page.locator('buyerguard-sidebar iframe').getAttribute('src', { timeout: 500 }).catch(() => null);
      const tab = context.pages().slice(tabs).find((p) => p.url().includes('complaint'));
      return (src ?? '').includes('complaint') || tab !== undefined;
    })
    .toBe(true);
});

test('the badge follows a single-page site: pushState, popstate and replaceState views', async ({ context, server }) => {
  for (const path of SPA_PATHS) server.serve(`${SPA_ORIGIN}${path}`, SPA_PAGE);
  const page = await context.newPage();
  const badge = () => expect.poll(() => badgeOf(context, page), { timeout: 15_000 });

  await page.goto(`${SPA_ORIGIN}/help`);
  await expect(banner(page)).toContainText(SPA_HELP_NUMBER);
  await badge().toBe('!');

  // pushState to a view without warnings: the banner and the badge both go.
  await page.click('#to-about');
  await expect(banner(page)).toHaveCount(0, { timeout: 15_000 });
  await badge().toBe('');

  // Back (popstate) to the warning view: both come back.
  await page.goBack();
  await expect(page).toHaveURL(`${SPA_ORIGIN}/help`);
  await expect(banner(page)).toContainText(SPA_HELP_NUMBER);
  await badge().toBe('!');

  // pushState to a new address showing the same view: the warning and the badge stay, also after
  // the browser's navigation events have reached the background.
  await page.click('#to-help-faq');
  await expect(page).toHaveURL(`${SPA_ORIGIN}/help?section=faq`);
  await page.waitForTimeout(2500);
  await expect(banner(page)).toContainText(SPA_HELP_NUMBER);
  expect(await badgeOf(context, page)).toBe('!');

  // replaceState to a view with a different warning: the banner shows only the new contact.
  await page.click('#to-contact');
  await expect(banner(page)).toContainText(SPA_CONTACT_NUMBER);
  await expect(banner(page)).not.toContainText(SPA_HELP_NUMBER);
  await badge().toBe('!');

  await page.click('#to-about');
  await expect(banner(page)).toHaveCount(0, { timeout: 15_000 });
  await badge().toBe('');
  // Still clear after the content script's repeated report (REPORT_AGAIN_MS) has passed.
  await page.waitForTimeout(2000);
  expect(await badgeOf(context, page)).toBe('');
});
