/**
 * Scraping a cluster: the scrape manager kept converged with every ScrapeTarget, every
 * MonitoredService's metrics endpoint and every annotated pod a Kubernetes source watches.
 *
 * Target sets are recomputed as a whole (discovery over the informer caches is cheap) and handed
 * to the manager, whose sync is incremental: unchanged targets keep their loops. Changes are
 * coalesced: the first change after a sync schedules the next one `debounceMs` later and later
 * changes ride along, so a rollout of hundreds of pods costs a few syncs, not one per event, and
 * continuous churn still converges every `debounceMs`.
 *
 * Secrets the endpoints reference (basic auth, bearer token, TLS) are read by name with
 * resolveSecrets, as the operator's reconcile does, and read again every `secretsResyncMs` since
 * Secrets are not watched. An object whose Secrets do not resolve, or whose selector is invalid,
 * is not scraped (the operator reports why in its status); the others are unaffected.
 */
import type { CoreV1Api } from '@kubernetes/client-node';
import type { SightlineResource } from '../api/index.js';
import type { WatchedState } from '../controller/index.js';
import { resolveSecrets } from '../controller/references.js';
import type { SecretValues } from '../controller/runtime.js';
import { podTargetSet } from '../discovery/annotations.js';
import { monitoredServiceTargetSets } from '../discovery/monitoredservice.js';
import { targetSetsFor, type ScrapeEndpointSpec, type TargetSet } from '../discovery/scrapetarget.js';
import { objectKey } from '../sources/types.js';
import type { MetricStore } from '../storage/api.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import type { ResolvedAuth } from './http.js';
import type { Scraping } from './index.js';
import { ScrapeManager, type ScrapeManagerOptions } from './manager.js';

const log = logger('scrape');

export type ScrapedCluster = Pick<WatchedState, 'list' | 'get' | 'subscribe' | 'onClusterChange' | 'pods' | 'services' | 'endpointSlices'>;

export interface Sharding {
  shards: number;
  shardIndex: number;
}

export interface ClusterScrapingOptions extends Pick<ScrapeManagerOptions, 'bodySizeLimit'> {
  core: CoreV1Api;
  /** This instance's shard; undefined scrapes nothing until setSharding() (peer-derived sharding before its first list). */
  sharding: Sharding | undefined;
  /** Window in which cluster changes are applied together; default 1 s. */
  debounceMs?: number;
  /** How often referenced Secrets are read again; default 30 s. */
  secretsResyncMs?: number;
}

export interface ClusterScraping extends Scraping {
  /** Moves this instance to another shard (or to none) and syncs at once. */
  setSharding(sharding: Sharding | undefined): Promise<void>;
}

/** The Secret values an endpoint references, as the scrape client takes them. */
export function endpointAuth(ep: ScrapeEndpointSpec, secrets: SecretValues): ResolvedAuth | undefined {
  const value = (ref: { name: string; key: string } | undefined): string | undefined => (ref ? secrets.get(`${ref.name}/${ref.key}`) : undefined);
  const auth: ResolvedAuth = {};
  const tls = ep.tlsConfig;
  if (tls) {
    auth.tls = {};
    const ca = value(tls.caSecret);
    const cert = value(tls.certSecret);
    const key = value(tls.keySecret);
    if (ca !== undefined) auth.tls.ca = ca;
    if (cert !== undefined) auth.tls.cert = cert;
    if (key !== undefined) auth.tls.key = key;
    if (tls.serverName !== undefined) auth.tls.serverName = tls.serverName;
    if (tls.insecureSkipVerify !== undefined) auth.tls.insecureSkipVerify = tls.insecureSkipVerify;
  }
  const username = value(ep.basicAuth?.username);
  const password = value(ep.basicAuth?.password);
  if (username !== undefined && password !== undefined) auth.basicAuth = { username, password };
  const token = value(ep.bearerTokenSecret);
  if (token !== undefined) auth.bearerToken = token;
  return Object.keys(auth).length > 0 ? auth : undefined;
}

