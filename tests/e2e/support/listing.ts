import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { sidebarOf } from './app';
import type { TestServer } from './server';

const WHATSAPP_LISTING = resolve('tests/fixtures/aliexpress/product-whatsapp.html');
/** An AliExpress listing whose seller gives a WhatsApp number, as a buyer reaches it from a search (with tracking query). */
export const WHATSAPP_LISTING_URL = 'https://www.aliexpress.com/item/1005005123456789.html?spm=a2g0o.productlist&sku_id=12000033333333333';

/** Serves that listing and opens it in a new tab; the guard warns about the number. */
export async function openWhatsAppListing(context: BrowserContext, server: TestServer): Promise<Page> {
  server.serveFile('https://www.aliexpress.com/item/1005005123456789.html', WHATSAPP_LISTING);
  const page = await context.newPage();
  await page.goto(WHATSAPP_LISTING_URL);
  return page;
}

/** The guard's warning sits over the page's edge: hide it, then open the page's sidebar. */
export async function openSidebarPastWarning(page: Page): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Hide this warning' }).click();
  await sidebarOf(page).tab.click();
  return sidebarOf(page).app();
}
