/**
 * The ingest tier the operator owns: a Deployment of `sightline ingest` replicas and the Service in
 * front of them (OTLP gRPC 4317, OTLP HTTP 4318, web 9470). Applied with server-side apply under
 * the operator's field manager, so it owns exactly the fields it sets (an HPA or a user may own
 * others). Drift is found by reading both objects on every resync and comparing the fields set
 * here; only a difference (or a missing object) causes a write, so an idle operator stays silent.
 *
 * The replicas scrape the cluster too, each its shard of the targets: they run as the
 * `sightline-ingest` ServiceAccount (read-only, config/rbac/ingest_*.yaml) and learn their own pod
 * name and namespace from the downward API (POD_NAME, POD_NAMESPACE), from which they derive
 * their shard among the Deployment's pods (src/scrape/peers.ts).
 * In a cluster both name the operator's Deployment as owner (owner.ts); elsewhere, labels only.
 */
import { AppsV1Api, CoreV1Api, PatchStrategy, setHeaderOptions, type KubeConfig, type V1Deployment, type V1OwnerReference, type V1Service } from '@kubernetes/client-node';
import { logger } from '../util/log.js';
import { FIELD_MANAGER } from './status.js';

const log = logger('controller');

export const INGEST_NAME = 'sightline-ingest';
/** The ServiceAccount the ingest pods run as; shipped in config/rbac, not created by the operator. */
export const INGEST_SERVICE_ACCOUNT = 'sightline-ingest';

export interface IngestOptions {
  namespace: string;
  image: string;
  replicas: number;
  /** Requests and limits, e.g. { cpu: '500m', memory: '512Mi' }. */
  resources: Record<string, string>;
  env: Record<string, string>;
  /**
   * The Secret key holding the database URL in `namespace`: the replicas' SIGHTLINE_STORAGE is read
   * from it (secretKeyRef) instead of carrying the URL, and its password, in the Deployment.
   */
  storageSecret?: { name: string; key: string };
  /** The namespace the operator watches, so the replicas scrape the same scope; all when unset. */
  watchNamespace?: string;
  /** The operator's Deployment (owner.ts), when it runs in one: the objects are garbage-collected with it. */
  owner?: V1OwnerReference;
}

function metadata(o: IngestOptions): V1Deployment['metadata'] {
  return { name: INGEST_NAME, namespace: o.namespace, labels: LABELS, ...(o.owner ? { ownerReferences: [o.owner] } : {}) };
}

const LABELS = { 'app.kubernetes.io/name': 'sightline', 'app.kubernetes.io/component': 'ingest', 'app.kubernetes.io/managed-by': FIELD_MANAGER };
/** Labels of the ingest pods: the Deployment's selector, and how replicas find their peers. */
export const INGEST_SELECTOR = { 'app.kubernetes.io/name': 'sightline', 'app.kubernetes.io/component': 'ingest' };
const PORTS = [
  { name: 'otlp-grpc', port: 4317 },
  { name: 'otlp-http', port: 4318 },
  { name: 'web', port: 9470 },
];

const applyPatch = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply);

export function desiredDeployment(o: IngestOptions): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(o),
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: INGEST_SELECTOR },
      template: {
        metadata: { labels: LABELS },
        spec: {
          serviceAccountName: INGEST_SERVICE_ACCOUNT,
          // The Pod Security "restricted" profile, as the operator's own Pods (charts/sightline):
          // the image's non-root user, a read-only root filesystem with /tmp writable.
          securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
          volumes: [{ name: 'tmp', emptyDir: {} }],
          containers: [
            {
              name: 'ingest',
              image: o.image,
              args: ['ingest', '--web.listen-address=:9470'],
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                ...(o.watchNamespace ? [{ name: 'SIGHTLINE_WATCH_NAMESPACE', value: o.watchNamespace }] : []),
                ...(o.storageSecret ? [{ name: 'SIGHTLINE_STORAGE', valueFrom: { secretKeyRef: o.storageSecret } }] : []),
                ...Object.entries(o.env).filter(([name]) => !(o.storageSecret && name === 'SIGHTLINE_STORAGE')).map(([name, value]) => ({ name, value })),
              ],
              ports: PORTS.map((p) => ({ name: p.name, containerPort: p.port })),
              resources: { requests: o.resources, limits: o.resources },
              readinessProbe: { httpGet: { path: '/-/ready', port: 'web' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
        },
      },
    },
  };
}

export function desiredService(o: IngestOptions): V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(o),
    spec: { selector: INGEST_SELECTOR, ports: PORTS.map((p) => ({ name: p.name, port: p.port, targetPort: p.name })) },
  };
}

/** Where services send OTLP; shown in every MonitoredService's status. */
export function ingestEndpoints(namespace: string): { otlpGrpc: string; otlpHttp: string } {
  const host = `${INGEST_NAME}.${namespace}.svc`;
  return { otlpGrpc: `${host}:4317`, otlpHttp: `http://${host}:4318` };
}

const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/;
const FACTOR: Record<string, number> = { '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };

/** A resource quantity's value: the API server rewrites e.g. 0.5 as 500m and 1024Mi as 1Gi. */
function quantity(s: string): number | undefined {
  const m = QUANTITY.exec(s);
  return m ? Number(m[1]) * FACTOR[m[2] ?? '']! : undefined;
}

/** True when every field of `want` has the same value in `have` (arrays element by element). */
function covers(have: unknown, want: unknown, quantities = false): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && have.length === want.length && want.every((w, i) => covers(have[i], w, quantities));
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(([k, v]) => covers((have as Record<string, unknown>)[k], v, quantities || k === 'resources'));
  }
  if (quantities && typeof want === 'string' && typeof have === 'string' && have !== want) {
    const q = quantity(want);
    return q !== undefined && Math.abs(q - (quantity(have) ?? NaN)) < 1e-9 * Math.max(1, q);
  }
  return have === want;
}

export class IngestTier {
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;
  writes = 0;

  constructor(
    kc: KubeConfig,
    readonly options: IngestOptions,
  ) {
    this.apps = kc.makeApiClient(AppsV1Api);
    this.core = kc.makeApiClient(CoreV1Api);
  }

  /** Creates or repairs the Deployment and Service; returns what had to be written. */
  async ensure(): Promise<string[]> {
    const { namespace } = this.options;
    const repaired: string[] = [];
    const deployment = desiredDeployment(this.options);
    // The API server fills defaults (protocol, probe timings…); compare only what we set.
    if (!covers(await this.read(() => this.apps.readNamespacedDeployment({ name: INGEST_NAME, namespace })), deployment)) {
      this.writes++;
      await this.apps.patchNamespacedDeployment({ name: INGEST_NAME, namespace, body: deployment, fieldManager: FIELD_MANAGER, force: true }, applyPatch);
      repaired.push('Deployment');
    }
    const service = desiredService(this.options);
    if (!covers(await this.read(() => this.core.readNamespacedService({ name: INGEST_NAME, namespace })), service)) {
      this.writes++;
      await this.core.patchNamespacedService({ name: INGEST_NAME, namespace, body: service, fieldManager: FIELD_MANAGER, force: true }, applyPatch);
      repaired.push('Service');
    }
    if (repaired.length > 0) log.info({ namespace, applied: repaired }, 'ingest tier applied');
    return repaired;
  }

  private async read<T>(get: () => Promise<T>): Promise<T | undefined> {
    try {
      return await get();
    } catch (err) {
      if ((err as { code?: number }).code === 404) return undefined;
      throw err;
    }
  }
}
