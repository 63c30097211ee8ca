// Renders store/icon.svg to the PNG icons the manifest and the stores use:
// 16, 32, 48 (toolbar, menus), 96 (Firefox's add-ons manager at 2×) and 128
// (Chrome Web Store, AMO, install dialogs). The PNGs are committed source
// assets; run this after changing the SVG: npx tsx tests/tools/render-icons.ts
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve('store/icon.svg'), 'utf8');
const executablePath = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: resolve(`public/icon/${size}.png`), omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
