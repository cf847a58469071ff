/**
 * The operator core (Kubernetes source + controller + status writer) on a real kube-apiserver,
 * running as a ServiceAccount bound to exactly config/rbac's ClusterRole.
 */
import { AppsV1Api, CoreV1Api, CustomObjectsApi, DiscoveryV1Api, type KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, VERSION } from '../../../src/api/index.js';
import type { Condition } from '../../../src/controller/conditions.js';
import { Controller } from '../../../src/controller/index.js';
import { INGEST_NAME, IngestTier } from '../../../src/controller/ingest.js';
import { acceptingRuntime } from '../../../src/controller/runtime.js';
import { FIELD_MANAGER } from '../../../src/controller/status.js';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import { adminKubeConfig, type KubeCoordinates } from '../../support/kube.js';
import { eventually, useOperatorSandbox } from '../../support/kube-operator.js';


interface Obj {
  metadata: { name: string; resourceVersion: string; generation: number; managedFields?: { manager: string; subresource?: string }[] };
  status?: { observedGeneration?: number; conditions?: Condition[]; discoveredTargets?: number; activeTargets?: number };
}

const PLURALS = { ScrapeTarget: 'scrapetargets', AlertRule: 'alertrules', NotificationChannel: 'notificationchannels', MonitoredService: 'monitoredservices' } as const;
type Kind = keyof typeof PLURALS;

