// Sums the unit (Vitest JSON) and e2e (Playwright JSON) reports into the
// one closing line CI reads: "N passed, N failed". A missing report counts
// as a failure, so a suite that did not run cannot look green.
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, e2eFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
} else {
  console.log('unit test report missing');
  failed += 1;
}

if (e2eFile && existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
} else {
  console.log('e2e test report missing');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
