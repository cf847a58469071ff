/**
 * A ScrapeTarget as target sets: for each of its endpoints, the scrape settings and the target
 * groups found by its static list or its selector (role pod, service or endpoints). Targets carry
 * Prometheus's meta labels plus the labels prometheus-operator users expect (namespace, pod,
 * container, service, endpoint); the endpoint's relabelings run on them afterwards.
 */
import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import type { ScrapeTarget } from '../api/index.js';
import type { Labels } from '../model/labels.js';
import { endpointSliceTargetGroup, podTargetGroup, serviceTargetGroup } from './kubernetes.js';
import { objectKey } from '../sources/types.js';
import { compileSelector } from './selector.js';
import { ADDRESS, METRICS_PATH, PARAM_PREFIX, SCHEME, SCRAPE_INTERVAL, SCRAPE_TIMEOUT, type TargetGroup } from './targets.js';

/** Read access to the watched cluster objects. */
export interface ClusterView {
  pods(namespace?: string): readonly V1Pod[];
  services(namespace?: string): readonly V1Service[];
  endpointSlices(namespace?: string): readonly V1EndpointSlice[];
}

export type ScrapeEndpointSpec = ScrapeTarget['spec']['endpoints'][number];

export interface TargetSet {
  /** `<namespace>/<name>/<endpoint index>`: stable while the ScrapeTarget exists. */
  key: string;
  /** Key of the object the set belongs to (objectKey, e.g. "ScrapeTarget/<namespace>/<name>"), whose status reports its targets. */
  owner: string;
  jobName: string;
  endpoint: ScrapeEndpointSpec;
  limits: { sampleLimit: number; labelLimit: number; targetLimit: number };
  groups: TargetGroup[];
}

/** Labels every target of an endpoint starts with, before relabeling — as Prometheus sets them from scrape_config. */
function configLabels(jobName: string, ep: ScrapeEndpointSpec): Record<string, string> {
  const labels: Record<string, string> = {
    job: jobName,
    [SCHEME]: ep.scheme,
    [METRICS_PATH]: ep.path,
    [SCRAPE_INTERVAL]: ep.interval,
    [SCRAPE_TIMEOUT]: ep.scrapeTimeout,
  };
  for (const [name, values] of Object.entries(ep.params ?? {})) if (values[0] !== undefined) labels[`${PARAM_PREFIX}${name}`] = values[0];
  return labels;
}

function portMatches(port: number | string | undefined, name: string | undefined, number: string | undefined): boolean {
  return typeof port === 'number' ? String(port) === number : port === name;
}

/** Keeps the targets on the endpoint's port and adds the operator-style labels for the role. */
function forEndpoint(group: TargetGroup, role: string, port: number | string | undefined): TargetGroup {
  const targets: Labels[] = [];
  const g = group.labels;
  for (const t of group.targets) {
    const all = { ...g, ...t };
    let extra: Record<string, string>;
    if (role === 'pod') {
      if (!portMatches(port, all.__meta_kubernetes_pod_container_port_name, all.__meta_kubernetes_pod_container_port_number)) continue;
      extra = { container: all.__meta_kubernetes_pod_container_name ?? '', endpoint: all.__meta_kubernetes_pod_container_port_name || String(port) };
    } else if (role === 'service') {
      if (!portMatches(port, all.__meta_kubernetes_service_port_name, all.__meta_kubernetes_service_port_number)) continue;
      extra = { service: all.__meta_kubernetes_service_name ?? '', endpoint: all.__meta_kubernetes_service_port_name || String(port) };
    } else {
      const number = all[ADDRESS]?.slice(all[ADDRESS].lastIndexOf(':') + 1);
      if (!portMatches(port, all.__meta_kubernetes_endpoint_port_name, number)) continue;
      extra = {
        service: all.__meta_kubernetes_service_name ?? '',
        endpoint: all.__meta_kubernetes_endpoint_port_name || String(port),
        ...(all.__meta_kubernetes_pod_name ? { pod: all.__meta_kubernetes_pod_name } : {}),
        ...(all.__meta_kubernetes_pod_container_name ? { container: all.__meta_kubernetes_pod_container_name } : {}),
      };
    }
    targets.push({ ...t, namespace: all.__meta_kubernetes_namespace ?? '', ...(role === 'pod' ? { pod: all.__meta_kubernetes_pod_name ?? '' } : {}), ...extra });
  }
  return { ...group, targets };
}

function namespacesOf(st: ScrapeTarget): string[] | undefined {
  const sel = st.spec.namespaceSelector;
  if (sel?.any) return undefined;
  return sel?.matchNames?.length ? sel.matchNames : [st.metadata.namespace ?? 'default'];
}

/** Target groups of the selector for a role, before port filtering. */
function selectedGroups(st: ScrapeTarget, cluster: ClusterView): TargetGroup[] {
  const matches = compileSelector(st.spec.selector);
  const namespaces = namespacesOf(st);
  const inScope = <T>(list: (ns?: string) => readonly T[]): T[] => (namespaces ? namespaces.flatMap((ns) => [...list(ns)]) : [...list()]);
  switch (st.spec.role) {
    case 'pod':
      return inScope((ns) => cluster.pods(ns)).filter((p) => matches(p.metadata?.labels)).map(podTargetGroup);
    case 'service':
      return inScope((ns) => cluster.services(ns)).filter((s) => matches(s.metadata?.labels)).map(serviceTargetGroup);
    default: {
      const services = inScope((ns) => cluster.services(ns)).filter((s) => matches(s.metadata?.labels));
      const pods = new Map(inScope((ns) => cluster.pods(ns)).map((p) => [`${p.metadata?.namespace}/${p.metadata?.name}`, p]));
      return services.flatMap((service) =>
        cluster
          .endpointSlices(service.metadata?.namespace)
          .filter((s) => s.metadata?.labels?.['kubernetes.io/service-name'] === service.metadata?.name)
          .map((slice) => endpointSliceTargetGroup(slice, { service, pods })),
      );
    }
  }
}

export function targetSetsFor(st: ScrapeTarget, cluster?: ClusterView): TargetSet[] {
  const ns = st.metadata.namespace ?? 'default';
  const jobName = st.spec.jobName ?? `${ns}/${st.metadata.name}`;
  const discovered: TargetGroup[] = st.spec.staticTargets
    ? [{ source: `static/${ns}/${st.metadata.name}`, targets: st.spec.staticTargets.map((a) => ({ [ADDRESS]: a })), labels: {} }]
    : cluster
      ? selectedGroups(st, cluster)
      : [];
  return st.spec.endpoints.map((endpoint, i) => {
    const base = configLabels(jobName, endpoint);
    const groups = discovered
      .map((g) => (st.spec.staticTargets ? g : forEndpoint(g, st.spec.role, endpoint.port)))
      .map((g) => ({ ...g, labels: { ...base, ...g.labels } }));
    return {
      key: `${ns}/${st.metadata.name}/${i}`,
      owner: objectKey(st),
      jobName,
      endpoint,
      limits: { sampleLimit: st.spec.sampleLimit, labelLimit: st.spec.labelLimit, targetLimit: st.spec.targetLimit },
      groups,
    };
  });
}
