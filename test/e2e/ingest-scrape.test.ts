/**
 * `sightline ingest` scraping the cluster: real kube-apiserver, real PostgreSQL, real loopback
 * targets. No kubelet runs, so pods get status.podIP 127.0.0.1 and phase Running through the
 * status subresource, and their container ports are loopback servers serving exposition pages.
 *
 * - A ScrapeTarget (with basic auth from a Secret), a MonitoredService's metrics endpoint and an
 *   annotated pod are all scraped by an ingest process whose token is bound to exactly the
 *   shipped ingest ClusterRole; checked through PromQL (`up` = 1 with the expected labels).
 * - A replica whose ServiceAccount may read nothing keeps receiving pushed data and logs why.
 * - Static sharding: every target is scraped by exactly one of 2, then 3 processes, and going
 *   from 2 to 3 moves targets only to the new shard.
 * - Peer-derived sharding: two processes with POD_NAME split the targets by their order among the
 *   ingest pods, and the survivor takes everything once its peer's pod is deleted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INGEST_SELECTOR } from '../../src/controller/ingest.js';
import { shardOf } from '../../src/scrape/shard.js';
import { LOOPBACK_OTLP, SightlineProcess } from '../support/cli.js';
import { postgresTestUrl } from '../support/db.js';
import { adminKubeConfig, createServiceAccountToken, kubeconfigYaml, uniqueNamespace } from '../support/kube.js';
import { eventually, ingestToken, installCrds } from '../support/kube-operator.js';
import { freePort } from '../support/postgres.js';
import { startTarget, type FixtureTarget } from '../support/scrape-targets.js';

const PAGE = '# TYPE demo_value gauge\ndemo_value 1\n';
const FAST = { interval: '1s', scrapeTimeout: '1s' };

const kube = inject('kube');
let admin: KubeConfig;
let ns: string;
let dir: string;
let kubeconfig: string;
let storage: string;
const servers: FixtureTarget[] = [];
const procs: SightlineProcess[] = [];

beforeAll(async () => {
  if (!kube) throw new Error('no kube-apiserver provided');
  await installCrds(kube);
  admin = adminKubeConfig(kube);
  ns = uniqueNamespace('ingest-scrape');
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
  dir = await mkdtemp(join(tmpdir(), 'sightline-ingest-scrape-'));
  kubeconfig = join(dir, 'kubeconfig');
  await writeFile(kubeconfig, kubeconfigYaml(kube.url, kube.caCert, 'sightline-ingest', await ingestToken(kube, ns)), { mode: 0o600 });
  storage = await postgresTestUrl();
});

afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop()));
  await Promise.all(servers.map((s) => s.close()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function target(page = PAGE): Promise<FixtureTarget> {
  const t = await startTarget(page);
  servers.push(t);
  return t;
}

const portOf = (t: FixtureTarget): number => Number(t.address.slice(t.address.lastIndexOf(':') + 1));

/** A pod as the kubelet would report it running on loopback. */
async function runningPod(name: string, labels: Record<string, string>, ports: { name?: string; containerPort: number }[], annotations: Record<string, string> = {}): Promise<void> {
  const core = admin.makeApiClient(CoreV1Api);
  const pod = await core.createNamespacedPod({ namespace: ns, body: { metadata: { name, labels, annotations }, spec: { containers: [{ name: 'app', image: 'example/app', ports }] } } });
  await core.replaceNamespacedPodStatus({ namespace: ns, name, body: { ...pod, status: { phase: 'Running', podIP: '127.0.0.1', podIPs: [{ ip: '127.0.0.1' }] } } });
}

async function apply(plural: string, kind: string, name: string, spec: Record<string, unknown>): Promise<void> {
  await admin.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
    group: 'monitoring.sightline.dev',
    version: 'v1alpha1',
    namespace: ns,
    plural,
    body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind, metadata: { name }, spec },
  });
}

async function ingest(args: string[] = [], env: Record<string, string> = {}): Promise<SightlineProcess> {
  const proc = SightlineProcess.start(['ingest', '--storage', storage, ...LOOPBACK_OTLP, '--kubeconfig', kubeconfig, '--watch-namespace', ns, ...args], await freePort(), env);
  procs.push(proc);
  await proc.waitFor('/-/ready');
  return proc;
}

async function stop(...ps: SightlineProcess[]): Promise<void> {
  for (const p of ps) expect(await p.stop()).toBe(0);
}

type Series = { metric: Record<string, string>; value: [number, string] };

async function query(proc: SightlineProcess, q: string): Promise<Series[]> {
  const body = (await (await fetch(`${proc.url}/api/v1/query?query=${encodeURIComponent(q)}`)).json()) as { status: string; data: { result: Series[] } };
  expect(body.status).toBe('success');
  return body.data.result;
}

