/**
 * Two `sightline operator` processes with --leader-elect: only the Lease holder reconciles, and
 * after the leader is killed with SIGKILL the standby takes over within 15 s.
 */
import { hostname } from 'node:os';
import { CoordinationV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { SightlineProcess } from '../support/cli.js';
import { adminKubeConfig } from '../support/kube.js';
import { eventually, useOperatorSandbox } from '../support/kube-operator.js';
import { freePort } from '../support/postgres.js';

describe('sightline operator leader election', () => {
  const sandbox = useOperatorSandbox('e2e-leader');

  it('fails over to the standby within 15 s of the leader being killed', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    const dead = `postgres://postgres@127.0.0.1:${await freePort()}/x`;
    const args = ['operator', '--storage', dead, '--kubeconfig', kubeconfig, '--watch-namespace', ns, '--leader-elect', '--leader-election.namespace', ns];
    const procs = [SightlineProcess.start(args, await freePort()), SightlineProcess.start(args, await freePort())];
    const custom = adminKubeConfig(coords).makeApiClient(CustomObjectsApi);
    const leases = adminKubeConfig(coords).makeApiClient(CoordinationV1Api);
    const create = (name: string) =>
      custom.createNamespacedCustomObject({
        group: 'monitoring.sightline.dev', version: 'v1alpha1', namespace: ns, plural: 'scrapetargets',
        body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind: 'ScrapeTarget', metadata: { name }, spec: { staticTargets: ['10.0.0.1:9100'], endpoints: [{}] } },
      });
    const readyAt = (name: string, timeoutMs: number) =>
      eventually(async () => {
        const o = (await custom.getNamespacedCustomObject({ group: 'monitoring.sightline.dev', version: 'v1alpha1', namespace: ns, plural: 'scrapetargets', name })) as { status?: { conditions?: { type: string; status: string }[] } };
        expect(o.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
        return Date.now();
      }, timeoutMs, 100);
    try {
      await create('before');
      await readyAt('before', 20_000);
      const holder = (await leases.readNamespacedLease({ namespace: ns, name: 'sightline-operator' })).spec?.holderIdentity;
      const leader = procs.find((p) => holder === `${hostname()}_${p.proc.pid}`);
      const standby = procs.find((p) => p !== leader)!;
      expect(leader).toBeDefined();
      expect(leader!.logs()).toContain('became the leader');
      expect(standby.logs()).not.toContain('became the leader');

      leader!.proc.kill('SIGKILL');
      const killedAt = Date.now();
      await create('after');
      const readyTime = await readyAt('after', 20_000);
      expect(readyTime - killedAt).toBeLessThan(15_000);
      expect(standby.logs()).toContain('became the leader');
      const lease = await leases.readNamespacedLease({ namespace: ns, name: 'sightline-operator' });
      expect(lease.spec?.holderIdentity).toBe(`${hostname()}_${standby.proc.pid}`);
      expect(lease.spec?.leaseTransitions).toBe(1);
      expect(await standby.stop()).toBe(0);
    } finally {
      for (const p of procs) await p.stop('SIGKILL');
    }
  }, 60_000);
});
