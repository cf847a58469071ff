import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { discoverFromAnnotations, podTargetSet } from '../../../src/discovery/annotations.js';
import { endpointSliceTargetGroup, podTargetGroup, serviceTargetGroup } from '../../../src/discovery/kubernetes.js';
import { targetsOfSet } from '../../../src/scrape/target.js';

function pod(annotations: Record<string, string> = {}, overrides: Partial<V1Pod> = {}): V1Pod {
  return {
    metadata: {
      name: 'checkout-7d9f8b6c5-x2x4z',
      namespace: 'shop',
      uid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      labels: { 'app.kubernetes.io/name': 'checkout', 'pod-template-hash': '7d9f8b6c5' },
      annotations,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'checkout-7d9f8b6c5', uid: 'u', controller: true }],
    },
    spec: {
      nodeName: 'node-a',
      containers: [
        { name: 'app', image: 'shop/checkout:1.4', ports: [{ name: 'http', containerPort: 8080 }, { name: 'http-metrics', containerPort: 9102 }] },
        { name: 'envoy', image: 'envoyproxy/envoy:v1.31', ports: [{ name: 'admin', containerPort: 9901 }, { name: 'dns', containerPort: 53, protocol: 'UDP' }] },
        { name: 'logger', image: 'fluent-bit:3' },
      ],
      initContainers: [{ name: 'migrate', image: 'shop/migrate:1.4' }],
    },
    status: { phase: 'Running', podIP: '10.1.2.3', hostIP: '192.0.2.10', conditions: [{ type: 'Ready', status: 'True' }] },
    ...overrides,
  };
}

describe('pod role', () => {
  it('yields one target per container port with Prometheus meta labels', () => {
    const g = podTargetGroup(pod({ 'prometheus.io/scrape': 'true' }));
    expect(g.source).toBe('pod/shop/checkout-7d9f8b6c5-x2x4z');
    expect(g.targets.map((t) => t.__address__)).toEqual(['10.1.2.3:8080', '10.1.2.3:9102', '10.1.2.3:9901', '10.1.2.3:53', '10.1.2.3']);
    expect(g.targets[1]).toMatchObject({
      __meta_kubernetes_pod_container_name: 'app',
      __meta_kubernetes_pod_container_port_name: 'http-metrics',
      __meta_kubernetes_pod_container_port_number: '9102',
      __meta_kubernetes_pod_container_port_protocol: 'TCP',
      __meta_kubernetes_pod_container_init: 'false',
    });
    expect(g.labels).toMatchObject({
      __meta_kubernetes_namespace: 'shop',
      __meta_kubernetes_pod_name: 'checkout-7d9f8b6c5-x2x4z',
      __meta_kubernetes_pod_ip: '10.1.2.3',
      __meta_kubernetes_pod_ready: 'true',
      __meta_kubernetes_pod_phase: 'Running',
      __meta_kubernetes_pod_node_name: 'node-a',
      __meta_kubernetes_pod_controller_kind: 'ReplicaSet',
      __meta_kubernetes_pod_controller_name: 'checkout-7d9f8b6c5',
      __meta_kubernetes_pod_label_app_kubernetes_io_name: 'checkout',
      __meta_kubernetes_pod_labelpresent_app_kubernetes_io_name: 'true',
      __meta_kubernetes_pod_annotation_prometheus_io_scrape: 'true',
    });
  });

  it('yields nothing for a pod without an IP', () => {
    expect(podTargetGroup(pod({}, { status: { phase: 'Pending' } })).targets).toEqual([]);
  });
});

describe('service and endpoints roles', () => {
  const svc: V1Service = {
    metadata: { name: 'checkout', namespace: 'shop', labels: { tier: 'web' } },
    spec: { type: 'ClusterIP', clusterIP: '10.96.0.12', ports: [{ name: 'http', port: 80, protocol: 'TCP' }] },
  };
  it('addresses services by DNS name', () => {
    const g = serviceTargetGroup(svc);
    expect(g.targets).toEqual([{ __address__: 'checkout.shop.svc:80', __meta_kubernetes_service_port_name: 'http', __meta_kubernetes_service_port_number: '80', __meta_kubernetes_service_port_protocol: 'TCP' }]);
    expect(g.labels).toMatchObject({ __meta_kubernetes_service_name: 'checkout', __meta_kubernetes_service_label_tier: 'web', __meta_kubernetes_service_cluster_ip: '10.96.0.12' });
  });

  it('labels EndpointSlice addresses as the endpoints role does, with the backing pod', () => {
    const p = pod();
    const slice: V1EndpointSlice = {
      addressType: 'IPv4',
      metadata: { name: 'checkout-abcde', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'checkout' } },
      endpoints: [
        { addresses: ['10.1.2.3'], conditions: { ready: true }, nodeName: 'node-a', targetRef: { kind: 'Pod', name: p.metadata!.name!, namespace: 'shop' } },
        { addresses: ['10.1.2.4'], conditions: { ready: false } },
      ],
      ports: [{ name: 'http-metrics', port: 9102, protocol: 'TCP' }],
    };
    const g = endpointSliceTargetGroup(slice, { service: svc, pods: new Map([[`shop/${p.metadata!.name}`, p]]) });
    expect(g.targets.map((t) => t.__address__)).toEqual(['10.1.2.3:9102', '10.1.2.4:9102']);
    expect(g.targets[0]).toMatchObject({
      __meta_kubernetes_endpoint_ready: 'true',
      __meta_kubernetes_endpoint_port_name: 'http-metrics',
      __meta_kubernetes_endpoint_address_target_kind: 'Pod',
      __meta_kubernetes_pod_name: p.metadata!.name,
      __meta_kubernetes_pod_container_name: 'app',
    });
    expect(g.targets[1]).toMatchObject({ __meta_kubernetes_endpoint_ready: 'false' });
    expect(g.targets[1]).not.toHaveProperty('__meta_kubernetes_pod_name');
    expect(g.labels).toMatchObject({ __meta_kubernetes_endpoints_name: 'checkout', __meta_kubernetes_service_label_tier: 'web' });
  });
});

