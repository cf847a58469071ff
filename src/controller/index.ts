/**
 * The controller: source events → WorkQueue → reconcile per object → runtime + status.
 *
 * Level-triggered: a reconcile reads the object's current state from the source's cache and
 * converges; it never relies on what the event said. Besides the object's own changes, an object
 * is queued again when what it depends on changes (Pods/Services/EndpointSlices for ScrapeTargets
 * and MonitoredServices, NotificationChannels for AlertRules of their namespace) and on every
 * resync, which is also how Secrets — read by name, never watched — are picked up.
 */
import { CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { discoverFromAnnotations } from '../discovery/annotations.js';
import type { KindName, SightlineResource } from '../api/index.js';
import type { ClusterView } from '../discovery/scrapetarget.js';
import type { ClusterListener } from '../sources/kubernetes/index.js';
import { objectKey, type DesiredStateSource } from '../sources/types.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { conditionsFor, type Outcome } from './conditions.js';
import { WorkQueue } from './queue.js';
import { FinalizerWriter, SIGHTLINE_FINALIZER_PREFIX } from './finalizers.js';
import { ingestEndpoints, type IngestTier } from './ingest.js';
import { evaluate, type ReconcileContext } from './reconcile.js';
import { componentFor, type Runtime, type RuntimeComponent } from './runtime.js';
import { StatusWriter, type WrittenStatus } from './status.js';

/** What the controller watches: desired objects plus the cluster objects discovery reads. */
export interface WatchedState extends DesiredStateSource, ClusterView {
  onClusterChange(listener: ClusterListener): () => void;
  pod(namespace: string, name: string): V1Pod | undefined;
}

/** Queue keys of pods (annotation discovery) share the queue with objectKey()s of Sightline objects. */
const POD_PREFIX = 'Pod/';

export interface ControllerOptions {
  /** Every object is reconciled again this often (Secrets, drift); default 30 s. */
  resyncMs?: number;
  concurrency?: number;
  /** The ingest Deployment + Service to own, checked on start and every resync. */
  ingest?: IngestTier;
}

const log = logger('controller');

/** Sightline's finalizers on an object. */
function ours(o: SightlineResource): string[] {
  return (o.metadata.finalizers ?? []).filter((f) => f.startsWith(SIGHTLINE_FINALIZER_PREFIX));
}

const DISCOVERING: ReadonlySet<string> = new Set(['ScrapeTarget', 'MonitoredService']);

export class Controller {
  readonly status: StatusWriter;
  readonly finalizers: FinalizerWriter;
  private readonly queue: WorkQueue;
  private readonly ctx: ReconcileContext;
  private readonly unsubscribe: (() => void)[] = [];
  private resyncTimer?: NodeJS.Timeout;
  /** Annotation problems last reported per pod, so each change yields one Event. */
  private readonly podErrors = new Map<string, string>();

  constructor(
    private readonly source: WatchedState,
    kc: KubeConfig,
    private readonly runtime: Runtime,
    private readonly options: ControllerOptions = {},
  ) {
    const core = kc.makeApiClient(CoreV1Api);
    this.status = new StatusWriter(kc);
    this.finalizers = new FinalizerWriter(kc);
    const ingest = options.ingest?.options.namespace;
    this.ctx = { core, cluster: source, lookup: (key) => source.get(key), ...(ingest ? { ingestEndpoints: ingestEndpoints(ingest) } : {}) };
    this.queue = new WorkQueue((key) => this.reconcile(key), { concurrency: options.concurrency ?? 4 });
  }

  /** Starts reconciling; call after the source's start() so the first pass sees a synced cache. */
  start(): void {
    this.unsubscribe.push(
      this.source.subscribe((e) => {
        this.queue.add(objectKey(e.object));
        if (e.object.kind === 'NotificationChannel') this.enqueueWhere((o) => o.kind === 'AlertRule' && o.metadata.namespace === e.object.metadata.namespace);
      }),
      ...Object.values(this.runtime).map((component: RuntimeComponent<never>) => component.watch?.((key) => this.queue.add(key)) ?? (() => undefined)),
      this.source.onClusterChange((kind, object) => {
        this.enqueueWhere((o) => DISCOVERING.has(o.kind));
        if (kind === 'Pod') this.queue.add(`${POD_PREFIX}${object.metadata?.namespace}/${object.metadata?.name}`);
      }),
    );
    for (const pod of this.source.pods()) this.queue.add(`${POD_PREFIX}${pod.metadata?.namespace}/${pod.metadata?.name}`);
    this.resync();
    this.resyncTimer = setInterval(() => this.resync(), this.options.resyncMs ?? 30_000);
    this.resyncTimer.unref();
  }

  /** Resolves when nothing is queued or being reconciled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  async stop(): Promise<void> {
    clearInterval(this.resyncTimer);
    for (const u of this.unsubscribe.splice(0)) u();
    await this.queue.stop();
  }

  private resync(): void {
    this.enqueueWhere(() => true);
    // Failures are logged and retried at the next resync; they never block reconciling objects.
    this.options.ingest?.ensure().catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'could not apply the ingest tier'));
  }

  private enqueueWhere(pick: (o: SightlineResource) => boolean): void {
    for (const o of this.source.list()) if (pick(o)) this.queue.add(objectKey(o));
  }

  private async reconcile(key: string): Promise<void> {
    if (key.startsWith(POD_PREFIX)) return this.reconcilePod(key);
    const component = componentFor(this.runtime, key.slice(0, key.indexOf('/')) as KindName);
    const o = this.source.get(key);
    if (!o) {
      // Gone without our finalizer (it had none, or someone removed it): clean up all the same.
      await component.remove(key);
      await component.finalize?.(key);
      this.status.forget(key);
      this.queue.forget(key);
      return;
    }
    if (o.metadata.deletionTimestamp) return this.finalize(key, o, component);
    try {
      const { outcome, figures, desired } = await evaluate(o, this.ctx);
      if (desired) {
        // The finalizer goes on before the state it guards exists, and comes off once it is gone.
        const needed = component.finalizers?.(desired as never) ?? [];
        await this.finalizers.reconcile(o, [...new Set([...needed, ...ours(o)])]);
        await component.apply(key, desired as never);
        if (ours(o).some((f) => !needed.includes(f))) await this.finalizers.reconcile(o, needed);
      } else {
        await component.remove(key);
      }
      const running = outcome.kind === 'ready' ? component.outcome?.(key) : undefined;
      await this.report(key, o, running ?? outcome, { ...figures, ...component.figures?.(key) });
    } catch (err) {
      // Transient (API or runtime failure): say so, then let the queue retry with backoff.
      await this.report(key, o, { kind: 'progressing', reason: 'ReconcileError', message: errorMessage(err) }, {}).catch(() => undefined);
      throw err;
    }
  }

  /**
   * An object being deleted that still carries our finalizers: clean up what runs for it, then let
   * it go. A failed clean-up keeps the finalizer, records a Warning Event and is retried with the
   * queue's backoff.
   */
  private async finalize(key: string, o: SightlineResource, component: RuntimeComponent<never>): Promise<void> {
    if (ours(o).length === 0) return component.remove(key);
    try {
      await component.remove(key);
      await component.finalize?.(key);
    } catch (err) {
      await this.status.warn(o, 'CleanupFailed', `Cannot remove what Sightline holds for this object yet (retrying): ${errorMessage(err)}`);
      throw err;
    }
    await this.finalizers.reconcile(o, []);
    log.info({ key }, 'cleaned up and released the finalizer');
  }

  /**
   * Pod-annotation discovery (prometheus.io, k8s.grafana.com, metrics.sightline.dev): the pod's
   * targets go to the runtime; annotation problems become one Warning Event on the pod per change.
   */
  private async reconcilePod(key: string): Promise<void> {
    const [namespace = '', name = ''] = key.slice(POD_PREFIX.length).split('/');
    const pod = this.source.pod(namespace, name);
    if (!pod) {
      this.podErrors.delete(key);
      return this.runtime.podTargets.remove(key);
    }
    const { targets, errors } = discoverFromAnnotations(pod);
    if (targets.length > 0) await this.runtime.podTargets.apply(key, { pod, targets });
    else await this.runtime.podTargets.remove(key);
    const problems = errors.join('; ');
    if (problems === (this.podErrors.get(key) ?? '')) return;
    this.podErrors.set(key, problems);
    if (problems) await this.status.warn({ apiVersion: 'v1', kind: 'Pod', metadata: pod.metadata ?? {} }, 'InvalidScrapeAnnotations', problems);
  }

  private async report(key: string, o: SightlineResource, outcome: Outcome, figures: Record<string, unknown>): Promise<void> {
    const generation = o.metadata.generation ?? 1;
    const previous = this.status.lastStatus(key) ?? (o.status as WrittenStatus | undefined);
    const prevReady = previous?.conditions?.find((c) => c.type === 'Ready');
    const status = { observedGeneration: generation, conditions: conditionsFor(previous?.conditions, outcome, generation), ...figures };
    const wrote = await this.status.write(key, o, status);
    // One Event per new problem, not one per reconcile.
    if (wrote && outcome.kind === 'stalled' && prevReady?.reason !== outcome.reason) await this.status.warn(o, outcome.reason, outcome.message);
  }
}
