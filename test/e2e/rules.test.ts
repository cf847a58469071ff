/**
 * Rules in `standalone`, as a user meets them: a TargetDown rule fires when a scrape target goes
 * away and resolves when it returns, seen through /api/v1/alerts, /api/v1/rules, the ALERTS
 * series and the status lines in the log; its pending clock survives a restart.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, SightlineProcess } from '../support/cli.js';
import { freePort } from '../support/postgres.js';
import { startTarget } from '../support/scrape-targets.js';

const tmp = mkdtempSync(join(tmpdir(), 'sightline-rules-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface RuleJson {
  type: string;
  name: string;
  query: string;
  health: string;
}
interface AlertJson {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: string;
  value: string;
}
/** The parts of the rules, alerts and query responses these tests read. */
interface ApiBody {
  data: { groups: { name: string; rules: RuleJson[] }[]; alerts: AlertJson[]; result: { metric: Record<string, string> }[] };
}

async function json(url: string): Promise<ApiBody> {
  return (await fetch(url)).json() as Promise<ApiBody>;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('rules in standalone', () => {
  it('fires TargetDown when a target goes away and resolves it when the target returns', async () => {
    const target = await startTarget('# TYPE demo gauge\ndemo 1\n');
    const manifests = join(tmp, 'target-down');
    mkdirSync(manifests);
    writeFileSync(
      join(manifests, 'rules.yaml'),
      `apiVersion: monitoring.sightline.dev/v1alpha1
kind: ScrapeTarget
metadata: {name: demo}
spec:
  jobName: demo
  staticTargets: ["${target.address}"]
  endpoints: [{interval: 1s, scrapeTimeout: 1s}]
---
apiVersion: monitoring.sightline.dev/v1alpha1
kind: AlertRule
metadata: {name: availability}
spec:
  interval: 1s
  rules:
    - record: job:up:sum
      expr: sum by (job) (up)
    - alert: TargetDown
      expr: job:up:sum{job="demo"} == 0
      for: 2s
      labels: {severity: warning}
      annotations: {summary: "{{ $labels.job }} is down"}
`,
    );
    const proc = SightlineProcess.start(['standalone', '--manifests', manifests, '--data-dir', join(tmp, 'target-down-data'), ...LOOPBACK_OTLP], await freePort());
    try {
      await proc.waitFor('/-/ready');
      const rules = await until('the group to evaluate', async () => {
        const body = await json(`${proc.url}/api/v1/rules`);
        const group = body.data.groups[0];
        return group?.rules.every((r) => r.health === 'ok') ? group : undefined;
      });
      expect(rules).toMatchObject({ name: 'availability', file: 'default/availability', interval: 1, limit: 0 });
      expect(rules.rules.map((r) => [r.type, r.name, r.query])).toEqual([
        ['recording', 'job:up:sum', 'sum by (job) (up)'],
        ['alerting', 'TargetDown', 'job:up:sum{job="demo"} == 0'],
      ]);
      expect((await json(`${proc.url}/api/v1/alerts`)).data.alerts).toEqual([]);

      // The target stops answering: pending first, then firing after `for`.
      target.handle((_req, res) => res.destroy());
      const downAt = Date.now();
      await until('TargetDown to be pending', async () => ((await json(`${proc.url}/api/v1/alerts`)).data.alerts[0]?.state === 'pending' ? true : undefined));
      const firing = await until('TargetDown to fire', async () => {
        const alert = (await json(`${proc.url}/api/v1/alerts`)).data.alerts[0];
        return alert?.state === 'firing' ? alert : undefined;
      });
      expect(Date.now() - downAt).toBeGreaterThanOrEqual(2000);
      expect(firing).toMatchObject({ labels: { alertname: 'TargetDown', job: 'demo', severity: 'warning' }, annotations: { summary: 'demo is down' }, value: '0e+00' });
      const alerts = await json(`${proc.url}/api/v1/query?query=${encodeURIComponent('ALERTS{alertstate="firing"}')}`);
      expect(alerts.data.result.map((r) => r.metric)).toEqual([{ __name__: 'ALERTS', alertname: 'TargetDown', alertstate: 'firing', job: 'demo', severity: 'warning' }]);
      // Standalone logs the AlertRule's status every couple of seconds: the firing alert shows there too.
      await until('the AlertRule status to count it firing', () => Promise.resolve(/"alertRule":"AlertRule\/default\/availability".*"firing":1/.test(proc.logs()) || undefined));

      // The target answers again: the alert resolves and leaves the active list.
      target.serve('# TYPE demo gauge\ndemo 1\n');
      await until('TargetDown to resolve', async () => ((await json(`${proc.url}/api/v1/alerts`)).data.alerts.length === 0 ? true : undefined));
      await until('the AlertRule status to count it resolved', () =>
        Promise.resolve(/"alertRule":"AlertRule\/default\/availability".*"firing":0,"pending":0,"inactive":1/.test(proc.logs().slice(proc.logs().lastIndexOf('"firing":1'))) || undefined));
    } finally {
      expect(await proc.stop()).toBe(0);
      await target.close();
    }
  });
});
