/**
 * config/rbac grants what the operator needs and nothing more: checked with
 * SelfSubjectAccessReview as the operator's ServiceAccount, and by syncing a cluster-wide source.
 */
import { AuthorizationV1Api, CoreV1Api, RbacAuthorizationV1Api, type KubeConfig, type V1ResourceAttributes } from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import { adminKubeConfig, createServiceAccountToken, kubeConfigFor, uniqueNamespace } from '../../support/kube.js';
import { installCrds, operatorToken } from '../../support/kube-operator.js';

const kube = inject('kube');

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

  const can = async (attrs: V1ResourceAttributes): Promise<boolean> => {
    const review = await kc.makeApiClient(AuthorizationV1Api).createSelfSubjectAccessReview({ body: { spec: { resourceAttributes: attrs } } });
    return review.status?.allowed ?? false;
  };

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

  it('is enough to sync every informer cluster-wide', async () => {
    const source = new KubernetesSource(kc, { minBackoffMs: 50 });
    try {
      await source.start();
      expect(source.synced).toBe(true);
    } finally {
      await source.stop();
    }
  });

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
