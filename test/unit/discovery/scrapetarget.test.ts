import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { MonitoredService, ScrapeTarget } from '../../../src/api/index.js';
import { validateResource } from '../../../src/api/validate.js';
import { monitoredServiceTargetSets } from '../../../src/discovery/monitoredservice.js';
import { targetSetsFor, type ClusterView } from '../../../src/discovery/scrapetarget.js';

function scrapeTarget(spec: Record<string, unknown>, namespace = 'shop'): ScrapeTarget {
  const r = validateResource({ apiVersion: 'monitoring.sightline.dev/v1alpha1', kind: 'ScrapeTarget', metadata: { name: 'web', namespace }, spec });
  if (!r.ok || r.object.kind !== 'ScrapeTarget') throw new Error(JSON.stringify(r));
  return r.object;
}

const pod = (name: string, ns: string, ip: string, labels: Record<string, string>): V1Pod => ({
  metadata: { name, namespace: ns, labels },
  spec: { containers: [{ name: 'app', ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9100 }] }] },
  status: { podIP: ip, phase: 'Running' },
});
const service: V1Service = { metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } }, spec: { ports: [{ name: 'metrics', port: 9100 }, { name: 'http', port: 80 }] } };
const slice: V1EndpointSlice = {
  addressType: 'IPv4',
  metadata: { name: 'web-1', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'web' } },
  endpoints: [{ addresses: ['10.0.0.1'], targetRef: { kind: 'Pod', name: 'web-a', namespace: 'shop' } }],
  ports: [{ name: 'metrics', port: 9100 }, { name: 'http', port: 8080 }],
};
const objects = { pods: [pod('web-a', 'shop', '10.0.0.1', { app: 'web' }), pod('db-a', 'shop', '10.0.0.2', { app: 'db' }), pod('web-b', 'other', '10.0.1.1', { app: 'web' })], services: [service], slices: [slice] };
const cluster: ClusterView = {
  pods: (ns) => objects.pods.filter((p) => !ns || p.metadata?.namespace === ns),
  services: (ns) => objects.services.filter((s) => !ns || s.metadata?.namespace === ns),
  endpointSlices: (ns) => objects.slices.filter((s) => !ns || s.metadata?.namespace === ns),
};

const addresses = (st: ScrapeTarget) => targetSetsFor(st, cluster).map((set) => set.groups.flatMap((g) => g.targets.map((t) => t.__address__)));

describe('targetSetsFor', () => {
  it('lists static targets with the endpoint settings as labels', () => {
    const [set] = targetSetsFor(scrapeTarget({ staticTargets: ['127.0.0.1:9470', 'db:9187'], endpoints: [{ interval: '15s', params: { module: ['http_2xx'] } }] }));
    expect(set!.key).toBe('shop/web/0');
    expect(set!.jobName).toBe('shop/web');
    expect(set!.groups[0]!.targets).toEqual([{ __address__: '127.0.0.1:9470' }, { __address__: 'db:9187' }]);
    expect(set!.groups[0]!.labels).toEqual({
      job: 'shop/web',
      __scheme__: 'http',
      __metrics_path__: '/metrics',
      __scrape_interval__: '15s',
      __scrape_timeout__: '10s',
      __param_module: 'http_2xx',
    });
  });

  it('selects pods in its namespace by label and container port name', () => {
    const st = scrapeTarget({ selector: { matchLabels: { app: 'web' } }, role: 'pod', endpoints: [{ port: 'metrics' }, { port: 8080 }] });
    expect(addresses(st)).toEqual([['10.0.0.1:9100'], ['10.0.0.1:8080']]);
    const t = targetSetsFor(st, cluster)[0]!.groups[0]!.targets[0]!;
    expect(t).toMatchObject({ namespace: 'shop', pod: 'web-a', container: 'app', endpoint: 'metrics' });
  });

  it('honours namespaceSelector', () => {
    expect(addresses(scrapeTarget({ selector: { matchLabels: { app: 'web' } }, role: 'pod', namespaceSelector: { any: true }, endpoints: [{ port: 'metrics' }] }))).toEqual([['10.0.0.1:9100', '10.0.1.1:9100']]);
    expect(addresses(scrapeTarget({ selector: { matchLabels: { app: 'web' } }, role: 'pod', namespaceSelector: { matchNames: ['other'] }, endpoints: [{ port: 'metrics' }] }))).toEqual([['10.0.1.1:9100']]);
  });

  it('selects services and their endpoints by port', () => {
    expect(addresses(scrapeTarget({ selector: { matchLabels: { app: 'web' } }, role: 'service', endpoints: [{ port: 'metrics' }] }))).toEqual([['web.shop.svc:9100']]);
    const st = scrapeTarget({ selector: { matchLabels: { app: 'web' } }, endpoints: [{ port: 'metrics' }] });
    expect(st.spec.role).toBe('endpoints');
    expect(addresses(st)).toEqual([['10.0.0.1:9100']]);
    expect(targetSetsFor(st, cluster)[0]!.groups[0]!.targets[0]).toMatchObject({ namespace: 'shop', service: 'web', endpoint: 'metrics', pod: 'web-a', container: 'app' });
  });

  it('finds nothing when the selector matches nothing', () => {
    expect(addresses(scrapeTarget({ selector: { matchLabels: { app: 'none' } }, role: 'pod', endpoints: [{ port: 'metrics' }] }))).toEqual([[]]);
  });
});

function monitoredService(spec: Record<string, unknown>): MonitoredService {
  const r = validateResource({ apiVersion: 'monitoring.sightline.dev/v1alpha1', kind: 'MonitoredService', metadata: { name: 'web', namespace: 'shop' }, spec });
  if (!r.ok || r.object.kind !== 'MonitoredService') throw new Error(JSON.stringify(r));
  return r.object;
}

describe('monitoredServiceTargetSets', () => {
  it('scrapes the selected pods of its namespace on the metrics port, as job <namespace>/<name>', () => {
    const sets = monitoredServiceTargetSets(monitoredService({ selector: { matchLabels: { app: 'web' } }, metrics: { port: 'metrics', interval: '15s' } }), cluster);
    expect(sets.map((s) => [s.key, s.jobName])).toEqual([['shop/web/metrics', 'shop/web']]);
    expect(sets[0]!.groups.flatMap((g) => g.targets)).toEqual([expect.objectContaining({ __address__: '10.0.0.1:9100', namespace: 'shop', pod: 'web-a', container: 'app', endpoint: 'metrics' })]);
    expect(sets[0]!.groups[0]!.labels).toMatchObject({ job: 'shop/web', __scrape_interval__: '15s' });
  });

  it('scrapes every declared port when the port is unset, and nothing when the service only pushes', () => {
    const all = monitoredServiceTargetSets(monitoredService({ selector: { matchLabels: { app: 'web' } }, metrics: {} }), cluster);
    expect(all[0]!.groups.flatMap((g) => g.targets.map((t) => [t.__address__, t.endpoint]))).toEqual([
      ['10.0.0.1:8080', 'http'],
      ['10.0.0.1:9100', 'metrics'],
    ]);
    expect(monitoredServiceTargetSets(monitoredService({ selector: { matchLabels: { app: 'web' } } }), cluster)).toEqual([]);
  });
});
