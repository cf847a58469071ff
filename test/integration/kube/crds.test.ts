/**
 * The generated CRDs on a real kube-apiserver: they apply with kubectl and with the client, serve
 * a status subresource and printer columns, enforce their CEL rules, default through the schema,
 * and carry descriptions for `kubectl explain`.
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import { join } from 'node:path';
import { ApiextensionsV1Api, CoreV1Api, CustomObjectsApi, type V1CustomResourceDefinition } from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { GROUP, VERSION } from '../../../src/api/index.js';
import { repoRoot } from '../../support/cli.js';
import { adminKubeConfig, uniqueNamespace, type KubeCoordinates } from '../../support/kube.js';
import { installCrds, kubectl } from '../../support/kube-operator.js';

const kube = inject('kube');

/** GET with an Accept header, trusting the test server's private CA (fetch cannot take one). */
function getAs(coords: KubeCoordinates, path: string, accept: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(coords.url + path, { ca: coords.caCert, headers: { authorization: `Bearer ${coords.adminToken}`, accept } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve(body));
    });
    req.on('error', reject).end();
  });
}

const scrapeTarget = (name: string, spec: Record<string, unknown>) => ({ apiVersion: `${GROUP}/${VERSION}`, kind: 'ScrapeTarget', metadata: { name }, spec });

