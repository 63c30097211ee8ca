/**
 * Records every finding of the pages in scan-recorded.ts with the code as it is now
 * (`npx tsx tests/unit/guard/scan-recorded.generate.ts`). Run it before a speed change, commit
 * its output, then make the change: scan-recorded.test.ts proves the findings stayed the same.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordAll } from './scan-recorded';

const HERE = dirname(fileURLToPath(import.meta.url));

const pages = recordAll();
const file = join(HERE, 'scan-recorded', 'findings.json');
writeFileSync(file, `${pages.map((p) => JSON.stringify(p)).join('\n')}\n`);
const findings = pages.reduce((sum, p) => sum + p.findings.length, 0);
console.log(`${pages.length} pages, ${findings} findings → ${file}`);
