/**
 * config/rbac grants what the operator and the ingest replicas need and nothing more: checked
 * with SelfSubjectAccessReview as each ServiceAccount, and by syncing a cluster-wide source.
 * (test/e2e/ingest-scrape.test.ts runs a scraping `sightline ingest` on the ingest role.)
 */
import { AuthorizationV1Api, CoreV1Api, RbacAuthorizationV1Api, type KubeConfig, type V1ResourceAttributes } from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import { adminKubeConfig, createServiceAccountToken, kubeConfigFor, uniqueNamespace } from '../../support/kube.js';
import { ingestToken, installCrds, operatorToken } from '../../support/kube-operator.js';

const kube = inject('kube');

async function allowed(kc: KubeConfig, attrs: V1ResourceAttributes): Promise<boolean> {
  const review = await kc.makeApiClient(AuthorizationV1Api).createSelfSubjectAccessReview({ body: { spec: { resourceAttributes: attrs } } });
  return review.status?.allowed ?? false;
}


/** A Kubernetes source on `kc` lists every kind it watches, cluster-wide. */
async function expectInformersSync(kc: KubeConfig): Promise<void> {
  const source = new KubernetesSource(kc, { minBackoffMs: 50 });
  try {
    await source.start();
    expect(source.synced).toBe(true);
  } finally {
    await source.stop();
  }
}

describe('operator RBAC', () => {
  let kc: KubeConfig;
  let ns: string;

  beforeAll(async () => {
    if (!kube) throw new Error('no kube-apiserver provided');
    await installCrds(kube);
    ns = uniqueNamespace('rbac');
    await adminKubeConfig(kube).makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
    kc = kubeConfigFor(kube, await operatorToken(kube, ns), 'sightline-operator');
  });

  const can = (attrs: V1ResourceAttributes): Promise<boolean> => allowed(kc, attrs);

  it.each<[string, V1ResourceAttributes]>([
    ['watch ScrapeTargets cluster-wide', { group: 'monitoring.sightline.dev', resource: 'scrapetargets', verb: 'watch' }],
    ['patch AlertRule status', { group: 'monitoring.sightline.dev', resource: 'alertrules', subresource: 'status', verb: 'patch', namespace: 'team-a' }],
    ['get one Secret', { resource: 'secrets', verb: 'get', namespace: 'team-a', name: 'token' }],
    ['list EndpointSlices', { group: 'discovery.k8s.io', resource: 'endpointslices', verb: 'list' }],
    ['create Events', { resource: 'events', verb: 'create', namespace: 'team-a' }],
    ['patch a MonitoredService (its finalizer)', { group: 'monitoring.sightline.dev', resource: 'monitoredservices', verb: 'patch', namespace: 'team-a' }],
  ])('may %s', async (_what, attrs) => {
    expect(await can(attrs)).toBe(true);
  });

  it.each<[string, V1ResourceAttributes]>([
    ['list Secrets cluster-wide', { resource: 'secrets', verb: 'list' }],
    ['watch Secrets in a namespace', { resource: 'secrets', verb: 'watch', namespace: 'team-a' }],
    ['delete Pods', { resource: 'pods', verb: 'delete', namespace: 'team-a' }],
    ['update a ScrapeTarget spec', { group: 'monitoring.sightline.dev', resource: 'scrapetargets', verb: 'update', namespace: 'team-a' }],
    ['patch a ScrapeTarget', { group: 'monitoring.sightline.dev', resource: 'scrapetargets', verb: 'patch', namespace: 'team-a' }],
    ['update a MonitoredService', { group: 'monitoring.sightline.dev', resource: 'monitoredservices', verb: 'update', namespace: 'team-a' }],
    ['get Pods outside its namespace', { resource: 'pods', verb: 'get', namespace: 'team-a' }],
    ['delete CRDs', { group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions', verb: 'delete' }],
  ])('may not %s', async (_what, attrs) => {
    expect(await can(attrs)).toBe(false);
  });

  it('is enough to sync every informer cluster-wide', () => expectInformersSync(kc));

  it('keeps retrying a forbidden list with backoff and syncs once a RoleBinding allows it', async () => {
    const token = await createServiceAccountToken(kube!, ns, 'late', { ensure: true });
    const source = new KubernetesSource(kubeConfigFor(kube!, token, 'late'), { namespace: ns, minBackoffMs: 50, maxBackoffMs: 200 });
    try {
      const started = source.start();
      await new Promise((r) => setTimeout(r, 500));
      expect(source.synced).toBe(false);
      // The namespaced form of the install: the same ClusterRole, bound in one namespace.
      await adminKubeConfig(kube!).makeApiClient(RbacAuthorizationV1Api).createNamespacedRoleBinding({
        namespace: ns,
        body: {
          metadata: { name: 'late' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `sightline-operator-${ns}` },
          subjects: [{ kind: 'ServiceAccount', name: 'late', namespace: ns }],
        },
      });
      await started;
      expect(source.synced).toBe(true);
    } finally {
      await source.stop();
    }
  });
});

describe('ingest RBAC', () => {
  let kc: KubeConfig;

  beforeAll(async () => {
    if (!kube) throw new Error('no kube-apiserver provided');
    await installCrds(kube);
    const ns = uniqueNamespace('rbac-ingest');
    await adminKubeConfig(kube).makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
    kc = kubeConfigFor(kube, await ingestToken(kube, ns), 'sightline-ingest');
  });

  it.each<[string, V1ResourceAttributes]>([
    ['watch MonitoredServices cluster-wide', { group: 'monitoring.sightline.dev', resource: 'monitoredservices', verb: 'watch' }],
    ['list Pods cluster-wide', { resource: 'pods', verb: 'list' }],
    ['watch Services in a namespace', { resource: 'services', verb: 'watch', namespace: 'team-a' }],
    ['watch EndpointSlices', { group: 'discovery.k8s.io', resource: 'endpointslices', verb: 'watch' }],
    ['get one Secret', { resource: 'secrets', verb: 'get', namespace: 'team-a', name: 'token' }],
  ])('may %s', async (_what, attrs) => {
    expect(await allowed(kc, attrs)).toBe(true);
  });

  it.each<[string, V1ResourceAttributes]>([
    ['list Secrets', { resource: 'secrets', verb: 'list', namespace: 'team-a' }],
    ['patch ScrapeTarget status', { group: 'monitoring.sightline.dev', resource: 'scrapetargets', subresource: 'status', verb: 'patch', namespace: 'team-a' }],
    ['create Events', { resource: 'events', verb: 'create', namespace: 'team-a' }],
    ['patch Pods', { resource: 'pods', verb: 'patch', namespace: 'team-a' }],
    ['patch the ingest Deployment', { group: 'apps', resource: 'deployments', verb: 'patch', namespace: 'team-a', name: 'sightline-ingest' }],
  ])('may not %s', async (_what, attrs) => {
    expect(await allowed(kc, attrs)).toBe(false);
  });

  it('is enough to sync every informer cluster-wide', () => expectInformersSync(kc));
});
