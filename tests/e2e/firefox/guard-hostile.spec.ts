import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { bannerOnTopInPage, HOSTILE_GUARD_NUMBER, serveHostile } from '../support/guard-hostile';
import { databaseSnapshot } from '../support/hostile';

/*
 * Pages that fight the guard (issue 8 #1, #2, "Pages that fight the guard"),
 * in Firefox: the same hostile pages as the Chromium journey
 * (tests/e2e/guard-hostile.spec.ts). The warning shows, stays on top, says
 * the right thing, and the page's own clicks on its buttons change nothing.
 */

const NUMBER = HOSTILE_GUARD_NUMBER;

/** The banner's text (its host has a random tag per page, under <html> or, once removed from there, <body>), or null. */
function bannerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.localName.startsWith('buyerguard-guard-'));
    const alert = host?.shadowRoot?.querySelector('[role="alert"]');
    return alert ? (alert.textContent ?? '') : null;
  });
}

/** Whether the user sees the banner. */
function bannerOnTop(page: Page): Promise<boolean> {
  return page.evaluate(bannerOnTopInPage);
}

test('a page clicking the banner’s buttons itself changes nothing', async ({ firefox, server, openExtensionPage }) => {
  const url = serveHostile(server, 'synthetic-clicks.html');
  const page = await firefox.newPage();
  await page.goto(url);
  await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain(NUMBER);
  await expect.poll(() => page.evaluate(() => (window as unknown as { synthetic: number }).synthetic), { timeout: 20_000 }).toBeGreaterThan(30);
  expect(await bannerText(page)).toContain(NUMBER);

  // Nothing reached the trust lists: the database names neither the number nor the site.
  const settings = await openExtensionPage('options.html');
  const stored = await databaseSnapshot(settings);
  expect(stored).toContain('"settings"');
  expect(stored).not.toContain(NUMBER);
  expect(stored).not.toContain(new URL(url).hostname);
  await settings.close();

  await page.bringToFront();
  await page.reload();
  await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain(NUMBER);
});

for (const file of ['predefined-elements.html', 'remover.html', 'redefined-builtins.html']) {
  test(`the banner shows, on top and right, on a page that fights it: ${file}`, async ({ firefox, server }) => {
    const page = await firefox.newPage();
    await page.goto(serveHostile(server, file));
    await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain(NUMBER);
    expect(await bannerText(page)).toContain('Possible scam contact');
    // Give the page time to fight (removals every 10 ms, upgrades, a ticking clock), then look again.
    await new Promise((settle) => setTimeout(settle, 1500));
    await expect.poll(() => bannerText(page), { timeout: 10_000 }).toContain(NUMBER);
    await expect.poll(() => bannerOnTop(page), { timeout: 10_000 }).toBe(true);
  });
}

test('a later overlay or modal dialog does not bury the warning', async ({ firefox, server }) => {
  const page = await firefox.newPage();
  await page.goto(serveHostile(server, 'overlay.html'));
  await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain(NUMBER);
  await expect.poll(() => page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement | null)?.open ?? false), { timeout: 10_000 }).toBe(true);
  // Raised again above the page's modal dialog (checked once a second).
  await expect.poll(() => bannerOnTop(page), { timeout: 10_000 }).toBe(true);
  expect(await bannerText(page)).toContain('This page tried to hide this warning');
});
