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
    },
  },
];
