/**
 * `npm run bench`: every benchmark the issues ask for, each a ratio against
 * a baseline measured in the same run (or a size), printed as a table and
 * kept in bench/report.json as {"name": value}.
 * `npm run bench -- backup` runs only the suites whose name holds one of the words given.
 */
import { writeFileSync } from 'node:fs';
import { BENCHMARKS } from './suites';

async function main(): Promise<void> {
  const report: Record<string, number> = {};
  const words = process.argv.slice(2);
  const chosen = BENCHMARKS.filter((suite) => words.length === 0 || words.some((word) => suite.name.includes(word)));
  for (const suite of chosen) {
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
