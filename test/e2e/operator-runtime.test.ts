/**
 * The built `sightline operator` with a real PostgreSQL: its leader health-checks a
 * MonitoredService's pods (a loopback server standing in for the pod) and, running without an
 * ingest tier, scrapes a ScrapeTarget itself and shows the figures it reported through the database.
 */
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { SightlineProcess } from '../support/cli.js';
import { postgresTestUrl } from '../support/db.js';
import { adminKubeConfig } from '../support/kube.js';
import { eventually, useOperatorSandbox } from '../support/kube-operator.js';
import { freePort } from '../support/postgres.js';
import { startTarget } from '../support/scrape-targets.js';

const group = { group: 'monitoring.sightline.dev', version: 'v1alpha1' };

describe('sightline operator runtime', () => {
  const sandbox = useOperatorSandbox('e2e-runtime');

  it('health-checks MonitoredServices, scrapes without an ingest tier and shows the scrape figures', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    const url = await postgresTestUrl();
    const admin = adminKubeConfig(coords);
    const core = admin.makeApiClient(CoreV1Api);
    const custom = admin.makeApiClient(CustomObjectsApi);
    const app = await startTarget('ok 1\n');
    const port = Number(app.address.split(':')[1]);
    const proc = SightlineProcess.start(['operator', '--storage', url, '--kubeconfig', kubeconfig, '--watch-namespace', ns], await freePort());
    try {
      await proc.waitFor('/-/ready');
      await core.createNamespacedPod({ namespace: ns, body: { metadata: { name: 'api-0', labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'api:1', ports: [{ name: 'http', containerPort: port }] }] } } });
      const pod = await core.readNamespacedPod({ name: 'api-0', namespace: ns });
      await core.replaceNamespacedPodStatus({ name: 'api-0', namespace: ns, body: { ...pod, status: { phase: 'Running', podIP: '127.0.0.1', podIPs: [{ ip: '127.0.0.1' }] } } });
      await custom.createNamespacedCustomObject({
        ...group, namespace: ns, plural: 'monitoredservices',
        body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind: 'MonitoredService', metadata: { name: 'api' }, spec: { selector: { matchLabels: { app: 'api' } }, healthCheck: { http: { port: 'http', path: '/' }, interval: '1s', timeout: '500ms' } } },
      });
      await eventually(async () => {
        const o = (await custom.getNamespacedCustomObject({ ...group, namespace: ns, plural: 'monitoredservices', name: 'api' })) as { status?: Record<string, unknown> };
        expect(o.status).toMatchObject({ health: 'Healthy', endpointsUp: 1, endpointsTotal: 1 });
      }, 30_000);

      await custom.createNamespacedCustomObject({
        ...group, namespace: ns, plural: 'scrapetargets',
        body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind: 'ScrapeTarget', metadata: { name: 'api' }, spec: { staticTargets: [app.address], endpoints: [{ interval: '1s', scrapeTimeout: '500ms' }] } },
      });
      // The operator reads the reported state every 10 s.
      await eventually(async () => {
        const o = (await custom.getNamespacedCustomObject({ ...group, namespace: ns, plural: 'scrapetargets', name: 'api' })) as { status?: Record<string, unknown> };
        expect(o.status).toMatchObject({ activeTargets: 1, upTargets: 1, downTargets: 0 });
      }, 30_000);
    } finally {
      await app.close();
      expect(await proc.stop()).toBe(0);
    }
  }, 90_000);
});
