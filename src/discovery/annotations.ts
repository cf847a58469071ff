/**
 * Scrape targets from pod annotations, with no manifest. Three conventions are read:
 *
 * - `prometheus.io/scrape: "true"` with `prometheus.io/port`, `/path`, `/scheme` (the classic
 *   recipe: without a port annotation every declared container port is scraped);
 * - Grafana's `k8s.grafana.com/scrape: "true"` with `k8s.grafana.com/metrics.portName`,
 *   `metrics.portNumber`, `metrics.path`, `metrics.scheme`, `metrics.scrapeInterval` and
 *   `k8s.grafana.com/job`;
 * - Sightline's `metrics.sightline.dev/endpoints`: a JSON list of endpoints, so one pod can expose
 *   several ports with their own path, scheme and interval, e.g.
 *   `[{"port": "http-metrics"}, {"port": 9102, "path": "/stats", "interval": "60s"}]`,
 *   and `metrics.sightline.dev/job` to name the job.
 *
 * Each pod yields targets labelled like every other target (namespace, pod, container, node and
 * the pod's labels), and problems in its annotations are reported, never thrown. podTargetSet
 * turns them into the pod's target set for the scrape manager.
 */
import type { V1Pod } from '@kubernetes/client-node';
import { Ajv } from 'ajv';
import { isValidLabelName, type Labels } from '../model/labels.js';
import { parseDuration } from '../util/duration.js';
import { podMetaLabels } from './kubernetes.js';
import { configLabels, NO_LIMITS, type ScrapeEndpointSpec, type TargetSet } from './scrapetarget.js';
import { ADDRESS, joinHostPort, METRICS_PATH, SCHEME, SCRAPE_INTERVAL, SCRAPE_TIMEOUT, sanitizeLabelName } from './targets.js';

export const SIGHTLINE_ENDPOINTS = 'metrics.sightline.dev/endpoints';
export const SIGHTLINE_JOB = 'metrics.sightline.dev/job';
export const DEFAULT_JOB = 'kubernetes-pods';

export interface AnnotationEndpoint {
  port?: number | string;
  path?: string;
  scheme?: 'http' | 'https';
  interval?: string;
}

export interface AnnotationDiscovery {
  targets: Labels[];
  /** Problems with this pod's annotations, for logs and Events. */
  errors: string[];
}

const ajv = new Ajv({ allErrors: false, strict: true });
const validateEndpoints = ajv.compile<AnnotationEndpoint[]>({
  type: 'array',
  minItems: 1,
  maxItems: 16,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['port'],
    properties: {
      port: { anyOf: [{ type: 'integer', minimum: 1, maximum: 65535 }, { type: 'string', minLength: 1, maxLength: 15 }] },
      path: { type: 'string', pattern: '^/' },
      scheme: { enum: ['http', 'https'] },
      interval: { type: 'string', pattern: '^([0-9]+(ms|s|m|h))+$' },
    },
  },
});

/** Which endpoints the pod's annotations ask for, or undefined when the pod does not opt in. */
function requestedEndpoints(annotations: Record<string, string>, errors: string[]): AnnotationEndpoint[] | undefined {
  const json = annotations[SIGHTLINE_ENDPOINTS];
  if (json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      errors.push(`${SIGHTLINE_ENDPOINTS} is not valid JSON: ${(err as Error).message}`);
      return [];
    }
    if (!validateEndpoints(parsed)) {
      const e = validateEndpoints.errors?.[0];
      errors.push(`${SIGHTLINE_ENDPOINTS}${e?.instancePath ?? ''} ${e?.message ?? 'is invalid'}; expected a list of {port, path?, scheme?, interval?}`);
      return [];
    }
    return parsed;
  }
  if (annotations['k8s.grafana.com/scrape'] === 'true') {
    const number = annotations['k8s.grafana.com/metrics.portNumber'];
    return [
      {
        port: number !== undefined ? Number(number) : annotations['k8s.grafana.com/metrics.portName'],
        path: annotations['k8s.grafana.com/metrics.path'],
        scheme: annotations['k8s.grafana.com/metrics.scheme'] as 'http' | 'https' | undefined,
        interval: annotations['k8s.grafana.com/metrics.scrapeInterval'],
      },
    ];
  }
  if (annotations['prometheus.io/scrape'] === 'true') {
    const port = annotations['prometheus.io/port'];
    return [
      {
        port: port !== undefined ? (/^\d+$/.test(port) ? Number(port) : port) : undefined,
        path: annotations['prometheus.io/path'],
        scheme: annotations['prometheus.io/scheme'] as 'http' | 'https' | undefined,
      },
    ];
  }
  return undefined;
}

interface ContainerPort {
  container: string;
  name?: string;
  number: number;
}

