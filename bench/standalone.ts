/**
 * Start-up and idle memory of `sightline standalone` on the embedded store, as `make run` starts it:
 * time to /-/ready on a fresh data dir (first start) and on an existing one (warm), and the RSS of
 * the idle process. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);

function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

async function startAndMeasure(dataDir: string, port: number, idle: boolean): Promise<{ readyMs: number; rss?: number }> {
  const started = performance.now();
  const proc = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'standalone', '--manifests', join(root, 'config', 'samples'), '--data-dir', dataDir, '--web.listen-address', `127.0.0.1:${port}`, '--log.level', 'warn'], { stdio: 'ignore' });
  try {
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/-/ready`).catch(() => undefined);
      if (res?.status === 200) break;
      if (performance.now() - started > 120_000) throw new Error('not ready within 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
    const readyMs = performance.now() - started;
    if (!idle) return { readyMs };
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    return { readyMs, rss: rssMiB(proc.pid!) };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.on('exit', r));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
try {
  const first = await startAndMeasure(join(dir, 'data'), 19481, false);
  const warm = await startAndMeasure(join(dir, 'data'), 19482, true);
  console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`standalone first start (fresh data dir) to /-/ready: ${(first.readyMs / 1000).toFixed(2)} s`);
  console.log(`standalone warm start to /-/ready: ${(warm.readyMs / 1000).toFixed(2)} s`);
  console.log(`standalone idle RSS after ${IDLE_SECONDS} s: ${warm.rss?.toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
