/**
 * Condition true → webhook received, through `sightline standalone` (the built CLI) on its
 * embedded store: a loopback target's series flips 1 → 0 at a random moment; Sightline scrapes it
 * every second, an AlertRule (`up`-style `demo_up == 0`, interval 5 s, `for: 0`) fires, and a
 * webhook NotificationChannel (`groupWait: 0s`, `groupInterval: 1s`) delivers to a loopback
 * receiver. Reported: flip → firing webhook and flip back → resolved webhook (p50/p90/max over the
 * rounds), and the notifier's own share, the alert's evaluation time (startsAt) → webhook.
 *
 * Run: npm run build && npx tsx bench/notify.ts [--rounds 12]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { LOOPBACK_OTLP, SightlineProcess } from '../test/support/cli.js';
import { freePort } from '../test/support/postgres.js';
import { WebhookReceiver } from '../test/support/webhook-receiver.js';
import { arg } from './support/args.js';

const ROUNDS = arg('rounds', 12);
const INTERVAL_S = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantiles(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `p50 ${(q(0.5) / 1000).toFixed(2)} s, p90 ${(q(0.9) / 1000).toFixed(2)} s, max ${(s.at(-1)! / 1000).toFixed(2)} s (n=${s.length})`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'sightline-bench-notify-'));
  let value = 1;
  const target = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(`# TYPE demo_up gauge\ndemo_up ${value}\n`));
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  const hook = await WebhookReceiver.start();
  writeFileSync(
    join(dir, 'manifests.yaml'),
    `apiVersion: monitoring.sightline.dev/v1alpha1
kind: ScrapeTarget
metadata: {name: demo, namespace: default}
spec:
  jobName: demo
  staticTargets: ["127.0.0.1:${(target.address() as AddressInfo).port}"]
  endpoints: [{path: /metrics, interval: 1s, scrapeTimeout: 900ms}]
---
apiVersion: monitoring.sightline.dev/v1alpha1
kind: AlertRule
metadata: {name: demo, namespace: default}
spec:
  interval: ${INTERVAL_S}s
  rules:
    - alert: DemoDown
      expr: demo_up == 0
---
apiVersion: monitoring.sightline.dev/v1alpha1
kind: NotificationChannel
metadata: {name: hook, namespace: default}
spec:
  type: webhook
  webhook: {url: "${hook.url}"}
  groupWait: 0s
  groupInterval: 1s
`,
  );
  const proc = SightlineProcess.start(['standalone', '--manifests', dir, '--data-dir', join(dir, 'data'), ...LOOPBACK_OTLP], await freePort());
  const firing: number[] = [];
  const resolved: number[] = [];
  const notifierShare: number[] = [];
  try {
    await proc.waitFor('/-/ready');
    await sleep(3000);
    for (let i = 0; i < ROUNDS; i++) {
      // A random phase against the scrape and evaluation grids.
      await sleep(Math.random() * INTERVAL_S * 1000);
      let seen = hook.received.length;
      value = 0;
      const down = Date.now();
      const fired = (await hook.waitFor(seen + 1, 60_000)).at(-1)!;
      firing.push(fired.atMs - down);
      notifierShare.push(fired.atMs - Date.parse(fired.body.alerts[0]!.startsAt));
      await sleep(Math.random() * INTERVAL_S * 1000);
      seen = hook.received.length;
      value = 1;
      const up = Date.now();
      const back = (await hook.waitFor(seen + 1, 60_000)).at(-1)!;
      resolved.push(back.atMs - up);
      process.stdout.write(`round ${i + 1}: firing after ${firing.at(-1)} ms, resolved after ${resolved.at(-1)} ms\n`);
    }
  } finally {
    await proc.stop();
    await hook.close();
    target.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`\nConditions: standalone (embedded PGlite), scrape 1 s, rule interval ${INTERVAL_S} s, for 0, groupWait 0s, notifier poll 1 s; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0]!.toFixed(2)}\n`);
  process.stdout.write(`condition true → firing webhook: ${quantiles(firing)}\n`);
  process.stdout.write(`condition false → resolved webhook: ${quantiles(resolved)}\n`);
  process.stdout.write(`evaluation (startsAt) → firing webhook (notifier share): ${quantiles(notifierShare)}\n`);
}

await main();
