import type { BrowserContext, Page } from '@playwright/test';

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
      await page.getByRole('link', { name: 'Налаштування' }).click();
      await page.getByRole('group', { name: 'Мова' }).getByRole('combobox').selectOption('en');
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
