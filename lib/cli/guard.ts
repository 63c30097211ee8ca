/**
 * Audit scanner: `npm run --silent guard -- [--url URL] FILE.html...`
 * Prints one JSON object per file per line (issue 3). Parses with jsdom and
 * never runs page scripts; the URL is --url, else the page's canonical link.
 */
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { extractSegments, pageContextFromDocument, scan, uniqueContacts } from '../guard';

interface CliArgs {
  url: string | null;
  files: string[];
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { url: null, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--url') {
      args.url = argv[i + 1] ?? null;
      i += 1;
    } else if (arg.startsWith('--url=')) {
      args.url = arg.slice('--url='.length);
    } else {
      args.files.push(arg);
    }
  }
  return args;
}

export async function scanFile(file: string, url: string | null): Promise<Record<string, unknown>> {
  const html = await readFile(file, 'utf8');
  // No `runScripts`: jsdom then leaves every script inert.
  const dom = new JSDOM(html, url ? { url } : {});
  const doc = dom.window.document;
  const context = pageContextFromDocument(doc, url ? { url } : {});
  const findings = uniqueContacts(scan(extractSegments(doc), context));
  dom.window.close();
  return {
    file,
    url: context.url,
    verdict: findings.length > 0 ? 'warn' : 'clean',
    findings: findings.map((f) => ({ kind: f.kind, value: f.value, reason: f.reason, text: f.text })),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0) {
    process.stderr.write('usage: npm run --silent guard -- [--url URL] FILE.html...\n');
    return 2;
  }
  let failed = 0;
  for (const file of args.files) {
    try {
      process.stdout.write(`${JSON.stringify(await scanFile(file, args.url))}\n`);
    } catch (error) {
      failed += 1;
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
