/**
 * CPU time of processes, for benches on a machine shared with other work: wall-clock rates swing
 * with the load average, CPU time per unit of work much less. Linux /proc only.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: string): string[] | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may contain spaces.
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // exited meanwhile
  }
}

/** The pid of the PostgreSQL postmaster listening on `port` (started with `-p <port>`). */
export function postmasterPid(port: number): string {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmd.split('\0');
    if (args[0]?.endsWith('/postgres') && (args.includes(`-p ${port}`) || args.join(' ').includes(`-p ${port}`))) return pid;
  }
  throw new Error(`no postmaster found for port ${port}`);
}

/**
 * CPU ms (user + system) used so far by `pid` and its children: live ones, plus those it has
 * reaped (cutime/cstime), so backends that exit between two readings are still counted.
 */
export function treeCpuMs(pid: string): number {
  const root = stat(pid);
  if (root === undefined) return 0;
  // Fields (0-based after the name): 11 utime, 12 stime, 13 cutime, 14 cstime; 1 is the ppid.
  let ticks = Number(root[11]) + Number(root[12]) + Number(root[13]) + Number(root[14]);
  for (const child of readdirSync('/proc')) {
    if (!/^\d+$/.test(child)) continue;
    const s = stat(child);
    if (s?.[1] === pid) ticks += Number(s[11]) + Number(s[12]);
  }
  return ticks * TICK_MS;
}

/** CPU ms used by this process so far (all threads). */
export function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** utime+stime and cutime+cstime (seconds) and the parent pid of a process. */
export function procStat(pid: number): { self: number; children: number; ppid: number } | undefined {
  const f = stat(String(pid));
  if (f === undefined) return undefined;
  return { self: ((Number(f[11]) + Number(f[12])) * TICK_MS) / 1000, children: ((Number(f[13]) + Number(f[14])) * TICK_MS) / 1000, ppid: Number(f[1]) };
}

/** CPU seconds per process, to show what else ran on the shared cores meanwhile. */
export function allProcessCpu(): Map<number, { name: string; cpu: number }> {
  const out = new Map<number, { name: string; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const s = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(') ') + 2).split(' ');
      out.set(Number(entry), { name: s.slice(s.indexOf('(') + 1, s.lastIndexOf(') ')), cpu: ((Number(f[11]) + Number(f[12])) * TICK_MS) / 1000 });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** Other processes' CPU between a snapshot and now (ours excluded), as cores busy and the top consumers. */
export function otherLoad(before: Map<number, { name: string; cpu: number }>, seconds: number, ours: Set<number>): string {
  const after = allProcessCpu();
  const byName = new Map<string, number>();
  let total = 0;
  for (const [pid, p] of after) {
    if (ours.has(pid)) continue;
    const d = p.cpu - (before.get(pid)?.cpu ?? 0);
    if (d <= 0) continue;
    total += d;
    byName.set(p.name, (byName.get(p.name) ?? 0) + d);
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, c]) => `${n} ${(c / seconds).toFixed(2)}`);
  return `${(total / seconds).toFixed(2)} cores busy in other processes (top: ${top.join(', ')})`;
}
