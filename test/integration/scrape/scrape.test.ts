import { gzipSync } from 'node:zlib';
import { register } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { isStaleMarker } from '../../../src/model/samples.js';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { ACCEPT_HEADER } from '../../../src/scrape/http.js';
import type { Series } from '../../../src/storage/api.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { SightlineError } from '../../../src/util/errors.js';
import { startTarget, targetSets, waitFor, type FixtureTarget } from '../../support/scrape-targets.js';

const PAGE = `# HELP http_requests_total Requests.
# TYPE http_requests_total counter
http_requests_total{code="200",method="get"} 1027
http_requests_total{code="500",method="get"} 3
# TYPE temperature gauge
temperature 21.5
`;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function target(page = PAGE): Promise<FixtureTarget> {
  const t = await startTarget(page);
  cleanup.push(() => t.close());
  return t;
}

function manager(store: MemoryStorage, options: ConstructorParameters<typeof ScrapeManager>[1] = {}): ScrapeManager {
  const m = new ScrapeManager(store, options);
  cleanup.push(() => m.stop());
  return m;
}

async function select(store: MemoryStorage, name: string, extra: Record<string, string> = {}): Promise<Series[]> {
  const matchers = [{ name: '__name__', type: '=' as const, value: name }, ...Object.entries(extra).map(([n, v]) => ({ name: n, type: '=' as const, value: v }))];
  return store.querier().select(matchers, 0, Date.now() + 60_000);
}

function values(s: Series | undefined): number[] {
  return s ? [...s.values] : [];
}

/** Resolves once `up` for the target has this many samples. */
async function scrapes(store: MemoryStorage, instance: string, n: number): Promise<number[]> {
  return waitFor(async () => {
    const v = values((await select(store, 'up', { instance }))[0]);
    return v.length >= n ? v : undefined;
  });
}

function lastError(m: ScrapeManager, instance: string): string {
  return m.targets().active.find((a) => a.target.labels.instance === instance)?.lastError ?? '';
}

