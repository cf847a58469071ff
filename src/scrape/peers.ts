/**
 * Scrape shards derived from the ingest Deployment, when no static --scrape.shards is given: every
 * replica watches the Deployment's pods (by the labels the operator puts on them), sorts the
 * non-terminating ones by name, and takes shards = their count and index = its own position (its
 * pod name comes from the downward API, POD_NAME). Every replica sees the same list, so they agree
 * once their watches caught up; while they disagree (a pod just came or went) a target may briefly
 * be scraped twice or not at all. Jump hashing (shard.ts) means a change of N moves only the
 * targets that must move.
 *
 * A pod that was created but not yet started (Pending) counts: it scrapes its share as soon as it
 * runs, and a replica that never starts leaves its share unscraped until it is deleted, as a
 * Deployment replaces it.
 */
import { CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { ResilientInformer } from '../sources/kubernetes/informer.js';
import { logger } from '../util/log.js';
import type { Sharding } from './cluster.js';

const log = logger('scrape');

const live = (p: V1Pod): boolean => !p.metadata?.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

/** This replica's shard among its peers, or undefined while its own pod is not among them. */
export function peerSharding(pods: readonly V1Pod[], self: string): Sharding | undefined {
  const names = pods.filter(live).map((p) => p.metadata?.name ?? '').sort();
  const shardIndex = names.indexOf(self);
  return shardIndex < 0 ? undefined : { shards: names.length, shardIndex };
}

export interface PeerWatchOptions {
  namespace: string;
  podName: string;
  /** The labels of the ingest Deployment's pods. */
  labels: Record<string, string>;
  minBackoffMs?: number;
}

/** Watches the peer pods and reports this replica's sharding whenever it changes. */
export class PeerWatch {
  private readonly informer: ResilientInformer<V1Pod>;
  private last = '';

  constructor(
    kc: KubeConfig,
    private readonly options: PeerWatchOptions,
    private readonly onChange: (sharding: Sharding | undefined) => void,
  ) {
    const core = kc.makeApiClient(CoreV1Api);
    const labelSelector = Object.entries(options.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    this.informer = new ResilientInformer<V1Pod>(kc, {
      name: 'ingest peers',
      path: `/api/v1/namespaces/${options.namespace}/pods`,
      labelSelector,
      list: () => core.listNamespacedPod({ namespace: options.namespace, labelSelector }),
      onEvent: () => this.update(),
      minBackoffMs: options.minBackoffMs,
    });
  }

  /** Resolves after the first list, having reported the sharding it implies. */
  async start(): Promise<void> {
    await this.informer.start();
    this.update(true);
  }

  stop(): Promise<void> {
    return this.informer.stop();
  }

  private update(force = false): void {
    if (!this.informer.hasSynced) return;
    const sharding = peerSharding(this.informer.list(this.options.namespace), this.options.podName);
    const key = JSON.stringify(sharding ?? null);
    if (key === this.last && !force) return;
    this.last = key;
    if (!sharding) log.warn({ pod: this.options.podName, namespace: this.options.namespace }, 'own pod not among the ingest pods: scraping nothing until it appears');
    this.onChange(sharding);
  }
}
