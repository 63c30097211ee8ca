import { rmSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { launchWithExtension, newProfileDir } from './support/extension';
import { guardHostOf } from './support/app';
import { contactTagsOf, expectBannerOnRightToLeftPage, expectConfirmationOnRightToLeftPage, expectInsideWindow, expectReachable, HOTLINE_FILE, HOTLINE_URL, rightToLeftPage, shapeOf, ZOOMED } from './support/guard-layout';

/*
 * The guard's banner and link confirmation hold their shape on pages we do not
 * control (issue 9): on a right-to-left page (Arabic, Hebrew) they stay in the
 * UI language's left-to-right direction, where they belong on screen, with the
 * page's text isolated; at 200% zoom no text of theirs is cut off or pushed
 * out of the window, in every UI language (Georgian and Greek have the longest
 * words). The same checks in Firefox: firefox/guard-layout.spec.ts.
 */

const LANGUAGES = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru'] as const;

/**
 * Opens the link confirmation by following the page's first flagged tel: link
 * from the keyboard (at 200% zoom the banner covers the link; a reader who
 * tabs to it follows it just the same).
 */
async function openConfirmation(page: Page): Promise<Locator> {
  await page.locator('a[href^="tel:"]').first().focus();
  await page.keyboard.press('Enter');
  const dialog = guardHostOf(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('on a right-to-left page the banner and link confirmation stay left-to-right, in the top-right corner, with the page’s text isolated', async ({ context, server }) => {
  server.serve(HOTLINE_URL, rightToLeftPage());
  const page = await context.newPage();
  await page.goto(HOTLINE_URL);
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  const banner = guardHostOf(page).getByRole('alert');
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText('Possible scam contact');

  expectBannerOnRightToLeftPage(await banner.evaluate(shapeOf), await banner.evaluate(contactTagsOf));

  const dialog = await openConfirmation(page);
  const dialogShape = await dialog.evaluate(shapeOf);
  expectConfirmationOnRightToLeftPage(dialogShape);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

for (const lang of LANGUAGES) {
  test(`at 200% zoom the banner and link confirmation fit the window with no text cut off, in ${lang}`, async ({ server }) => {
    server.serveFile(HOTLINE_URL, HOTLINE_FILE);
    const profile = newProfileDir();
    const context = await launchWithExtension(profile, server.port, lang);
    try {
      const page = await context.newPage();
      await page.setViewportSize(ZOOMED);
      await page.goto(HOTLINE_URL);
      const banner = guardHostOf(page).getByRole('alert');
      await expect(banner).toBeVisible({ timeout: 15_000 });
      await expect(banner).toHaveAttribute('lang', lang);
      expectInsideWindow(await banner.evaluate(shapeOf), `banner (${lang})`);
      // Every button of the banner can be reached: scrolled into view, it is inside the window.
      for (const button of await banner.getByRole('button').all()) {
        await button.scrollIntoViewIfNeeded();
        expectReachable(await button.boundingBox(), `a banner button in ${lang}`);
      }
      expectInsideWindow(await (await openConfirmation(page)).evaluate(shapeOf), `link confirmation (${lang})`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
