/**
 * The scrape manager: owns one loop per target of this shard and reconciles them against the
 * desired target sets. `sync()` is incremental and level-triggered: a loop keeps running while its
 * target's labels and its settings are unchanged; a settings change restarts it carrying its
 * staleness tracking over; a removed target stops with staleness markers for all its series.
 */
import { compileRelabelConfigs } from '../discovery/relabel.js';
import type { TargetSet } from '../discovery/scrapetarget.js';
import type { Labels } from '../model/labels.js';
import type { MetricStore } from '../storage/api.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import type { ResolvedAuth } from './http.js';
import { ScrapeLoop, type LoopSettings, type SeriesRef, type TargetHealth } from './loop.js';
import { shardOf } from './shard.js';
import { targetsOfSet, type DroppedTarget, type Target } from './target.js';

const log = logger('scrape');

export interface ScrapeManagerOptions {
  /** Total shards (`--scrape.shards`) and this instance's index (`--scrape.shard-index`). */
  shards?: number;
  shardIndex?: number;
  /** Largest decompressed page in bytes; a larger one fails the scrape. 0: no limit. */
  bodySizeLimit?: number;
  /** Secret values for a target set's endpoint (TLS, basic auth, bearer token), resolved by the caller. */
  auth?: (set: TargetSet) => ResolvedAuth | undefined;
}

export const DEFAULT_BODY_SIZE_LIMIT = 128 * 1024 * 1024;

export interface ActiveTarget extends TargetHealth {
  target: Target;
}

/** What a ScrapeTarget's status reports for one endpoint (target set). */
export interface TargetSetSummary {
  /** Targets discovered before relabeling (all shards). */
  discovered: number;
  /** Targets this instance scrapes. */
  active: number;
  up: number;
  down: number;
  lastScrapeTime: Date | undefined;
  /** A configuration error, the target limit breach, or the most recent scrape error. */
  lastError: string;
}

interface SetState {
  set: TargetSet;
  discovered: number;
  dropped: DroppedTarget[];
  errors: string[];
  loopIds: string[];
}

export class ScrapeManager {
  private readonly loops = new Map<string, ScrapeLoop>();
  private readonly fingerprints = new Map<string, string>();
  private sets = new Map<string, SetState>();
  private queue: Promise<void> = Promise.resolve();
  private shards = 1;
  private shardIndex = 0;

  constructor(
    private readonly store: MetricStore,
    private readonly options: ScrapeManagerOptions = {},
  ) {
    this.setSharding(options.shards ?? 1, options.shardIndex ?? 0);
  }

  /** Changes this instance's shard (e.g. when the set of ingest replicas changes); the next sync() applies it. */
  setSharding(shards: number, shardIndex: number): void {
    if (!Number.isInteger(shards) || shards < 1 || !Number.isInteger(shardIndex) || shardIndex < 0 || shardIndex >= shards) {
      throw new RangeError(`invalid sharding: shard index ${shardIndex} of ${shards} shards`);
    }
    this.shards = shards;
    this.shardIndex = shardIndex;
  }

  get sharding(): { shards: number; shardIndex: number } {
    return { shards: this.shards, shardIndex: this.shardIndex };
  }

  /** Converges the running loops to these target sets (the complete desired state). Calls run in order. */
  sync(sets: readonly TargetSet[]): Promise<void> {
    // A failed sync must not block the ones after it.
    this.queue = this.queue.catch(() => undefined).then(() => this.apply(sets));
    return this.queue;
  }

  /** Stops every loop, writing staleness markers. */
  stop(): Promise<void> {
    return this.sync([]);
  }

