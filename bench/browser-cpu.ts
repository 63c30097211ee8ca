/**
 * CPU time a browser and all its processes (renderers, GPU, network, the
 * extension's service worker) have used, read from /proc (Linux). On the shared
 * development machine wall-clock load times swing several-fold with other
 * people's work; the CPU time a load costs does not, as time spent waiting for
 * a core is not counted. Not available elsewhere (NaN).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessStat {
  pid: number;
  parent: number;
  cpuTicks: number;
}

function readStat(pid: number): ProcessStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields after it are split.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // the process ended meanwhile
  }
}

function allProcesses(): ProcessStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcessStat => stat !== null);
}

/** The browser process started with this profile directory (its helpers are started without it). */
function browserPid(profileDir: string): number | null {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((a) => a.startsWith('--type='))) return Number(name);
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

/** CPU ticks of the browser running on `profileDir` and every process under it, by pid. */
export type CpuSnapshot = ReadonlyMap<number, number>;

export function cpuSnapshot(profileDir: string): CpuSnapshot {
  const ticks = new Map<number, number>();
  if (process.platform !== 'linux') return ticks;
  const root = browserPid(profileDir);
  if (root === null) return ticks;
  const stats = allProcesses();
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat]);
  const rootStat = stats.find((s) => s.pid === root);
  if (rootStat) ticks.set(root, rootStat.cpuTicks);
  const pending = [root];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop()!) ?? []) {
      ticks.set(child.pid, child.cpuTicks);
      pending.push(child.pid);
    }
  }
  return ticks;
}

/**
 * Milliseconds of CPU the browser's processes used between two snapshots: a
 * process started meanwhile counts whole, one that ended meanwhile (a closed
 * page's renderer) drops out rather than counting negative. NaN without /proc.
 */
export function cpuMsBetween(before: CpuSnapshot, after: CpuSnapshot): number {
  if (after.size === 0) return NaN;
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * Waits until the browser on `profileDir` has been quiet for `windowMs`
 * (at most `quietMs` of CPU in that window, all its processes together), or
 * `maxMs` passed. A page load measured right after another one would
 * otherwise also pay for what is still running: the previous page's renderer
 * shutting down, the extension's service worker starting or answering the
 * closed tab's events. Without /proc it waits one window.
 */
export async function waitUntilQuiet(profileDir: string, { windowMs = 400, quietMs = 20, maxMs = 2000 } = {}): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const before = cpuSnapshot(profileDir);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const used = cpuMsBetween(before, cpuSnapshot(profileDir));
    if (!(used > quietMs) || Date.now() >= deadline) return;
  }
}
