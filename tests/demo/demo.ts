/**
 * `npm run demo`: serves the bundled demo pages on loopback, opens Debian's
 * Chromium with the built extension (headed when a display exists, else
 * headless), maps every host to the local server so the pages appear as
 * https://www.aliexpress.com/…, and writes screenshots to demo-output/,
 * then the 1280×800 store listing screenshots in English, Ukrainian and
 * Polish (demo-output/store-<lang>-*.png; `--store` makes only those).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { TestServer } from '../e2e/support/server';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../e2e/support/extension';
import { DEMO_SCENES } from './scenes';
import { shootStoreScreenshots } from './store';

const OUT = resolve('demo-output');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = new TestServer();
  await server.start();
  for (const scene of DEMO_SCENES) for (const [url, file] of scene.pages) server.serveFile(url, resolve(file));

  if (process.argv.includes('--store')) {
    const shots = await shootStoreScreenshots(server, OUT);
    await server.stop();
    console.log(`Store screenshots written to ${OUT}:\n${shots.map((s) => `  ${s}`).join('\n')}`);
    return;
  }
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const context = await launchWithExtension(newProfileDir(), server.port, 'en-US', { headless: !headed });
  const extensionId = await extensionIdOf(context);
  const shots: string[] = [];
  try {
    for (const scene of DEMO_SCENES) {
      const page: Page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 860 });
      await scene.run({ page, context, extensionId, shoot: async (name, target = page) => {
        const file = `${OUT}/${name}.png`;
        await target.screenshot({ path: file });
        shots.push(file);
      } });
      if (!headed) await page.close();
    }
  } finally {
    if (!headed) await context.close();
  }
  shots.push(...(await shootStoreScreenshots(server, OUT)));
  if (!headed) await server.stop();
  console.log(`Screenshots written to ${OUT}:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  if (headed) console.log('The browser stays open for you to try the extension; press Ctrl+C to quit.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
