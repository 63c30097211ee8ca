/**
 * Deadline audit: `npm run --silent deadlines -- [--time-zone ZONE] [--now ISO] FILE.json`
 * FILE.json is {"orders": [...]} with the order form's fields (instants as ISO 8601).
 * Prints one JSON line per order with its deadlines; a file or argument it cannot use
 * gets one error line on stderr and exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { systemTimeZone } from '../deadlines/zoned-time';
import { auditDeadlines, auditFileSchema, describeFileError, isTimeZone } from './deadline-audit';

const USAGE = 'usage: npm run --silent deadlines -- [--time-zone ZONE] [--now ISO] FILE.json';

class UsageError extends Error {}

interface CliArgs {
  timeZone: string;
  now: number;
  file: string;
}

function optionValue(argv: readonly string[], i: number, name: string): [string, number] {
  const arg = argv[i] as string;
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  return [value, i + 1];
}

function parseArgs(argv: readonly string[]): CliArgs {
  let timeZone = systemTimeZone();
  let now = Date.now();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--time-zone' || arg.startsWith('--time-zone=')) {
      [timeZone, i] = optionValue(argv, i, '--time-zone');
      if (!isTimeZone(timeZone)) throw new UsageError(`unknown time zone: ${timeZone}`);
    } else if (arg === '--now' || arg.startsWith('--now=')) {
      let text: string;
      [text, i] = optionValue(argv, i, '--now');
      now = Date.parse(text);
      if (!Number.isFinite(now)) throw new UsageError(`--now is not an ISO 8601 instant: ${text}`);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option: ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError('give exactly one FILE.json');
  return { timeZone, now, file: files[0] as string };
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`deadlines: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(args.file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not JSON (${error.message})` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`deadlines: ${args.file}: ${reason}\n`);
    return 2;
  }
  const parsed = auditFileSchema.safeParse(json);
  if (!parsed.success) {
    process.stderr.write(`deadlines: ${args.file}: ${describeFileError(parsed.error)}\n`);
    return 2;
  }
  for (const line of auditDeadlines(parsed.data.orders, args.timeZone, args.now)) process.stdout.write(`${JSON.stringify(line)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`deadlines: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
