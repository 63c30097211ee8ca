import type { BrowserContext, Page } from '@playwright/test';
import { translate } from '../../lib/i18n/translate';
import type { Locale } from '../../lib/i18n/locales';

export interface SceneContext {
  page: Page;
  context: BrowserContext;
  extensionId: string;
  shoot: (name: string, target?: Page) => Promise<void>;
}

export interface DemoScene {
  /** [pretend URL, file served there] */
  pages: [string, string][];
  run: (scene: SceneContext) => Promise<void>;
}

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const MESSAGES = 'https://www.aliexpress.com/p/message/index.html?orderId=8181234567890123';
const LISTING = 'https://www.aliexpress.com/item/1005006123456789.html';
const FAKE_HOTLINE = 'https://shopperhelpdesk.example/aliexpress-customer-service-number-usa';

/** Switches the side panel's language in settings, from `from` to `to`. */
async function switchLanguage(page: Page, from: Locale, to: Locale): Promise<void> {
  await page.getByRole('link', { name: translate(from, 'common.settings') }).click();
  await page.getByRole('group', { name: translate(from, 'common.language') }).getByRole('combobox').selectOption(to);
  await page.getByRole('link', { name: translate(to, 'app.nav.orders') }).click();
}

/** Scrolls the English sentences and their glosses to the top of the panel, so the shot shows them. */
async function showSentences(page: Page): Promise<void> {
  await page.locator('p.english').first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

/**
 * In the buyer's language: a firm message (with its reply date) about a damaged
 * item, then the dispute text with the buyer's own answers — what differs, what
 * was ordered and what came — each English sentence glossed underneath.
 */
async function firmDraftAndDispute(page: Page, locale: Locale, shoot: SceneContext['shoot']): Promise<void> {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  await page.locator('.order-card').first().click();
  await page.getByRole('link', { name: t('compose.tab.drafts') }).click();
  await page.locator('select[name="situation"]').selectOption('damaged');
  await page.getByRole('radio', { name: t('drafts.tone.firm') }).check();
  await page.getByRole('radio', { name: t('drafts.want.refund') }).check();
  await page.locator('p.english', { hasText: 'Please reply by' }).waitFor();
  await showSentences(page);
  await shoot(`side-panel-firm-draft-${locale}`);
  await page.getByRole('link', { name: t('compose.tab.dispute') }).click();
  await page.locator('#dispute-reason').selectOption('size-colour-material');
  await page.getByRole('radio', { name: t('drafts.mismatch.material') }).check();
  await page.getByLabel(t('drafts.question.ordered')).fill('100% cotton, size M');
  await page.getByLabel(t('drafts.question.received')).fill('polyester, size M');
  await page.locator('p.english', { hasText: 'I ordered 100% cotton, size M' }).waitFor();
  await showSentences(page);
  await shoot(`side-panel-dispute-${locale}`);
  await page.getByRole('link', { name: t('app.nav.orders') }).click();
}

/** What the demo shows, in order. Later features add scenes here. */
export const DEMO_SCENES: DemoScene[] = [
  {
    pages: [[ORDER_LIST, 'tests/fixtures/aliexpress/order-list-en.html']],
    async run({ page, shoot }) {
      await page.goto(ORDER_LIST);
      const host = page.locator('buyerguard-sidebar');
      await host.locator('button.edge-tab').click();
      const app = host.locator('iframe').contentFrame();
      await app.getByRole('button', { name: /Track all/ }).click();
      await app.getByText(/Saved:/).waitFor();
      await shoot('sidebar-order-list');
    },
  },
  {
    pages: [],
    async run({ page, extensionId, shoot }) {
      await page.setViewportSize({ width: 420, height: 860 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html#/orders`);
      await page.getByRole('heading', { name: 'Your orders' }).waitFor();
      await shoot('side-panel-orders');
      await page.locator('.order-card').first().click();
      await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
      await shoot('side-panel-order-deadlines');
      // The buyer writes in Ukrainian; the message goes out in English with each sentence explained.
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('group', { name: 'Language' }).getByRole('combobox').selectOption('uk');
      await page.getByRole('link', { name: 'Замовлення' }).click();
      await page.locator('.order-card').first().click();
      await page.locator('nav.tabs a').nth(3).click();
      await page.locator('select').first().selectOption({ index: 2 });
      await page.waitForTimeout(300);
      await shoot('side-panel-draft-with-glosses');
      await page.getByRole('link', { name: 'Замовлення' }).click();
      await firmDraftAndDispute(page, 'uk', shoot);
      await switchLanguage(page, 'uk', 'ka');
      await firmDraftAndDispute(page, 'ka', shoot);
      await switchLanguage(page, 'ka', 'en');
    },
  },
  {
    pages: [[MESSAGES, 'tests/fixtures/aliexpress/messages-en.html']],
    async run({ page, shoot }) {
      await page.goto(MESSAGES);
      const host = page.locator('buyerguard-sidebar');
      if (await host.locator('button.edge-tab').isVisible()) await host.locator('button.edge-tab').click();
      await host.locator('iframe').contentFrame().getByRole('button', { name: /Save this conversation/ }).waitFor();
      await shoot('sidebar-message-page');
    },
  },
  {
    pages: [[FAKE_HOTLINE, '../shared/corpus/guard/en-fake-hotline-01.html']],
    async run({ page, shoot }) {
      await page.goto(FAKE_HOTLINE);
      await page.getByRole('alert').waitFor();
      await shoot('guard-fake-hotline');
    },
  },
  {
    pages: [[LISTING, 'tests/fixtures/aliexpress/product-whatsapp.html']],
    async run({ page, shoot }) {
      await page.goto(LISTING);
      await page.getByRole('alert').waitFor();
      await shoot('guard-offplatform-seller');
    },
  },
];