describe('scrape loop', () => {
  it('stores the page with target labels and synthetic series, sending Prometheus 3 headers', async () => {
    const t = await target();
    const store = new MemoryStorage();
    await manager(store).sync(targetSets('web', [t.address], { params: { module: ['http_2xx'] } }));
    await scrapes(store, t.address, 2);

    const series = await select(store, 'http_requests_total');
    expect(series.map((s) => s.labels).sort((a, b) => a.code!.localeCompare(b.code!))).toEqual([
      { __name__: 'http_requests_total', code: '200', method: 'get', job: 'web', instance: t.address },
      { __name__: 'http_requests_total', code: '500', method: 'get', job: 'web', instance: t.address },
    ]);
    expect(values(series[0])[0]).toBeOneOf([1027, 3]);
    for (const name of ['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_samples_post_metric_relabeling', 'scrape_series_added']) {
      expect((await select(store, name, { job: 'web', instance: t.address })).length, name).toBe(1);
    }
    expect(values((await select(store, 'scrape_samples_scraped'))[0])[0]).toBe(3);
    // Series are added on the first scrape only.
    expect(values((await select(store, 'scrape_series_added'))[0]).slice(0, 2)).toEqual([3, 0]);

    const req = t.requests[0]!;
    expect(req.url).toBe('/metrics?module=http_2xx');
    expect(req.headers.accept).toBe(ACCEPT_HEADER);
    expect(req.headers.accept!.startsWith('application/openmetrics-text;version=1.0.0')).toBe(true);
    expect(req.headers['accept-encoding']).toBe('gzip');
    expect(req.headers['x-prometheus-scrape-timeout-seconds']).toBe('0.15');
  });

  it('reads gzip and OpenMetrics pages, and sends basic auth or a bearer token', async () => {
    const t = await target();
    t.handle((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/openmetrics-text; version=1.0.0', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(`# TYPE jobs counter\njobs_total 7\n# EOF\n`));
    });
    const store = new MemoryStorage();
    const m = manager(store, { auth: () => ({ basicAuth: { username: 'u', password: 'p' } }) });
    await m.sync(targetSets('om', [t.address]));
    await scrapes(store, t.address, 1);
    expect(values((await select(store, 'jobs_total'))[0])[0]).toBe(7);
    expect(t.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);

    const m2 = manager(new MemoryStorage(), { auth: () => ({ bearerToken: 'tok' }) });
    await m2.sync(targetSets('om2', [t.address]));
    await waitFor(() => t.requests.some((r) => r.headers.authorization === 'Bearer tok'));
  });

  it('renames clashing labels to exported_* unless honorLabels, and honors timestamps only when asked', async () => {
    const page = 'm{job="from-page",instance="x"} 1 1700000000000\n';
    const t1 = await target(page);
    const t2 = await target(page);
    const store = new MemoryStorage();
    const m = manager(store);
    await m.sync([...targetSets('plain', [t1.address], { honorTimestamps: false }), ...targetSets('honor', [t2.address], { honorLabels: true })]);
    await scrapes(store, t1.address, 1);
    await waitFor(async () => (await select(store, 'm', { job: 'from-page' })).length === 1);

    const plain = (await select(store, 'm', { job: 'plain' }))[0]!;
    expect(plain.labels).toEqual({ __name__: 'm', job: 'plain', instance: t1.address, exported_job: 'from-page', exported_instance: 'x' });
    expect(plain.timestamps[0]).toBeGreaterThan(1_700_000_000_000 + 1000); // scrape time, not the page's
    const honored = (await select(store, 'm', { job: 'from-page' }))[0]!;
    expect(honored.labels).toEqual({ __name__: 'm', job: 'from-page', instance: 'x' });
    expect(honored.timestamps[0]).toBe(1_700_000_000_000);
  });

  it('applies metricRelabelings to every sample, cached or not', async () => {
    const t = await target();
    const store = new MemoryStorage();
    await manager(store).sync(
      targetSets('relabel', [t.address], {
        metricRelabelings: [
          { sourceLabels: ['__name__'], regex: 'temperature', action: 'drop' },
          { sourceLabels: ['code'], regex: '(.)..', targetLabel: 'class', replacement: '${1}xx' },
        ],
      }),
    );
    await scrapes(store, t.address, 3);
    expect(await select(store, 'temperature')).toEqual([]);
    const series = await select(store, 'http_requests_total');
    expect(series.map((s) => s.labels.class).sort()).toEqual(['2xx', '5xx']);
    expect(series[0]!.values.length).toBeGreaterThanOrEqual(3);
    expect(values((await select(store, 'scrape_samples_post_metric_relabeling'))[0])[0]).toBe(2);
  });
});

