/**
 * Proves the test harness gives a real, working kube-apiserver: storage, CRDs with a
 * status subresource, authentication, RBAC, and a kubeconfig kubectl accepts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import {
  ApiextensionsV1Api,
  AuthenticationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  RbacAuthorizationV1Api,
  type V1CustomResourceDefinition,
} from '@kubernetes/client-node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '../../support/kube-operator.js';
import { adminKubeConfig, createServiceAccountToken, kubeConfigFor, startKubeApiServer, uniqueNamespace, type KubeCoordinates } from '../../support/kube.js';

const execFileP = promisify(execFile);

const kube = inject('kube');


const statusCode = (e: unknown): number | undefined => (e as { code?: number }).code;

describe('kube-apiserver test harness', () => {
  let coords: KubeCoordinates;
  let core: CoreV1Api;
  let ns: string;

  beforeAll(async () => {
    if (!kube) throw new Error('no kube-apiserver was provided: is test/support/kube-global.ts in vitest globalSetup?');
    coords = kube;
    core = adminKubeConfig(coords).makeApiClient(CoreV1Api);
    ns = uniqueNamespace('apiserver');
    await core.createNamespace({ body: { metadata: { name: ns } } });
  });

  it('stores and returns a ConfigMap in a fresh namespace', async () => {
    const created = await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: 'settings', labels: { app: 'sightline' } }, data: { retention: '15d' } },
    });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);

    const read = await core.readNamespacedConfigMap({ name: 'settings', namespace: ns });
    expect(read.data).toEqual({ retention: '15d' });
    const listed = await core.listNamespacedConfigMap({ namespace: ns, labelSelector: 'app=sightline' });
    expect(listed.items.map((c) => c.metadata?.name)).toEqual(['settings']);
  });

  it('serves a CustomResourceDefinition with a status subresource', async () => {
    const group = `${ns}.test.sightline.dev`;
    const crd: V1CustomResourceDefinition = {
      metadata: { name: `widgets.${group}` },
      spec: {
        group,
        scope: 'Namespaced',
        names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
        versions: [
          {
            name: 'v1alpha1',
            served: true,
            storage: true,
            subresources: { status: {} },
            schema: {
              openAPIV3Schema: {
                type: 'object',
                properties: {
                  spec: { type: 'object', properties: { size: { type: 'integer', minimum: 1 } }, required: ['size'] },
                  status: { type: 'object', properties: { phase: { type: 'string' }, observedGeneration: { type: 'integer' } } },
                },
              },
            },
          },
        ],
      },
    };
    const ext = adminKubeConfig(coords).makeApiClient(ApiextensionsV1Api);
    await ext.createCustomResourceDefinition({ body: crd });
    await eventually(async () => {
      const got = await ext.readCustomResourceDefinition({ name: crd.metadata!.name! });
      const established = got.status?.conditions?.find((c) => c.type === 'Established');
      expect(established?.status).toBe('True');
    });

    const custom = adminKubeConfig(coords).makeApiClient(CustomObjectsApi);
    const ref = { group, version: 'v1alpha1', namespace: ns, plural: 'widgets' };
    // Discovery of a new CRD lags Established by a moment; retry until it is served.
    await eventually(() =>
      custom.createNamespacedCustomObject({
        ...ref,
        body: { apiVersion: `${group}/v1alpha1`, kind: 'Widget', metadata: { name: 'w1' }, spec: { size: 3 } },
      }),
    );

    // The schema is enforced: size must be >= 1.
    const invalid = await custom
      .createNamespacedCustomObject({ ...ref, body: { apiVersion: `${group}/v1alpha1`, kind: 'Widget', metadata: { name: 'bad' }, spec: { size: 0 } } })
      .then(() => undefined, (e: unknown) => e);
    expect(statusCode(invalid)).toBe(422);

    // Status written through /status is kept; spec sent there is ignored.
    const current = (await custom.getNamespacedCustomObject({ ...ref, name: 'w1' })) as { metadata: { generation: number }; spec: unknown };
    await custom.replaceNamespacedCustomObjectStatus({
      ...ref,
      name: 'w1',
      body: { ...current, spec: { size: 99 }, status: { phase: 'Ready', observedGeneration: current.metadata.generation } },
    });
    const after = (await custom.getNamespacedCustomObject({ ...ref, name: 'w1' })) as {
      metadata: { generation: number };
      spec: { size: number };
      status: { phase: string; observedGeneration: number };
    };
    expect(after.status).toEqual({ phase: 'Ready', observedGeneration: 1 });
    expect(after.spec.size).toBe(3);
    expect(after.metadata.generation).toBe(1);

    // A spec change bumps generation; status (owned by the subresource) survives it.
    await custom.replaceNamespacedCustomObject({ ...ref, name: 'w1', body: { ...after, spec: { size: 4 }, status: { phase: 'Ignored' } } });
    const bumped = (await custom.getNamespacedCustomObject({ ...ref, name: 'w1' })) as typeof after;
    expect(bumped.metadata.generation).toBe(2);
    expect(bumped.spec.size).toBe(4);
    expect(bumped.status.phase).toBe('Ready');
  });

  it('authenticates a ServiceAccount token and denies it everything until RBAC grants it', async () => {
    const token = await createServiceAccountToken(coords, ns, 'no-role', { ensure: true });
    const kc = kubeConfigFor(coords, token);

    // The token is real: the server knows who it belongs to.
    const review = await kc.makeApiClient(AuthenticationV1Api).createSelfSubjectReview({ body: {} });
    expect(review.status?.userInfo?.username).toBe(`system:serviceaccount:${ns}:no-role`);

    const asSa = kc.makeApiClient(CoreV1Api);
    const denied = await asSa.listNamespacedConfigMap({ namespace: ns }).then(() => undefined, (e: unknown) => e);
    expect(statusCode(denied)).toBe(403);
    expect(String((denied as { body?: unknown }).body)).toContain(`system:serviceaccount:${ns}:no-role`);
    const deniedNs = await asSa.listNamespace().then(() => undefined, (e: unknown) => e);
    expect(statusCode(deniedNs)).toBe(403);

    // Grant read on ConfigMaps in this namespace only.
    const rbac = adminKubeConfig(coords).makeApiClient(RbacAuthorizationV1Api);
    await rbac.createNamespacedRole({
      namespace: ns,
      body: { metadata: { name: 'read-configmaps' }, rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] }] },
    });
    await rbac.createNamespacedRoleBinding({
      namespace: ns,
      body: {
        metadata: { name: 'no-role-reads' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'read-configmaps' },
        subjects: [{ kind: 'ServiceAccount', name: 'no-role', namespace: ns }],
      },
    });
    const allowed = await eventually(() => asSa.listNamespacedConfigMap({ namespace: ns }));
    expect(allowed.items.some((c) => c.metadata?.name === 'settings')).toBe(true);
    // Still nothing beyond the grant.
    const stillDenied = await asSa
      .createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'nope' } } })
      .then(() => undefined, (e: unknown) => e);
    expect(statusCode(stillDenied)).toBe(403);
  });

  it('writes a kubeconfig that the built kubectl uses', async () => {
    const { stdout } = await execFileP(join(coords.binDir, 'kubectl'), ['--kubeconfig', coords.kubeconfigPath, 'get', 'ns', '-o', 'name']);
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['namespace/default', 'namespace/kube-system', `namespace/${ns}`]));

    const { stdout: version } = await execFileP(join(coords.binDir, 'kubectl'), ['--kubeconfig', coords.kubeconfigPath, 'version', '-o', 'json']);
    const parsed = JSON.parse(version) as { serverVersion: { gitVersion: string }; clientVersion: { gitVersion: string } };
    expect(parsed.serverVersion.gitVersion).toMatch(/^v1\.\d+\.\d+$/);
    expect(parsed.clientVersion.gitVersion).toBe(parsed.serverVersion.gitVersion);
  });

  it('starts an independent server on other ports and stop() removes everything', async () => {
    const other = await startKubeApiServer({ binDir: coords.binDir });
    try {
      expect(other.url).not.toBe(coords.url);
      const otherCore = adminKubeConfig(other).makeApiClient(CoreV1Api);
      // Separate etcd: the shared server's namespace does not exist here.
      const missing = await otherCore.readNamespace({ name: ns }).then(() => undefined, (e: unknown) => e);
      expect(statusCode(missing)).toBe(404);
    } finally {
      await other.stop();
    }
    expect(existsSync(dirname(other.kubeconfigPath))).toBe(false);
    const gone = await fetch(`${other.url}/readyz`).then(() => 'up', () => 'down');
    expect(gone).toBe('down');
  }, 90_000);
});
