/**
 * Notifications under the built `sightline operator` with the real kube-apiserver and PostgreSQL:
 * the leader delivers an AlertRule's alert to the NotificationChannel it names (the URL read from
 * a Secret), and writes the channel's status (sent, lastDeliveryTime); a channel of a type not
 * delivered yet is Ready=False with reason UnsupportedChannel, one whose destination keeps failing
 * Ready=False with reason DeliveryFailing and a Warning Event. When the leader is killed with
 * SIGKILL while its notification waits for a destination that is down, the standby delivers it, once.
 */
import { hostname } from 'node:os';
import { CoordinationV1Api, CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { SightlineProcess } from '../support/cli.js';
import { postgresTestUrl } from '../support/db.js';
import { adminKubeConfig } from '../support/kube.js';
import { eventually, useOperatorSandbox } from '../support/kube-operator.js';
import { freePort } from '../support/postgres.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const group = { group: 'monitoring.sightline.dev', version: 'v1alpha1' };

interface ChannelStatus {
  sent?: number;
  failed?: number;
  lastDeliveryTime?: string;
  lastError?: string;
  conditions?: { type: string; status: string; reason: string }[];
}

describe('notifications under the operator', () => {
  const sandbox = useOperatorSandbox('e2e-notify');

  it('delivers on the leader and writes the channel status', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    const admin = adminKubeConfig(coords);
    const custom = admin.makeApiClient(CustomObjectsApi);
    const core = admin.makeApiClient(CoreV1Api);
    const hook = await WebhookReceiver.start();
    const proc = SightlineProcess.start(['operator', '--storage', await postgresTestUrl(), '--kubeconfig', kubeconfig, '--watch-namespace', ns], await freePort());
    const create = (plural: string, kind: string, name: string, spec: unknown) =>
      custom.createNamespacedCustomObject({ ...group, namespace: ns, plural, body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind, metadata: { name }, spec } });
    const status = async (name: string): Promise<ChannelStatus> =>
      ((await custom.getNamespacedCustomObject({ ...group, namespace: ns, plural: 'notificationchannels', name })) as { status?: ChannelStatus }).status ?? {};
    try {
      await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'hook' }, stringData: { url: hook.url } } });
      await create('notificationchannels', 'NotificationChannel', 'oncall', { type: 'webhook', webhook: { urlSecret: { name: 'hook', key: 'url' } }, groupWait: '0s', groupInterval: '1s' });
      await create('notificationchannels', 'NotificationChannel', 'chat', { type: 'slack', slack: { urlSecret: { name: 'hook', key: 'url' } } });
      // Nothing listens there: every attempt fails.
      await create('notificationchannels', 'NotificationChannel', 'broken', { type: 'webhook', webhook: { url: `http://127.0.0.1:${await freePort()}/x` }, groupWait: '0s' });
      await create('alertrules', 'AlertRule', 'always', { interval: '1s', rules: [{ alert: 'Always', expr: 'vector(1)', labels: { severity: 'page' } }], channels: ['oncall', 'broken'] });
      const [got] = await hook.waitFor(1, 60_000);
      expect(got!.body).toMatchObject({ status: 'firing', receiver: `${ns}/oncall`, commonLabels: { alertname: 'Always', severity: 'page' } });
      const s = await eventually(async () => {
        const st = await status('oncall');
        expect(st).toMatchObject({ sent: 1, failed: 0 });
        return st;
      }, 30_000, 250);
      expect(Date.parse(s.lastDeliveryTime ?? '')).toBeGreaterThan(Date.now() - 60_000);
      await eventually(async () => expect((await status('chat')).conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'UnsupportedChannel' }), 30_000, 250);
      expect(hook.requests).toBe(1);
      // A destination that keeps failing: not Ready, a Warning Event, the error in the status.
      const broken = await eventually(async () => {
        const st = await status('broken');
        expect(st.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'DeliveryFailing' });
        return st;
      }, 40_000, 250);
      expect(broken.lastError).toMatch(/ECONNREFUSED|fetch failed/);
      await eventually(async () => {
        const events = (await core.listNamespacedEvent({ namespace: ns })).items.filter((e) => e.involvedObject.name === 'broken' && e.type === 'Warning');
        expect(events.map((e) => e.reason)).toContain('DeliveryFailing');
      }, 20_000, 250);
    } finally {
      await proc.stop('SIGKILL');
      await hook.close();
    }
  }, 120_000);

  it('hands the outbox over: the standby delivers what the killed leader could not, once', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    const admin = adminKubeConfig(coords);
    const custom = admin.makeApiClient(CustomObjectsApi);
    const leases = admin.makeApiClient(CoordinationV1Api);
    const hook = await WebhookReceiver.start();
    // Down until the leader is gone.
    for (let i = 0; i < 1000; i++) hook.script.push({ status: 503 });
    const args = ['operator', '--storage', await postgresTestUrl(), '--kubeconfig', kubeconfig, '--watch-namespace', ns, '--leader-elect', '--leader-election.namespace', ns];
    const procs = [SightlineProcess.start(args, await freePort()), SightlineProcess.start(args, await freePort())];
    const create = (plural: string, kind: string, name: string, spec: unknown) =>
      custom.createNamespacedCustomObject({ ...group, namespace: ns, plural, body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind, metadata: { name }, spec } });
    try {
      await create('notificationchannels', 'NotificationChannel', 'handover', { type: 'webhook', webhook: { url: hook.url }, groupWait: '0s', groupInterval: '1s' });
      await create('alertrules', 'AlertRule', 'handover', { interval: '1s', rules: [{ alert: 'HandOver', expr: 'vector(1)' }] });
      await eventually(() => expect(hook.requests).toBeGreaterThanOrEqual(2), 60_000, 200);
      const holder = (await leases.readNamespacedLease({ namespace: ns, name: 'sightline-operator' })).spec?.holderIdentity;
      const leader = procs.find((p) => holder === `${hostname()}_${p.proc.pid}`)!;
      const standby = procs.find((p) => p !== leader)!;
      leader.proc.kill('SIGKILL');
      hook.script.length = 0;
      await eventually(() => expect(standby.logs()).toContain('became the leader'), 30_000, 200);
      const [got] = await hook.waitFor(1, 60_000);
      expect(got!.body).toMatchObject({ status: 'firing', receiver: `${ns}/handover`, groupLabels: {}, alerts: [{ labels: { alertname: 'HandOver' } }] });
      expect(got!.headers['idempotency-key']).toBe(`${ns}/handover:{}/${ns}/handover:{}:1`);
      // The new leader's groups start afresh; the outbox tells it this was already notified.
      await new Promise((r) => setTimeout(r, 4000));
      expect(hook.received).toHaveLength(1);
      expect(await standby.stop()).toBe(0);
    } finally {
      for (const p of procs) await p.stop('SIGKILL');
      await hook.close();
    }
  }, 150_000);
});
