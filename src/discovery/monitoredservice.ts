/**
 * A MonitoredService's `spec.metrics` endpoint as a target set: the pods its selector picks in
 * its own namespace, with role pod semantics (one target per matching container port; an unset
 * port scrapes every declared port), scraped with the endpoint's settings.
 *
 * The job label is `<namespace>/<name>`: the same identity a service gets for the data it pushes
 * over OTLP, whose resource attributes service.namespace and service.name become
 * `job="<service.namespace>/<service.name>"`. A service that is both scraped and pushes therefore
 * has one job, whichever way a series arrived.
 */
import type { MonitoredService } from '../api/index.js';
import { objectKey } from '../sources/types.js';
import { endpointTargetSets, selectedGroups, type ClusterView, type TargetSet } from './scrapetarget.js';

/** Target sets of the service's metrics endpoint (none when it only pushes); throws InvalidSelectorError. */
export function monitoredServiceTargetSets(ms: MonitoredService, cluster: ClusterView): TargetSet[] {
  const metrics = ms.spec.metrics;
  if (!metrics) return [];
  const ns = ms.metadata.namespace ?? 'default';
  return endpointTargetSets({
    keyPrefix: `${ns}/${ms.metadata.name}`,
    owner: objectKey(ms),
    jobName: `${ns}/${ms.metadata.name}`,
    endpoints: [['metrics', metrics]],
    groups: selectedGroups({ role: 'pod', selector: ms.spec.selector, namespaces: [ns] }, cluster),
    role: 'pod',
  });
}