const scraped = (o: SightlineResource): boolean => o.kind === 'ScrapeTarget' || o.kind === 'MonitoredService';

function sameValues(a: SecretValues | undefined, b: SecretValues): boolean {
  return a !== undefined && a.size === b.size && [...b].every(([k, v]) => a.get(k) === v);
}

export async function startClusterScraping(source: ScrapedCluster, store: MetricStore, options: ClusterScrapingOptions): Promise<ClusterScraping> {
  const auths = new Map<string, ResolvedAuth | undefined>();
  const manager = new ScrapeManager(store, { ...options, ...options.sharding, auth: (set) => auths.get(set.key) });
  /** Objects whose Secret references resolved, with their values. */
  const secrets = new Map<string, SecretValues>();
  /** Why an object is not scraped, so each problem is logged once. */
  const problems = new Map<string, string>();
  let active = options.sharding !== undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const report = (key: string, problem: string): void => {
    if (problems.get(key) === problem) return;
    problems.set(key, problem);
    log.warn({ object: key, problem }, 'not scraping this object');
  };

  const targetSets = (): TargetSet[] => {
    auths.clear();
    if (!active) return [];
    const sets: TargetSet[] = [];
    for (const [key, values] of secrets) {
      const o = source.get(key);
      try {
        const own = o?.kind === 'ScrapeTarget' ? targetSetsFor(o, source) : o?.kind === 'MonitoredService' ? monitoredServiceTargetSets(o, source) : [];
        for (const set of own) auths.set(set.key, endpointAuth(set.endpoint, values));
        sets.push(...own);
        problems.delete(key);
      } catch (err) {
        report(key, errorMessage(err));
      }
    }
    for (const pod of source.pods()) {
      const set = podTargetSet(pod);
      if (set) sets.push(set);
    }
    return sets;
  };

  const sync = (): Promise<void> => manager.sync(targetSets()).catch((err: unknown) => log.error({ err: errorMessage(err) }, 'scrape sync failed'));
  const schedule = (): void => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void sync();
    }, options.debounceMs ?? 1000);
  };

  /** Reads the object's Secrets; true when what is scraped may have changed. */
  const resolve = async (o: SightlineResource): Promise<boolean> => {
    const key = objectKey(o);
    try {
      const result = await resolveSecrets(options.core, o.metadata.namespace ?? 'default', o.spec);
      if (!source.get(key)) return false;
      if (!result.ok) {
        report(key, result.outcome.message ?? 'its Secret references do not resolve');
        return secrets.delete(key);
      }
      const changed = !sameValues(secrets.get(key), result.values);
      secrets.set(key, result.values);
      return changed;
    } catch (err) {
      // Kubernetes unreachable or forbidden: keep scraping with the values read last.
      report(key, `could not read its Secrets: ${errorMessage(err)}`);
      return false;
    }
  };

  const unsubscribe = source.subscribe((e) => {
    if (!scraped(e.object)) return;
    if (e.type !== 'deleted') {
      void resolve(e.object).then(schedule);
      return;
    }
    secrets.delete(objectKey(e.object));
    problems.delete(objectKey(e.object));
    schedule();
  });
  const unwatch = source.onClusterChange(schedule);
  const resync = setInterval(() => {
    void Promise.all(source.list().filter(scraped).map(resolve)).then((changed) => changed.some(Boolean) && schedule());
  }, options.secretsResyncMs ?? 30_000);
  resync.unref();

  await Promise.all(source.list().filter(scraped).map(resolve));
  await sync();
  return {
    manager,
    setSharding: (sharding) => {
      active = sharding !== undefined;
      if (sharding) manager.setSharding(sharding.shards, sharding.shardIndex);
      log.info(sharding ? { shards: sharding.shards, shardIndex: sharding.shardIndex } : { shards: 'unknown' }, sharding ? 'scrape shard assigned' : 'own scrape shard unknown: scraping nothing');
      return sync();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(resync);
      unsubscribe();
      unwatch();
      await manager.stop();
    },
  };
}
