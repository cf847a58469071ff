/**
 * Scrape target state through the database: a real ScrapeManager scraping loopback targets
 * reports into scrape_target_state (both backends); the operator's reader aggregates it per owner.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { reportTargetState, TargetStateReader, type TargetStateReporter } from '../../../src/scrape/state.js';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import { migrate } from '../../../src/storage/migrate.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { startTarget, targetSets, waitFor, type FixtureTarget } from '../../support/scrape-targets.js';

const OWNER = 'ScrapeTarget/default/shop';

describe.each(BACKENDS)('scrape target state (%s)', (kind) => {
  let t: TestDb;
  let good: FixtureTarget;
  let bad: FixtureTarget;
  let manager: ScrapeManager;
  let reader: TargetStateReader;
  const cleanup: (() => Promise<void>)[] = [];
  const signals: string[] = [];

  beforeAll(async () => {
    t = await openTestDb(kind);
    await migrate(t.db, await detectCapabilities(t.db));
    good = await startTarget('ok 1\n');
    bad = await startTarget();
    bad.handle((_req, res) => {
      res.writeHead(500);
      res.end('broken');
    });
    manager = new ScrapeManager(new MemoryStorage());
    // Generous timeout: embedded PostgreSQL (PGlite) runs on this thread and can hold up a scrape.
    await manager.sync(targetSets('shop', [good.address, bad.address], { interval: '500ms', scrapeTimeout: '450ms' }));
    reader = new TargetStateReader({ db: t.db });
    reader.watch((key) => signals.push(key));
    await reader.apply(OWNER, { object: {} });
  });

  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  afterAll(async () => {
    await manager.stop();
    await good.close();
    await bad.close();
    await t.close();
  });

  function reporter(identity: string, options = {}): TargetStateReporter {
    const r = reportTargetState(manager, { db: t.db }, identity, { pollMs: 100, ...options });
    cleanup.push(() => r.stop());
    return r;
  }

  const figures = async () => {
    await reader.poll();
    return reader.figures(OWNER);
  };
  const rows = () => t.db.query<{ url: string; replica: string; health: string; updated: string }>('SELECT url, replica, health, updated_at::text AS updated FROM scrape_target_state ORDER BY url, replica');

  it('reports up, down and the last error, writing rows only when they change', async () => {
    reporter('ingest-0');
    const f = await waitFor(async () => {
      const x = await figures();
      return x.upTargets === 1 && x.downTargets === 1 ? x : undefined;
    });
    expect(f.lastError).toBe(`http://${bad.address}/metrics: server returned HTTP status 500 Internal Server Error`);
    expect(f.lastScrapeTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(signals).toContain(OWNER);

    // Several scrapes (500 ms) and reports (100 ms) later, with nothing changed: no row rewritten, no signal.
    const before = await rows();
    signals.length = 0;
    await new Promise((r) => setTimeout(r, 1_600));
    expect(await rows()).toEqual(before);
    expect(await figures()).toEqual(f);
    expect(signals).toEqual([]);

    bad.serve('ok 1\n');
    const healed = await waitFor(async () => {
      const x = await figures();
      return x.upTargets === 2 ? x : undefined;
    });
    expect(healed).toEqual({ upTargets: 2, downTargets: 0, lastScrapeTime: expect.any(String) });
    expect(signals).toEqual([OWNER]);
  });

  it('withdraws its rows on a clean stop', async () => {
    const r = reporter('ingest-1');
    await waitFor(async () => (await rows()).filter((x) => x.replica === 'ingest-1').length === 2);
    await r.stop();
    expect((await rows()).filter((x) => x.replica === 'ingest-1')).toEqual([]);
  });

  it('ignores and reaps a dead replica, and a restarted replica drops rows its predecessor left', async () => {
    await t.db.query("INSERT INTO scrape_reporters (replica, heartbeat_at) VALUES ('dead', now() - interval '1 hour'), ('ingest-2', now())");
    await t.db.query(
      `INSERT INTO scrape_target_state (owner, url, replica, health, last_error) VALUES
       ('${OWNER}', 'http://10.9.9.9:80/metrics', 'dead', 'down', 'gone'),
       ('${OWNER}', 'http://10.9.9.8:80/metrics', 'ingest-2', 'down', 'left over')`,
    );
    // The dead replica's row is not counted even before it is reaped; ingest-2's leftover is, until it restarts.
    expect(await figures()).toMatchObject({ upTargets: 0, downTargets: 1, lastError: 'http://10.9.9.8:80/metrics: left over' });
    reporter('ingest-2', { heartbeatMs: 200, expiryMs: 60_000 });
    await waitFor(async () => {
      const x = await rows();
      return x.every((row) => row.replica === 'ingest-2') && x.length === 2 && x.every((row) => !row.url.includes('10.9.9')) ? x : undefined;
    });
    expect(await t.db.query("SELECT replica FROM scrape_reporters WHERE replica = 'dead'")).toEqual([]);
    expect(await figures()).toMatchObject({ upTargets: 2, downTargets: 0 });
  });

  it('repeats the status it is given until its first poll', () => {
    const fresh = new TargetStateReader({ db: t.db });
    void fresh.apply('ScrapeTarget/default/x', { object: { status: { upTargets: 3, downTargets: 1, activeTargets: 4, lastError: 'e' } } });
    expect(fresh.figures('ScrapeTarget/default/x')).toEqual({ upTargets: 3, downTargets: 1, lastError: 'e' });
    expect(fresh.figures('ScrapeTarget/default/unknown')).toEqual({});
  });
});
