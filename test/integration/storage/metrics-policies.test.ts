import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_NAN } from '../../../src/model/samples.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { Clock, MINUTE, T0, eq, openStore, partitionsOnly } from './metrics-support.js';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(BACKENDS)('metrics policies on %s', (kind) => {
  let t: TestDb;
  let store: OpenMetricStore;
  const clock = new Clock();

  beforeAll(async () => {
    t = await openTestDb(kind);
    store = await openStore(t.db, clock, { retentionMs: 2 * DAY, blockPartitionMs: DAY });
  });
  afterAll(async () => {
    await store.close();
    await t.close();
  });

  const partitions = async (parent: string): Promise<string[]> =>
    (
      await t.db.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = $1 ORDER BY 1`,
        [parent],
      )
    ).map((r) => r.name);

  it('reconciles policies idempotently and reports their state', async (ctx) => {
    partitionsOnly(store, ctx);
    const desired = { retentionMs: 2 * DAY, rollups: [{ name: '1m', resolutionMs: MINUTE }, { name: '1h', resolutionMs: HOUR }] };
    const first = await store.reconcilePolicies(desired);
    expect(first.map((p) => p.name)).toEqual(['compaction', 'retention', 'rollup:1h', 'rollup:1m']);
    expect(first.find((p) => p.name === 'rollup:1m')?.spec).toEqual({ resolutionMs: MINUTE, retentionMs: 2 * DAY });
    await store.runMaintenance();
    const ran = await store.policyStates();
    expect(ran.every((p) => p.lastSuccessAt instanceof Date && p.nextRunAt instanceof Date && p.consecutiveFailures === 0)).toBe(true);
    // Re-applying the same desired state changes nothing, run state included.
    expect(await store.reconcilePolicies(desired)).toEqual(ran);
    // Dropping a rollup removes its policy.
    const fewer = await store.reconcilePolicies({ ...desired, rollups: [desired.rollups[0]!, desired.rollups[1]!, { name: '5m', resolutionMs: 5 * MINUTE }] });
    expect(fewer.map((p) => p.name)).toContain('rollup:5m');
    const back = await store.reconcilePolicies(desired);
    expect(back.map((p) => p.name)).toEqual(['compaction', 'retention', 'rollup:1h', 'rollup:1m']);
  });

  it('computes 1m and 1h rollups that agree with the raw samples, across several compactions', async (ctx) => {
    partitionsOnly(store, ctx);
    clock.ms = T0;
    const start = T0 - 9 * MINUTE;
    const raw: [number, number][] = [];
    // Samples every 7 s over 9 minutes straddling two head partitions, one staleness marker.
    for (let ts = start; ts <= T0; ts += 7000) raw.push([ts, Math.round(Math.sin(ts / 60_000) * 1000) / 10]);
    const app = store.appender();
    for (const [ts, v] of raw) app.append({ __name__: 'rolled', job: 'r' }, ts, v);
    app.append({ __name__: 'rolled', job: 'r' }, T0 - 3500, STALE_NAN);
    await app.commit();
    clock.ms = T0 + 30 * MINUTE;
    await store.runMaintenance();

    const expected = (res: number) => {
      const buckets = new Map<number, { min: number; max: number; sum: number; count: number; last: number }>();
      for (const [ts, v] of raw) {
        const b = Math.ceil(ts / res) * res - res; // buckets are (b, b + res], as PromQL windows
        const cur = buckets.get(b);
        if (!cur) buckets.set(b, { min: v, max: v, sum: v, count: 1, last: v });
        else Object.assign(cur, { min: Math.min(cur.min, v), max: Math.max(cur.max, v), sum: cur.sum + v, count: cur.count + 1, last: v });
      }
      return [...buckets].map(([bt, x]) => ({ t: bt, ...x }));
    };
    for (const [name, res] of [['1m', MINUTE], ['1h', HOUR]] as const) {
      const [series] = await store.querier().selectRollup(name, [eq('__name__', 'rolled')], start - HOUR, T0);
      expect(series?.labels).toEqual({ __name__: 'rolled', job: 'r' });
      const got = series!.points.map((p) => ({ ...p, sum: Math.round(p.sum * 1e6) / 1e6 }));
      expect(got).toEqual(expected(res).map((p) => ({ ...p, sum: Math.round(p.sum * 1e6) / 1e6 })));
    }
  });

  it('drops partitions past retention, keeping newer data', async (ctx) => {
    partitionsOnly(store, ctx);
    clock.ms = T0 + DAY;
    const app = store.appender();
    app.append({ __name__: 'kept' }, clock.ms, 1);
    await app.commit();
    clock.ms = T0 + DAY + HOUR;
    await store.runMaintenance();
    const oldBlockPartition = `metric_blocks_${Math.floor(T0 / DAY) * DAY}_${Math.floor(T0 / DAY) * DAY + DAY}`;
    expect(await partitions('metric_blocks')).toContain(oldBlockPartition);
    expect(await store.querier().select([eq('__name__', 'rolled')], T0 - HOUR, T0)).toHaveLength(1);

    // Three days on, T0's day is past the 2-day retention: its partition is dropped, data gone.
    clock.ms = T0 + 3 * DAY + HOUR;
    await store.runMaintenance();
    expect(await partitions('metric_blocks')).not.toContain(oldBlockPartition);
    expect(await store.querier().select([eq('__name__', 'rolled')], T0 - HOUR, T0)).toEqual([]);
    expect(await store.querier().selectRollup('1m', [eq('__name__', 'rolled')], T0 - HOUR, T0)).toEqual([]);
    const [kept] = await store.querier().select([eq('__name__', 'kept')], T0, T0 + 2 * DAY);
    expect(kept?.timestamps.length).toBe(1);
    const retention = (await store.policyStates()).find((p) => p.name === 'retention');
    expect(retention?.lastSuccessAt).toBeInstanceOf(Date);
    // And the writer now refuses samples from before retention.
    expect(() => store.appender().append({ __name__: 'kept' }, T0, 1)).toThrow(/retention/);
  });
});
