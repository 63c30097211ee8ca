import type { ElementHandle, Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { launchFirefoxWithExtension } from '../support/firefox';
import { contactTagsOf, expectBannerOnRightToLeftPage, expectConfirmationOnRightToLeftPage, expectInsideWindow, expectReachable, HOTLINE_FILE, HOTLINE_URL, rightToLeftPage, shapeOf, ZOOMED } from '../support/guard-layout';

/*
 * The guard's banner and link confirmation hold their shape in Firefox too
 * (issue 9), with the same page and probe as the Chromium check
 * (guard-layout.spec.ts): left to right and in the top-right corner on a
 * right-to-left page; nothing cut off at 200% zoom in English and in the UI
 * languages with the longest words (Georgian, Greek).
 */

/** In the page: the element matching `selector` in the guard's (open) shadow root, or null. */
function guardPartIn(selector: string): Element | null {
  // The host's tag is "buyerguard-guard-" and a random part per page.
  const host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.localName.startsWith('buyerguard-guard-'));
  return host?.shadowRoot?.querySelector(selector) ?? null;
}

async function waitForGuardPart(page: Page, selector: string): Promise<ElementHandle<Element>> {
  return (await page.waitForFunction(guardPartIn, { timeout: 15_000 }, selector)) as ElementHandle<Element>;
}

/**
 * Opens the link confirmation by following the page's first flagged tel: link
 * from the keyboard (at 200% zoom the banner covers the link).
 */
async function openConfirmation(page: Page): Promise<ElementHandle<Element>> {
  await page.focus('a[href^="tel:"]');
  await page.keyboard.press('Enter');
  return waitForGuardPart(page, 'dialog[open]');
}

test('on a right-to-left page the banner and link confirmation stay left-to-right, in the top-right corner, with the page’s text isolated', async ({ firefox, server }) => {
  server.serve(HOTLINE_URL, rightToLeftPage());
  const page = await firefox.newPage();
  await page.goto(HOTLINE_URL);
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  const banner = await waitForGuardPart(page, '[role="alert"]');
  expect(await banner.evaluate((el) => el.textContent)).toContain('Possible scam contact');

  expectBannerOnRightToLeftPage(await banner.evaluate(shapeOf), await banner.evaluate(contactTagsOf));

  const dialogShape = await (await openConfirmation(page)).evaluate(shapeOf);
  expectConfirmationOnRightToLeftPage(dialogShape);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(guardPartIn, 'dialog[open]').then((dialog) => dialog !== null)).toBe(false);
});

for (const lang of ['en', 'ka', 'el'] as const) {
  test(`at 200% zoom the banner and link confirmation fit the window with no text cut off, in ${lang}`, async ({ server }) => {
    server.clear();
    server.serveFile(HOTLINE_URL, HOTLINE_FILE);
    const { browser } = await launchFirefoxWithExtension(lang);
    try {
      const page = await browser.newPage();
      await page.setViewport(ZOOMED);
      await page.goto(HOTLINE_URL);
      const banner = await waitForGuardPart(page, '[role="alert"]');
      expect(await banner.evaluate((el) => el.getAttribute('lang'))).toBe(lang);
      expectInsideWindow(await banner.evaluate(shapeOf), `banner (${lang})`);
      // Every button of the banner can be reached: scrolled into view, it is inside the window.
      const buttons = await banner.$$('button');
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) {
        await button.scrollIntoView();
        expectReachable(await button.boundingBox(), `a banner button in ${lang}`);
      }
      expectInsideWindow(await (await openConfirmation(page)).evaluate(shapeOf), `link confirmation (${lang})`);
    } finally {
      await browser.close();
    }
  });
}
