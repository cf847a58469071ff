import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_NAN, isStaleMarker } from '../../../src/model/samples.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import type { PolicyState } from '../../../src/storage/metrics/policy-types.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { eventually } from '../../support/kube-operator.js';
import { Clock, MINUTE, T0, bits, eq, openStore, partitionsOnly, rejectWrites, rollupBuckets, timescaleUnavailable } from './metrics-support.js';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Rollup points with sums rounded as rollupBuckets() rounds them. */
function rounded(points: readonly { t: number; min: number; max: number; sum: number; count: number; last: number }[]) {
  return points.map((p) => ({ ...p, sum: Math.round(p.sum * 1e6) / 1e6 }));
}

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
    // A changed retention is a changed spec: the policy is updated in place.
    const longer = await store.reconcilePolicies({ ...desired, retentionMs: 3 * DAY });
    expect(longer.find((p) => p.name === 'retention')?.spec).toEqual({ retentionMs: 3 * DAY });
    expect(longer.find((p) => p.name === 'rollup:1m')?.spec).toEqual({ resolutionMs: MINUTE, retentionMs: 3 * DAY });
    await store.reconcilePolicies(desired);
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

    for (const [name, res] of [['1m', MINUTE], ['1h', HOUR]] as const) {
      const [series] = await store.querier().selectRollup(name, [eq('__name__', 'rolled')], start - HOUR, T0);
      expect(series?.labels).toEqual({ __name__: 'rolled', job: 'r' });
      expect(rounded(series!.points)).toEqual(rollupBuckets(raw, res));
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
  it('reports a failing run with the database error, counts consecutive failures, and recovers', async (ctx) => {
    partitionsOnly(store, ctx);
    const app = store.appender();
    app.append({ __name__: 'refused' }, clock.ms, 1);
    await app.commit();
    clock.ms += 30 * MINUTE;
    const allow = await rejectWrites(t.db, 'metric_rollup');
    const byName = async () => new Map((await store.policyStates()).map((p) => [p.name, p]));
    await store.runMaintenance();
    await store.runMaintenance();
    const failed = await byName();
    for (const name of ['compaction', 'rollup:1m', 'rollup:1h']) {
      expect(failed.get(name)).toMatchObject({ consecutiveFailures: 2, totalFailures: 2, lastError: expect.stringMatching(/sightline_test_reject/) as string });
      expect(failed.get(name)?.lastFailureAt).toBeInstanceOf(Date);
    }
    expect(failed.get('retention')?.consecutiveFailures).toBe(0);

    await allow();
    await store.runMaintenance();
    const recovered = await byName();
    expect(recovered.get('compaction')).toMatchObject({ consecutiveFailures: 0, totalFailures: 2 });
    expect(recovered.get('compaction')!.lastSuccessAt!.getTime()).toBeGreaterThanOrEqual(recovered.get('compaction')!.lastFailureAt!.getTime());
    const [rolled] = await store.querier().selectRollup('1m', [eq('__name__', 'refused')], clock.ms - HOUR, clock.ms);
    expect(rolled?.points).toHaveLength(1);
  });
});

