/**
 * A MonitoredService's endpoints: the pods its selector picks in its namespace that have an IP
 * and are not terminating — what its health checks probe and what `endpointsTotal` counts.
 */
import type { V1Pod } from '@kubernetes/client-node';
import type { MonitoredService } from '../api/index.js';
import type { ClusterView } from '../discovery/scrapetarget.js';
import { compileSelector } from '../discovery/selector.js';

export interface ServiceEndpoint {
  pod: V1Pod;
  name: string;
  ip: string;
}

/** Throws InvalidSelectorError for a selector the API server would reject. */
export function serviceEndpoints(ms: MonitoredService, cluster: ClusterView): ServiceEndpoint[] {
  const matches = compileSelector(ms.spec.selector);
  const out: ServiceEndpoint[] = [];
  for (const pod of cluster.pods(ms.metadata.namespace ?? 'default')) {
    const ip = pod.status?.podIP;
    if (!ip || pod.metadata?.deletionTimestamp || !matches(pod.metadata?.labels)) continue;
    out.push({ pod, name: pod.metadata?.name ?? '', ip });
  }
  return out;
}

/** A container port given by name or number, as a number; undefined when the pod has no port of that name. */
export function resolvePort(pod: V1Pod, port: number | string): number | undefined {
  if (typeof port === 'number') return port;
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === port) return p.containerPort;
  return /^\d+$/.test(port) ? Number(port) : undefined;
}
