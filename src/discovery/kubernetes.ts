/**
 * Kubernetes objects as Prometheus target groups, with the `__meta_kubernetes_*` labels of
 * Prometheus's kubernetes_sd_configs for the pod, service and endpoints roles, so relabeling
 * rules written for Prometheus work unchanged. Endpoints are read from EndpointSlices (the
 * Endpoints API is deprecated) but labelled as Prometheus's endpoints role labels them.
 */
import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { ADDRESS, joinHostPort, metaMap, type TargetGroup } from './targets.js';

const POD = '__meta_kubernetes_pod';
const SERVICE = '__meta_kubernetes_service';
const NAMESPACE = '__meta_kubernetes_namespace';

function podReady(pod: V1Pod): string {
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  return ready === 'True' ? 'true' : ready === 'False' ? 'false' : 'unknown';
}

/** Labels describing a pod as a whole, shared by its targets (also attached to endpoints of the pod). */
export function podMetaLabels(pod: V1Pod): Record<string, string> {
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller) ?? undefined;
  return {
    [NAMESPACE]: pod.metadata?.namespace ?? '',
    [`${POD}_name`]: pod.metadata?.name ?? '',
    [`${POD}_ip`]: pod.status?.podIP ?? '',
    [`${POD}_ready`]: podReady(pod),
    [`${POD}_phase`]: pod.status?.phase ?? '',
    [`${POD}_node_name`]: pod.spec?.nodeName ?? '',
    [`${POD}_host_ip`]: pod.status?.hostIP ?? '',
    [`${POD}_uid`]: pod.metadata?.uid ?? '',
    ...(owner ? { [`${POD}_controller_kind`]: owner.kind, [`${POD}_controller_name`]: owner.name } : {}),
    ...metaMap(POD, 'label', pod.metadata?.labels),
    ...metaMap(POD, 'annotation', pod.metadata?.annotations),
  };
}

/** Prometheus role "pod": one target per declared container port, one port-less target per container without ports. */
export function podTargetGroup(pod: V1Pod): TargetGroup {
  const source = `pod/${pod.metadata?.namespace}/${pod.metadata?.name}`;
  const ip = pod.status?.podIP;
  // Pods without an IP (pending, or finished) have nothing to scrape yet.
  if (!ip) return { source, targets: [], labels: {} };
  const targets: Record<string, string>[] = [];
  const containers = [
    ...(pod.spec?.containers ?? []).map((c) => ({ c, init: false })),
    ...(pod.spec?.initContainers ?? []).map((c) => ({ c, init: true })),
  ];
  for (const { c, init } of containers) {
    const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === c.name);
    const containerLabels = {
      [`${POD}_container_name`]: c.name,
      [`${POD}_container_image`]: c.image ?? '',
      [`${POD}_container_init`]: String(init),
      [`${POD}_container_id`]: status?.containerID ?? '',
    };
    if (!c.ports?.length) {
      // Init containers without ports are not scrape candidates; regular ones get an address without port.
      if (!init) targets.push({ [ADDRESS]: ip, ...containerLabels });
      continue;
    }
    for (const p of c.ports) {
      targets.push({
        [ADDRESS]: joinHostPort(ip, p.containerPort),
        ...containerLabels,
        [`${POD}_container_port_name`]: p.name ?? '',
        [`${POD}_container_port_number`]: String(p.containerPort),
        [`${POD}_container_port_protocol`]: p.protocol ?? 'TCP',
      });
    }
  }
  return { source, targets, labels: podMetaLabels(pod) };
}

export function serviceMetaLabels(svc: V1Service): Record<string, string> {
  return {
    [NAMESPACE]: svc.metadata?.namespace ?? '',
    [`${SERVICE}_name`]: svc.metadata?.name ?? '',
    [`${SERVICE}_type`]: svc.spec?.type ?? 'ClusterIP',
    ...(svc.spec?.clusterIP ? { [`${SERVICE}_cluster_ip`]: svc.spec.clusterIP } : {}),
    ...(svc.spec?.externalName ? { [`${SERVICE}_external_name`]: svc.spec.externalName } : {}),
    ...metaMap(SERVICE, 'label', svc.metadata?.labels),
    ...metaMap(SERVICE, 'annotation', svc.metadata?.annotations),
  };
}

