/**
 * The ingest tier names the operator's Deployment as owner when the operator runs in a pod
 * (POD_NAME/POD_NAMESPACE from the downward API): the Deployment → ReplicaSet → Pod chain is
 * created in the real API server (no kubelet or controller-manager needed to assert on objects),
 * and the operator looks it up on its least-privilege token.
 */
import { AppsV1Api, CoreV1Api, type KubeConfig, type V1OwnerReference } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { INGEST_NAME, IngestTier, desiredDeployment, desiredService } from '../../../src/controller/ingest.js';
import { ownDeployment } from '../../../src/controller/owner.js';
import { adminKubeConfig } from '../../support/kube.js';
import { useOperatorSandbox } from '../../support/kube-operator.js';

const LABELS = { app: 'sightline-operator' };
const TEMPLATE = { metadata: { labels: LABELS }, spec: { containers: [{ name: 'operator', image: 'ghcr.io/sightline/sightline:test' }] } };

describe('ingest tier owner references', () => {
  const sandbox = useOperatorSandbox('owner');
  let ns: string;
  let apps: AppsV1Api;
  let core: CoreV1Api;
  let operatorKc: KubeConfig;
  let deploymentUid: string;

  beforeAll(async () => {
    const admin = adminKubeConfig(sandbox.coords);
    apps = admin.makeApiClient(AppsV1Api);
    core = admin.makeApiClient(CoreV1Api);
    ns = sandbox.namespace;
    operatorKc = sandbox.operatorKc;
    // What a Deployment controller and a ReplicaSet controller would have made.
    const d = await apps.createNamespacedDeployment({ namespace: ns, body: { metadata: { name: 'sightline-operator' }, spec: { selector: { matchLabels: LABELS }, template: TEMPLATE } } });
    deploymentUid = d.metadata!.uid!;
    const owner = (kind: string, name: string, uid: string, apiVersion = 'apps/v1'): V1OwnerReference => ({ apiVersion, kind, name, uid, controller: true, blockOwnerDeletion: true });
    const rs = await apps.createNamespacedReplicaSet({
      namespace: ns,
      body: { metadata: { name: 'sightline-operator-6f9c', ownerReferences: [owner('Deployment', 'sightline-operator', deploymentUid)] }, spec: { selector: { matchLabels: LABELS }, template: TEMPLATE } },
    });
    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name: 'sightline-operator-6f9c-x2k4p', labels: LABELS, ownerReferences: [owner('ReplicaSet', rs.metadata!.name!, rs.metadata!.uid!)] }, spec: TEMPLATE.spec },
    });
  });

  const tier = (owner?: V1OwnerReference) =>
    new IngestTier(operatorKc, { namespace: ns, image: 'ghcr.io/sightline/sightline:test', replicas: 1, resources: { cpu: '100m', memory: '256Mi' }, env: {}, ...(owner ? { owner } : {}) });

  it('finds the Deployment through Pod and ReplicaSet, and the ingest objects name it as owner', async () => {
    const owner = await ownDeployment(operatorKc, { POD_NAME: 'sightline-operator-6f9c-x2k4p', POD_NAMESPACE: ns });
    expect(owner).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'sightline-operator', uid: deploymentUid, controller: false, blockOwnerDeletion: false });
    const ingest = tier(owner);
    expect(await ingest.ensure()).toEqual(['Deployment', 'Service']);
    expect((await apps.readNamespacedDeployment({ name: INGEST_NAME, namespace: ns })).metadata?.ownerReferences).toEqual([owner]);
    expect((await core.readNamespacedService({ name: INGEST_NAME, namespace: ns })).metadata?.ownerReferences).toEqual([owner]);
    // Steady state: nothing to write.
    expect(await ingest.ensure()).toEqual([]);
  });

  it('outside a cluster (no POD_NAME) or for an unknown pod there is no owner: labels only', async () => {
    expect(await ownDeployment(operatorKc, {})).toBeUndefined();
    expect(await ownDeployment(operatorKc, { POD_NAME: 'no-such-pod', POD_NAMESPACE: ns })).toBeUndefined();
    for (const o of [desiredDeployment(tier().options), desiredService(tier().options)]) {
      expect(o.metadata?.ownerReferences).toBeUndefined();
      expect(o.metadata?.labels).toMatchObject({ 'app.kubernetes.io/name': 'sightline', 'app.kubernetes.io/component': 'ingest' });
    }
  });
});