function declaredPorts(pod: V1Pod): ContainerPort[] {
  return (pod.spec?.containers ?? []).flatMap((c) =>
    (c.ports ?? []).filter((p) => (p.protocol ?? 'TCP') === 'TCP').map((p) => ({ container: c.name, ...(p.name ? { name: p.name } : {}), number: p.containerPort })),
  );
}

/** Resolves an endpoint's port (name, number or unset) to the container ports it means. */
function resolvePorts(pod: V1Pod, ep: AnnotationEndpoint, errors: string[]): { number: number; container?: string }[] {
  const ports = declaredPorts(pod);
  if (ep.port === undefined) {
    if (ports.length === 0) errors.push('no port to scrape: the pod declares no container ports; set prometheus.io/port');
    return ports;
  }
  if (typeof ep.port === 'number' && Number.isInteger(ep.port) && ep.port > 0 && ep.port < 65536) {
    return [{ number: ep.port, ...(ports.find((p) => p.number === ep.port) ?? {}) }];
  }
  const named = ports.find((p) => p.name === ep.port);
  if (!named) errors.push(`port ${JSON.stringify(ep.port)} is neither a number nor the name of a container port`);
  return named ? [named] : [];
}

function commonLabels(pod: V1Pod, job: string): Record<string, string> {
  const meta = podMetaLabels(pod);
  const podLabels: Record<string, string> = {};
  for (const [k, v] of Object.entries(pod.metadata?.labels ?? {})) {
    const name = sanitizeLabelName(k);
    if (isValidLabelName(name)) podLabels[name] = v;
  }
  return {
    ...meta,
    ...podLabels,
    job,
    namespace: pod.metadata?.namespace ?? '',
    pod: pod.metadata?.name ?? '',
    node: pod.spec?.nodeName ?? '',
  };
}

/** The scrape settings annotation targets start from: the ScrapeTarget endpoint defaults. */
const DEFAULT_ENDPOINT: ScrapeEndpointSpec = { path: '/metrics', scheme: 'http', interval: '30s', scrapeTimeout: '10s', honorLabels: false, honorTimestamps: true };

/** An annotated interval, with the timeout shortened to it when shorter than the default (as Prometheus clamps its global timeout). */
function intervalLabels(interval: string): Record<string, string> {
  const shorter = (parseDuration(interval) ?? Infinity) < (parseDuration(DEFAULT_ENDPOINT.scrapeTimeout) ?? 0);
  return { [SCRAPE_INTERVAL]: interval, ...(shorter ? { [SCRAPE_TIMEOUT]: interval } : {}) };
}

/** The pod's annotation targets as one target set keyed `pod/<namespace>/<name>`, or undefined when it asks for none. */
export function podTargetSet(pod: V1Pod): TargetSet | undefined {
  const { targets } = discoverFromAnnotations(pod);
  if (targets.length === 0) return undefined;
  const source = `pod/${pod.metadata?.namespace}/${pod.metadata?.name}`;
  const jobName = targets[0]!.job ?? DEFAULT_JOB;
  return {
    key: source,
    // Pods have no status to report to; the key matches the controller's for the pod.
    owner: `Pod/${pod.metadata?.namespace}/${pod.metadata?.name}`,
    jobName,
    endpoint: DEFAULT_ENDPOINT,
    limits: NO_LIMITS,
    groups: [{ source, targets, labels: configLabels(jobName, DEFAULT_ENDPOINT) }],
  };
}

export function discoverFromAnnotations(pod: V1Pod): AnnotationDiscovery {
  const errors: string[] = [];
  const annotations = pod.metadata?.annotations ?? {};
  const endpoints = requestedEndpoints(annotations, errors);
  const ip = pod.status?.podIP;
  if (!endpoints || !ip || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return { targets: [], errors };
  const job = annotations[SIGHTLINE_JOB] ?? annotations['k8s.grafana.com/job'] ?? DEFAULT_JOB;
  const base = commonLabels(pod, job);
  const seen = new Set<string>();
  const targets: Labels[] = [];
  for (const ep of endpoints) {
    if (ep.scheme !== undefined && ep.scheme !== 'http' && ep.scheme !== 'https') {
      errors.push(`scheme ${JSON.stringify(ep.scheme)} is not http or https`);
      continue;
    }
    if (ep.interval !== undefined && parseDuration(ep.interval) === undefined) {
      errors.push(`interval ${JSON.stringify(ep.interval)} is not a duration`);
      continue;
    }
    for (const port of resolvePorts(pod, ep, errors)) {
      const address = joinHostPort(ip, port.number);
      const path = ep.path ?? '/metrics';
      const key = `${address}${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push({
        ...base,
        [ADDRESS]: address,
        [SCHEME]: ep.scheme ?? 'http',
        [METRICS_PATH]: path,
        ...(ep.interval ? intervalLabels(ep.interval) : {}),
        ...(port.container ? { container: port.container } : {}),
      });
    }
  }
  return { targets, errors };
}