describe('metrics policies on TimescaleDB', () => {
  let t: TestDb;
  let store: OpenMetricStore | undefined;
  let unavailable: string | undefined;
  // TimescaleDB's policies measure age against the database's clock, so this suite writes around real time.
  const now = Date.now();
  const clock = new Clock(now);
  const desired = { retentionMs: 2 * DAY, rollups: [{ name: '1m', resolutionMs: MINUTE }, { name: '1h', resolutionMs: HOUR, retentionMs: 7 * DAY }] };

  beforeAll(async () => {
    t = await openTestDb('postgres');
    unavailable = await timescaleUnavailable(t.db);
    if (!unavailable) store = await openStore(t.db, clock, { retentionMs: desired.retentionMs });
  });
  afterAll(async () => {
    await store?.close();
    await t.close();
  });

  function timescale(ctx: { skip(): void }): OpenMetricStore {
    if (unavailable) {
      console.log(`skipping TimescaleDB test: ${unavailable}; the same behaviour is covered on the plain path above`);
      ctx.skip();
    }
    return store!;
  }
  const state = async (name: string): Promise<PolicyState> => {
    const found = (await store!.policyStates()).find((p) => p.name === name);
    if (!found) throw new Error(`no policy ${name}`);
    return found;
  };
  /** Runs a policy's job now, in this session, with the job's own configuration (what the scheduler calls). */
  const runJob = async (name: string): Promise<void> => {
    await t.db.query(`CALL run_job(${Number((await state(name)).spec.jobId)})`);
  };
  /**
   * Appends samples at their own times, moving the writer's clock along as a live writer's would.
   * Values come in a Float64Array: a JS array of doubles would canonicalise the staleness marker's NaN.
   */
  const write = async (name: string, timestamps: readonly number[], values: Float64Array): Promise<void> => {
    const app = store!.appender();
    timestamps.forEach((ts, i) => {
      clock.ms = ts;
      app.append({ __name__: name, job: 'tsdb' }, ts, values[i]!);
    });
    await app.commit();
    clock.ms = Date.now();
  };
  const pairs = (timestamps: readonly number[], values: ArrayLike<number>) => timestamps.map((ts, i) => [ts, values[i]!] as const);

  it('reconciles retention, compression and continuous-aggregate jobs idempotently', async (ctx) => {
    const s = timescale(ctx);
    const first = await s.reconcilePolicies(desired);
    expect(first.map((p) => p.name)).toEqual(['compaction', 'retention', 'retention:1h', 'retention:1m', 'rollup:1h', 'rollup:1m']);
    expect(first.find((p) => p.name === 'retention')?.spec).toMatchObject({ drop_after: 2 * DAY });
    expect(first.find((p) => p.name === 'retention:1h')?.spec).toMatchObject({ drop_after: 7 * DAY });
    // The 1m refresh looks back past the 10-minute out-of-order window, so late samples are rolled up too.
    expect(first.find((p) => p.name === 'rollup:1m')?.spec).toMatchObject({ start_offset: 12 * MINUTE, end_offset: MINUTE });
    expect(first.find((p) => p.name === 'rollup:1h')?.spec).toMatchObject({ start_offset: 4 * HOUR, end_offset: HOUR });
    // Idempotent: the same jobs with the same configuration (run state moves on with the scheduler).
    const specs = (states: PolicyState[]) => states.map((p) => [p.name, p.spec]);
    expect(specs(await s.reconcilePolicies(desired))).toEqual(specs(first));

    // add_retention_policy has no update: a changed retention replaces the job.
    const longer = await s.reconcilePolicies({ ...desired, retentionMs: 3 * DAY });
    expect(longer.find((p) => p.name === 'retention')?.spec).toMatchObject({ drop_after: 3 * DAY });
    expect(longer.find((p) => p.name === 'retention:1m')?.spec).toMatchObject({ drop_after: 3 * DAY });
    expect(longer.filter((p) => p.kind === 'retention')).toHaveLength(3);

    // A rollup no longer desired loses its continuous aggregate and its jobs.
    const fewer = await s.reconcilePolicies({ ...desired, rollups: [desired.rollups[0]!] });
    expect(fewer.map((p) => p.name)).toEqual(['compaction', 'retention', 'retention:1m', 'rollup:1m']);
    const views = await t.db.query<{ view_name: string }>('SELECT view_name FROM timescaledb_information.continuous_aggregates ORDER BY 1');
    expect(views.map((v) => v.view_name)).toEqual(['metric_rollup_1m']);
    expect((await s.reconcilePolicies(desired)).map((p) => p.name)).toEqual(first.map((p) => p.name));
  });

  it('materializes 1m and 1h rollups that agree with the raw samples, staleness markers left out', async (ctx) => {
    const s = timescale(ctx);
    await s.reconcilePolicies(desired);
    // Inside the 1m refresh window (12 min back to 1 min back) and the 1h one (4 h back to 1 h back).
    const recentT = Array.from({ length: 61 }, (_, i) => now - 9 * MINUTE + i * 7000);
    const recentV = Float64Array.from(recentT, (_, i) => Math.round(Math.sin(i / 5) * 1000) / 10);
    const olderT = Array.from({ length: 21 }, (_, i) => now - 3 * HOUR + i * 3 * MINUTE);
    const olderV = Float64Array.from(olderT, (_, i) => i % 4);
    await write('rolled', recentT, recentV);
    const marker = new Float64Array(1);
    marker[0] = STALE_NAN;
    await write('rolled', [recentT[29]! + 3500], marker);
    await write('rolled_slow', olderT, olderV);
    await runJob('rollup:1m');
    await runJob('rollup:1h');
    const [fine] = await s.querier().selectRollup('1m', [eq('__name__', 'rolled')], now - HOUR, now);
    expect(fine?.labels).toEqual({ __name__: 'rolled', job: 'tsdb' });
    expect(rounded(fine!.points)).toEqual(rollupBuckets(pairs(recentT, recentV), MINUTE));
    const [coarse] = await s.querier().selectRollup('1h', [eq('__name__', 'rolled_slow')], now - DAY, now);
    expect(rounded(coarse!.points)).toEqual(rollupBuckets(pairs(olderT, olderV), HOUR));
  });

  it('compresses chunks past compress_after; compressed samples read back bit-exactly', async (ctx) => {
    const s = timescale(ctx);
    // 30 h ago: an 8 h chunk that ended well over 2 h ago, and is inside the 2-day retention.
    const at = now - 30 * HOUR;
    const timestamps = [0, 1, 2, 3, 4, 5].map((i) => at + i * 15_000);
    const values = new Float64Array([1.5, 0, NaN, Infinity, -Infinity, -0]);
    values[1] = STALE_NAN;
    expect(isStaleMarker(values[1])).toBe(true);
    await write('compressed', timestamps, values);
    await runJob('compaction');
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM chunk_compression_stats('sightline.metric_samples') WHERE compression_status = 'Compressed'",
    );
    expect(row!.n).toBeGreaterThanOrEqual(1);
    const [got] = await s.querier().select([eq('__name__', 'compressed')], at - MINUTE, at + 2 * MINUTE);
    expect([...got!.timestamps]).toEqual(timestamps);
    expect(bits(got!.values)).toEqual(bits(values));
    expect(isStaleMarker(got!.values[1]!)).toBe(true);
  });

  it('drops chunks past retention and keeps newer data', async (ctx) => {
    const s = timescale(ctx);
    await write('expiring', [now - 3 * DAY], new Float64Array([1]));
    await write('kept', [now - 30 * HOUR], new Float64Array([2]));
    expect(await s.querier().select([eq('__name__', 'expiring')], now - 4 * DAY, now)).toHaveLength(1);
    await runJob('retention');
    expect(await s.querier().select([eq('__name__', 'expiring')], now - 4 * DAY, now)).toEqual([]);
    const [kept] = await s.querier().select([eq('__name__', 'kept')], now - 4 * DAY, now);
    expect([...kept!.values]).toEqual([2]);
  });

  it('reports failed scheduler runs from job_stats and job_history', async (ctx) => {
    timescale(ctx);
    const before = await state('retention');
    // A view on an expired chunk makes drop_chunks fail, as any dependent object would.
    await write('pinned', [now - 3 * DAY], new Float64Array([1]));
    const [chunk] = await t.db.query<{ c: string }>('SELECT c::text FROM show_chunks($1, older_than => metric_now_ms() - $2::int8) c', ['sightline.metric_samples', 2 * DAY]);
    await t.db.query(`CREATE VIEW sightline_test_pin AS SELECT * FROM ${chunk!.c}`);
    const runNow = () => t.db.query('SELECT alter_job($1::int, next_start => now())', [before.spec.jobId]);
    const failedRun = async (after: PolicyState): Promise<PolicyState> => {
      await runNow();
      return eventually(async () => {
        const st = await state('retention');
        expect(st.totalFailures).toBeGreaterThan(after.totalFailures);
        return st;
      }, 60_000, 250);
    };
    const once = await failedRun(before);
    const [last] = await t.db.query<{ err_message: string; finish_time: Date }>(
      'SELECT err_message, finish_time FROM timescaledb_information.job_history WHERE job_id = $1 AND NOT succeeded ORDER BY id DESC LIMIT 1',
      [before.spec.jobId],
    );
    expect(once).toMatchObject({ lastError: last!.err_message, lastFailureAt: last!.finish_time });
    expect(once.consecutiveFailures).toBeGreaterThan(before.consecutiveFailures);
    const twice = await failedRun(once);
    // No success in between: every new failure is a consecutive one.
    expect(twice.consecutiveFailures).toBe(once.consecutiveFailures + twice.totalFailures - once.totalFailures);

    await t.db.query('DROP VIEW sightline_test_pin');
    await runJob('retention');
    expect(await store!.querier().select([eq('__name__', 'pinned')], now - 4 * DAY, now)).toEqual([]);
  });

  it('replaces a job whose configuration drifted from the desired policy', async (ctx) => {
    const s = timescale(ctx);
    const before = await state('retention');
    await t.db.query(
      `SELECT alter_job($1::int, config => (SELECT jsonb_set(config, '{drop_after}', to_jsonb($2::int8)) FROM timescaledb_information.jobs WHERE job_id = $1))`,
      [before.spec.jobId, 5 * DAY],
    );
    expect((await state('retention')).spec).toMatchObject({ jobId: before.spec.jobId, drop_after: 5 * DAY });
    const repaired = (await s.reconcilePolicies(desired)).find((p) => p.name === 'retention');
    expect(repaired?.spec).toMatchObject({ drop_after: desired.retentionMs });
    expect(repaired?.spec.jobId).not.toBe(before.spec.jobId);
    expect((await s.policyStates()).filter((p) => p.name === 'retention')).toHaveLength(1);
  });
});
