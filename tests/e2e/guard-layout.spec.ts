import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { launchWithExtension, newProfileDir } from './support/extension';
import { guardHostOf } from './support/app';

/*
 * The guard's banner and link confirmation hold their shape on pages we do not
 * control (issue 9): on a right-to-left page (Arabic, Hebrew) they stay in the
 * UI language's left-to-right direction, where they belong on screen, with the
 * page's text isolated; at 200% zoom (a 200 CSS px wide window, as in
 * zoom.spec.ts) no text of theirs is cut off or pushed out of the window, in
 * every UI language (Georgian and Greek have the longest words).
 */

const LANGUAGES = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru'] as const;
const ZOOMED = { width: 200, height: 720 };
const CORPUS = resolve('../shared/corpus/guard');
const HOTLINE_URL = 'https://shopperhelpdesk.example/aliexpress-customer-service-number-usa';
// A corpus fake-hotline page with a flagged tel: link, so the link confirmation can be opened.
const HOTLINE_FILE = join(CORPUS, 'en-fake-hotline-01.html');
const ARABIC = 'خدمة عملاء علي إكسبريس على مدار الساعة';
const HEBREW = 'שירות לקוחות של עליאקספרס';

/** The corpus page as a right-to-left site would serve it: `dir="rtl"` on <html>, Arabic and Hebrew lines in the text. */
function rightToLeftPage(): string {
  const page = readFileSync(HOTLINE_FILE, 'utf8');
  const rtl = page.replace(/<html lang="en">/, '<html lang="ar" dir="rtl">').replace(/<body([^>]*)>/, `<body$1><p>${ARABIC}</p><p lang="he">${HEBREW}</p>`);
  if (!rtl.includes('dir="rtl"') || !rtl.includes(ARABIC)) throw new Error('the corpus page changed: no <html lang="en"> or <body> to rewrite');
  return rtl;
}

interface Shape {
  direction: string;
  box: { left: number; right: number; top: number; bottom: number };
  viewport: { width: number; height: number };
  clipped: string[];
}

/** Where `target` sits and how it is laid out, and any text inside it that is cut off. */
function shapeOf(target: Locator): Promise<Shape> {
  return target.evaluate((element) => {
    const clipped: string[] = [];
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    for (const el of [element, ...element.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || !(el.textContent ?? '').trim()) continue;
      const text = `<${el.localName}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      // Sideways: the banner may scroll down (overflow:auto) but never sideways.
      if (el.scrollWidth > el.clientWidth + 1 && (hides(style.overflowX) || el === element)) clipped.push(`cut off sideways: ${text} (${el.scrollWidth} > ${el.clientWidth})`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) clipped.push(`cut off below: ${text}`);
    }
    const { left, right, top, bottom } = element.getBoundingClientRect();
    return {
      direction: getComputedStyle(element).direction,
      box: { left, right, top, bottom },
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      clipped,
    };
  });
}

function expectInsideWindow(shape: Shape, what: string): void {
  expect(shape.box.left, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(shape.box.right, `${what} ends inside the window`).toBeLessThanOrEqual(shape.viewport.width);
  expect(shape.box.top, `${what} is not above the window`).toBeGreaterThanOrEqual(0);
  expect(shape.clipped, `${what}: ${shape.clipped.join('\n')}`).toEqual([]);
}

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

  const shape = await shapeOf(banner);
  expect(shape.direction).toBe('ltr');
  await expect(banner).toHaveAttribute('dir', 'ltr');
  expectInsideWindow(shape, 'banner');
  // A left-to-right banner sits at the end of the line: the window's right edge.
  expect(shape.viewport.width - shape.box.right).toBeLessThan(shape.box.left);
  // Each contact from the page keeps its own direction inside the banner.
  for (const value of await banner.locator('.value').all()) expect(await value.evaluate((el) => el.localName)).toBe('bdi');

  const dialog = await openConfirmation(page);
  expect((await shapeOf(dialog)).direction).toBe('ltr');
  await expect(dialog).toHaveAttribute('dir', 'ltr');
  expectInsideWindow(await shapeOf(dialog), 'link confirmation');
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
      expectInsideWindow(await shapeOf(banner), `banner (${lang})`);
      // Every button of the banner can be reached: scrolled into view, it is inside the window.
      for (const button of await banner.getByRole('button').all()) {
        await button.scrollIntoViewIfNeeded();
        const box = await button.boundingBox();
        expect(box, `a banner button in ${lang}`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(ZOOMED.width);
      }
      expectInsideWindow(await shapeOf(await openConfirmation(page)), `link confirmation (${lang})`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
