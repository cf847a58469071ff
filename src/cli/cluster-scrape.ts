/**
 * Wiring of cluster scraping into a running server, shared by `sightline ingest` (its shard of the
 * targets) and `sightline operator` without an ingest tier (every target, one shard).
 */
import { existsSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { UsageError } from '../config/flags.js';
import type { IngestReplicaConfig } from '../config/index.js';
import { INGEST_SELECTOR } from '../controller/ingest.js';
import { startClusterScraping, type ClusterScraping, type ScrapedCluster, type Sharding } from '../scrape/cluster.js';
import { PeerWatch } from '../scrape/peers.js';
import { reportTargetState } from '../scrape/state.js';
import { KubernetesSource } from '../sources/kubernetes/index.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { loadKubeConfig } from './operator.js';
import type { RunningServer } from './server.js';

const log = logger('cli');

/** Where the ingest replica's own pod is, from the downward API (set by the operator's Deployment). */
export interface PeerIdentity {
  podName: string;
  namespace: string;
}

/** Static sharding from the flags, peer-derived sharding from POD_NAME/POD_NAMESPACE, or one shard. Throws UsageError. */
export function scrapeSharding(config: Pick<IngestReplicaConfig, 'scrapeShards' | 'scrapeShardIndex'>, env: NodeJS.ProcessEnv): Sharding | PeerIdentity {
  const { scrapeShards: shards, scrapeShardIndex: index } = config;
  if (shards === undefined && index !== undefined) throw new UsageError('--scrape.shard-index needs --scrape.shards (or SIGHTLINE_SCRAPE_SHARDS)');
  if (shards !== undefined) {
    if (index === undefined) throw new UsageError('--scrape.shards needs --scrape.shard-index (or SIGHTLINE_SCRAPE_SHARD_INDEX): this replica\'s shard, from 0');
    if (index >= shards) throw new UsageError(`invalid --scrape.shard-index ${index}: must be less than --scrape.shards ${shards} (shards are numbered from 0)`);
    return { shards, shardIndex: index };
  }
  if (env.POD_NAME) return { podName: env.POD_NAME, namespace: env.POD_NAMESPACE || 'default' };
  return { shards: 1, shardIndex: 0 };
}

/** A Kubernetes configuration when one is present (flag, $KUBECONFIG, ~/.kube/config, in-cluster), else undefined. */
export function findKubeConfig(path: string | undefined, env: NodeJS.ProcessEnv = process.env): KubeConfig | undefined {
  const inCluster = env.KUBERNETES_SERVICE_HOST !== undefined && existsSync('/var/run/secrets/kubernetes.io/serviceaccount/token');
  if (!path && !env.KUBECONFIG && !existsSync(join(homedir(), '.kube', 'config')) && !inCluster) return undefined;
  return loadKubeConfig(path);
}

/**
 * Scrapes what `source` watches into the server's store, stopped with the server. With a peer
 * identity the shard follows the ingest pods; until that watch has listed, nothing is scraped.
 */
export async function scrapeCluster(server: RunningServer, kc: KubeConfig, source: ScrapedCluster, sharding: Sharding | PeerIdentity): Promise<ClusterScraping> {
  const peers = 'podName' in sharding ? sharding : undefined;
  const scraping = await startClusterScraping(source, server.storage.metrics, { core: kc.makeApiClient(CoreV1Api), sharding: peers ? undefined : (sharding as Sharding) });
  server.lifecycle.add({ name: 'scraping', stop: () => scraping.stop() });
  // The operator shows what every scraping process reports in its objects' status.
  void server.storage.whenReady().then(() => {
    const reporter = reportTargetState(scraping.manager, server.storage, peers?.podName ?? `${hostname()}/${process.pid}`);
    server.lifecycle.add({ name: 'scrape target state', stop: () => reporter.stop() });
  });
  if (peers) {
    const watch = new PeerWatch(kc, { ...peers, labels: INGEST_SELECTOR }, (s) => void scraping.setSharding(s));
    // Registered before scraping stops: no re-shard runs while the loops write their last markers.
    server.lifecycle.add({ name: 'ingest peers', stop: () => watch.stop() }, 'intake');
    watch.start().catch((err: unknown) => log.error({ err: errorMessage(err) }, 'cannot watch the ingest pods'));
  }
  return scraping;
}

/**
 * `sightline ingest`'s cluster scraping: its own Kubernetes source, started in the background so a
 * replica that cannot read Kubernetes keeps serving ingest (and says so) while it retries.
 */
export function scrapeClusterInBackground(server: RunningServer, kc: KubeConfig, config: IngestReplicaConfig, sharding: Sharding | PeerIdentity, ready: (s: ClusterScraping) => void): void {
  const source = new KubernetesSource(kc, { namespace: config.watchNamespace });
  server.lifecycle.add({ name: 'kubernetes source', stop: () => source.stop() });
  const where = { server: kc.getCurrentCluster()?.server, namespace: config.watchNamespace ?? '(all)', user: kc.getCurrentUser()?.name };
  const slow = setTimeout(() => {
    log.error(where, 'cannot read Kubernetes (see the watch errors above): not scraping the cluster until it can; ingest keeps serving');
  }, 10_000);
  slow.unref();
  source
    .start()
    .then(async () => {
      clearTimeout(slow);
      const scraping = await scrapeCluster(server, kc, source, sharding);
      ready(scraping);
      log.info({ ...where, sharding }, 'scraping the cluster');
    })
    .catch((err: unknown) => log.error({ err: errorMessage(err) }, 'cluster scraping failed to start; ingest keeps serving'));
}