describe('failed scrapes', () => {
  async function failing(setup: (t: FixtureTarget) => void, limits = {}, options = {}): Promise<{ store: MemoryStorage; error: string; t: FixtureTarget }> {
    const t = await target();
    setup(t);
    const store = new MemoryStorage();
    const m = manager(store, options);
    await m.sync(targetSets('fail', [t.address], {}, limits));
    const up = await scrapes(store, t.address, 1);
    expect(up[0]).toBe(0);
    expect(m.targets().active[0]!.health).toBe('down');
    return { store, error: lastError(m, t.address), t };
  }

  it('times out a target that does not answer', async () => {
    const { error } = await failing((t) => t.handle(() => undefined));
    expect(error).toMatch(/deadline exceeded/);
  });

  it('cuts a body that arrives too slowly at the timeout', async () => {
    const { error } = await failing((t) =>
      t.handle((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('a 1\n');
      }),
    );
    expect(error).toMatch(/deadline exceeded/);
  });

  it('fails on a 5xx', async () => {
    const { error } = await failing((t) =>
      t.handle((_req, res) => {
        res.writeHead(503);
        res.end('busy');
      }),
    );
    expect(error).toBe('server returned HTTP status 503 Service Unavailable');
  });

  it('fails on a body over the size limit', async () => {
    const huge = 'x_total{a="' + 'y'.repeat(100) + '"} 1\n';
    const { error } = await failing((t) => t.serve(huge.repeat(20_000)), {}, { bodySizeLimit: 1_000_000 });
    expect(error).toBe('body size limit exceeded (limit: 1000000 bytes)');
    // Gzip'd, the same page is ≈20 KB on the wire: the limit applies to what it decompresses to.
    const gzipped = await failing(
      (t) =>
        t.handle((_req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
          res.end(gzipSync(huge.repeat(20_000)));
        }),
      {},
      { bodySizeLimit: 1_000_000 },
    );
    expect(gzipped.error).toBe('body size limit exceeded (limit: 1000000 bytes)');
  });

  it('fails on a body that is not the gzip it claims to be', async () => {
    const { error } = await failing((t) =>
      t.handle((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
        res.end('a 1\n');
      }),
    );
    expect(error).toBe('incorrect header check');
  });

  it('reports a malformed page with line and column, storing none of it', async () => {
    const { error, store } = await failing((t) => t.serve('ok 1\nbad{ 2\n'));
    expect(error).toMatch(/^line 2, column \d+: /);
    expect(await select(store, 'ok')).toEqual([]);
  });

  it('fails the whole scrape over the sample limit or the label limit', async () => {
    const sample = await failing((t) => t.serve(PAGE), { sampleLimit: 2 });
    expect(sample.error).toBe('sample_limit exceeded (limit: 2)');
    expect(await select(sample.store, 'temperature')).toEqual([]);
    const label = await failing((t) => t.serve(PAGE), { labelLimit: 4 });
    expect(label.error).toBe('label_limit exceeded (metric: http_requests_total, number of labels: 5, limit: 4)');
  });

  it('scrapes no target of a set over its targetLimit', async () => {
    const a = await target();
    const b = await target();
    const store = new MemoryStorage();
    const m = manager(store);
    await m.sync(targetSets('limited', [a.address, b.address], {}, { targetLimit: 1 }));
    await scrapes(store, a.address, 1);
    await scrapes(store, b.address, 1);
    expect(a.requests.length + b.requests.length).toBe(0);
    expect(m.summaries().get('default/limited/0')).toMatchObject({ discovered: 2, active: 2, up: 0, down: 2, lastError: 'target_limit exceeded (number of targets: 2, limit: 1)' });
  });
});

