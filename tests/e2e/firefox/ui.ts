import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { expect } from './fixtures';
import { ORDER_FORM_FIELDS, type OrderInput } from '../support/journeys';

/*
 * Page objects for the Firefox journeys, in puppeteer-core terms: find by
 * role and accessible name or by visible label, as a person would, the same
 * way the Chromium specs do with Playwright locators.
 */

/** A page or a frame: the side panel tab, or the in-page sidebar's iframe. */
export type Scope = Page | Frame;

const quoted = (text: string) => text.replace(/"/g, '\\"');

/** A selector for the element with this ARIA role and accessible name. */
export function byRole(role: string, name: string): string {
  return `::-p-aria([name="${quoted(name)}"][role="${role}"])`;
}

export async function click(scope: Scope, role: string, name: string): Promise<void> {
  await scope.locator(byRole(role, name)).setTimeout(10_000).click();
}

/** Waits until an element with this role and name is there. */
export async function expectRole(scope: Scope, role: string, name: string): Promise<void> {
  await scope.locator(byRole(role, name)).setTimeout(10_000).wait();
}

/** The form control a visible <label> names by its own text (not a marker such as the required asterisk). */
async function controlLabelled(scope: Scope, label: string): Promise<ElementHandle<Element>> {
  const handle = await scope.waitForFunction(
    (wanted) => {
      for (const element of document.querySelectorAll('label')) {
        const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
        const text = own.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
        if (text === wanted && element.control) return element.control;
      }
      return null;
    },
    { timeout: 10_000 },
    label,
  );
  return handle as ElementHandle<Element>;
}

export async function fill(scope: Scope, label: string, value: string): Promise<void> {
  await (await controlLabelled(scope, label)).asLocator().fill(value);
}

/** Chooses the option with this visible text in the labelled <select>. */
export async function selectOption(scope: Scope, label: string, optionText: string): Promise<void> {
  const select = (await controlLabelled(scope, label)) as ElementHandle<HTMLSelectElement>;
  const value = await select.evaluate((element, text) => [...element.options].find((o) => o.text.trim() === text)?.value, optionText);
  if (value === undefined) throw new Error(`No option "${optionText}" in "${label}"`);
  await select.select(value);
}

export async function upload(scope: Scope, label: string, files: { name: string; bytes: Buffer }[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const paths = files.map(({ name, bytes }) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
  const input = (await controlLabelled(scope, label)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...paths);
}

export function bodyText(scope: Scope): Promise<string> {
  return scope.evaluate(() => document.body.innerText);
}

/** Waits until the page shows `text` (fails with the page's text otherwise). */
export async function expectText(scope: Scope, text: string): Promise<void> {
  await expect.poll(() => bodyText(scope), { timeout: 10_000 }).toContain(text);
}

export function textsOf(scope: Scope, selector: string): Promise<string[]> {
  return scope.$$eval(selector, (elements) => elements.map((e) => (e.textContent ?? '').trim()));
}

/** The in-page sidebar on a marketplace page: opens it from its edge tab and returns the app's frame. */
export async function openInPageSidebar(page: Page): Promise<Frame> {
  await page.locator('buyerguard-sidebar >>> button.edge-tab').setTimeout(10_000).click();
  const iframe = await page.waitForSelector('buyerguard-sidebar >>> iframe', { timeout: 10_000 });
  const frame = await iframe!.contentFrame();
  await frame.waitForFunction(() => document.readyState === 'complete' && document.querySelector('h1, h2') !== null, { timeout: 10_000 });
  return frame;
}

/**
 * A write in Firefox's in-page sidebar (the frame cannot see whether the page
 * covers it): press the button, then answer the question the frame asks the
 * first time after it appears (components/PlainSightConfirm.tsx).
 */
export async function clickAndConfirm(sidebar: Scope, role: string, name: string): Promise<void> {
  await click(sidebar, role, name);
  await click(sidebar, 'button', 'Yes, save');
}

/**
 * `clickAndConfirm` with the buttons found by their text in the DOM rather
 * than by role: Firefox answers an ARIA query from its accessibility tree,
 * which it builds slowly (well over 10 s) for a page holding a megabyte of
 * text; the app itself answers such a page at once.
 */
export async function clickAndConfirmByText(sidebar: Scope, name: string): Promise<void> {
  for (const text of [name, 'Yes, save']) await sidebar.locator(`button::-p-text(${text})`).setTimeout(10_000).click();
}

export async function addOrderByHand(app: Scope, order: OrderInput): Promise<void> {
  await click(app, 'link', 'Add order');
  for (const { field, label } of ORDER_FORM_FIELDS) {
    const value = order[field];
    if (value) await fill(app, label, value);
  }
  await click(app, 'button', 'Save');
}

/**
 * Runs `action` and returns the file the page offered as a download. The app
 * downloads through a Blob URL and an `<a download>` click; WebDriver BiDi in
 * this Firefox reports no download events, so the click is observed in the
 * page and the Blob read back there. The download itself still goes ahead.
 */
export async function captureDownload(scope: Scope, action: () => Promise<void>): Promise<{ fileName: string; bytes: Buffer }> {
  await scope.evaluate(() => {
    const seen: { href: string; download: string }[] = [];
    (window as unknown as { seenDownloads: typeof seen }).seenDownloads = seen;
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) seen.push({ href: this.href, download: this.download });
      original.call(this);
    };
  });
  await action();
  const handle = await scope.waitForFunction(() => (window as unknown as { seenDownloads: { href: string; download: string }[] }).seenDownloads[0] ?? null, { timeout: 15_000 });
  const { href, download } = (await handle.jsonValue()) as { href: string; download: string };
  const base64 = await scope.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, href);
  return { fileName: download, bytes: Buffer.from(base64, 'base64') };
}

/** The in-page sidebar's frame on a page opened after it was left open: it opens by itself. */
export async function inPageSidebarLeftOpen(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('buyerguard-sidebar >>> iframe', { timeout: 10_000 });
  const frame = await iframe!.contentFrame();
  await frame.waitForFunction(() => document.readyState === 'complete' && document.querySelector('h1, h2') !== null, { timeout: 10_000 });
  return frame;
}

/** The guard banner's text (its shadow root is open), or null when the page has no banner. */
export function bannerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    // The host's tag is "buyerguard-guard-" and a random part per page.
    const host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.localName.startsWith('buyerguard-guard-'));
    const alert = host?.shadowRoot?.querySelector('[role="alert"]');
    return alert ? (alert.textContent ?? '') : null;
  });
}
