import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SightlineProcess, repoRoot } from '../support/cli.js';
import { postgresTestUrl } from '../support/db.js';
import { freePort } from '../support/postgres.js';

const tmp = mkdtempSync(join(tmpdir(), 'sightline-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sightline CLI', () => {
  it('prints usage and exits 2 without a command', () => {
    const res = runCli([]);
    expect(res.status).toBe(2);
    expect(res.stdout).toMatch(/^Usage: sightline <command>/);
  });

  it('prints help for every command', () => {
    for (const cmd of ['standalone', 'operator', 'ingest', 'migrate']) {
      const res = runCli([cmd, '--help']);
      expect(res.status, cmd).toBe(0);
      expect(res.stdout).toContain(`Usage: sightline ${cmd} [flags]`);
      expect(res.stdout).toContain('SIGHTLINE_STORAGE');
    }
  });

  it('prints its version', () => {
    const res = runCli(['version']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^sightline \d+\.\d+\.\d+ /);
  });

  it.each([
    [['frobnicate'], "sightline: unknown command 'frobnicate'; expected one of standalone, operator, ingest, migrate, version\n"],
    [['standalone', '--bogus'], "sightline: unknown flag --bogus for 'sightline standalone'; see 'sightline standalone --help'\n"],
    [['ingest'], 'sightline: missing required flag --storage (or SIGHTLINE_STORAGE): expected "embedded" or a postgres:// URL\n'],
    [['standalone', '--manifests', '/no/such/dir'], 'sightline: invalid value "/no/such/dir" for --manifests: not a folder\n'],
  ])('%j fails with exit code 2 and one line', (args, stderr) => {
    const res = runCli(args);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe(stderr);
  });

  it('migrates a PostgreSQL database and is idempotent', async () => {
    const url = await postgresTestUrl();
    const first = runCli(['migrate', '--storage', url]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^database schema at version \d+ \(postgres: /);
    expect(first.stdout).not.toContain('applying');
    const second = runCli(['migrate', '--storage', url]);
    expect(second.stdout).toBe(first.stdout);
  });

  it('fails migrate with exit 1 and the reason when the database is unreachable', async () => {
    const res = runCli(['migrate', '--storage', `postgres://postgres@127.0.0.1:${await freePort()}/x`]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/ECONNREFUSED/);
  });
});

describe('sightline standalone', () => {
  it('starts on the embedded store with the samples, persists across restarts and exits 0 on SIGTERM', async () => {
    const dataDir = join(tmp, 'standalone-data');
    const args = ['standalone', '--manifests', join(repoRoot, 'config', 'samples'), '--data-dir', dataDir];
    const first = SightlineProcess.start(args, await freePort());
    try {
      expect(await (await first.waitFor('/-/healthy')).text()).toBe('Sightline is Healthy.\n');
      await first.waitFor('/-/ready');
      const status = (await (await first.waitFor('/api/v1/status/storage')).json()) as any;
      expect(status.data).toMatchObject({ state: 'ready', backend: 'embedded', location: dataDir });
      expect(first.logs()).toMatch(/"objects":\{"AlertRule":1,"MonitoredService":1,"NotificationChannel":1,"ScrapeTarget":1\},"invalid":0/);
      expect(first.logs()).toContain('not yet available in this build');
      const started = Date.now();
      expect(await first.stop('SIGTERM')).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);

      const second = SightlineProcess.start(args, await freePort());
      try {
        await second.waitFor('/-/ready');
        const again = (await (await second.waitFor('/api/v1/status/storage')).json()) as any;
        expect(again.data.installationId).toBe(status.data.installationId);
        expect(second.logs()).not.toContain('initialising embedded database');
      } finally {
        expect(await second.stop('SIGINT')).toBe(0);
      }
    } finally {
      await first.stop('SIGKILL');
    }
  });

  it('answers health at once and readiness only once the database is reachable', async () => {
    const port = await freePort();
    const dead = `postgres://postgres@127.0.0.1:${await freePort()}/x`;
    const proc = SightlineProcess.start(['operator', '--storage', dead], port);
    try {
      await proc.waitFor('/-/healthy');
      const ready = await proc.waitFor('/-/ready', 503);
      expect(((await ready.json()) as any).error).toMatch(/^not ready: storage: connecting \(connect ECONNREFUSED/);
      expect(proc.logs()).toMatch(/cannot use the database; retrying/);
      expect(proc.logs()).toContain('scrape engine');
    } finally {
      expect(await proc.stop()).toBe(0);
    }
  });
});