/** Instances of a scrape pool this process scrapes, once each has been scraped. */
async function scrapedInstances(proc: SightlineProcess, poolPrefix: string): Promise<string[]> {
  const body = (await (await fetch(`${proc.url}/api/v1/targets?state=active`)).json()) as {
    data: { activeTargets: { scrapePool: string; labels: Record<string, string>; health: string }[] };
  };
  const mine = body.data.activeTargets.filter((t) => t.scrapePool.startsWith(poolPrefix));
  for (const t of mine) if (t.health !== 'up') throw new Error(`${t.labels.instance} is ${t.health}`);
  return mine.map((t) => t.labels.instance!).sort();
}

describe('sightline ingest scraping the cluster', () => {
  it('scrapes a ScrapeTarget with basic auth, a MonitoredService and an annotated pod on the ingest role', async () => {
    const web = await target();
    web.handle((req, res) => {
      const ok = req.headers.authorization === `Basic ${Buffer.from('scraper:s3cret').toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'text/plain; version=0.0.4' });
      res.end(ok ? PAGE : 'unauthorized');
    });
    const checkout = await target();
    const annotated = await target();
    await admin.makeApiClient(CoreV1Api).createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'web-scrape' }, stringData: { username: 'scraper', password: 's3cret' } } });
    await runningPod('web-0', { app: 'web' }, [{ name: 'metrics', containerPort: portOf(web) }]);
    await runningPod('checkout-0', { app: 'checkout' }, [{ name: 'http-metrics', containerPort: portOf(checkout) }]);
    await runningPod('batch-0', { app: 'batch' }, [{ containerPort: portOf(annotated) }], {
      'metrics.sightline.dev/endpoints': JSON.stringify([{ port: portOf(annotated), interval: '1s' }]),
      'metrics.sightline.dev/job': 'batch',
    });

    const proc = await ingest();
    await apply('scrapetargets', 'ScrapeTarget', 'web', {
      role: 'pod',
      selector: { matchLabels: { app: 'web' } },
      endpoints: [{ port: 'metrics', ...FAST, basicAuth: { username: { name: 'web-scrape', key: 'username' }, password: { name: 'web-scrape', key: 'password' } } }],
    });
    await apply('monitoredservices', 'MonitoredService', 'checkout', { selector: { matchLabels: { app: 'checkout' } }, metrics: { port: 'http-metrics', ...FAST } });

    const up = await eventually(async () => {
      const series = await query(proc, `up{namespace="${ns}"}`);
      expect(series.map((s) => s.metric.job).sort()).toEqual(['batch', `${ns}/checkout`, `${ns}/web`]);
      expect(series.every((s) => s.value[1] === '1')).toBe(true);
      return series;
    }, 20_000);
    const labels = (job: string) => up.find((s) => s.metric.job === job)!.metric;
    expect(labels(`${ns}/web`)).toEqual({ __name__: 'up', job: `${ns}/web`, instance: web.address, namespace: ns, pod: 'web-0', container: 'app', endpoint: 'metrics' });
    expect(labels(`${ns}/checkout`)).toEqual({ __name__: 'up', job: `${ns}/checkout`, instance: checkout.address, namespace: ns, pod: 'checkout-0', container: 'app', endpoint: 'http-metrics' });
    expect(labels('batch')).toMatchObject({ job: 'batch', instance: annotated.address, namespace: ns, pod: 'batch-0', container: 'app', app: 'batch' });
    expect(await query(proc, `demo_value{job="${ns}/web"}`)).toHaveLength(1);

    // Pod churn: a deleted pod's target stops and its series go stale at once.
    await admin.makeApiClient(CoreV1Api).deleteNamespacedPod({ namespace: ns, name: 'batch-0', gracePeriodSeconds: 0 });
    await eventually(async () => expect(await query(proc, 'up{job="batch"}')).toEqual([]), 20_000);
    await stop(proc);
  }, 90_000);

  it('keeps receiving when it may not read Kubernetes, and says why', async () => {
    const unbound = join(dir, 'unbound');
    await writeFile(unbound, kubeconfigYaml(kube!.url, kube!.caCert, 'nobody', await createServiceAccountToken(kube!, ns, 'nobody', { ensure: true })), { mode: 0o600 });
    const proc = SightlineProcess.start(['ingest', '--storage', storage, ...LOOPBACK_OTLP, '--kubeconfig', unbound], await freePort());
    procs.push(proc);
    await proc.waitFor('/-/ready');
    expect((await fetch(`${proc.url}/api/v1/push/job/cron`, { method: 'PUT', body: 'backups_done 1\n' })).status).toBe(200);
    expect(await query(proc, 'backups_done{job="cron"}')).toHaveLength(1);
    await eventually(() => {
      expect(proc.logs()).toMatch(/pods is forbidden.*watch failed; reconnecting/);
      expect(proc.logs()).toContain('cannot read Kubernetes (see the watch errors above): not scraping the cluster until it can; ingest keeps serving');
    }, 20_000, 500);
    await stop(proc);
  });

  describe('sharding', () => {
    let addresses: string[];

    beforeAll(async () => {
      addresses = await Promise.all(Array.from({ length: 12 }, async () => (await target()).address));
      await apply('scrapetargets', 'ScrapeTarget', 'fleet', { staticTargets: addresses, endpoints: [FAST] });
    });

    const pool = (): string => `${ns}/fleet/`;
    const ownerOf = (shares: string[][]): Map<string, number> => new Map(shares.flatMap((s, i) => s.map((a) => [a, i] as const)));

    /** Each process's share once together they cover every target exactly once. */
    async function shares(ps: SightlineProcess[]): Promise<string[][]> {
      return eventually(async () => {
        const s = await Promise.all(ps.map((p) => scrapedInstances(p, pool())));
        expect(s.flat().sort()).toEqual([...addresses].sort());
        return s;
      }, 30_000, 200);
    }

    it('splits the targets over static shards, each scraped once, and moves only what must move from 2 to 3 shards', async () => {
      const two = await Promise.all([0, 1].map((i) => ingest(['--scrape.shards', '2', '--scrape.shard-index', String(i)])));
      const before = await shares(two);
      expect(before.every((s) => s.length > 0)).toBe(true);
      for (const [i, share] of before.entries()) for (const a of share) expect(shardOf({ job: `${ns}/fleet`, instance: a }, 2)).toBe(i);
      // Stored samples: one `up` per target and scrape, not one per process (1 s interval → ≤ 6 samples in 5 s).
      await new Promise((r) => setTimeout(r, 5_000));
      const counts = await query(two[0]!, `count_over_time(up{job="${ns}/fleet"}[5s])`);
      expect(counts).toHaveLength(12);
      for (const c of counts) expect(Number(c.value[1])).toBeLessThanOrEqual(6);
      await stop(...two);

      const three = await Promise.all([0, 1, 2].map((i) => ingest(['--scrape.shards', '3', '--scrape.shard-index', String(i)])));
      const after = ownerOf(await shares(three));
      const old = ownerOf(before);
      const moved = addresses.filter((a) => after.get(a) !== old.get(a));
      for (const a of moved) expect(after.get(a)).toBe(2);
      expect(moved.length).toBeGreaterThan(0);
      expect(moved.length).toBeLessThan(addresses.length);
      await stop(...three);
    }, 120_000);

    it('rejects a shard index outside the shards with a usage error', async () => {
      const bad = SightlineProcess.start(['ingest', '--storage', storage, ...LOOPBACK_OTLP, '--scrape.shards', '2', '--scrape.shard-index', '2'], await freePort());
      expect(await bad.exited).toBe(2);
      expect(bad.logs()).toContain('invalid --scrape.shard-index 2: must be less than --scrape.shards 2');
    });

    it('derives shards from the ingest pods and re-shards when one goes away', async () => {
      const core = admin.makeApiClient(CoreV1Api);
      for (const name of ['sightline-ingest-a', 'sightline-ingest-b']) {
        await core.createNamespacedPod({ namespace: ns, body: { metadata: { name, labels: INGEST_SELECTOR }, spec: { containers: [{ name: 'ingest', image: 'example/sightline' }] } } });
      }
      const [a, b] = await Promise.all(['a', 'b'].map((x) => ingest([], { POD_NAME: `sightline-ingest-${x}`, POD_NAMESPACE: ns })));
      const [shareA, shareB] = await shares([a!, b!]);
      expect(shareA!.length).toBeGreaterThan(0);
      expect(shareB!.length).toBeGreaterThan(0);
      for (const x of shareA!) expect(shardOf({ job: `${ns}/fleet`, instance: x }, 2)).toBe(0);

      // Unscheduled pods are deleted at once (no kubelet to wait for).
      await core.deleteNamespacedPod({ namespace: ns, name: 'sightline-ingest-b' });
      await eventually(async () => {
        expect(await scrapedInstances(a!, pool())).toEqual([...addresses].sort());
        expect(await scrapedInstances(b!, pool())).toEqual([]);
      }, 30_000, 200);
      await stop(a!, b!);
    }, 120_000);
  });
});
