/**
 * The built `sightline operator` against a real kube-apiserver, as a ServiceAccount bound to
 * config/rbac: readiness waits for the caches, an applied ScrapeTarget gets Ready and
 * observedGeneration in its status, and the ingest Deployment is created from the flags; without
 * an ingest tier the operator scrapes the targets itself.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppsV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { SightlineProcess } from '../support/cli.js';
import { adminKubeConfig } from '../support/kube.js';
import { eventually, kubectl, useOperatorSandbox } from '../support/kube-operator.js';
import { postgresTestUrl } from '../support/db.js';
import { freePort } from '../support/postgres.js';
import { startTarget } from '../support/scrape-targets.js';

describe('sightline operator', () => {
  const sandbox = useOperatorSandbox('e2e-operator');

  it('reconciles an applied ScrapeTarget to Ready with observedGeneration', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    // No database: storage stays unready, which isolates the "caches synced" part of readiness.
    const dead = `postgres://postgres@127.0.0.1:${await freePort()}/x`;
    const proc = SightlineProcess.start(['operator', '--storage', dead, '--kubeconfig', kubeconfig, '--watch-namespace', ns, '--resync-period', '2s', '--ingest.image', 'ghcr.io/sightline/sightline:e2e', '--ingest.namespace', ns, '--ingest.replicas', '3'], await freePort());
    try {
      await proc.waitFor('/-/healthy');
      await eventually(async () => {
        const body = (await (await fetch(`${proc.url}/-/ready`)).json()) as { error: string };
        expect(body.error).toMatch(/^not ready: storage: /);
        expect(body.error).not.toContain('caches not synced');
      }, 20_000);

      const manifest = join(dirname(kubeconfig), 'st.yaml');
      await writeFile(manifest, `apiVersion: monitoring.sightline.dev/v1alpha1\nkind: ScrapeTarget\nmetadata:\n  name: node\n  namespace: ${ns}\nspec:\n  staticTargets: ["10.0.0.1:9100"]\n  endpoints: [{}]\n`);
      await kubectl(coords, ['apply', '-f', manifest]);
      const custom = adminKubeConfig(coords).makeApiClient(CustomObjectsApi);
      const st = await eventually(async () => {
        const o = (await custom.getNamespacedCustomObject({ group: 'monitoring.sightline.dev', version: 'v1alpha1', namespace: ns, plural: 'scrapetargets', name: 'node' })) as {
          status?: { observedGeneration?: number; activeTargets?: number; conditions?: { type: string; status: string }[] };
        };
        expect(o.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
        return o;
      }, 20_000);
      expect(st.status).toMatchObject({ observedGeneration: 1, activeTargets: 1 });
      expect(await kubectl(coords, ['get', 'scrapetargets', '-n', ns])).toMatch(/node\s+1\s+True\s+Reconciled/);
      const deployment = await eventually(() => adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ name: 'sightline-ingest', namespace: ns }));
      expect(deployment.spec?.replicas).toBe(3);
      expect(deployment.spec?.template.spec?.containers[0]?.env).toContainEqual({ name: 'SIGHTLINE_STORAGE', value: dead });
      // The replicas scrape the namespace the operator watches.
      expect(deployment.spec?.template.spec?.containers[0]?.env).toContainEqual({ name: 'SIGHTLINE_WATCH_NAMESPACE', value: ns });
    } finally {
      expect(await proc.stop()).toBe(0);
    }
  }, 60_000);

  it('scrapes every target itself when it runs no ingest tier', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    const storage = await postgresTestUrl();
    const target = await startTarget('# TYPE demo_value gauge\ndemo_value 1\n');
    const operator = SightlineProcess.start(['operator', '--storage', storage, '--kubeconfig', kubeconfig, '--watch-namespace', ns], await freePort());
    // A query front end on the same database that scrapes nothing itself.
    const reader = SightlineProcess.start(['ingest', '--storage', storage, '--otlp.http-listen-address', '127.0.0.1:0', '--otlp.grpc-listen-address', '127.0.0.1:0', '--scrape.kubernetes', 'false'], await freePort());
    try {
      await operator.waitFor('/-/ready');
      await reader.waitFor('/-/ready');
      const manifest = join(dirname(kubeconfig), 'self.yaml');
      await writeFile(manifest, `apiVersion: monitoring.sightline.dev/v1alpha1\nkind: ScrapeTarget\nmetadata:\n  name: self\n  namespace: ${ns}\nspec:\n  staticTargets: ["${target.address}"]\n  endpoints: [{interval: 1s, scrapeTimeout: 1s}]\n`);
      await kubectl(coords, ['apply', '-f', manifest]);
      await eventually(async () => {
        const res = (await (await fetch(`${reader.url}/api/v1/query?query=${encodeURIComponent(`up{job="${ns}/self"}`)}`)).json()) as { data: { result: { value: [number, string] }[] } };
        expect(res.data.result.map((r) => r.value[1])).toEqual(['1']);
      }, 20_000);
    } finally {
      expect(await operator.stop()).toBe(0);
      expect(await reader.stop()).toBe(0);
      await target.close();
    }
  }, 60_000);
});
