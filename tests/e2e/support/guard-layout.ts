import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { GUARD_CORPUS } from './journeys';

/*
 * What the guard-layout checks of both browsers share (issue 9): a corpus
 * fake-hotline page rewritten as a right-to-left site would serve it, and a
 * probe, run in the page, of where a piece of guard UI sits, which direction
 * it is laid out in and whether any of its text is cut off. Chromium
 * (guard-layout.spec.ts, Playwright locators) and Firefox
 * (firefox/guard-layout.spec.ts, puppeteer element handles) both pass
 * `shapeOf` to their own `evaluate`.
 */

/** 200% zoom: a 200 CSS px wide window, as in zoom.spec.ts. */
export const ZOOMED = { width: 200, height: 720 };
export const HOTLINE_URL = 'https://shopperhelpdesk.example/aliexpress-customer-service-number-usa';
/** A corpus fake-hotline page with a flagged tel: link, so the link confirmation can be opened. */
export const HOTLINE_FILE = join(GUARD_CORPUS, 'en-fake-hotline-01.html');
const ARABIC = 'خدمة عملاء علي إكسبريس على مدار الساعة';
const HEBREW = 'שירות לקוחות של עליאקספרס';

/** The corpus page as a right-to-left site would serve it: `dir="rtl"` on <html>, Arabic and Hebrew lines in the text. */
export function rightToLeftPage(): string {
  const page = readFileSync(HOTLINE_FILE, 'utf8');
  const rtl = page.replace(/<html lang="en">/, '<html lang="ar" dir="rtl">').replace(/<body([^>]*)>/, `<body$1><p>${ARABIC}</p><p lang="he">${HEBREW}</p>`);
  if (!rtl.includes('dir="rtl"') || !rtl.includes(ARABIC)) throw new Error('the corpus page changed: no <html lang="en"> or <body> to rewrite');
  return rtl;
}

export interface Shape {
  direction: string;
  /** The element's own `dir` attribute (null when it has none). */
  dir: string | null;
  box: { left: number; right: number; top: number; bottom: number };
  viewport: { width: number; height: number };
  clipped: string[];
}

/**
 * Where `element` sits and how it is laid out, and any text inside it that is
 * cut off. Runs in the page (each browser's `evaluate` serialises it), so it
 * uses nothing from this module.
 */
export function shapeOf(element: Element): Shape {
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
    dir: element.getAttribute('dir'),
    box: { left, right, top, bottom },
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    clipped,
  };
}

/** The tag names of the page's contacts as the banner shows them (each should be a <bdi>, keeping its own direction). */
export function contactTagsOf(banner: Element): string[] {
  return [...banner.querySelectorAll('.value')].map((value) => value.localName);
}

export function expectInsideWindow(shape: Shape, what: string): void {
  expect(shape.box.left, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(shape.box.right, `${what} ends inside the window`).toBeLessThanOrEqual(shape.viewport.width);
  expect(shape.box.top, `${what} is not above the window`).toBeGreaterThanOrEqual(0);
  expect(shape.clipped, `${what}: ${shape.clipped.join('\n')}`).toEqual([]);
}

/** Laid out left to right (the UI's languages are), whatever the page's direction. */
function expectLeftToRight(shape: Shape, what: string): void {
  expect(shape.direction, `${what} is laid out left to right`).toBe('ltr');
  expect(shape.dir, `${what} says so in its dir attribute`).toBe('ltr');
}

/** A left-to-right banner sits at the end of the line: nearer the window's right edge than its left. */
function expectAtRightEdge(shape: Shape, what: string): void {
  expect(shape.viewport.width - shape.box.right, `${what} is nearer the right edge than the left`).toBeLessThan(shape.box.left);
}

/** A button's box (either browser's `boundingBox()`), scrolled into view at 200% zoom: inside the window's width. */
export function expectReachable(box: { x: number; width: number } | null, what: string): void {
  expect(box, what).not.toBeNull();
  expect(box!.x, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends inside the window`).toBeLessThanOrEqual(ZOOMED.width);
}

/**
 * The banner on a right-to-left page: left to right, inside the window, in
 * its top-right corner, and each contact from the page (`contactTags`, from
 * `contactTagsOf`) in a <bdi> that keeps the contact's own direction.
 */
export function expectBannerOnRightToLeftPage(shape: Shape, contactTags: readonly string[]): void {
  expectLeftToRight(shape, 'banner');
  expectInsideWindow(shape, 'banner');
  expectAtRightEdge(shape, 'banner');
  expect(contactTags.length, 'contacts shown in the banner').toBeGreaterThan(0);
  for (const tag of contactTags) expect(tag, 'a contact in the banner').toBe('bdi');
}

/** The link confirmation on a right-to-left page: left to right, inside the window. */
export function expectConfirmationOnRightToLeftPage(shape: Shape): void {
  expectLeftToRight(shape, 'link confirmation');
  expectInsideWindow(shape, 'link confirmation');
}