/** Prometheus role "service": one target per service port, addressed by the service's DNS name. */
export function serviceTargetGroup(svc: V1Service): TargetGroup {
  const ns = svc.metadata?.namespace ?? '';
  const name = svc.metadata?.name ?? '';
  const host = svc.spec?.type === 'ExternalName' && svc.spec.externalName ? svc.spec.externalName : `${name}.${ns}.svc`;
  return {
    source: `svc/${ns}/${name}`,
    targets: (svc.spec?.ports ?? []).map((p) => ({
      [ADDRESS]: joinHostPort(host, p.port),
      [`${SERVICE}_port_name`]: p.name ?? '',
      [`${SERVICE}_port_number`]: String(p.port),
      [`${SERVICE}_port_protocol`]: p.protocol ?? 'TCP',
    })),
    labels: serviceMetaLabels(svc),
  };
}

export interface EndpointsContext {
  /** The service the slice belongs to, when known. */
  service?: V1Service;
  /** Pods by "namespace/name", to attach pod labels to endpoints that point at pods. */
  pods?: ReadonlyMap<string, V1Pod>;
}

/**
 * Prometheus role "endpoints", built from one EndpointSlice: one target per address and port,
 * with the service's labels and, for addresses backed by a pod, the pod's labels.
 */
export function endpointSliceTargetGroup(slice: V1EndpointSlice, ctx: EndpointsContext = {}): TargetGroup {
  const ns = slice.metadata?.namespace ?? '';
  const serviceName = slice.metadata?.labels?.['kubernetes.io/service-name'] ?? '';
  const targets: Record<string, string>[] = [];
  for (const ep of slice.endpoints ?? []) {
    const ref = ep.targetRef;
    const pod = ref?.kind === 'Pod' ? ctx.pods?.get(`${ref.namespace ?? ns}/${ref.name}`) : undefined;
    const epLabels = {
      '__meta_kubernetes_endpoint_ready': String(ep.conditions?.ready ?? true),
      ...(ep.hostname ? { '__meta_kubernetes_endpoint_hostname': ep.hostname } : {}),
      ...(ep.nodeName ? { '__meta_kubernetes_endpoint_node_name': ep.nodeName } : {}),
      ...(ref ? { '__meta_kubernetes_endpoint_address_target_kind': ref.kind ?? '', '__meta_kubernetes_endpoint_address_target_name': ref.name ?? '' } : {}),
      ...(pod ? podMetaLabels(pod) : {}),
    };
    for (const address of ep.addresses) {
      for (const port of slice.ports ?? []) {
        if (port.port === undefined || port.port === null) continue;
        const container = pod?.spec?.containers.find((c) => c.ports?.some((p) => p.containerPort === port.port));
        targets.push({
          [ADDRESS]: joinHostPort(address, port.port),
          ...epLabels,
          '__meta_kubernetes_endpoint_port_name': port.name ?? '',
          '__meta_kubernetes_endpoint_port_protocol': port.protocol ?? 'TCP',
          ...(container ? { [`${POD}_container_name`]: container.name } : {}),
        });
      }
    }
  }
  return {
    source: `endpointslice/${ns}/${slice.metadata?.name}`,
    targets,
    labels: {
      [NAMESPACE]: ns,
      '__meta_kubernetes_endpoints_name': serviceName,
      '__meta_kubernetes_endpointslice_name': slice.metadata?.name ?? '',
      ...(ctx.service ? serviceMetaLabels(ctx.service) : { [`${SERVICE}_name`]: serviceName }),
    },
  };
}
