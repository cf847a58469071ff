/**
 * Rollup push-down: the same queries evaluated with and without it (hints stripped) on the same
 * data give identical results, and the push-down is actually taken where it is exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_NAN } from '../../../src/model/samples.js';
import { Engine } from '../../../src/promql/engine.js';
import type { QueryOutcome } from '../../../src/promql/index.js';
import type { Querier } from '../../../src/storage/api.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { Clock, MINUTE, T0, openStore, partitionsOnly } from './metrics-support.js';

const HOUR = 60 * MINUTE;
const START = T0 - 6 * HOUR;

/** Results as comparable text, NaN included. */
const text = (o: QueryOutcome): string => JSON.stringify(o, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

describe.each(BACKENDS)('rollup push-down on %s', (kind) => {
  let t: TestDb;
  let store: OpenMetricStore;
  const clock = new Clock(START);

  beforeAll(async () => {
    t = await openTestDb(kind);
    store = await openStore(t.db, clock, { retentionMs: 30 * 24 * HOUR, rollups: [{ name: '1m', resolutionMs: MINUTE }, { name: '1h', resolutionMs: HOUR }] });
    // Six hours of three series: regular 15 s scrapes landing exactly on bucket boundaries, an
    // irregular one, NaNs and staleness markers, and a gap.
    for (let ts = START; ts < T0; ts += 15_000) {
      clock.ms = ts;
      const app = store.appender();
      const k = (ts - START) / 15_000;
      app.append({ __name__: 'g', job: 'a' }, ts, Math.sin(k / 17) * 100);
      app.append({ __name__: 'g', job: 'b' }, ts, k % 97 === 0 ? NaN : k % 50 === 0 ? STALE_NAN : (k * 7919) % 1000);
      if (k % 7 !== 0 && (ts < START + HOUR || ts > START + 2 * HOUR)) app.append({ __name__: 'g', job: 'c' }, ts + 1_234, -k);
      await app.commit();
      if (k % 100 === 0) await store.runMaintenance();
    }
    clock.ms = T0 + HOUR;
    await store.runMaintenance();
  });
  afterAll(async () => {
    await store.close();
    await t.close();
  });

  const engines = () => {
    const q = store.querier();
    const raw: Querier = { select: (m, s, e) => q.select(m, s, e), labelNames: (...a) => q.labelNames(...a), labelValues: (...a) => q.labelValues(...a) };
    return { q, pushed: new Engine(q), raw: new Engine(raw) };
  };

  it('gives results identical to raw evaluation, using the rollup where windows are whole buckets', async (ctx) => {
    partitionsOnly(store, ctx);
    const { q, pushed, raw } = engines();
    const cases: [string, (e: Engine) => Promise<QueryOutcome>, boolean][] = [
      ['max 1h@1h', (e) => e.rangeQuery('max_over_time(g[1h])', START + HOUR, T0, HOUR), true],
      ['min 1h@1h', (e) => e.rangeQuery('min_over_time(g[1h])', START + HOUR, T0, HOUR), true],
      ['max 2h@1h by job', (e) => e.rangeQuery('max by (job) (max_over_time(g[2h]))', START + 2 * HOUR, T0, HOUR), true],
      ['max 5m@1m', (e) => e.rangeQuery('max_over_time(g[5m])', START + HOUR, START + 3 * HOUR, MINUTE), true],
      ['min 10m@5m offset 10m', (e) => e.rangeQuery('min_over_time(g[10m] offset 10m)', START + HOUR, T0, 5 * MINUTE), true],
      ['max instant', (e) => e.instantQuery('max_over_time(g[3h])', T0), true],
      // Not whole buckets: raw samples are read.
      ['max 1h@90s', (e) => e.rangeQuery('max_over_time(g[1h])', START + HOUR, START + 2 * HOUR, 90_000), false],
      ['max unaligned start', (e) => e.rangeQuery('max_over_time(g[1h])', START + HOUR + 15_000, T0, HOUR), false],
      ['max 90s range', (e) => e.rangeQuery('max_over_time(g[90s])', START + HOUR, START + 2 * HOUR, MINUTE), false],
      ['avg is not pushed', (e) => e.rangeQuery('avg_over_time(g[1h])', START + HOUR, T0, HOUR), false],
      ['max in a subquery', (e) => e.rangeQuery('max_over_time(max_over_time(g[1h])[2h:1h])', START + 3 * HOUR, T0, HOUR), false],
    ];
    for (const [name, run, expectPushed] of cases) {
      const before = q.rollupSelects;
      const a = await run(pushed);
      expect(q.rollupSelects - before, name).toBe(expectPushed ? 1 : 0);
      const b = await run(raw);
      expect(text(a), name).toBe(text(b));
      if (expectPushed) expect(a.result.type === 'matrix' ? a.result.series.length : a.result.type === 'vector' ? a.result.samples.length : 0, name).toBeGreaterThan(0);
    }
  });

  it('reads raw samples where the head still holds data or where the rollup was not yet fed', async (ctx) => {
    partitionsOnly(store, ctx);
    const { q, pushed, raw } = engines();
    // Recent samples still in the head: the last hour's rollup buckets are not final.
    clock.ms = T0 + 2 * HOUR;
    const app = store.appender();
    app.append({ __name__: 'g', job: 'a' }, T0 + 2 * HOUR - 30_000, 1e6);
    await app.commit();
    await store.runMaintenance();
    const before = q.rollupSelects;
    const query = (e: Engine) => e.rangeQuery('max_over_time(g[1h])', T0 + HOUR, T0 + 2 * HOUR, HOUR);
    expect(text(await query(pushed))).toBe(text(await query(raw)));
    expect(q.rollupSelects).toBe(before);
    // A rollup added now covers only what compaction feeds it from now on.
    await store.reconcilePolicies({ retentionMs: 30 * 24 * HOUR, rollups: [{ name: '1m', resolutionMs: MINUTE }, { name: '1h', resolutionMs: HOUR }, { name: '5m', resolutionMs: 5 * MINUTE }] });
    const fiveMin = (e: Engine) => e.rangeQuery('max_over_time(g[5m])', START + HOUR, START + 2 * HOUR, 5 * MINUTE);
    expect(text(await fiveMin(pushed))).toBe(text(await fiveMin(raw)));
    expect(q.rollupSelects).toBe(before + 1); // answered by the complete 1m rollup, not the new 5m one
  });
});