describe('staleness', () => {
  function staleAt(s: Series | undefined): number[] {
    return s ? [...s.values].flatMap((v, i) => (isStaleMarker(v) ? [s.timestamps[i]!] : [])) : [];
  }

  it('marks a series that leaves the page, and every series when a scrape fails', async () => {
    const t = await target();
    const store = new MemoryStorage();
    await manager(store).sync(targetSets('stale', [t.address]));
    await scrapes(store, t.address, 1);
    t.serve(PAGE.replace('temperature 21.5\n', ''));
    const up = await waitFor(async () => {
      const temp = (await select(store, 'temperature'))[0];
      return staleAt(temp).length === 1 ? temp : undefined;
    });
    // The marker is the last sample, and bit-exact.
    expect(isStaleMarker(up.values[up.values.length - 1]!)).toBe(true);
    expect(up.values.filter((v) => Number.isNaN(v)).length).toBe(1);

    t.handle((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const series = await waitFor(async () => {
      const all = await select(store, 'http_requests_total');
      return all.every((s) => staleAt(s).length === 1) ? all : undefined;
    });
    expect(series.length).toBe(2);
    // No second marker while the target stays down, and up=0 is written.
    await scrapes(store, t.address, (values((await select(store, 'up'))[0]).length) + 2);
    for (const s of await select(store, 'http_requests_total')) expect(staleAt(s).length).toBe(1);
    expect(values((await select(store, 'up'))[0]).at(-1)).toBe(0);
  });

  it('follows pages whose lines change order, come and go, or switch format (the scrape cache guesses lines by order)', async () => {
    const line = (code: string, v: number) => `http_requests_total{code="${code}",method="get"} ${v}\n`;
    const t = await target(line('200', 1) + line('404', 1) + line('500', 1));
    const store = new MemoryStorage();
    await manager(store).sync(targetSets('order', [t.address]));
    const latest = async (code: string) => values((await select(store, 'http_requests_total', { code }))[0]).at(-1);
    await scrapes(store, t.address, 1);
    // Reordered, one line gone (404), one new (302) in the middle.
    t.serve(line('500', 2) + line('302', 2) + line('200', 2));
    await waitFor(async () => (await latest('302')) === 2);
    expect([await latest('200'), await latest('500')]).toEqual([2, 2]);
    const gone = (await select(store, 'http_requests_total', { code: '404' }))[0];
    expect(staleAt(gone)).toHaveLength(1);
    // The same series in OpenMetrics, then a line written differently (blanks) in the text format.
    t.serve(`${line('500', 3)}${line('302', 3)}${line('200', 3)}# EOF\n`, 'application/openmetrics-text; version=1.0.0');
    await waitFor(async () => (await latest('200')) === 3);
    t.serve(`${line('500', 4)}http_requests_total { code="302", method="get" } 4\n${line('200', 4)}`);
    await waitFor(async () => (await latest('200')) === 4);
    for (const code of ['200', '302', '500']) {
      const s = (await select(store, 'http_requests_total', { code }))[0];
      expect(staleAt(s), code).toEqual([]);
      expect(values(s).at(-1), code).toBe(4);
    }
  });

  it('marks every series of a target that goes away, synthetic ones included', async () => {
    const a = await target();
    const b = await target();
    const store = new MemoryStorage();
    const m = manager(store);
    await m.sync([...targetSets('x', [a.address, b.address])]);
    await scrapes(store, a.address, 1);
    await scrapes(store, b.address, 1);
    await m.sync([...targetSets('x', [b.address])]);
    for (const name of ['http_requests_total', 'temperature', 'up', 'scrape_duration_seconds']) {
      for (const s of await select(store, name, { instance: a.address })) expect(isStaleMarker(s.values[s.values.length - 1]!), name).toBe(true);
      for (const s of await select(store, name, { instance: b.address })) expect(staleAt(s), name).toEqual([]);
    }
  });
});

describe('scrape manager', () => {
  it('restarts only the loops whose labels or settings changed', async () => {
    const ts = await Promise.all([target(), target(), target()]);
    const store = new MemoryStorage();
    const m = manager(store);
    const sets = (addresses: string[], endpoint = {}) => [...targetSets('a', addresses.slice(0, 2)), ...targetSets('b', addresses.slice(2), endpoint)];
    const addrs = ts.map((t) => t.address);
    await m.sync(sets(addrs));
    const before = addrs.map((a) => m.loopFor({ job: a === addrs[2] ? 'b' : 'a', instance: a }));
    expect(before.every((l) => l !== undefined)).toBe(true);

    await m.sync(sets(addrs));
    expect(addrs.map((a) => m.loopFor({ job: a === addrs[2] ? 'b' : 'a', instance: a }))).toEqual(before);

    // A settings change in set b restarts its one loop; set a is untouched.
    await m.sync(sets(addrs, { honorLabels: true }));
    const after = addrs.map((a) => m.loopFor({ job: a === addrs[2] ? 'b' : 'a', instance: a }));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]!.settings.honorLabels).toBe(true);

    // A removed target stops; the others keep their loops.
    await m.sync(targetSets('a', [addrs[0]!]));
    expect(m.loopCount).toBe(1);
    expect(m.loopFor({ job: 'a', instance: addrs[0]! })).toBe(before[0]);
  });

  it('keeps targets dropped by relabeling for the targets API', async () => {
    const a = await target();
    const m = manager(new MemoryStorage());
    await m.sync(targetSets('keep', [a.address, '127.0.0.1:1'], { relabelings: [{ sourceLabels: ['__address__'], regex: '.*:1', action: 'drop' }] }));
    const { active, dropped } = m.targets();
    expect(active.map((x) => x.target.labels)).toEqual([{ job: 'keep', instance: a.address }]);
    expect(dropped.map((d) => d.discoveredLabels.__address__)).toEqual(['127.0.0.1:1']);
  });

  it('survives storage commit failures, counting them', async () => {
    const t = await target();
    const store = new MemoryStorage();
    let failures = 0;
    const flaky = {
      querier: () => store.querier(),
      appender: () => {
        const app = store.appender();
        return {
          ...app,
          commit: () => (failures++ < 2 ? Promise.reject(new Error('database is restarting')) : app.commit()),
        };
      },
    };
    const counted = async () => (await register.getSingleMetric('sightline_scrape_commit_failures_total')!.get()).values[0]?.value ?? 0;
    const before = await counted();
    const m = new ScrapeManager(flaky);
    cleanup.push(() => m.stop());
    await m.sync(targetSets('flaky', [t.address]));
    await scrapes(store, t.address, 1);
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(await counted()).toBe(before + 2);
    expect(m.targets().active[0]!.health).toBe('up');
    const exposed = await register.metrics();
    for (const name of ['sightline_scrape_duration_seconds_bucket', 'sightline_scrape_samples_scraped_total', 'sightline_scrape_samples_appended_total', 'sightline_scrape_active_loops']) {
      expect(exposed).toContain(name);
    }
  });

  it('keeps scraping while the store cannot give an appender yet (storage not ready)', async () => {
    const t = await target();
    const store = new MemoryStorage();
    let ready = false;
    const notReady = {
      querier: () => store.querier(),
      appender: () => {
        if (!ready) throw new SightlineError('unavailable', 'storage is not ready (connecting)', { retryable: true, httpStatus: 503 });
        return store.appender();
      },
    };
    const m = new ScrapeManager(notReady);
    cleanup.push(() => m.stop());
    await m.sync(targetSets('early', [t.address]));
    await waitFor(() => m.targets().active[0]!.lastError === 'storage commit failed: storage is not ready (connecting)');
    ready = true;
    await scrapes(store, t.address, 1);
  });

  it('splits targets across shards so that each is scraped by exactly one', async () => {
    const ts = await Promise.all(Array.from({ length: 12 }, () => target()));
    const sets = targetSets('sharded', ts.map((t) => t.address), { interval: '300ms', scrapeTimeout: '200ms' });
    const stores = [0, 1, 2].map(() => new MemoryStorage());
    const managers = stores.map((s, i) => manager(s, { shards: 3, shardIndex: i }));
    for (const m of managers) await m.sync(sets);
    const owned = managers.map((m) => m.targets().active.map((a) => a.target.labels.instance!));
    expect(owned.flat().sort()).toEqual(ts.map((t) => t.address).sort());
    expect(owned.filter((o) => o.length > 0).length).toBeGreaterThan(1);
    // Every target is requested, and only its shard stores its samples.
    await waitFor(() => ts.every((t) => t.requests.length > 0));
    for (const [i, store] of stores.entries()) {
      const instances = (await select(store, 'up')).map((s: { labels: Labels }) => s.labels.instance);
      expect(instances.sort()).toEqual([...owned[i]!].sort());
    }

    // A fourth shard: the three old ones only give targets up, to it; none moves between them.
    const grown = [0, 1, 2, 3].map((i) => manager(new MemoryStorage(), { shards: 4, shardIndex: i }));
    for (const m of grown) await m.sync(sets);
    const ownedAfter = grown.map((m) => m.targets().active.map((a) => a.target.labels.instance!));
    expect(ownedAfter.flat().sort()).toEqual(ts.map((t) => t.address).sort());
    for (const i of [0, 1, 2]) for (const inst of ownedAfter[i]!) expect(owned[i]).toContain(inst);
  });
});
