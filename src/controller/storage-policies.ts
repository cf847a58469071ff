/**
 * The runtime component that turns a MonitoredService's `retention` and `rollups` into per-service
 * storage policies (src/storage/metrics/service-policies.ts) and publishes their state as
 * `status.storagePolicies`.
 *
 * The service's data is identified by its job `<namespace>/<name>`. While it has policies the
 * object carries the finalizer `monitoring.sightline.dev/storage-policies`; on deletion the
 * policies and their rollup buckets are removed, and the service's raw samples are kept: they
 * age out under the installation retention like any other data, so deleting a CR (or a GitOps
 * tool re-creating it) never destroys history that queries and alerts may still need.
 *
 * `remove` (the object became unusable, e.g. a Secret went missing) leaves the policies running on
 * the last spec that worked: a transient problem must not delete rollups.
 */
import type { MonitoredService } from '../api/index.js';
import { parseExpr } from '../promql/index.js';
import type { OpenMetricStore } from '../storage/metrics/store.js';
import type { ServicePoliciesSpec, ServicePolicyState, Signal } from '../storage/metrics/service-policies.js';
import { parseDuration } from '../util/duration.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { sameStatus } from './conditions.js';
import type { Resolved, RuntimeComponent } from './runtime.js';

export const STORAGE_POLICIES_FINALIZER = 'monitoring.sightline.dev/storage-policies';

const PREFIX = 'MonitoredService/';
const log = logger('controller');

/** The job identity (`<namespace>/<name>`) of a MonitoredService's objectKey. */
function serviceOf(key: string): string {
  return key.slice(PREFIX.length);
}

function duration(text: string, path: string): number {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) throw new Error(`${path}: ${JSON.stringify(text)} is not a positive duration`);
  return ms;
}

/** The storage policies a MonitoredService asks for; throws with the field's path on bad input. */
export function desiredPolicies(ms: MonitoredService): ServicePoliciesSpec {
  const retention: Partial<Record<Signal, number>> = {};
  for (const signal of ['metrics', 'traces', 'logs'] as const) {
    const text = ms.spec.retention?.[signal];
    if (text !== undefined) retention[signal] = duration(text, `spec.retention.${signal}`);
  }
  const rollups = (ms.spec.rollups ?? []).map((r, i) => {
    let expr;
    try {
      expr = parseExpr(r.metric);
    } catch (err) {
      throw new Error(`spec.rollups[${i}].metric: ${errorMessage(err)}`);
    }
    if (expr.type !== 'vectorSelector' || expr.offsetMs !== 0 || expr.at) throw new Error(`spec.rollups[${i}].metric: must be a series selector such as http_requests_total{code=~"5.."}`);
    return {
      selector: r.metric,
      matchers: expr.matchers,
      intervalMs: duration(r.interval, `spec.rollups[${i}].interval`),
      ...(r.retention ? { retentionMs: duration(r.retention, `spec.rollups[${i}].retention`) } : {}),
    };
  });
  return { retention, rollups };
}

export function hasStoragePolicies(ms: MonitoredService): boolean {
  const r = ms.spec.retention;
  return Boolean(r?.metrics ?? r?.traces ?? r?.logs) || (ms.spec.rollups?.length ?? 0) > 0;
}

function statusOf(s: ServicePolicyState): Record<string, unknown> {
  return {
    name: s.name,
    state: s.state,
    ...(s.nextRunTime ? { nextRunTime: s.nextRunTime.toISOString() } : {}),
    ...(s.lastSuccessTime ? { lastSuccessTime: s.lastSuccessTime.toISOString() } : {}),
    consecutiveFailures: s.consecutiveFailures,
    ...(s.lastError ? { lastError: s.lastError } : {}),
    ...(s.message ? { message: s.message } : {}),
  };
}

export interface StoragePolicyOptions {
  /** How often policy states are read back to publish job runs (15 s). */
  pollMs?: number;
}

export class StoragePolicyComponent implements RuntimeComponent<Resolved<MonitoredService>> {
  /** Published policy states (as status entries) per objectKey. */
  private readonly published = new Map<string, Record<string, unknown>[]>();
  private readonly listeners = new Set<(key: string) => void>();
  private timer?: NodeJS.Timeout;

  /** `store` throws (retryably) until storage is ready; the controller's queue retries. */
  constructor(
    private readonly store: () => OpenMetricStore,
    private readonly options: StoragePolicyOptions = {},
  ) {}

  finalizers(desired: Resolved<MonitoredService>): string[] {
    return hasStoragePolicies(desired.object) ? [STORAGE_POLICIES_FINALIZER] : [];
  }

  async apply(key: string, desired: Resolved<MonitoredService>): Promise<void> {
    // Policies are only ever created under the finalizer: without both there is nothing to do,
    // and services without policies never depend on storage being up.
    const { object } = desired;
    if (!hasStoragePolicies(object) && !object.metadata.finalizers?.includes(STORAGE_POLICIES_FINALIZER)) {
      this.published.delete(key);
      return;
    }
    const states = await this.store().services.apply(serviceOf(key), desiredPolicies(desired.object));
    this.published.set(key, states.map(statusOf));
  }

  remove(): Promise<void> {
    return Promise.resolve();
  }

  async finalize(key: string): Promise<void> {
    await this.store().services.remove(serviceOf(key));
    this.published.delete(key);
  }

  figures(key: string): Record<string, unknown> {
    const states = this.published.get(key);
    return states && states.length > 0 ? { storagePolicies: states } : {};
  }

  watch(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    this.timer ??= setInterval(() => void this.poll(), this.options.pollMs ?? 15_000);
    this.timer.unref();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** Publishes job runs: keys whose policy states changed get their status written again. */
  private async poll(): Promise<void> {
    let all: Map<string, ServicePolicyState[]>;
    try {
      all = await this.store().services.allStates();
    } catch (err) {
      log.debug({ err: errorMessage(err) }, 'storage policy states unavailable');
      return;
    }
    for (const [key, before] of this.published) {
      const now = (all.get(serviceOf(key)) ?? []).map(statusOf);
      if (sameStatus(now, before)) continue;
      this.published.set(key, now);
      for (const l of this.listeners) l(key);
    }
  }
}