  private async apply(sets: readonly TargetSet[]): Promise<void> {
    const wanted = new Map<string, { target: Target; settings: LoopSettings; fingerprint: string }>();
    const states = new Map<string, SetState>();
    for (const set of sets) {
      const state: SetState = { set, discovered: set.groups.reduce((n, g) => n + g.targets.length, 0), dropped: [], errors: [], loopIds: [] };
      states.set(set.key, state);
      try {
        const { active, dropped, errors, limitError } = targetsOfSet(set);
        state.dropped = dropped;
        state.errors = limitError ? [limitError, ...errors] : errors;
        const auth = this.options.auth?.(set);
        // What the loop settings are made of, as they appear in the spec: compiled rules do not compare.
        const fingerprint = JSON.stringify([set.endpoint.honorLabels, set.endpoint.honorTimestamps, set.limits, set.endpoint.metricRelabelings, auth, limitError]);
        const settings: LoopSettings = {
          honorLabels: set.endpoint.honorLabels,
          honorTimestamps: set.endpoint.honorTimestamps,
          sampleLimit: set.limits.sampleLimit,
          labelLimit: set.limits.labelLimit,
          bodySizeLimit: this.options.bodySizeLimit ?? DEFAULT_BODY_SIZE_LIMIT,
          metricRelabelings: compileRelabelConfigs(set.endpoint.metricRelabelings ?? []),
          auth,
          forcedError: limitError,
        };
        for (const target of active) {
          if (shardOf(target.labels, this.shards) !== this.shardIndex) continue;
          wanted.set(target.id, { target, settings, fingerprint });
          state.loopIds.push(target.id);
        }
      } catch (err) {
        state.errors = [errorMessage(err)];
      }
      for (const e of state.errors) log.warn({ targetSet: set.key, err: e }, 'target set has errors');
    }
    this.sets = states;

    const stops: Promise<unknown>[] = [];
    let started = 0;
    let restarted = 0;
    for (const [id, loop] of [...this.loops]) {
      const next = wanted.get(id);
      if (next && this.fingerprints.get(id) === next.fingerprint) continue;
      this.loops.delete(id);
      this.fingerprints.delete(id);
      // Same target with other settings: the new loop takes over its series without markers.
      const stopping = loop.stop(next === undefined);
      stops.push(stopping);
      if (next) {
        restarted++;
        this.startLoop(id, next, await stopping);
      }
    }
    for (const [id, next] of wanted) {
      if (this.loops.has(id)) continue;
      this.startLoop(id, next, []);
      started++;
    }
    await Promise.all(stops);
    if (started + restarted + stops.length > 0) log.info({ loops: this.loops.size, started, restarted, stopped: stops.length - restarted }, 'scrape loops synced');
  }

  private startLoop(id: string, next: { target: Target; settings: LoopSettings; fingerprint: string }, inherited: SeriesRef[]): void {
    const loop = new ScrapeLoop(next.target, next.settings, this.store, inherited);
    this.loops.set(id, loop);
    this.fingerprints.set(id, next.fingerprint);
    loop.start();
  }

  /** Targets for the targets API: this shard's active targets with their health, and dropped ones. */
  targets(): { active: ActiveTarget[]; dropped: DroppedTarget[] } {
    const active: ActiveTarget[] = [];
    const dropped: DroppedTarget[] = [];
    for (const state of this.sets.values()) {
      dropped.push(...state.dropped);
      for (const id of state.loopIds) {
        const loop = this.loops.get(id);
        if (loop) active.push({ target: loop.target, ...loop.state });
      }
    }
    return { active, dropped };
  }

  /** Per target set (ScrapeTarget endpoint), what its status should report. */
  summaries(): Map<string, TargetSetSummary> {
    const out = new Map<string, TargetSetSummary>();
    for (const [key, state] of this.sets) {
      const summary: TargetSetSummary = { discovered: state.discovered, active: 0, up: 0, down: 0, lastScrapeTime: undefined, lastError: state.errors[0] ?? '' };
      let lastErrorAt = 0;
      for (const id of state.loopIds) {
        const s = this.loops.get(id)?.state;
        if (!s) continue;
        summary.active++;
        if (s.health === 'up') summary.up++;
        if (s.health === 'down') summary.down++;
        const at = s.lastScrape?.getTime() ?? 0;
        if (at > (summary.lastScrapeTime?.getTime() ?? 0)) summary.lastScrapeTime = s.lastScrape;
        if (s.lastError && state.errors.length === 0 && at >= lastErrorAt) {
          summary.lastError = s.lastError;
          lastErrorAt = at;
        }
      }
      out.set(key, summary);
    }
    return out;
  }

  /** Loop count, e.g. for tests and status. */
  get loopCount(): number {
    return this.loops.size;
  }

  /** The running loop of a target with these labels, if this instance scrapes it. */
  loopFor(labels: Labels): ScrapeLoop | undefined {
    for (const loop of this.loops.values()) if (sameLabels(loop.target.labels, labels)) return loop;
    return undefined;
  }
}

function sameLabels(a: Labels, b: Labels): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