describe('operator on a real API server', () => {
  const sandbox = useOperatorSandbox('operator');
  let coords: KubeCoordinates;
  let ns: string;
  let custom: CustomObjectsApi;
  let core: CoreV1Api;
  let operatorKc: KubeConfig;
  let source: KubernetesSource;
  let controller: Controller;
  let ingest: IngestTier;
  const runtime = acceptingRuntime();

  const create = (kind: Kind, name: string, spec: Record<string, unknown>) =>
    custom.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: PLURALS[kind], body: { apiVersion: `${GROUP}/${VERSION}`, kind, metadata: { name }, spec } });
  const read = async (kind: Kind, name: string) => (await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: PLURALS[kind], name })) as Obj;
  const ready = (o: Obj) => o.status?.conditions?.find((c) => c.type === 'Ready');
  /** Waits until the object's Ready condition has this status and reason for its current generation. */
  const readyAs = (kind: Kind, name: string, status: 'True' | 'False', reason?: string) =>
    eventually(async () => {
      const o = await read(kind, name);
      const c = ready(o);
      if (o.status?.observedGeneration !== o.metadata.generation || c?.status !== status || (reason && c.reason !== reason)) {
        throw new Error(`${kind}/${name}: ${JSON.stringify(o.status)}`);
      }
      return o;
    });
  const warnings = async (name: string) =>
    (await core.listNamespacedEvent({ namespace: ns })).items.filter((e) => e.involvedObject.name === name && e.type === 'Warning').map((e) => e.reason);

  beforeAll(async () => {
    coords = sandbox.coords;
    const admin = adminKubeConfig(coords);
    custom = admin.makeApiClient(CustomObjectsApi);
    core = admin.makeApiClient(CoreV1Api);
    ns = sandbox.namespace;
    operatorKc = sandbox.operatorKc;
    // One namespace: other test files share this API server and their objects are not ours.
    source = new KubernetesSource(operatorKc, { namespace: ns });
    await eventually(() => source.start(), 10_000);
    ingest = new IngestTier(operatorKc, { namespace: ns, image: 'ghcr.io/sightline/sightline:test', replicas: 2, resources: { cpu: '0.1', memory: '1024Mi' } /* the server rewrites both: 100m, 1Gi */, env: { SIGHTLINE_STORAGE: 'postgres://db/sightline' } });
    controller = new Controller(source, operatorKc, runtime, { resyncMs: 500, ingest });
    controller.start();
  });

  afterAll(async () => {
    await controller?.stop();
    await source?.stop();
  });

  it('reports Ready and observedGeneration through the status subresource, and follows spec changes', async () => {
    await create('ScrapeTarget', 'static', { staticTargets: ['10.0.0.1:9100', '10.0.0.2:9100'], endpoints: [{}] });
    const first = await readyAs('ScrapeTarget', 'static', 'True', 'Reconciled');
    expect(first.status).toMatchObject({ observedGeneration: 1, discoveredTargets: 2, activeTargets: 2 });
    expect(first.status?.conditions?.map((c) => [c.type, c.status])).toEqual([['Ready', 'True'], ['Reconciling', 'False'], ['Stalled', 'False']]);
    expect(first.metadata.managedFields).toContainEqual(expect.objectContaining({ manager: FIELD_MANAGER, subresource: 'status' }));
    expect(runtime.scrape.desired.get(`ScrapeTarget/${ns}/static`)?.targetSets[0]?.groups[0]?.targets).toHaveLength(2);

    await custom.patchNamespacedCustomObject({
      group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', name: 'static',
      body: [{ op: 'add', path: '/spec/staticTargets/-', value: '10.0.0.3:9100' }],
    });
    const second = await readyAs('ScrapeTarget', 'static', 'True');
    expect(second.status).toMatchObject({ observedGeneration: 2, activeTargets: 3 });
    // The transition time only moves when Ready flips.
    expect(ready(second)?.lastTransitionTime).toBe(ready(first)?.lastTransitionTime);
  });

  it('says NoTargetsMatched with a Warning Event, then Ready once endpoints appear', async () => {
    await create('ScrapeTarget', 'web', { selector: { matchLabels: { app: 'web' } }, endpoints: [{ port: 'http' }] });
    const stalled = await readyAs('ScrapeTarget', 'web', 'False', 'NoTargetsMatched');
    expect(stalled.status?.conditions?.find((c) => c.type === 'Stalled')?.status).toBe('True');
    await eventually(async () => expect(await warnings('web')).toEqual(['NoTargetsMatched']));

    await core.createNamespacedService({ namespace: ns, body: { metadata: { name: 'web', labels: { app: 'web' } }, spec: { ports: [{ name: 'http', port: 8080 }] } } });
    await adminKubeConfig(coords).makeApiClient(DiscoveryV1Api).createNamespacedEndpointSlice({
      namespace: ns,
      body: {
        metadata: { name: 'web-1', labels: { 'kubernetes.io/service-name': 'web' } },
        addressType: 'IPv4',
        endpoints: [{ addresses: ['10.1.0.5'] }, { addresses: ['10.1.0.6'] }],
        ports: [{ name: 'http', port: 8080 }],
      },
    });
    const ok = await readyAs('ScrapeTarget', 'web', 'True');
    expect(ok.status).toMatchObject({ discoveredTargets: 2, activeTargets: 2 });
  });

  it('stalls on a missing Secret or key without affecting others, and heals when the Secret appears', async () => {
    const endpoint = { bearerTokenSecret: { name: 'scrape-token', key: 'token' } };
    await create('ScrapeTarget', 'private', { staticTargets: ['10.0.0.9:9100'], endpoints: [endpoint] });
    await create('ScrapeTarget', 'neighbour', { staticTargets: ['10.0.0.8:9100'], endpoints: [{}] });
    const missing = await readyAs('ScrapeTarget', 'private', 'False', 'SecretNotFound');
    expect(ready(missing)?.message).toContain(`Secret ${ns}/scrape-token not found`);
    await readyAs('ScrapeTarget', 'neighbour', 'True');
    expect(runtime.scrape.desired.has(`ScrapeTarget/${ns}/private`)).toBe(false);

    await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'scrape-token' }, stringData: { other: 'x' } } });
    await readyAs('ScrapeTarget', 'private', 'False', 'SecretKeyNotFound');
    await core.replaceNamespacedSecret({ name: 'scrape-token', namespace: ns, body: { metadata: { name: 'scrape-token' }, stringData: { token: 's3cret' } } });
    await readyAs('ScrapeTarget', 'private', 'True');
    expect(runtime.scrape.desired.get(`ScrapeTarget/${ns}/private`)?.secrets.get('scrape-token/token')).toBe('s3cret');
    await eventually(async () => expect((await warnings('private')).sort()).toEqual(['SecretKeyNotFound', 'SecretNotFound']));
  });

  it('rejects relabel configs that do not compile', async () => {
    await create('ScrapeTarget', 'badregex', { staticTargets: ['10.0.0.7:9100'], endpoints: [{ relabelings: [{ sourceLabels: ['job'], regex: '(', action: 'keep' }] }] });
    const o = await readyAs('ScrapeTarget', 'badregex', 'False', 'InvalidRelabelConfig');
    expect(ready(o)?.message).toContain('spec.endpoints[0].relabelings');
  });

  it('checks AlertRule expressions and channels; a channel created later readies the rule', async () => {
    await create('AlertRule', 'broken', { rules: [{ alert: 'Broken', expr: 'sum(rate(x[5m]) by' }] });
    await readyAs('AlertRule', 'broken', 'False', 'InvalidExpression');
    await create('AlertRule', 'badthreshold', { rules: [{ alert: 'Hot', threshold: { query: 'node_cpu{', operator: '>', value: 80 } }] });
    const bad = await readyAs('AlertRule', 'badthreshold', 'False', 'InvalidExpression');
    expect(ready(bad)?.message).toContain('spec.rules[0] (Hot): threshold.query: ');
    await create('AlertRule', 'routed', { rules: [{ alert: 'Down', expr: 'up == 0' }], channels: ['oncall'] });
    await readyAs('AlertRule', 'routed', 'False', 'ChannelNotFound');
    await create('NotificationChannel', 'oncall', { type: 'webhook', webhook: { url: 'http://hooks.example/alert' } });
    await readyAs('NotificationChannel', 'oncall', 'True');
    await readyAs('AlertRule', 'routed', 'True');
  });

  it('counts the endpoints (selected pods with an IP) of a MonitoredService and shows the OTLP endpoints', async () => {
    await core.createNamespacedPod({ namespace: ns, body: { metadata: { name: 'checkout-0', labels: { app: 'checkout' } }, spec: { containers: [{ name: 'app', image: 'checkout:1' }] } } });
    // An endpoint is a selected pod with an IP: give it the one a kubelet would report.
    const pod = await core.readNamespacedPod({ name: 'checkout-0', namespace: ns });
    await core.replaceNamespacedPodStatus({ name: 'checkout-0', namespace: ns, body: { ...pod, status: { phase: 'Running', podIP: '10.3.0.1', podIPs: [{ ip: '10.3.0.1' }] } } });
    await core.createNamespacedPod({ namespace: ns, body: { metadata: { name: 'checkout-1', labels: { app: 'checkout' } }, spec: { containers: [{ name: 'app', image: 'checkout:1' }] } } });
    await create('MonitoredService', 'checkout', { selector: { matchLabels: { app: 'checkout' } } });
    await eventually(async () =>
      expect((await readyAs('MonitoredService', 'checkout', 'True')).status).toMatchObject({
        endpointsTotal: 1,
        ingestEndpoints: { otlpGrpc: `${INGEST_NAME}.${ns}.svc:4317`, otlpHttp: `http://${INGEST_NAME}.${ns}.svc:4318` },
      }),
    );
  });

  it('discovers pods from their scrape annotations and warns about bad ones', async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: {
        metadata: { name: 'annotated', annotations: { 'metrics.sightline.dev/endpoints': '[{"port": "metrics"}, {"port": 9102, "path": "/stats"}]' } },
        spec: { containers: [{ name: 'app', image: 'app:1', ports: [{ name: 'metrics', containerPort: 8080 }] }] },
      },
    });
    // No kubelet here: give the pod the IP a kubelet would report.
    const pod = await core.readNamespacedPod({ name: 'annotated', namespace: ns });
    await core.replaceNamespacedPodStatus({ name: 'annotated', namespace: ns, body: { ...pod, status: { phase: 'Running', podIP: '10.2.0.7', podIPs: [{ ip: '10.2.0.7' }] } } });
    await eventually(() =>
      expect(runtime.podTargets.desired.get(`Pod/${ns}/annotated`)?.targets.map((t) => `${t.__address__}${t.__metrics_path__}`)).toEqual(['10.2.0.7:8080/metrics', '10.2.0.7:9102/stats']),
    );

    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name: 'misannotated', annotations: { 'metrics.sightline.dev/endpoints': 'not json' } }, spec: { containers: [{ name: 'app', image: 'app:1' }] } },
    });
    await eventually(async () => expect(await warnings('misannotated')).toEqual(['InvalidScrapeAnnotations']));
    expect(runtime.podTargets.desired.has(`Pod/${ns}/misannotated`)).toBe(false);
  });

  it('owns the ingest Deployment and Service and repairs drift', async () => {
    const apps = adminKubeConfig(coords).makeApiClient(AppsV1Api);
    const deployment = await eventually(() => apps.readNamespacedDeployment({ name: INGEST_NAME, namespace: ns }));
    expect(deployment.spec?.replicas).toBe(2);
    expect(deployment.spec?.template.spec?.serviceAccountName).toBe('sightline-ingest');
    // The replicas' own pod (downward API) for peer-derived scrape shards, then the configured environment.
    expect(deployment.spec?.template.spec?.containers[0]).toMatchObject({
      image: 'ghcr.io/sightline/sightline:test',
      env: [
        { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
        { name: 'SIGHTLINE_STORAGE', value: 'postgres://db/sightline' },
      ],
    });
    expect(deployment.metadata?.managedFields?.some((f) => f.manager === FIELD_MANAGER)).toBe(true);
    const service = await core.readNamespacedService({ name: INGEST_NAME, namespace: ns });
    expect(service.spec?.ports?.map((p) => p.port)).toEqual([4317, 4318, 9470]);

    await apps.patchNamespacedDeployment({ name: INGEST_NAME, namespace: ns, body: [{ op: 'replace', path: '/spec/replicas', value: 5 }] });
    await core.deleteNamespacedService({ name: INGEST_NAME, namespace: ns });
    await eventually(async () => expect((await apps.readNamespacedDeployment({ name: INGEST_NAME, namespace: ns })).spec?.replicas).toBe(2));
    await eventually(() => core.readNamespacedService({ name: INGEST_NAME, namespace: ns }));
  });

  it('removes a deleted object from the runtime', async () => {
    await create('ScrapeTarget', 'gone', { staticTargets: ['10.0.0.6:9100'], endpoints: [{}] });
    await readyAs('ScrapeTarget', 'gone', 'True');
    await custom.deleteNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', name: 'gone' });
    await eventually(() => expect(runtime.scrape.desired.has(`ScrapeTarget/${ns}/gone`)).toBe(false));
  });

  it('makes no API writes while idle, through many resyncs', async () => {
    await controller.idle();
    const snapshot = async () => {
      const versions: string[] = [];
      for (const plural of Object.values(PLURALS)) {
        const list = (await custom.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural })) as { items: Obj[] };
        versions.push(...list.items.map((o) => `${o.metadata.name}@${o.metadata.resourceVersion}`));
      }
      return { versions: versions.sort(), events: (await core.listNamespacedEvent({ namespace: ns })).items.length };
    };
    // Settle: the last test's changes may still be flowing through the watch.
    await new Promise((r) => setTimeout(r, 1_500));
    const before = await snapshot();
    const writesBefore = controller.status.writes + ingest.writes;
    await new Promise((r) => setTimeout(r, 3_000)); // six resyncs of every object
    expect(await snapshot()).toEqual(before);
    expect(controller.status.writes + ingest.writes - writesBefore).toBe(0);
  });
});
