/**
 * Desired state from the Kubernetes API: informers for the four Sightline kinds (the same typed,
 * validated objects and events as the files source) and for the cluster objects discovery reads
 * (Pods, Services, EndpointSlices), either cluster-wide or in one namespace.
 *
 * Each custom object is validated again with validateResource: the CRDs enforce the same schema,
 * but a CRD older or newer than this build could let through what this code does not expect; such
 * an object is dropped (as if deleted) with a warning, never passed on half-understood.
 *
 * Secrets are deliberately not watched: see SecretReader in src/controller/references.ts.
 */
import {
  CoreV1Api,
  CustomObjectsApi,
  DiscoveryV1Api,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  type V1EndpointSlice,
  type V1Pod,
  type V1Service,
} from '@kubernetes/client-node';
import { GROUP, KINDS, VERSION, type SightlineResource } from '../../api/index.js';
import { validateResource } from '../../api/validate.js';
import type { ClusterView } from '../../discovery/scrapetarget.js';
import { logger } from '../../util/log.js';
import { objectKey, type ChangeEvent, type DesiredStateSource } from '../types.js';
import { ResilientInformer, type WatchEventType } from './informer.js';

const log = logger('sources/kubernetes');

export interface KubernetesSourceOptions {
  /** Watch only this namespace; all namespaces when unset. */
  namespace?: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export type ClusterObjectKind = 'Pod' | 'Service' | 'EndpointSlice';

export type ClusterListener = (kind: ClusterObjectKind, object: KubernetesObject) => void;

interface Entry {
  object: SightlineResource;
  /** What a reconcile depends on; status-only updates (our own writes) do not change it. */
  fingerprint: string;
}

function fingerprint(o: SightlineResource): string {
  const m = o.metadata;
  return JSON.stringify([m.uid, m.generation, m.labels, m.annotations, m.deletionTimestamp ?? null, m.finalizers ?? null]);
}

export class KubernetesSource implements DesiredStateSource, ClusterView {
  private readonly objects = new Map<string, Entry>();
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  private readonly clusterListeners = new Set<ClusterListener>();
  /** resourceVersions already reported invalid, so a bad object is logged once, not per resync. */
  private readonly reportedInvalid = new Set<string>();
  private readonly informers: ResilientInformer<KubernetesObject>[] = [];
  private readonly podCache: ResilientInformer<V1Pod>;
  private readonly svcs: ResilientInformer<V1Service>;
  private readonly slices: ResilientInformer<V1EndpointSlice>;

  constructor(kc: KubeConfig, private readonly options: KubernetesSourceOptions = {}) {
    const ns = options.namespace;
    const custom = kc.makeApiClient(CustomObjectsApi);
    const core = kc.makeApiClient(CoreV1Api);
    const discovery = kc.makeApiClient(DiscoveryV1Api);
    const scoped = (prefix: string, plural: string): string => `${prefix}/${ns ? `namespaces/${ns}/` : ''}${plural}`;
    const backoff = { minBackoffMs: options.minBackoffMs, maxBackoffMs: options.maxBackoffMs };

    for (const def of KINDS) {
      const { plural } = def;
      this.informers.push(
        new ResilientInformer<KubernetesObject>(kc, {
          name: plural,
          path: scoped(`/apis/${GROUP}/${VERSION}`, plural),
          list: () =>
            (ns
              ? custom.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural })
              : custom.listClusterCustomObject({ group: GROUP, version: VERSION, plural })) as Promise<KubernetesListObject<KubernetesObject>>,
          onEvent: (type, o) => this.onCustomObject(type, o),
          ...backoff,
        }),
      );
    }
    const cluster = <T extends KubernetesObject>(kind: ClusterObjectKind, name: string, path: string, list: () => Promise<KubernetesListObject<T>>) => {
      const informer = new ResilientInformer<T>(kc, {
        name,
        path,
        list,
        onEvent: (_type, o) => {
          for (const l of this.clusterListeners) l(kind, o);
        },
        ...backoff,
      });
      this.informers.push(informer as unknown as ResilientInformer<KubernetesObject>);
      return informer;
    };
    this.podCache = cluster('Pod', 'pods', scoped('/api/v1', 'pods'), () => (ns ? core.listNamespacedPod({ namespace: ns }) : core.listPodForAllNamespaces()));
    this.svcs = cluster('Service', 'services', scoped('/api/v1', 'services'), () => (ns ? core.listNamespacedService({ namespace: ns }) : core.listServiceForAllNamespaces()));
    this.slices = cluster('EndpointSlice', 'endpointslices', scoped('/apis/discovery.k8s.io/v1', 'endpointslices'), () =>
      ns ? discovery.listNamespacedEndpointSlice({ namespace: ns }) : discovery.listEndpointSliceForAllNamespaces(),
    );
  }

  /** Resolves once every informer has listed once ("caches synced"). */
  async start(): Promise<void> {
    await Promise.all(this.informers.map((i) => i.start()));
    log.info({ namespace: this.options.namespace ?? '(all)', objects: this.objects.size }, 'caches synced');
  }

  get synced(): boolean {
    return this.informers.every((i) => i.hasSynced);
  }

  /** Full lists made by all informers (initial lists plus relists after 410 Gone). */
  get lists(): number {
    return this.informers.reduce((n, i) => n + i.lists, 0);
  }

  list(): SightlineResource[] {
    return [...this.objects.values()].map((e) => e.object);
  }

  get(key: string): SightlineResource | undefined {
    return this.objects.get(key)?.object;
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls listener whenever a Pod, Service or EndpointSlice changes (discovery inputs). */
  onClusterChange(listener: ClusterListener): () => void {
    this.clusterListeners.add(listener);
    return () => this.clusterListeners.delete(listener);
  }

  async stop(): Promise<void> {
    await Promise.all(this.informers.map((i) => i.stop()));
  }

  pods(namespace?: string): readonly V1Pod[] {
    return this.podCache.list(namespace);
  }

  pod(namespace: string, name: string): V1Pod | undefined {
    return this.podCache.get(namespace, name);
  }

  services(namespace?: string): readonly V1Service[] {
    return this.svcs.list(namespace);
  }

  endpointSlices(namespace?: string): readonly V1EndpointSlice[] {
    return this.slices.list(namespace);
  }

  private emit(event: ChangeEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private onCustomObject(type: WatchEventType, raw: KubernetesObject): void {
    const key = `${raw.kind}/${raw.metadata?.namespace ?? 'default'}/${raw.metadata?.name ?? ''}`;
    const prev = this.objects.get(key);
    if (type === 'delete') {
      if (prev) {
        this.objects.delete(key);
        this.emit({ type: 'deleted', object: prev.object });
      }
      return;
    }
    const result = validateResource(raw as unknown as Record<string, unknown>);
    if (!result.ok) {
      const version = `${key}@${raw.metadata?.resourceVersion}`;
      if (!this.reportedInvalid.has(version)) {
        this.reportedInvalid.add(version);
        log.warn({ object: key, issues: result.issues }, 'ignoring an object this build cannot validate');
      }
      if (prev) {
        this.objects.delete(key);
        this.emit({ type: 'deleted', object: prev.object });
      }
      return;
    }
    const entry = { object: result.object, fingerprint: fingerprint(result.object) };
    this.objects.set(objectKey(result.object), entry);
    if (!prev) this.emit({ type: 'added', object: entry.object });
    else if (prev.fingerprint !== entry.fingerprint) this.emit({ type: 'modified', object: entry.object });
  }
}
