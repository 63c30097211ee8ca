import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Two cores: one browser with the extension per worker is what the machine holds comfortably.
  workers: process.env.CI ? 2 : 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    // The built Chromium extension in Debian's Chromium (Playwright drives it).
    { name: 'chromium', testIgnore: /tests[\\/]e2e[\\/]firefox[\\/]/ },
    // The built Firefox extension in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi,
    // see tests/e2e/firefox/fixtures.ts). One worker: its test server needs port 443.
    // Firefox starts slower than Chromium on this 2-core machine: more time per test.
    { name: 'firefox', testDir: 'tests/e2e/firefox', workers: 1, timeout: 120_000 },
  ],
});
