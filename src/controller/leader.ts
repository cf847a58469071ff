/**
 * Leader election on a coordination.k8s.io/v1 Lease, with client-go's rules (client-node has no
 * helper): a candidate takes the Lease when nobody holds it or when its holder has not renewed it
 * for leaseDuration, measured on the candidate's own clock from when it last saw the record change
 * (so clock skew between nodes does not matter); the leader renews every retryPeriod and gives up
 * leadership when it could not renew for renewDeadline. Every write carries the resourceVersion
 * read just before, so two candidates can never both win.
 */
import { CoordinationV1Api, V1MicroTime, type KubeConfig, type V1Lease } from '@kubernetes/client-node';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';

const log = logger('leader');

export interface LeaderElectionOptions {
  namespace: string;
  name: string;
  /** Unique per process, e.g. hostname + pid. */
  identity: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
}

export interface LeaderCallbacks {
  onStartedLeading(): void;
  /** Leadership lost (renewal failed): stop acting at once; the process should exit. */
  onStoppedLeading(): void;
}

const statusCode = (err: unknown): number | undefined => (err as { code?: number }).code;

export class LeaderElector {
  private readonly api: CoordinationV1Api;
  private leading = false;
  private lastRenew = 0;
  private observed?: { record: string; at: number };
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    kc: KubeConfig,
    private readonly options: LeaderElectionOptions,
    private readonly callbacks: LeaderCallbacks,
  ) {
    this.api = kc.makeApiClient(CoordinationV1Api);
  }

  get isLeader(): boolean {
    return this.leading;
  }

  start(): void {
    void this.tick();
  }

  /** Stops campaigning; a leader releases the Lease so a standby takes over without waiting it out. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (!this.leading) return;
    this.leading = false;
    try {
      const lease = await this.read();
      if (lease?.spec?.holderIdentity === this.options.identity) {
        await this.write({ ...lease, spec: { ...lease.spec, holderIdentity: '', leaseDurationSeconds: 1 } });
      }
    } catch (err) {
      log.warn({ err: errorMessage(err) }, 'could not release the Lease');
    }
  }

  private async tick(): Promise<void> {
    try {
      if (await this.tryAcquireOrRenew()) {
        this.lastRenew = Date.now();
        if (!this.leading) {
          this.leading = true;
          log.info({ identity: this.options.identity, lease: `${this.options.namespace}/${this.options.name}` }, 'became the leader');
          this.callbacks.onStartedLeading();
        }
      } else if (this.leading) {
        this.lose('another candidate holds the Lease');
      }
    } catch (err) {
      log.warn({ err: errorMessage(err) }, 'leader election: Lease request failed');
      if (this.leading && Date.now() - this.lastRenew > this.options.renewDeadlineMs) this.lose(`could not renew within ${this.options.renewDeadlineMs} ms`);
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.options.retryPeriodMs);
    this.timer.unref();
  }

  private lose(why: string): void {
    this.leading = false;
    log.error({ why }, 'lost leadership');
    this.callbacks.onStoppedLeading();
  }

  private async read(): Promise<V1Lease | undefined> {
    try {
      return await this.api.readNamespacedLease({ namespace: this.options.namespace, name: this.options.name });
    } catch (err) {
      if (statusCode(err) === 404) return undefined;
      throw err;
    }
  }

  private write(lease: V1Lease): Promise<V1Lease> {
    return this.api.replaceNamespacedLease({ namespace: this.options.namespace, name: this.options.name, body: lease });
  }

  /** One round: true when this process holds the Lease afterwards. */
  private async tryAcquireOrRenew(): Promise<boolean> {
    const { namespace, name, identity } = this.options;
    const now = new V1MicroTime();
    const durationSeconds = Math.ceil(this.options.leaseDurationMs / 1000);
    const lease = await this.read();
    if (!lease) {
      try {
        await this.api.createNamespacedLease({
          namespace,
          body: { metadata: { name, namespace }, spec: { holderIdentity: identity, leaseDurationSeconds: durationSeconds, acquireTime: now, renewTime: now, leaseTransitions: 0 } },
        });
        return true;
      } catch (err) {
        if (statusCode(err) === 409) return false; // another candidate created it first
        throw err;
      }
    }
    const spec = lease.spec ?? {};
    const record = JSON.stringify([spec.holderIdentity, spec.renewTime, spec.leaseTransitions]);
    if (this.observed?.record !== record) this.observed = { record, at: Date.now() };
    const holder = spec.holderIdentity ?? '';
    const expired = Date.now() > this.observed.at + (spec.leaseDurationSeconds ?? durationSeconds) * 1000;
    if (holder !== identity && holder !== '' && !expired) return false;
    const renewing = holder === identity;
    try {
      await this.write({
        ...lease,
        spec: {
          ...spec,
          holderIdentity: identity,
          leaseDurationSeconds: durationSeconds,
          renewTime: now,
          acquireTime: renewing ? spec.acquireTime : now,
          leaseTransitions: (spec.leaseTransitions ?? 0) + (renewing ? 0 : 1),
        },
      });
      return true;
    } catch (err) {
      if (statusCode(err) === 409) return false; // changed since we read it: someone else won
      throw err;
    }
  }
}
