/**
 * Sightline's notifier beside Debian's Alertmanager 0.25, on the same alerts: Debian's Prometheus
 * 2.42 evaluates `demo_up == 0` (1 s evaluation interval) over a loopback target it scrapes every
 * second, and sends its alerts to both — to Alertmanager (route group_wait 0s, group_interval 1s,
 * webhook receiver A, send_resolved) and to `sightline standalone` (the built CLI, embedded store;
 * a webhook NotificationChannel with groupWait 0s, groupInterval 1s, to receiver B). The target's
 * value flips at a random moment; reported is flip → firing webhook and flip back → resolved
 * webhook at each receiver (p50/p90/max over the rounds).
 *
 * Run: npm run build && npx tsx bench/notify-alertmanager.ts [--rounds 10]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { LOOPBACK_OTLP, SightlineProcess } from '../test/support/cli.js';
import { freePort } from '../test/support/postgres.js';
import { startPrometheus } from '../test/support/prometheus.js';
import { WebhookReceiver, type Received } from '../test/support/webhook-receiver.js';
import { arg } from './support/args.js';

const ROUNDS = arg('rounds', 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantiles(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `p50 ${(q(0.5) / 1000).toFixed(2)} s, p90 ${(q(0.9) / 1000).toFixed(2)} s, max ${(s.at(-1)! / 1000).toFixed(2)} s (n=${s.length})`;
}

async function nextWith(hook: WebhookReceiver, from: number, status: string): Promise<Received> {
  for (let n = from + 1; ; n++) {
    const got = (await hook.waitFor(n, 60_000)).at(-1)!;
    if (got.body.status === status) return got;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'sightline-bench-am-'));
  let value = 1;
  const target = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(`# TYPE demo_up gauge\ndemo_up ${value}\n`));
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  const [viaAm, viaSightline] = [await WebhookReceiver.start(), await WebhookReceiver.start()];

  const amPort = await freePort();
  writeFileSync(
    join(dir, 'alertmanager.yml'),
    JSON.stringify({
      route: { receiver: 'a', group_by: ['alertname'], group_wait: '0s', group_interval: '1s', repeat_interval: '1h' },
      receivers: [{ name: 'a', webhook_configs: [{ url: viaAm.url, send_resolved: true }] }],
    }),
  );
  const am = spawn('/usr/bin/prometheus-alertmanager', [`--config.file=${join(dir, 'alertmanager.yml')}`, `--storage.path=${join(dir, 'am')}`, `--web.listen-address=127.0.0.1:${amPort}`, '--cluster.listen-address='], { stdio: 'ignore' });

  writeFileSync(
    join(dir, 'channel.yaml'),
    `apiVersion: monitoring.sightline.dev/v1alpha1
kind: NotificationChannel
metadata: {name: b, namespace: default}
spec:
  type: webhook
  webhook: {url: "${viaSightline.url}"}
  groupBy: [alertname]
  groupWait: 0s
  groupInterval: 1s
`,
  );
  const port = await freePort();
  const sightline = SightlineProcess.start(['standalone', '--manifests', dir, '--data-dir', join(dir, 'data'), ...LOOPBACK_OTLP], port);
  await sightline.waitFor('/-/ready');
  for (let i = 0; ; i++) {
    if ((await fetch(`http://127.0.0.1:${amPort}/-/ready`).catch(() => undefined))?.ok) break;
    if (i > 100) throw new Error('Alertmanager did not become ready');
    await sleep(200);
  }
  const prometheus = await startPrometheus({
    scrapeTargets: [`127.0.0.1:${(target.address() as AddressInfo).port}`],
    remoteWriteUrl: `${sightline.url}/api/v1/write`,
    rules: 'groups:\n- name: demo\n  rules:\n  - alert: DemoDown\n    expr: demo_up == 0\n',
    alertmanagers: [`127.0.0.1:${amPort}`, `127.0.0.1:${port}`],
  });
  const results = { amFiring: [] as number[], slFiring: [] as number[], amResolved: [] as number[], slResolved: [] as number[] };
  try {
    await sleep(3000);
    for (let i = 0; i < ROUNDS; i++) {
      await sleep(1000 + Math.random() * 2000);
      let [a, b] = [viaAm.received.length, viaSightline.received.length];
      value = 0;
      const down = Date.now();
      const [af, bf] = await Promise.all([nextWith(viaAm, a, 'firing'), nextWith(viaSightline, b, 'firing')]);
      results.amFiring.push(af.atMs - down);
      results.slFiring.push(bf.atMs - down);
      await sleep(1000 + Math.random() * 2000);
      [a, b] = [viaAm.received.length, viaSightline.received.length];
      value = 1;
      const up = Date.now();
      const [ar, br] = await Promise.all([nextWith(viaAm, a, 'resolved'), nextWith(viaSightline, b, 'resolved')]);
      results.amResolved.push(ar.atMs - up);
      results.slResolved.push(br.atMs - up);
      process.stdout.write(`round ${i + 1}: firing AM ${af.atMs - down} ms, Sightline ${bf.atMs - down} ms; resolved AM ${ar.atMs - up} ms, Sightline ${br.atMs - up} ms\n`);
    }
  } finally {
    await prometheus.stop();
    am.kill('SIGTERM');
    await sightline.stop();
    await viaAm.close();
    await viaSightline.close();
    target.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`\nConditions: Prometheus 2.42 (scrape 1 s, evaluation 1 s) → Alertmanager 0.25 and sightline standalone (PGlite, poll 1 s), group wait 0, group interval 1 s; ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(2)}\n`);
  process.stdout.write(`firing, via Alertmanager: ${quantiles(results.amFiring)}\nfiring, via Sightline:    ${quantiles(results.slFiring)}\n`);
  process.stdout.write(`resolved, via Alertmanager: ${quantiles(results.amResolved)}\nresolved, via Sightline:    ${quantiles(results.slResolved)}\n`);
}

await main();
