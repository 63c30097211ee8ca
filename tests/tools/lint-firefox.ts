// `web-ext lint` of the Firefox build (npx tsx tests/tools/lint-firefox.ts [dir]), held to what store/README.md promises AMO:
// 0 errors, 0 notices, and no warning from our own code. The linter exits 0 on
// warnings, so this reads its JSON report and accepts a warning only when the
// code it points at is one of the third-party patterns the README's table
// explains (found by the code itself, not by file name: chunk names change with
// every build). Anything else fails the step, with where the linter pointed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One message of web-ext lint's JSON report (the fields used here). */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface KnownPattern {
  code: string;
  /** What it is and why it is safe, as store/README.md's table says. */
  what: string;
  /** Whether the code before the flagged spot and from it on is this pattern. */
  matches: (before: string, at: string) => boolean;
}

/** How much code before the flagged spot a pattern may look at. */
const CONTEXT_BEFORE = 160;

/** The third-party warnings store/README.md lists, each with why it is safe there. */
export const KNOWN_THIRD_PARTY: readonly KnownPattern[] = [
  {
    code: 'DANGEROUS_EVAL',
    what: "zod's allowsEval probe (never runs: lib/schema/csp-safe.ts sets jitless first)",
    // `if (config.jitless || …) return false; try { return Function(""), true } catch …`
    matches: (before, at) => /^Function\((``|""|'')\)/.test(at) && /jitless\b/.test(before),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    what: "Preact's dangerouslySetInnerHTML branch (our components never pass it)",
    // `e.innerHTML = d.__html`, where d is the dangerouslySetInnerHTML prop.
    matches: (_before, at) => /^\w+\.innerHTML=\w+\.__html\b/.test(at),
  },
];

/**
 * The known pattern a linter message points at, or null when it is not one.
 * `source` is the flagged file's text; the linter's line and column are 1-based.
 */
export function knownThirdParty(message: LintMessage, source: string): KnownPattern | null {
  const line = source.split('\n')[(message.line ?? 1) - 1] ?? '';
  const offset = Math.max(0, (message.column ?? 1) - 1);
  const before = line.slice(Math.max(0, offset - CONTEXT_BEFORE), offset);
  const at = line.slice(offset, offset + 200);
  return KNOWN_THIRD_PARTY.find((known) => known.code === message.code && known.matches(before, at)) ?? null;
}

function describe(message: LintMessage): string {
  return `${message.code} ${message.file ?? ''}:${message.line ?? '?'}:${message.column ?? '?'} — ${message.message}`;
}

function main(sourceDir: string): void {
  let report: string;
  try {
    report = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    // web-ext exits non-zero when there are errors; the JSON is still on stdout.
    report = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const { errors, notices, warnings } = JSON.parse(report) as Record<'errors' | 'notices' | 'warnings', LintMessage[]>;
  const problems = [...errors, ...notices].map(describe);
  const accepted: string[] = [];
  for (const warning of warnings) {
    const known = warning.file && warning.line ? knownThirdParty(warning, readFileSync(join(sourceDir, warning.file), 'utf8')) : null;
    if (known) accepted.push(`${warning.code} ${warning.file}: ${known.what}`);
    else problems.push(`${describe(warning)} (not a known third-party pattern: our own code, or new — see store/README.md)`);
  }
  for (const line of accepted) console.log(`accepted: ${line}`);
  if (problems.length > 0) {
    console.log(`web-ext lint of ${sourceDir}: ${problems.length} not accepted\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`web-ext lint of ${sourceDir}: 0 errors, 0 notices, ${warnings.length} warnings, all from third-party code listed in store/README.md.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv[2] ?? '.output/firefox-mv3');
