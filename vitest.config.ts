import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    testTimeout: 20_000,
    // Both cores: the default leaves one idle, and the draft and guard combination suites are long.
    maxWorkers: 2,
  },
});