describe('annotation discovery', () => {
  it('ignores pods that do not opt in', () => {
    expect(discoverFromAnnotations(pod())).toEqual({ targets: [], errors: [] });
  });

  it('follows prometheus.io/* with a port, path and scheme', () => {
    const { targets, errors } = discoverFromAnnotations(pod({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9102', 'prometheus.io/path': '/admin/metrics', 'prometheus.io/scheme': 'https' }));
    expect(errors).toEqual([]);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      __address__: '10.1.2.3:9102',
      __scheme__: 'https',
      __metrics_path__: '/admin/metrics',
      job: 'kubernetes-pods',
      namespace: 'shop',
      pod: 'checkout-7d9f8b6c5-x2x4z',
      container: 'app',
      node: 'node-a',
      app_kubernetes_io_name: 'checkout',
    });
  });

  it('scrapes every declared TCP port when prometheus.io/port is absent, as the classic recipe does', () => {
    const { targets } = discoverFromAnnotations(pod({ 'prometheus.io/scrape': 'true' }));
    expect(targets.map((t) => `${t.container} ${t.__address__}`)).toEqual(['app 10.1.2.3:8080', 'app 10.1.2.3:9102', 'envoy 10.1.2.3:9901']);
  });

  it("follows Grafana's k8s.grafana.com/* annotations", () => {
    const { targets } = discoverFromAnnotations(
      pod({ 'k8s.grafana.com/scrape': 'true', 'k8s.grafana.com/metrics.portName': 'admin', 'k8s.grafana.com/job': 'envoy', 'k8s.grafana.com/metrics.scrapeInterval': '15s' }),
    );
    expect(targets).toEqual([expect.objectContaining({ __address__: '10.1.2.3:9901', job: 'envoy', container: 'envoy', __scrape_interval__: '15s' })]);
  });

  it('makes a pod target set whose targets populate, with a short annotated interval shortening the timeout', () => {
    const set = podTargetSet(pod({ 'metrics.sightline.dev/endpoints': JSON.stringify([{ port: 9901, interval: '2s' }, { port: 'http-metrics' }]) }))!;
    expect([set.key, set.jobName]).toEqual([`pod/${set.groups[0]!.targets[0]!.namespace}/${set.groups[0]!.targets[0]!.pod}`, 'kubernetes-pods']);
    const { active, errors } = targetsOfSet(set);
    expect(errors).toEqual([]);
    expect(active.map((t) => [t.url.href, t.intervalMs, t.timeoutMs])).toEqual([
      ['http://10.1.2.3:9901/metrics', 2000, 2000],
      ['http://10.1.2.3:9102/metrics', 30_000, 10_000],
    ]);
    expect(podTargetSet(pod())).toBeUndefined();
  });

  it('takes several endpoints from metrics.sightline.dev/endpoints', () => {
    const { targets, errors } = discoverFromAnnotations(
      pod({ 'metrics.sightline.dev/endpoints': JSON.stringify([{ port: 'http-metrics' }, { port: 9901, path: '/stats/prometheus', interval: '60s' }]), 'metrics.sightline.dev/job': 'checkout' }),
    );
    expect(errors).toEqual([]);
    expect(targets.map((t) => [t.__address__, t.__metrics_path__, t.__scrape_interval__, t.container, t.job])).toEqual([
      ['10.1.2.3:9102', '/metrics', undefined, 'app', 'checkout'],
      ['10.1.2.3:9901', '/stats/prometheus', '60s', 'envoy', 'checkout'],
    ]);
  });

  it.each([
    [{ 'metrics.sightline.dev/endpoints': '[{port: 1}' }, /metrics\.sightline\.dev\/endpoints is not valid JSON/],
    [{ 'metrics.sightline.dev/endpoints': '[{"path": "/m"}]' }, /must have required property 'port'/],
    [{ 'prometheus.io/scrape': 'true', 'prometheus.io/port': 'nope' }, /port "nope" is neither a number nor the name of a container port/],
    [{ 'prometheus.io/scrape': 'true', 'prometheus.io/scheme': 'ftp' }, /scheme "ftp" is not http or https/],
  ])('reports bad annotations %j without throwing', (annotations, message) => {
    const { targets, errors } = discoverFromAnnotations(pod(annotations));
    expect(targets).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it('does not scrape finished pods', () => {
    expect(discoverFromAnnotations(pod({ 'prometheus.io/scrape': 'true' }, { status: { phase: 'Succeeded', podIP: '10.1.2.3' } })).targets).toEqual([]);
  });
});
