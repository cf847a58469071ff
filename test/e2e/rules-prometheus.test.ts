/**
 * Debian's Prometheus 2.42 as the reference for rule evaluation: it scrapes a target whose values
 * the test changes, evaluates a rule file, and remote-writes the raw data to `sightline
 * standalone`, which evaluates the same rules as an AlertRule over what it received. The ALERTS
 * series of both — every label set with its alertstate, and when each was present — must agree
 * to within the evaluation grids' offset (Sightline evaluates the remote-written data with a 2 s
 * queryOffset, so its samples carry the data's time, as Prometheus's do).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, SightlineProcess } from '../support/cli.js';
import { freePort } from '../support/postgres.js';
import { startPrometheus } from '../support/prometheus.js';
import { startTarget } from '../support/scrape-targets.js';

const tmp = mkdtempSync(join(tmpdir(), 'sightline-rules-ref-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RULES = `
  - record: demo:sum
    expr: sum(demo_value)
  - alert: High
    expr: demo_value > 5
    for: 3s
    labels: {severity: page}
  - alert: SumHigh
    expr: demo:sum > 15
`;

interface Matrix {
  data: { result: { metric: Record<string, string>; values: [number, string][] }[] };
}

/** Label set → the seconds at which its ALERTS series had a sample, from a 1 s query_range. */
async function alertTimelines(base: string, start: number, end: number): Promise<Map<string, number[]>> {
  const q = new URLSearchParams({ query: 'ALERTS', start: String(start), end: String(end), step: '1' });
  const body = (await (await fetch(`${base}/api/v1/query_range?${q.toString()}`)).json()) as Matrix;
  const out = new Map<string, number[]>();
  for (const s of body.data.result) {
    const { __name__: _, ...labels } = s.metric;
    delete labels.instance;
    delete labels.job;
    out.set(JSON.stringify(Object.entries(labels).sort()), s.values.map(([t]) => t));
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rule evaluation against Prometheus 2.42', () => {
  it('produces the same ALERTS series as Prometheus over the data Prometheus remote-writes', async () => {
    const values = { a: 1, b: 1 };
    const target = await startTarget();
    target.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
      res.end(`# TYPE demo_value gauge\ndemo_value{id="a"} ${values.a}\ndemo_value{id="b"} ${values.b}\n`);
    });
    const manifests = join(tmp, 'manifests');
    mkdirSync(manifests);
    writeFileSync(
      join(manifests, 'rules.yaml'),
      `apiVersion: monitoring.sightline.dev/v1alpha1
kind: AlertRule
metadata: {name: ref}
spec:
  interval: 1s
  queryOffset: 2s
  rules:${RULES}`,
    );
    const port = await freePort();
    const sightline = SightlineProcess.start(['standalone', '--manifests', manifests, '--data-dir', join(tmp, 'data'), ...LOOPBACK_OTLP], port);
    await sightline.waitFor('/-/ready');
    const prometheus = await startPrometheus({
      scrapeTargets: [target.address],
      remoteWriteUrl: `${sightline.url}/api/v1/write`,
      // Sightline evaluates the rules itself: Prometheus's own results stay at home.
      remoteWriteExtra: { write_relabel_configs: [{ source_labels: ['__name__'], regex: 'ALERTS.*|demo:.*', action: 'drop' }] },
      rules: `groups:\n- name: ref\n  interval: 1s\n  rules:${RULES}`,
    });
    try {
      const start = Math.floor(Date.now() / 1000) + 3;
      await sleep(6000);
      values.a = 10; // High{id=a} pending, firing 3 s later
      await sleep(8000);
      values.b = 10; // High{id=b} pending; SumHigh fires at once
      await sleep(8000);
      values.a = 1; // High{id=a} and SumHigh resolve
      await sleep(8000);
      const end = Math.floor(Date.now() / 1000) - 4; // leave Sightline's 2 s offset and remote-write lag behind
      const reference = await alertTimelines(prometheus.url, start, end);
      const ours = await alertTimelines(sightline.url, start, end);
      expect([...reference.keys()].sort()).toEqual(
        [
          [['alertname', 'High'], ['alertstate', 'firing'], ['id', 'a'], ['severity', 'page']],
          [['alertname', 'High'], ['alertstate', 'firing'], ['id', 'b'], ['severity', 'page']],
          [['alertname', 'High'], ['alertstate', 'pending'], ['id', 'a'], ['severity', 'page']],
          [['alertname', 'High'], ['alertstate', 'pending'], ['id', 'b'], ['severity', 'page']],
          [['alertname', 'SumHigh'], ['alertstate', 'firing']],
        ].map((l) => JSON.stringify(l)),
      );
      expect([...ours.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [series, times] of reference) {
        const mine = ours.get(series)!;
        // Both evaluate every second at their own offset within it; scrapes and remote write add up to a second more.
        expect(Math.abs(mine[0]! - times[0]!), `${series} starts`).toBeLessThanOrEqual(2);
        expect(Math.abs(mine.at(-1)! - times.at(-1)!), `${series} ends`).toBeLessThanOrEqual(2);
        expect(Math.abs(mine.length - times.length), `${series} duration`).toBeLessThanOrEqual(2);
      }
    } finally {
      await prometheus.stop();
      expect(await sightline.stop()).toBe(0);
      await target.close();
    }
  }, 90_000);
});
