import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, runCli, SightlineProcess, repoRoot } from '../support/cli.js';
import { PostgresDb } from '../../src/storage/db.js';
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
    for (const cmd of ['standalone', 'operator', 'ingest', 'migrate', 'import']) {
      const res = runCli([cmd, '--help']);
      expect(res.status, cmd).toBe(0);
      expect(res.stdout).toContain(`Usage: sightline ${cmd} [flags]`);
      expect(res.stdout).toContain('SIGHTLINE_STORAGE');
    }
    // Five process starts: ≈ 4 s each on 2 busy cores.
  }, 60_000);

  it('prints its version', () => {
    const res = runCli(['version']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^sightline \d+\.\d+\.\d+ /);
  });

  it.each([
    [['frobnicate'], "sightline: unknown command 'frobnicate'; expected one of standalone, operator, ingest, migrate, import, version, check, test, convert\n"],
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

describe('sightline rule tools', () => {
  const fixture = (f: string): string => join(repoRoot, 'test', 'fixtures', 'rules', f);

  it('prints help with the arguments for each tool', () => {
    for (const cmd of [['check', 'rules'], ['test', 'rules'], ['convert', 'prometheusrule']]) {
      const res = runCli([...cmd, '--help']);
      expect(res.status, cmd.join(' ')).toBe(0);
      expect(res.stdout).toContain(`Usage: sightline ${cmd.join(' ')} [flags] FILE…`);
    }
  });

  it.each([
    [['check'], "sightline: missing 'check'; expected 'sightline check rules'\n"],
    [['test', 'alerts'], "sightline: unknown 'alerts' after 'test'; expected 'sightline test rules'\n"],
    [['check', 'rules'], "sightline: missing FILE… for 'sightline check rules'; see 'sightline check rules --help'\n"],
    [['check', 'rules', '--lint', 'most', 'x.yml'], 'sightline: invalid value "most" for --lint: expected all, duplicate-rules or none, comma-separated\n'],
    [['convert', 'prometheusrule', '/no/such/file.yaml'], "sightline: path '/no/such/file.yaml' does not exist\n"],
  ])('%j fails with exit code 2 and one line', (args, stderr) => {
    const res = runCli(args);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe(stderr);
  });

  it('checks and tests rules with promtool\'s output and exit codes, and logs nothing', () => {
    const check = runCli(['check', 'rules', fixture('promtool/rules.yml'), fixture('promtool/bad-duration.rules.yml')]);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe(`Checking ${fixture('promtool/rules.yml')}\n  SUCCESS: 6 rules found\n\nChecking ${fixture('promtool/bad-duration.rules.yml')}\n\n`);
    expect(check.stderr).toBe(`  FAILED:\n${fixture('promtool/bad-duration.rules.yml')}: not a valid duration string: "5 minutes"\n`);
    const test = runCli(['test', 'rules', fixture('promtool/pass.test.yml')]);
    expect(test).toEqual({ status: 0, stdout: `Unit Testing:  ${fixture('promtool/pass.test.yml')}\n  SUCCESS\n\n`, stderr: '' });
  });

  it('converts PrometheusRules into AlertRule documents, exit 0 when nothing is left out', () => {
    const res = runCli(['convert', 'prometheusrule', fixture('kube-prometheus/nodeExporter-prometheusRule.yaml')]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const docs = yaml.loadAll(res.stdout) as { kind: string; metadata: { name: string; namespace: string } }[];
    expect(docs.map((d) => `${d.kind} ${d.metadata.namespace}/${d.metadata.name}`)).toEqual([
      'AlertRule monitoring/node-exporter-rules-node-exporter',
      'AlertRule monitoring/node-exporter-rules-node-exporter-rules',
    ]);
  });

  it('converts what it can and exits 1, listing what it left out', () => {
    const res = runCli(['convert', 'prometheusrule', fixture('promtool/bad.rules.yml')]);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain(`${fixture('promtool/bad.rules.yml')}:13: group "broken" is repeated in the same file: not converted\n`);
    expect(res.stderr).toMatch(/\n6 problem\(s\): what they concern was not converted; 0 AlertRule\(s\) written\n$/);
  });
});

describe('sightline standalone', () => {
  it('starts on the embedded store with the samples, persists across restarts and exits 0 on SIGTERM', async () => {
    const dataDir = join(tmp, 'standalone-data');
    const args = ['standalone', '--manifests', join(repoRoot, 'config', 'samples'), '--data-dir', dataDir, ...LOOPBACK_OTLP];
    const first = SightlineProcess.start(args, await freePort());
    try {
      expect(await (await first.waitFor('/-/healthy')).text()).toBe('Sightline is Healthy.\n');
      await first.waitFor('/-/ready');
      const status = (await (await first.waitFor('/api/v1/status/storage')).json()) as any;
      expect(status.data).toMatchObject({ state: 'ready', backend: 'embedded', location: dataDir });
      expect(first.logs()).toMatch(/"objects":\{"AlertRule":1,"MonitoredService":1,"NotificationChannel":1,"ScrapeTarget":2\},"invalid":0/);
      expect(first.logs()).toContain('not yet available in this build');
      expect(first.logs()).toMatch(/OTLP\/HTTP receiver listening/);
      expect(first.logs()).toMatch(/OTLP gRPC metrics receiver listening/);
      // The data path end to end on the embedded store: push, then PromQL.
      const pushed = await fetch(`${first.url}/api/v1/push/job/e2e/instance/standalone`, { method: 'POST', body: 'e2e_pushed_total{kind="a"} 42\n' });
      expect(pushed.status).toBe(200);
      const query = (await (await fetch(`${first.url}/api/v1/query?query=${encodeURIComponent('sum by (job) (e2e_pushed_total)')}`)).json()) as any;
      expect(query.data.result).toEqual([{ metric: { job: 'e2e' }, value: [expect.any(Number), '42'] }]);

      const started = Date.now();
      expect(await first.stop('SIGTERM')).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);

      const second = SightlineProcess.start(args, await freePort());
      try {
        await second.waitFor('/-/ready');
        const again = (await (await second.waitFor('/api/v1/status/storage')).json()) as any;
        expect(again.data.installationId).toBe(status.data.installationId);
        // Acknowledged before SIGTERM, so still there after the restart.
        const after = (await (await fetch(`${second.url}/api/v1/query?query=e2e_pushed_total`)).json()) as any;
        expect(after.data.result.map((r: { value: [number, string] }) => r.value[1])).toEqual(['42']);
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
      expect(proc.logs()).toContain('not yet available in this build: web UI');
    } finally {
      expect(await proc.stop()).toBe(0);
    }
  });
});

describe('standalone scraping', () => {
  /** A manifests folder holding one ScrapeTarget `self` of these static targets, scraped every second. */
  const scrapeTargetFolder = (name: string, targets: string[], spec: Record<string, string> = {}): string => {
    const manifests = join(tmp, name);
    mkdirSync(manifests);
    const fields = Object.entries(spec).map(([k, v]) => `  ${k}: ${v}\n`).join('');
    writeFileSync(
      join(manifests, 'self.yaml'),
      `apiVersion: monitoring.sightline.dev/v1alpha1
kind: ScrapeTarget
metadata: {name: self}
spec:
${fields}  staticTargets: ${JSON.stringify(targets)}
  endpoints: [{interval: 1s, scrapeTimeout: 1s}]
`,
    );
    return manifests;
  };

  it('scrapes its own /metrics from a ScrapeTarget manifest and lists the target', async () => {
    const port = await freePort();
    const manifests = scrapeTargetFolder('self-scrape', [`127.0.0.1:${port}`], { jobName: 'sightline' });
    const proc = SightlineProcess.start(['standalone', '--manifests', manifests, '--data-dir', join(tmp, 'self-scrape-data'), ...LOOPBACK_OTLP], port);
    try {
      await proc.waitFor('/-/ready');
      const deadline = Date.now() + 20_000;
      let up: any;
      while (Date.now() < deadline) {
        up = await (await fetch(`${proc.url}/api/v1/query?query=${encodeURIComponent('up{job="sightline"}')}`)).json();
        if (up.data?.result?.length) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(up.data.result).toEqual([{ metric: { __name__: 'up', job: 'sightline', instance: `127.0.0.1:${port}` }, value: [expect.any(Number), '1'] }]);
      const own = (await (await fetch(`${proc.url}/api/v1/query?query=${encodeURIComponent('sightline_build_info{job="sightline"}')}`)).json()) as any;
      expect(own.data.result).toHaveLength(1);
      const targets = (await (await fetch(`${proc.url}/api/v1/targets`)).json()) as any;
      expect(targets.data.activeTargets).toEqual([expect.objectContaining({ scrapePool: 'default/self/0', health: 'up', scrapeUrl: `http://127.0.0.1:${port}/metrics` })]);
    } finally {
      expect(await proc.stop()).toBe(0);
    }
  });

  it('reports its targets\' state to the database and withdraws it on stop', async () => {
    const port = await freePort();
    const manifests = scrapeTargetFolder('report-state', [`127.0.0.1:${port}`, '127.0.0.1:1']);
    const url = await postgresTestUrl();
    const db = PostgresDb.open(url);
    const proc = SightlineProcess.start(['standalone', '--manifests', manifests, '--storage', url, ...LOOPBACK_OTLP], port);
    try {
      await proc.waitFor('/-/ready');
      const rows = () => db.query<{ owner: string; url: string; health: string }>('SELECT owner, url, health FROM scrape_target_state ORDER BY url');
      const deadline = Date.now() + 20_000;
      while ((await rows()).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(await rows()).toEqual([
        { owner: 'ScrapeTarget/default/self', url: 'http://127.0.0.1:1/metrics', health: 'down' },
        { owner: 'ScrapeTarget/default/self', url: `http://127.0.0.1:${port}/metrics`, health: 'up' },
      ]);
      expect(await proc.stop()).toBe(0);
      expect(await rows()).toEqual([]);
    } finally {
      await proc.stop();
      await db.close();
    }
  });
});

describe('sightline ingest', () => {
  it('receives pushed samples into PostgreSQL and answers PromQL over them', async () => {
    const proc = SightlineProcess.start(['ingest', '--storage', await postgresTestUrl(), ...LOOPBACK_OTLP], await freePort());
    try {
      await proc.waitFor('/-/ready');
      const page = '# TYPE jobs_done_total counter\njobs_done_total{queue="mail"} 7\njobs_done_total{queue="sms"} 3\n';
      expect((await fetch(`${proc.url}/api/v1/push/job/worker`, { method: 'PUT', body: page })).status).toBe(200);
      const res = (await (await fetch(`${proc.url}/api/v1/query?query=${encodeURIComponent('sum(jobs_done_total{job="worker"})')}`)).json()) as any;
      expect(res.data.result[0].value[1]).toBe('10');
    } finally {
      expect(await proc.stop()).toBe(0);
    }
  });
});