describe('CRDs on a real API server', () => {
  let coords: KubeCoordinates;
  let custom: CustomObjectsApi;
  let ns: string;

  beforeAll(async () => {
    if (!kube) throw new Error('no kube-apiserver provided');
    coords = kube;
    await installCrds(coords);
    custom = adminKubeConfig(coords).makeApiClient(CustomObjectsApi);
    ns = uniqueNamespace('crds');
    await adminKubeConfig(coords).makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
  });

  it('applies again cleanly with kubectl (client-side) and with the client', async () => {
    const out = await kubectl(coords, ['apply', '-f', 'crds/']);
    expect(out).toMatch(/scrapetargets\.monitoring\.sightline\.dev (configured|unchanged|created)/);
    const api = adminKubeConfig(coords).makeApiClient(ApiextensionsV1Api);
    const crd = yaml.load(await readFile(join(repoRoot, 'crds/alertrules.yaml'), 'utf8')) as V1CustomResourceDefinition;
    const current = await api.readCustomResourceDefinition({ name: crd.metadata!.name! });
    const replaced = await api.replaceCustomResourceDefinition({ name: crd.metadata!.name!, body: { ...crd, metadata: { ...crd.metadata, resourceVersion: current.metadata!.resourceVersion } } });
    expect(replaced.spec.versions[0]!.subresources?.status).toEqual({});
  });

  it('defaults through the schema and keeps status on its subresource', async () => {
    const created = (await custom.createNamespacedCustomObject({
      group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets',
      body: scrapeTarget('defaults', { staticTargets: ['10.0.0.1:9100'], endpoints: [{}] }),
    })) as { spec: { role: string; endpoints: { path: string; interval: string; scrapeTimeout: string; scheme: string }[] }; status?: unknown };
    expect(created.spec.role).toBe('endpoints');
    expect(created.spec.endpoints[0]).toMatchObject({ path: '/metrics', interval: '30s', scrapeTimeout: '10s', scheme: 'http' });

    // Status sent with the main resource is dropped; through /status it sticks.
    const withStatus = (await custom.replaceNamespacedCustomObject({
      group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', name: 'defaults',
      body: { ...created, status: { activeTargets: 7 } },
    })) as { status?: unknown };
    expect(withStatus.status).toBeUndefined();
    const patched = (await custom.replaceNamespacedCustomObjectStatus({
      group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', name: 'defaults',
      body: { ...withStatus, status: { activeTargets: 1, upTargets: 1, conditions: [{ type: 'Ready', status: 'True', reason: 'Reconciled', message: 'ok', lastTransitionTime: '2026-11-22T00:00:00Z' }] } },
    })) as { status: { activeTargets: number } };
    expect(patched.status.activeTargets).toBe(1);
  });

  it('shows the printer columns in the Table form and in kubectl get', async () => {
    const table = JSON.parse(await getAs(coords, `/apis/${GROUP}/${VERSION}/namespaces/${ns}/scrapetargets`, 'application/json;as=Table;v=v1;g=meta.k8s.io')) as {
      kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[] }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Targets', 'Up', 'Ready', 'Reason', 'Age', 'Last Error']);
    expect(table.rows[0]!.cells.slice(0, 5)).toEqual(['defaults', 1, 1, 'True', 'Reconciled']);
    const out = await kubectl(coords, ['get', 'scrapetargets', '-n', ns]);
    const header = out.split('\n')[0]!.trim().split(/\s+/);
    expect(header).toEqual(['NAME', 'TARGETS', 'UP', 'READY', 'REASON', 'AGE']);
    expect(out).toMatch(/defaults\s+1\s+1\s+True\s+Reconciled\s+\d+s/);
  });

  it.each([
    ['scrapeTimeout greater than interval', { staticTargets: ['a:1'], endpoints: [{ interval: '10s', scrapeTimeout: '20s' }] }, 'scrapeTimeout must not be greater than interval'],
    ['staticTargets and selector together', { staticTargets: ['a:1'], selector: { matchLabels: { app: 'x' } }, endpoints: [{ port: 'http' }] }, 'exactly one of staticTargets and selector must be set'],
    ['a selector endpoint without a port', { selector: {}, endpoints: [{}] }, 'with a selector every endpoint must name the port to scrape'],
  ])('rejects %s with the CEL message', async (_what, spec, message) => {
    const err = await custom
      .createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', body: scrapeTarget('bad', spec) })
      .then(() => undefined, (e: unknown) => e as { code?: number; body?: string });
    expect(err?.code).toBe(422);
    expect(String(err?.body)).toContain(message);
  });

  const alertRule = (name: string, rule: Record<string, unknown>) => ({ apiVersion: `${GROUP}/${VERSION}`, kind: 'AlertRule', metadata: { name }, spec: { rules: [rule] } });
  const createAlertRule = (body: unknown) => custom.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'alertrules', body });

  it('accepts rules written without PromQL and defaults their fields', async () => {
    const created = (await createAlertRule(alertRule('anomaly', { alert: 'LatencyAnomaly', anomaly: { query: 'latency_seconds', method: 'seasonal', season: '1w', sensitivity: 2.5 } }))) as {
      spec: { rules: { anomaly: Record<string, unknown> }[] };
    };
    expect(created.spec.rules[0]!.anomaly).toEqual({ query: 'latency_seconds', method: 'seasonal', season: '1w', sensitivity: 2.5, window: '1h', direction: 'both', step: '1m' });
    await createAlertRule(alertRule('forecast', { alert: 'DiskFullIn4h', forecast: { query: 'node_filesystem_avail_bytes', direction: 'below', value: 0, within: '4h' } }));
    await createAlertRule(alertRule('threshold', { alert: 'HighCPU', threshold: { query: 'node_cpu_utilisation', window: '5m', aggregation: 'avg', by: ['instance'], operator: '>', value: 80 } }));
  });

  it.each([
    ['neither expr nor another kind', { alert: 'A' }, 'exactly one of expr, threshold, anomaly and forecast must be set'],
    ['expr and a threshold', { alert: 'A', expr: 'up == 0', threshold: { query: 'up', operator: '==', value: 0 } }, 'exactly one of expr, threshold, anomaly and forecast must be set'],
    ['a recorded forecast', { record: 'r', forecast: { query: 'x', direction: 'above', value: 1, within: '1h' } }, 'threshold and forecast only apply to alerting rules'],
    ['a seasonal anomaly without season', { alert: 'A', anomaly: { query: 'x', method: 'seasonal' } }, 'season must be set for method seasonal, and only for it'],
    ['a threshold grouped without aggregation', { alert: 'A', threshold: { query: 'x', operator: '>', value: 1, by: ['job'] } }, 'by needs aggregation'],
  ])('rejects an AlertRule with %s with the CEL message', async (_what, rule, message) => {
    const err = await createAlertRule(alertRule('bad', rule)).then(() => undefined, (e: unknown) => e as { code?: number; body?: string });
    expect(err?.code).toBe(422);
    expect(String(err?.body)).toContain(message);
  });

  it('documents fields for kubectl explain', async () => {
    const out = await kubectl(coords, ['explain', 'scrapetarget.spec.endpoints']);
    expect(out).toContain('How each target is scraped');
    expect(out).toMatch(/scrapeTimeout\s+<string>/);
    expect(out).toContain('How long a scrape may take before it fails');
    const anomaly = await kubectl(coords, ['explain', 'alertrule.spec.rules.anomaly']);
    expect(anomaly).toContain('An anomaly rule, compiled to PromQL');
    expect(anomaly).toMatch(/sensitivity\s+<number>/);
  });
});
