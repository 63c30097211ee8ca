/**
 * `npm run bench`: every benchmark the issues ask for, each a ratio against
 * a baseline measured in the same run (or a size), printed as a table and
 * kept in bench/report.json as {"name": value}.
 * `npm run bench -- guard guard-size guard-browser` runs only the suites named
 * (bench/suites.ts); `npm run bench -- backup-import` only the backup import.
 */
import { writeFileSync } from 'node:fs';
import { BENCHMARKS } from './suites';

async function main(): Promise<void> {
  const report: Record<string, number> = {};
  const only = process.argv.slice(2);
  const suites = only.length === 0 ? BENCHMARKS : BENCHMARKS.filter((suite) => only.includes(suite.name));
  if (suites.length === 0) throw new Error(`no benchmark suite is named ${only.join(' or ')}`);
  for (const suite of suites) {
    process.stderr.write(`running ${suite.name}…\n`);
    Object.assign(report, await suite.run());
  }
  const width = Math.max(...Object.keys(report).map((k) => k.length));
  console.log(`${'benchmark'.padEnd(width)}  value`);
  for (const [name, value] of Object.entries(report)) console.log(`${name.padEnd(width)}  ${Number(value.toFixed(3))}`);
  writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwritten to bench/report.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
