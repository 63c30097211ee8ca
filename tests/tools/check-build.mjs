// After the build: content scripts must be UTF-8 without Unicode
// noncharacters — Chrome refuses to load an extension whose content script
// contains one ("It isn't UTF-8 encoded"), and then nothing works. (Pages and
// the service worker are not checked that way: Dexie's U+FFFF key bound is fine there.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{10FFFE}\u{10FFFF}]/u;
const decoder = new TextDecoder('utf-8', { fatal: true });
const problems = [];

function visit(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) visit(path);
    else if (/\.(js|html|json|css)$/.test(name)) {
      let text;
      try {
        text = decoder.decode(readFileSync(path));
      } catch {
        problems.push(`${path}: not valid UTF-8`);
        continue;
      }
      const match = NONCHARACTER.exec(text);
      if (match) problems.push(`${path}: Unicode noncharacter U+${match[0].codePointAt(0).toString(16).toUpperCase()} at ${match.index}`);
    }
  }
}

for (const target of ['.output/chrome-mv3/content-scripts', '.output/firefox-mv3/content-scripts']) visit(target);
if (problems.length > 0) {
  console.log(`Content scripts Chrome would refuse to load:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Content scripts: valid UTF-8, no noncharacters.');
