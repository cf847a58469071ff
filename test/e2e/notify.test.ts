/**
 * Notifications in `standalone`, as the README shows them: with the shipped samples, the sample
 * AlertRule's TargetDown (nothing answers on 127.0.0.1:9100) reaches the sample webhook channel on
 * 127.0.0.1:9471 as an Alertmanager webhook payload, once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, repoRoot, SightlineProcess } from '../support/cli.js';
import { freePort } from '../support/postgres.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const tmp = mkdtempSync(join(tmpdir(), 'sightline-notify-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('notifications in standalone', () => {
  it('delivers the sample TargetDown alert to the sample webhook channel', { timeout: 240_000 }, async () => {
    // The sample channel's address, as the README runs it.
    const hook = await WebhookReceiver.start(9471, '/alerts');
    const proc = SightlineProcess.start(['standalone', '--manifests', join(repoRoot, 'config', 'samples'), '--data-dir', join(tmp, 'data'), ...LOOPBACK_OTLP], await freePort());
    try {
      await proc.waitFor('/-/ready');
      // The sample self-scrape expects port 9470; on this test's port its TargetDown fires as well.
      const deadline = Date.now() + 200_000;
      const node = () => hook.received.find((r) => r.body.groupLabels?.job === 'node');
      while (!node()) await hook.waitFor(hook.received.length + 1, Math.max(0, deadline - Date.now()));
      const got = node();
      expect(got!.path).toBe('/alerts');
      expect(got!.body).toMatchObject({
        version: '4',
        status: 'firing',
        receiver: 'default/local-webhook',
        groupLabels: { alertname: 'TargetDown', job: 'node' },
        commonLabels: { alertname: 'TargetDown', job: 'node', instance: '127.0.0.1:9100', severity: 'warning' },
        commonAnnotations: { summary: 'node target 127.0.0.1:9100 is down' },
      });
      expect(got!.body.alerts).toHaveLength(1);
      // The alert is in the Alertmanager API too, routed to the channel.
      const alerts = (await (await fetch(`${proc.url}/api/v2/alerts?filter=alertname%3DTargetDown&filter=job%3Dnode`)).json()) as { receivers: { name: string }[] }[];
      expect(alerts.map((a) => a.receivers)).toEqual([[{ name: 'default/local-webhook' }]]);
      expect(proc.logs()).toContain('"msg":"notification sent"');
      // Each group is sent once: the next group interval (1m) has nothing new to say.
      await new Promise((r) => setTimeout(r, 5000));
      const keys = hook.received.map((r) => r.body.groupKey);
      expect(keys).toEqual([...new Set(keys)]);
    } finally {
      expect(await proc.stop()).toBe(0);
      await hook.close();
    }
  });
});
