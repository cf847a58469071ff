/**
 * A ScrapeTarget as target sets: for each of its endpoints, the scrape settings and the target
 * groups found by its static list or its selector (role pod, service or endpoints). Targets carry
 * Prometheus's meta labels plus the labels prometheus-operator users expect (namespace, pod,
 * container, service, endpoint); the endpoint's relabelings run on them afterwards. The pieces
 * (selectedGroups, endpointTargetSets) also serve MonitoredService metrics (monitoredservice.ts).
 */
import type { V1EndpointSlice, V1LabelSelector, V1Pod, V1Service } from '@kubernetes/client-node';
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
  /** `<namespace>/<name>/<endpoint index>` for a ScrapeTarget (see endpointTargetSets): stable while the object exists. */
  key: string;
  /** Key of the object the set belongs to (objectKey, e.g. "ScrapeTarget/<namespace>/<name>"), whose status reports its targets. */
  owner: string;
  jobName: string;
  endpoint: ScrapeEndpointSpec;
  limits: { sampleLimit: number; labelLimit: number; targetLimit: number };
  groups: TargetGroup[];
}

/** Labels every target of an endpoint starts with, before relabeling — as Prometheus sets them from scrape_config. */
export function configLabels(jobName: string, ep: ScrapeEndpointSpec): Record<string, string> {
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

/** Whether a discovered port is the endpoint's; an unset port (MonitoredService metrics) means every declared port. */
function portMatches(port: number | string | undefined, name: string | undefined, number: string | undefined): boolean {
  if (port === undefined) return number !== undefined && number !== '';
  return typeof port === 'number' ? String(port) === number : port === name;
}

/** Keeps the targets on the endpoint's port and adds the operator-style labels for the role. */
function forEndpoint(group: TargetGroup, role: Role, port: number | string | undefined): TargetGroup {
  const targets: Labels[] = [];
  const g = group.labels;
  for (const t of group.targets) {
    const all = { ...g, ...t };
    let extra: Record<string, string>;
    if (role === 'pod') {
      if (!portMatches(port, all.__meta_kubernetes_pod_container_port_name, all.__meta_kubernetes_pod_container_port_number)) continue;
      extra = { container: all.__meta_kubernetes_pod_container_name ?? '', endpoint: all.__meta_kubernetes_pod_container_port_name || (all.__meta_kubernetes_pod_container_port_number ?? '') };
    } else if (role === 'service') {
      if (!portMatches(port, all.__meta_kubernetes_service_port_name, all.__meta_kubernetes_service_port_number)) continue;
      extra = { service: all.__meta_kubernetes_service_name ?? '', endpoint: all.__meta_kubernetes_service_port_name || (all.__meta_kubernetes_service_port_number ?? '') };
    } else {
      const number = all[ADDRESS]?.slice(all[ADDRESS].lastIndexOf(':') + 1);
      if (!portMatches(port, all.__meta_kubernetes_endpoint_port_name, number)) continue;
      extra = {
        service: all.__meta_kubernetes_service_name ?? '',
        endpoint: all.__meta_kubernetes_endpoint_port_name || (number ?? ''),
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

export type Role = ScrapeTarget['spec']['role'];

/** What a selector-based discovery looks at: objects of a role matching a label selector in some namespaces (all when undefined). */
export interface DiscoveryScope {
  role: Role;
  selector: V1LabelSelector | undefined;
  namespaces: string[] | undefined;
}

/** Target groups of the selector for a role, before port filtering. Throws InvalidSelectorError. */
export function selectedGroups(scope: DiscoveryScope, cluster: ClusterView): TargetGroup[] {
  const matches = compileSelector(scope.selector);
  const { namespaces } = scope;
  const inScope = <T>(list: (ns?: string) => readonly T[]): T[] => (namespaces ? namespaces.flatMap((ns) => [...list(ns)]) : [...list()]);
  switch (scope.role) {
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

/** Limits of sets whose spec has none (MonitoredService metrics, annotated pods). */
export const NO_LIMITS: TargetSet['limits'] = { sampleLimit: 0, labelLimit: 0, targetLimit: 0 };

export interface EndpointSetsInput {
  /** Prefix of each set's key, e.g. `<namespace>/<name>`; the endpoint's id is appended. */
  keyPrefix: string;
  /** objectKey of the object the sets belong to, whose status reports their targets. */
  owner: string;
  jobName: string;
  /** Endpoints by id (index, or a name such as "metrics"). */
  endpoints: readonly [string, ScrapeEndpointSpec][];
  /** Discovered groups; `role` unset for static addresses, which are used as they are. */
  groups: readonly TargetGroup[];
  role?: Role;
  limits?: TargetSet['limits'];
}

/** One target set per endpoint over the same discovered groups, each filtered to the endpoint's port (for a role) and given its config labels. */
export function endpointTargetSets(input: EndpointSetsInput): TargetSet[] {
  return input.endpoints.map(([id, endpoint]) => {
    const base = configLabels(input.jobName, endpoint);
    const groups = input.groups
      .map((g) => (input.role ? forEndpoint(g, input.role, endpoint.port) : g))
      .map((g) => ({ ...g, labels: { ...base, ...g.labels } }));
    return { key: `${input.keyPrefix}/${id}`, owner: input.owner, jobName: input.jobName, endpoint, limits: input.limits ?? NO_LIMITS, groups };
  });
}

export function targetSetsFor(st: ScrapeTarget, cluster?: ClusterView): TargetSet[] {
  const ns = st.metadata.namespace ?? 'default';
  const staticTargets = st.spec.staticTargets;
  const groups: TargetGroup[] = staticTargets
    ? [{ source: `static/${ns}/${st.metadata.name}`, targets: staticTargets.map((a) => ({ [ADDRESS]: a })), labels: {} }]
    : cluster
      ? selectedGroups({ role: st.spec.role, selector: st.spec.selector, namespaces: namespacesOf(st) }, cluster)
      : [];
  return endpointTargetSets({
    keyPrefix: `${ns}/${st.metadata.name}`,
    owner: objectKey(st),
    jobName: st.spec.jobName ?? `${ns}/${st.metadata.name}`,
    endpoints: st.spec.endpoints.map((ep, i) => [String(i), ep]),
    groups,
    ...(staticTargets ? {} : { role: st.spec.role }),
    limits: { sampleLimit: st.spec.sampleLimit, labelLimit: st.spec.labelLimit, targetLimit: st.spec.targetLimit },
  });
}
