/**
 * `helm install` of charts/sightline into the real kube-apiserver, then the operator started as
 * the rendered Deployment starts it (same args and env, the Secret's URL, a token of the chart's
 * ServiceAccount so only the chart's RBAC applies) until the sample CRs are Ready; then
 * `helm uninstall` keeps the CRDs and the user's objects. Also `kubectl apply -k config/default`.
 *
 * Without a kubelet nothing runs the Deployment's Pods: the test plays the kubelet's part for one
 * replica (downward API, secretKeyRef, the ServiceAccount's credentials) and nothing more.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiextensionsV1Api, AppsV1Api, CoreV1Api, CoordinationV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GROUP, VERSION } from '../../../src/api/index.js';
import { repoRoot, type SightlineProcess } from '../../support/cli.js';
import { postgresTestUrl } from '../../support/db.js';
import { adminKubeConfig, uniqueNamespace, type KubeCoordinates } from '../../support/kube.js';
import { eventually, kubectl } from '../../support/kube-operator.js';
import { argocdHealth } from '../../support/lua.js';
import { chartDir, find, helm, kubectlRun, parseManifests, podSpec, startAsDeployed } from '../../support/packaging.js';

const PLURALS: Record<string, string> = { ScrapeTarget: 'scrapetargets', AlertRule: 'alertrules', NotificationChannel: 'notificationchannels', MonitoredService: 'monitoredservices' };

interface Sample {
  kind: string;
  metadata: { name: string; namespace?: string };
}

async function samples(): Promise<Sample[]> {
  const dir = join(repoRoot, 'config/samples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  return (await Promise.all(files.map(async (f) => yaml.load(await readFile(join(dir, f), 'utf8')) as Sample)));
}

describe('helm install of charts/sightline on a real API server', () => {
  let coords: KubeCoordinates;
  let core: CoreV1Api;
  let custom: CustomObjectsApi;
  let dir: string;
  let operator: SightlineProcess | undefined;
  const ns = uniqueNamespace('helm');
  // Cluster-scoped RBAC carries the release name, so this release never meets another test's objects.
  const release = `pk${ns.slice(-8)}`;
  const kube = (args: string[]) => ['--kubeconfig', coords.kubeconfigPath, '--namespace', ns, ...args];

  beforeAll(async () => {
    coords = inject('kube')!;
    const admin = adminKubeConfig(coords);
    core = admin.makeApiClient(CoreV1Api);
    custom = admin.makeApiClient(CustomObjectsApi);
    dir = await mkdtemp(join(tmpdir(), 'sightline-helm-'));
    // Pod Security "restricted", as config/default labels sightline-system: admission checks every Pod.
    await core.createNamespace({ body: { metadata: { name: ns, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } } });
    // The database Secret is the user's, created before the chart (NOTES.txt tells how).
    await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'sightline-database' }, stringData: { url: await postgresTestUrl() } } });
  }, 20 * 60_000);

  afterAll(async () => {
    await operator?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('installs, runs as the Deployment says with only the chart RBAC, reaches Ready on the samples, upgrades, and uninstalls keeping CRDs and CRs', async () => {
    const started = Date.now();
    const install = await helm(kube(['install', release, chartDir]));
    expect(install.stderr).not.toMatch(/Error/);
    expect(install.code).toBe(0);
    expect(install.stdout).toContain('STATUS: deployed');
    expect(install.stdout).toContain(`kubectl -n ${ns} rollout status deployment/sightline-operator`);
    const installedMs = Date.now() - started;

    // What the API server now holds is what the operator gets.
    const manifest = parseManifests((await helm(kube(['get', 'manifest', release]))).stdout);
    const deployment = find(manifest, 'Deployment', 'sightline-operator');
    const live = await adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ namespace: ns, name: 'sightline-operator' });
    expect(live.spec?.template.spec?.containers[0]?.args).toEqual(podSpec(deployment).containers[0]!.args);
    const [container] = podSpec(deployment).containers;
    operator = await startAsDeployed(coords, ns, deployment, dir);

    // Leader election in the release namespace, and the ingest tier the operator runs there.
    await eventually(async () => {
      const lease = await adminKubeConfig(coords).makeApiClient(CoordinationV1Api).readNamespacedLease({ namespace: ns, name: 'sightline-operator' });
      expect(lease.spec?.holderIdentity).toBeTruthy();
      const ingest = await adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ namespace: ns, name: 'sightline-ingest' });
      expect(ingest.spec?.template.spec?.containers[0]?.image).toBe(container!.image);
      // The replicas read the URL from the same Secret; it is never copied into their Deployment.
      expect(ingest.spec?.template.spec?.containers[0]?.env).toContainEqual({ name: 'SIGHTLINE_STORAGE', valueFrom: { secretKeyRef: { name: 'sightline-database', key: 'url' } } });
      expect(JSON.stringify(ingest)).not.toContain('postgres://');
    }, 30_000);

    // No kubelet runs Pods here, but admission is real: the operator's and the ingest tier's Pods
    // pass the namespace's Pod Security "restricted" profile (a dry-run create runs admission).
    const ingestTemplate = (await adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ namespace: ns, name: 'sightline-ingest' })).spec!.template;
    for (const [name, template] of [['operator', live.spec!.template], ['ingest', ingestTemplate]] as const) {
      await core.createNamespacedPod({ namespace: ns, dryRun: 'All', body: { metadata: { name: `pss-${name}` }, spec: template.spec! } });
    }
    await expect(core.createNamespacedPod({ namespace: ns, dryRun: 'All', body: { metadata: { name: 'pss-root' }, spec: { containers: [{ name: 'c', image: 'x' }] } } })).rejects.toMatchObject({ code: 403 });

    // The samples, in this namespace.
    const objects = await samples();
    for (const o of objects) {
      await custom.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: PLURALS[o.kind]!, body: { ...o, metadata: { ...o.metadata, namespace: ns } } });
    }
    await eventually(async () => {
      for (const o of objects) {
        const got = (await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: PLURALS[o.kind]!, name: o.metadata.name })) as {
          metadata: { generation: number };
          status?: { observedGeneration?: number; conditions?: { type: string; status: string }[] };
        };
        const ready = got.status?.conditions?.find((c) => c.type === 'Ready');
        if (got.status?.observedGeneration !== got.metadata.generation || ready?.status !== 'True') throw new Error(`${o.kind}/${o.metadata.name}: ${JSON.stringify(got.status)}`);
      }
    }, 60_000, 200);
    const readyMs = Date.now() - started;
    // The chart's self-monitoring ScrapeTarget is reconciled too (no Pods run here, so it matches none).
    const self = (await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', name: 'sightline' })) as { status?: { observedGeneration?: number; conditions?: { type: string; status: string; reason: string }[] } };
    expect(self.status?.observedGeneration).toBe(1);
    expect(self.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'NoTargetsMatched' });
    // Argo CD would show each as Healthy: its health check on the statuses the operator wrote.
    for (const o of objects) {
      const live = await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: PLURALS[o.kind]!, name: o.metadata.name });
      expect(argocdHealth(live), `${o.kind}/${o.metadata.name}`).toMatchObject({ status: 'Healthy' });
    }
    console.log(`helm install: ${installedMs} ms; install → ${objects.length} sample CRs Ready: ${readyMs} ms`);
    // No permission was missing: the operator logged no Forbidden, and --manage-crds applied the CRDs.
    expect(operator.logs()).not.toMatch(/forbidden/i);
    expect(container!.args).toContain('--manage-crds');
    expect(operator.logs()).toContain('CRDs applied');

    // An upgrade changes the Deployment in place; the user's objects are untouched.
    const upgrade = await helm(kube(['upgrade', release, chartDir, '--reuse-values', '--set', 'logLevel=debug']));
    expect(upgrade.code).toBe(0);
    expect(upgrade.stdout).toContain('REVISION: 2');
    const upgraded = await adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ namespace: ns, name: 'sightline-operator' });
    expect(upgraded.spec?.template.spec?.containers[0]?.args).toContain('--log.level=debug');

    // Uninstall order: the operator goes; CRDs and the user's objects stay.
    await operator.stop();
    operator = undefined;
    const uninstall = await helm(kube(['uninstall', release, '--wait']));
    expect(uninstall.code).toBe(0);
    await expect(adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ namespace: ns, name: 'sightline-operator' })).rejects.toMatchObject({ code: 404 });
    const crds = adminKubeConfig(coords).makeApiClient(ApiextensionsV1Api);
    for (const plural of Object.values(PLURALS)) await crds.readCustomResourceDefinition({ name: `${plural}.${GROUP}` });
    for (const o of objects) await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: PLURALS[o.kind]!, name: o.metadata.name });
  }, 5 * 60_000);

  it('keeps the bundled database password across upgrades (lookup), and the Secret after uninstall', async () => {
    const dbNs = uniqueNamespace('helm-db');
    const dbRelease = `pk${dbNs.slice(-8)}`;
    await core.createNamespace({ body: { metadata: { name: dbNs, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } } });
    const args = (extra: string[]) => ['--kubeconfig', coords.kubeconfigPath, '--namespace', dbNs, ...extra];
    const password = async () => Buffer.from((await core.readNamespacedSecret({ namespace: dbNs, name: 'sightline-timescaledb' })).data!.password!, 'base64').toString();
    const install = await helm(args(['install', dbRelease, chartDir, '--set', 'database.bundled.enabled=true']));
    expect(install.code).toBe(0);
    expect(install.stdout).toContain('The bundled TimescaleDB (StatefulSet sightline-timescaledb)');
    const first = await password();
    expect(first).toMatch(/^[A-Za-z0-9]{32}$/);
    expect((await helm(args(['upgrade', dbRelease, chartDir, '--reuse-values', '--set', 'logLevel=debug']))).code).toBe(0);
    expect(await password()).toBe(first);
    const sts = await adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedStatefulSet({ namespace: dbNs, name: 'sightline-timescaledb' });
    expect(sts.spec?.volumeClaimTemplates?.[0]?.spec?.resources?.requests?.storage).toBe('20Gi');
    // The database Pod passes Pod Security "restricted" admission too (with the claim the StatefulSet controller would add).
    const dbPod = sts.spec!.template.spec!;
    dbPod.volumes = [...(dbPod.volumes ?? []), { name: 'data', persistentVolumeClaim: { claimName: 'data-sightline-timescaledb-0' } }];
    await core.createNamespacedPod({ namespace: dbNs, dryRun: 'All', body: { metadata: { name: 'pss-timescaledb' }, spec: dbPod } });
    expect((await helm(args(['uninstall', dbRelease]))).code).toBe(0);
    expect(await password()).toBe(first);
  });

  it('kubectl apply -k config/default creates the namespace, CRDs, RBAC, operator Deployment and Service', async () => {
    const out = await kubectl(coords, ['apply', '--server-side', '--force-conflicts', '-k', 'config/default']);
    for (const obj of ['namespace/sightline-system', 'deployment.apps/sightline-operator', 'service/sightline', 'clusterrole.rbac.authorization.k8s.io/sightline-operator', 'customresourcedefinition.apiextensions.k8s.io/scrapetargets.monitoring.sightline.dev']) {
      expect(out).toContain(obj);
    }
    const deployment = await adminKubeConfig(coords).makeApiClient(AppsV1Api).readNamespacedDeployment({ namespace: 'sightline-system', name: 'sightline-operator' });
    expect(deployment.spec?.template.spec?.serviceAccountName).toBe('sightline-operator');
    // The ServiceAccount is bound as config/rbac says: its Lease here, no Secret listing anywhere.
    const as = ['--kubeconfig', coords.kubeconfigPath, 'auth', 'can-i', '--as', 'system:serviceaccount:sightline-system:sightline-operator'];
    expect((await kubectlRun([...as, '-n', 'sightline-system', 'create', 'leases.coordination.k8s.io'])).stdout.trim()).toBe('yes');
    expect((await kubectlRun([...as, '-n', 'default', 'patch', 'scrapetargets.monitoring.sightline.dev', '--subresource=status'])).stdout.trim()).toBe('yes');
    expect((await kubectlRun([...as, '-A', 'list', 'secrets'])).stdout.trim()).toBe('no');
  });
});
