/**
 * Debian's Prometheus 2.42 with Sightline as its Alertmanager: the alerts it evaluates arrive
 * through POST /api/v2/alerts and reach a NotificationChannel's webhook as they would through
 * Alertmanager, and resolve when Prometheus says they ended.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, SightlineProcess } from '../support/cli.js';
import { freePort } from '../support/postgres.js';
import { startPrometheus } from '../support/prometheus.js';
import { startTarget } from '../support/scrape-targets.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const tmp = mkdtempSync(join(tmpdir(), 'sightline-notify-prom-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Prometheus 2.42 pointed at Sightline as its Alertmanager', () => {
  it('delivers its alerts to the channel and their resolution', { timeout: 120_000 }, async () => {
    const hook = await WebhookReceiver.start();
    const target = await startTarget('# TYPE demo_up gauge\ndemo_up 0\n');
    writeFileSync(
      join(tmp, 'channel.yaml'),
      `apiVersion: monitoring.sightline.dev/v1alpha1
kind: NotificationChannel
metadata: {name: hook, namespace: default}
spec:
  type: webhook
  webhook: {url: "${hook.url}"}
  groupBy: [alertname]
  groupWait: 0s
  groupInterval: 1s
`,
    );
    const port = await freePort();
    const proc = SightlineProcess.start(['standalone', '--manifests', tmp, '--data-dir', join(tmp, 'data'), ...LOOPBACK_OTLP], port);
    // Prometheus drops alerts an Alertmanager refuses and resends them a minute later: start it once Sightline is ready.
    await proc.waitFor('/-/ready');
    const prometheus = await startPrometheus({
      scrapeTargets: [target.address],
      remoteWriteUrl: `${proc.url}/api/v1/write`,
      rules: 'groups:\n- name: demo\n  rules:\n  - alert: DemoDown\n    expr: demo_up == 0\n    labels: {severity: page}\n    annotations: {summary: "demo is down"}\n',
      alertmanagers: [`127.0.0.1:${port}`],
    });
    try {
      const [firing] = await hook.waitFor(1, 30_000);
      expect(firing!.body).toMatchObject({ status: 'firing', receiver: 'default/hook', groupLabels: { alertname: 'DemoDown' }, commonAnnotations: { summary: 'demo is down' } });
      expect(firing!.body.alerts[0]).toMatchObject({ status: 'firing', labels: { alertname: 'DemoDown', severity: 'page', job: 'fixture' } });
      expect(firing!.body.alerts[0]!.generatorURL).toContain('/graph?g0.expr=demo_up');
      target.serve('# TYPE demo_up gauge\ndemo_up 1\n');
      const [, resolved] = await hook.waitFor(2, 30_000);
      expect(resolved!.body).toMatchObject({ status: 'resolved', alerts: [{ status: 'resolved', labels: { alertname: 'DemoDown' } }] });
    } finally {
      await prometheus.stop();
      expect(await proc.stop()).toBe(0);
      await target.close();
      await hook.close();
    }
  });
});
