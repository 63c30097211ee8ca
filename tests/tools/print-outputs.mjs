// After `npm run build`: say where the unpacked extensions and store zips are.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve('.output');
const lines = ['', 'Built:'];
for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  if (existsSync(`${out}/${dir}`)) lines.push(`  unpacked ${dir.startsWith('chrome') ? 'Chrome/Chromium' : 'Firefox'}: ${out}/${dir}`);
}
for (const file of existsSync(out) ? readdirSync(out) : []) {
  if (file.endsWith('.zip')) lines.push(`  zip: ${out}/${file}`);
}
console.log(lines.join('\n'));
