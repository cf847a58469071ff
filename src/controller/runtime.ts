/**
 * The seam between the controller and what runs the desired state (scrape manager, rule manager,
 * notifier, storage policies), built elsewhere. The controller hands each component an object only
 * after every reference in it resolved and every expression compiled, with the Secret values it
 * needs; `remove` is called when the object is deleted or stops being usable.
 */
import type { AlertRule, KindName, MonitoredService, NotificationChannel, ScrapeTarget } from '../api/index.js';
import type { V1Pod } from '@kubernetes/client-node';
import type { TargetSet } from '../discovery/scrapetarget.js';
import type { Labels } from '../model/labels.js';
import type { Outcome } from './conditions.js';

/** Secret values an object references, by "secretName/key". */
export type SecretValues = ReadonlyMap<string, string>;

export interface Resolved<T> {
  object: T;
  secrets: SecretValues;
}

export interface RuntimeComponent<T> {
  /** Starts or updates what runs for `key` (an objectKey); must be idempotent. */
  apply(key: string, desired: T): Promise<void>;
  remove(key: string): Promise<void>;
  /** Live status fields the component knows for `key` (e.g. targets up), merged into its status. */
  figures?(key: string): Record<string, unknown>;
  /**
   * What running `key` showed, when it is not working although its spec is fine (e.g. a rule that
   * fails to evaluate): replaces a Ready outcome, so status never says Ready for what does not run.
   */
  outcome?(key: string): Outcome | undefined;
  /** Calls `listener` with a key whenever that key's figures changed, so its status is written again. */
  watch?(listener: (key: string) => void): () => void;
  /**
   * Finalizers the object must carry while the component runs `desired`: it then holds state
   * outside Kubernetes (e.g. storage policies) that `finalize` cleans up.
   */
  finalizers?(desired: T): string[];
  /** Cleans up that state once the object is deleted; the controller then drops the finalizers. */
  finalize?(key: string): Promise<void>;
}

/** Several components behind one: each gets every apply/remove; figures merge in order. */
export function combine<T>(...components: RuntimeComponent<T>[]): RuntimeComponent<T> {
  return {
    apply: async (key, desired) => {
      for (const c of components) await c.apply(key, desired);
    },
    remove: async (key) => {
      for (const c of components) await c.remove(key);
    },
    figures: (key) => Object.assign({}, ...components.map((c) => c.figures?.(key) ?? {})) as Record<string, unknown>,
    outcome: (key) => components.map((c) => c.outcome?.(key)).find((o) => o !== undefined),
    watch: (listener) => {
      const stops = components.map((c) => c.watch?.(listener) ?? (() => undefined));
      return () => stops.forEach((stop) => stop());
    },
    finalizers: (desired) => components.flatMap((c) => c.finalizers?.(desired) ?? []),
    finalize: async (key) => {
      for (const c of components) await c.finalize?.(key);
    },
  };
}

export interface Runtime {
  scrape: RuntimeComponent<Resolved<ScrapeTarget> & { targetSets: TargetSet[] }>;
  /** Storage policies, health checks and the scrape of a MonitoredService. */
  services: RuntimeComponent<Resolved<MonitoredService>>;
  rules: RuntimeComponent<Resolved<AlertRule>>;
  notifier: RuntimeComponent<Resolved<NotificationChannel>>;
  /** Targets a pod asks for through its annotations, keyed "Pod/<namespace>/<name>". */
  podTargets: RuntimeComponent<{ pod: V1Pod; targets: Labels[] }>;
}

export function componentFor(runtime: Runtime, kind: KindName): RuntimeComponent<never> {
  switch (kind) {
    case 'ScrapeTarget':
      return runtime.scrape;
    case 'MonitoredService':
      return runtime.services;
    case 'AlertRule':
      return runtime.rules;
    case 'NotificationChannel':
      return runtime.notifier;
  }
}

/** Accepts everything and remembers the latest desired state per key (until the managers land). */
export class AcceptingComponent<T> implements RuntimeComponent<T> {
  readonly desired = new Map<string, T>();

  apply(key: string, desired: T): Promise<void> {
    this.desired.set(key, desired);
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    this.desired.delete(key);
    return Promise.resolve();
  }
}

export function acceptingRuntime(): { [K in keyof Runtime]: Runtime[K] & AcceptingComponent<Parameters<Runtime[K]['apply']>[1]> } {
  return {
    scrape: new AcceptingComponent(),
    services: new AcceptingComponent(),
    rules: new AcceptingComponent(),
    notifier: new AcceptingComponent(),
    podTargets: new AcceptingComponent(),
  };
}
