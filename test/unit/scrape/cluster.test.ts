/** Pieces of cluster scraping that need no cluster: Secret values → scrape auth, shard choice. */
import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { scrapeSharding } from '../../../src/cli/cluster-scrape.js';
import { UsageError } from '../../../src/config/flags.js';
import { endpointAuth } from '../../../src/scrape/cluster.js';
import { peerSharding } from '../../../src/scrape/peers.js';

const endpoint = { path: '/metrics', scheme: 'https' as const, interval: '30s', scrapeTimeout: '10s', honorLabels: false, honorTimestamps: true };

describe('endpointAuth', () => {
  const secrets = new Map([
    ['creds/user', 'scraper'],
    ['creds/pass', 's3cret'],
    ['tls/ca', 'CA PEM'],
  ]);

  it('maps the referenced Secret keys to basic auth and TLS settings', () => {
    const auth = endpointAuth(
      { ...endpoint, basicAuth: { username: { name: 'creds', key: 'user' }, password: { name: 'creds', key: 'pass' } }, tlsConfig: { caSecret: { name: 'tls', key: 'ca' }, serverName: 'web', insecureSkipVerify: false } },
      secrets,
    );
    expect(auth).toEqual({ basicAuth: { username: 'scraper', password: 's3cret' }, tls: { ca: 'CA PEM', serverName: 'web', insecureSkipVerify: false } });
    expect(endpointAuth({ ...endpoint, bearerTokenSecret: { name: 'creds', key: 'pass' } }, secrets)).toEqual({ bearerToken: 's3cret' });
  });

  it('is undefined without references, and leaves out an optional key that is missing', () => {
    expect(endpointAuth(endpoint, secrets)).toBeUndefined();
    expect(endpointAuth({ ...endpoint, bearerTokenSecret: { name: 'creds', key: 'absent', optional: true } }, secrets)).toBeUndefined();
  });
});

describe('peerSharding', () => {
  const pod = (name: string, extra: Partial<V1Pod> = {}): V1Pod => ({ metadata: { name, ...extra.metadata }, status: extra.status ?? { phase: 'Pending' } });

  it('numbers the non-terminating pods by name', () => {
    const pods = [pod('ingest-c'), pod('ingest-a'), pod('ingest-b', { metadata: { name: 'ingest-b', deletionTimestamp: new Date() } }), pod('ingest-d', { status: { phase: 'Failed' } })];
    expect(peerSharding(pods, 'ingest-a')).toEqual({ shards: 2, shardIndex: 0 });
    expect(peerSharding(pods, 'ingest-c')).toEqual({ shards: 2, shardIndex: 1 });
    expect(peerSharding(pods, 'ingest-b')).toBeUndefined();
  });
});

describe('scrapeSharding', () => {
  it('takes static flags, else the pod identity, else one shard', () => {
    expect(scrapeSharding({ scrapeShards: 3, scrapeShardIndex: 2 }, { POD_NAME: 'x' })).toEqual({ shards: 3, shardIndex: 2 });
    expect(scrapeSharding({}, { POD_NAME: 'ingest-0', POD_NAMESPACE: 'sightline-system' })).toEqual({ podName: 'ingest-0', namespace: 'sightline-system' });
    expect(scrapeSharding({}, {})).toEqual({ shards: 1, shardIndex: 0 });
  });

  it.each([
    [{ scrapeShards: 2, scrapeShardIndex: 2 }, /invalid --scrape.shard-index 2: must be less than --scrape.shards 2/],
    [{ scrapeShards: 2 }, /--scrape.shards needs --scrape.shard-index/],
    [{ scrapeShardIndex: 0 }, /--scrape.shard-index needs --scrape.shards/],
  ])('rejects %o with a usage error', (config, message) => {
    expect(() => scrapeSharding(config, {})).toThrow(UsageError);
    expect(() => scrapeSharding(config, {})).toThrow(message);
  });
});
