/**
 * charts/sightline with the real helm CLI (built from helm.sh/helm/v3 by test/k8s/build.sh helm):
 * lint, render with default and full values, schema errors, and the kustomize base
 * (config/default) rendering the same objects as the chart with default values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/cli.js';
import { chartDir, find, helm, kubectlRun, parseManifests, podSpec, renderChart, withoutHelmLabels, type Manifest } from '../../support/packaging.js';

const fullValues = join(repoRoot, 'test/fixtures/packaging/full-values.yaml');
// Long enough for a cold `go build` of helm on a busy 2-core machine.
const BUILD_TIMEOUT = 20 * 60_000;

function configRbac(): Manifest[] {
  const dir = join(repoRoot, 'config/rbac');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => yaml.loadAll(readFileSync(join(dir, f), 'utf8')) as Manifest[]);
}

describe('charts/sightline', () => {
  let defaults: { text: string; docs: Manifest[] };

  beforeAll(async () => {
    defaults = await renderChart();
  }, BUILD_TIMEOUT);

  it('lints clean, strict', async () => {
    const res = await helm(['lint', '--strict', chartDir]);
    expect(res.stdout + res.stderr).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(res.code).toBe(0);
  });

  it('renders the same bytes twice: nothing random, so GitOps tools see no drift', async () => {
    expect((await renderChart()).text).toBe(defaults.text);
    expect((await renderChart(['-f', fullValues])).text).toBe((await renderChart(['-f', fullValues])).text);
  });

  it('runs the operator as the issue asks: 2 replicas, leader election, downward API, probes, restricted security', () => {
    const deployment = find(defaults.docs, 'Deployment', 'sightline-operator');
    expect((deployment as unknown as { spec: { replicas: number } }).spec.replicas).toBe(2);
    const pod = podSpec(deployment);
    expect(pod.serviceAccountName).toBe('sightline-operator');
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const [c] = pod.containers;
    expect(c!.args.slice(0, 1)).toEqual(['operator']);
    expect(c!.args).toEqual(expect.arrayContaining(['--leader-elect', '--leader-election.namespace=sightline-system', '--ingest.namespace=sightline-system', '--ingest.image=ghcr.io/sightline/sightline:0.1.0', '--ingest.storage-secret=sightline-database/url', '--manage-crds']));
    expect(c!.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
    expect(c).toMatchObject({ livenessProbe: { httpGet: { path: '/-/healthy' } }, readinessProbe: { httpGet: { path: '/-/ready' } }, resources: { requests: { cpu: '100m' } } });
    const env = Object.fromEntries(c!.env.map((e) => [e.name, e.valueFrom ?? e.value]));
    expect(env).toEqual({
      POD_NAME: { fieldRef: { fieldPath: 'metadata.name' } },
      POD_NAMESPACE: { fieldRef: { fieldPath: 'metadata.namespace' } },
      SIGHTLINE_STORAGE: { secretKeyRef: { name: 'sightline-database', key: 'url' } },
    });
    // No database URL, password or certificate is ever rendered.
    expect(defaults.docs.filter((d) => d.kind === 'Secret')).toEqual([]);
    expect(defaults.text).not.toMatch(/postgres(ql)?:\/\//);
    expect(find(defaults.docs, 'PodDisruptionBudget', 'sightline-operator')).toMatchObject({ spec: { minAvailable: 1 } });
    expect(find(defaults.docs, 'Service', 'sightline')).toMatchObject({ spec: { ports: [{ name: 'web', port: 9470, targetPort: 'web' }] } });
  });

  it('takes its RBAC rules from config/rbac unchanged, in the release namespace', async () => {
    const { docs } = await renderChart([], 'obs', 'monitoring');
    for (const source of configRbac()) {
      const clusterScoped = source.kind.startsWith('Cluster');
      const name = clusterScoped ? source.metadata.name.replace(/^sightline/, 'obs-sightline') : source.metadata.name;
      const rendered = find(docs, source.kind, name) as Manifest & { rules?: unknown; subjects?: { namespace: string }[]; roleRef?: { name: string } };
      expect(rendered.metadata.namespace, `${source.kind}/${name}`).toBe(clusterScoped ? undefined : 'monitoring');
      expect(rendered.rules).toEqual((source as { rules?: unknown }).rules);
      for (const s of rendered.subjects ?? []) expect(s.namespace).toBe('monitoring');
      if (source.kind === 'ClusterRoleBinding') expect(rendered.roleRef?.name).toMatch(/^obs-sightline-/);
    }
  });

  it('renders every value of the full values file', async () => {
    const { docs } = await renderChart(['-f', fullValues]);
    const deployment = find(docs, 'Deployment', 'sightline-operator') as Manifest & { spec: { replicas: number } };
    expect(deployment.spec.replicas).toBe(3);
    const pod = podSpec(deployment);
    const [c] = pod.containers;
    expect(c!.image).toBe('registry.example.com/observability/sightline:0.2.0-rc.1');
    expect(c!.args).toEqual([
      'operator', '--web.listen-address=:9470', '--log.level=debug', '--storage.max-connections=25', '--resync-period=1m',
      '--leader-elect', '--leader-election.namespace=sightline-system', '--watch-namespace=shop', '--watch-prometheusrules',
      '--web.external-url=https://sightline.example.com', '--leader-election.lease-duration=15s',
    ]);
    expect(c!.env.find((e) => e.name === 'SIGHTLINE_STORAGE')?.valueFrom).toEqual({ secretKeyRef: { name: 'shop-timescaledb', key: 'connection-url' } });
    expect(pod).toMatchObject({ imagePullSecrets: [{ name: 'registry-credentials' }], nodeSelector: { 'kubernetes.io/os': 'linux' }, tolerations: [{ key: 'dedicated' }], affinity: { podAntiAffinity: {} } });
    expect(find(docs, 'Service', 'sightline')).toMatchObject({ spec: { type: 'LoadBalancer', ports: [{ port: 80 }] } });
    expect(find(docs, 'Ingress', 'sightline')).toMatchObject({ metadata: { annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '16m' } }, spec: { ingressClassName: 'nginx' } });
    expect(docs.filter((d) => d.kind === 'ScrapeTarget')).toEqual([]);
    // A single replica has no PodDisruptionBudget: minAvailable 1 would block every drain.
    const single = await renderChart(['-f', fullValues, '--set', 'replicaCount=1', '--set', 'leaderElection.enabled=false']);
    expect(single.docs.filter((d) => d.kind === 'PodDisruptionBudget')).toEqual([]);
    expect(podSpec(find(single.docs, 'Deployment', 'sightline-operator')).containers[0]!.args).not.toContain('--leader-elect');
  });

  it('runs a bundled TimescaleDB on request, its URL in a Secret the operator and ingest tier read', async () => {
    const { docs, text } = await renderChart(['--set', 'database.bundled.enabled=true']);
    const sts = find(docs, 'StatefulSet', 'sightline-timescaledb') as Manifest & { spec: { volumeClaimTemplates: unknown[] } };
    expect(podSpec(sts).containers[0]!.image).toBe('timescale/timescaledb:2.17.2-pg17');
    expect(podSpec(sts).containers[0]!.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(sts.spec.volumeClaimTemplates).toEqual([expect.objectContaining({ spec: expect.objectContaining({ resources: { requests: { storage: '20Gi' } } }) })]);
    const secret = find(docs, 'Secret', 'sightline-timescaledb') as Manifest & { data: Record<string, string>; metadata: { annotations: Record<string, string> } };
    expect(secret.metadata.annotations['helm.sh/resource-policy']).toBe('keep');
    const password = Buffer.from(secret.data.password!, 'base64').toString();
    expect(password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(Buffer.from(secret.data.url!, 'base64').toString()).toBe(`postgres://sightline:${password}@sightline-timescaledb.sightline-system.svc:5432/sightline`);
    const [operator] = podSpec(find(docs, 'Deployment', 'sightline-operator')).containers;
    expect(operator!.env.find((e) => e.name === 'SIGHTLINE_STORAGE')?.valueFrom).toEqual({ secretKeyRef: { name: 'sightline-timescaledb', key: 'url' } });
    expect(operator!.args).toContain('--ingest.storage-secret=sightline-timescaledb/url');
    // Without a cluster to look the Secret up in, each render draws a new password...
    expect((await renderChart(['--set', 'database.bundled.enabled=true'])).text).not.toBe(text);
    // ...so GitOps renders name an existing Secret, and are then stable again.
    const pinned = ['--set', 'database.bundled.enabled=true', '--set', 'database.bundled.existingSecret=my-timescaledb'];
    const once = await renderChart(pinned);
    expect(once.docs.filter((d) => d.kind === 'Secret')).toEqual([]);
    expect((await renderChart(pinned)).text).toBe(once.text);
  });

  it('scrapes itself through a ScrapeTarget, and exposes the UI through an optional Ingress', async () => {
    const target = find(defaults.docs, 'ScrapeTarget', 'sightline');
    expect(target).toMatchObject({ spec: { jobName: 'sightline', role: 'pod', endpoints: [{ port: 'web', path: '/metrics', interval: '30s' }] } });
    expect(defaults.docs.filter((d) => d.kind === 'Ingress')).toEqual([]);
    const { docs } = await renderChart(['--set', 'ingress.enabled=true', '--set', 'ingress.className=nginx', '--set', 'ingress.tlsSecret=sightline-tls']);
    expect(find(docs, 'Ingress', 'sightline')).toMatchObject({
      spec: { ingressClassName: 'nginx', tls: [{ hosts: ['sightline.example.com'], secretName: 'sightline-tls' }], rules: [{ host: 'sightline.example.com', http: { paths: [{ backend: { service: { name: 'sightline', port: { name: 'web' } } } }] } }] },
    });
  });

  it('rejects bad values through values.schema.json, naming the field', async () => {
    const wrongType = await helm(['template', 'sightline', chartDir, '--set', 'replicaCount=two']);
    expect(wrongType.code).not.toBe(0);
    expect(wrongType.stderr).toMatch(/values don't meet the specifications of the schema/);
    expect(wrongType.stderr).toMatch(/replicaCount/);
    const typo = await helm(['template', 'sightline', chartDir, '--set', 'replicas=3']);
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toMatch(/additional properties 'replicas' not allowed|replicas/);
    const noLease = await helm(['template', 'sightline', chartDir, '--set', 'leaderElection.enabled=false']);
    expect(noLease.code).not.toBe(0);
    expect(noLease.stderr).toContain('replicaCount > 1 needs leaderElection.enabled');
    const badLevel = await helm(['template', 'sightline', chartDir, '--set', 'logLevel=verbose']);
    expect(badLevel.code).not.toBe(0);
    expect(badLevel.stderr).toMatch(/logLevel/);
  });

  it('has config/default render the same objects as the chart with default values (kustomize)', async () => {
    const kustomize = await kubectlRun(['kustomize', join(repoRoot, 'config/default')]);
    expect(kustomize.stderr).toBe('');
    const base = parseManifests(kustomize.stdout).map(withoutHelmLabels);
    const chart = (await renderChart(['--include-crds'])).docs.map(withoutHelmLabels);
    const key = (d: Manifest) => `${d.kind}/${d.metadata.namespace ?? ''}/${d.metadata.name}`;
    const byKey = (docs: Manifest[]) => Object.fromEntries(docs.map((d) => [key(d), d]));
    // The namespace is kustomize's to create; Helm is told one (--create-namespace). The chart's
    // self-monitoring ScrapeTarget has no kustomize twin: one `kubectl apply -k` cannot create a
    // CRD and an object of it together (Helm installs crds/ first).
    expect(byKey(base.filter((d) => d.kind !== 'Namespace'))).toEqual(byKey(chart.filter((d) => d.kind !== 'ScrapeTarget')));
    expect(find(base, 'Namespace', 'sightline-system')).toBeDefined();
  });
});
