import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_NAN } from '../../../src/model/samples.js';
import { rollupPolicyName, type ServicePoliciesSpec } from '../../../src/storage/metrics/service-policies.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { Clock, MINUTE, T0, eq, openStore } from './metrics-support.js';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SERVICE = 'shop/checkout';

describe.each(BACKENDS)('per-service storage policies on %s', (kind) => {
  let t: TestDb;
  let store: OpenMetricStore;
  const clock = new Clock();

  beforeAll(async () => {
    t = await openTestDb(kind);
    store = await openStore(t.db, clock, { retentionMs: 2 * DAY });
  });
  afterAll(async () => {
    await store.close();
    await t.close();
  });

  const rollup5xx = { selector: 'http_requests_total{code=~"5.."}', matchers: [eq('__name__', 'http_requests_total'), { name: 'code', type: '=~' as const, value: '5..' }], intervalMs: 10 * MINUTE };

  it('reconciles idempotently; traces/logs stay Pending and a longer retention is capped', async () => {
    clock.ms = T0;
    const desired: ServicePoliciesSpec = { retention: { metrics: 30 * DAY, traces: 7 * DAY }, rollups: [rollup5xx] };
    const states = await store.services.apply('shop/other', desired);
    expect(states.map((s) => s.name)).toEqual(['retention/metrics', 'retention/traces', rollupPolicyName(rollup5xx)]);
    expect(states.find((s) => s.name === 'retention/traces')).toMatchObject({ state: 'Pending', message: expect.stringMatching(/does not store traces/) });
    expect(states.find((s) => s.name === 'retention/metrics')).toMatchObject({ state: 'Pending', message: expect.stringMatching(/capped at the installation retention 2d/) });
    await store.runMaintenance();
    const ran = await store.services.states('shop/other');
    expect(ran.find((s) => s.name === 'retention/metrics')).toMatchObject({ state: 'Active', consecutiveFailures: 0, lastSuccessTime: new Date(T0), nextRunTime: new Date(T0 + HOUR) });
    expect(ran.find((s) => s.name === 'retention/traces')?.state).toBe('Pending');
    // Same desired state: nothing changes, run state included.
    expect(await store.services.apply('shop/other', desired)).toEqual(ran);
    // Dropping the rollup removes its policy; removing the service removes everything.
    expect((await store.services.apply('shop/other', { retention: { metrics: DAY }, rollups: [] })).map((s) => s.name)).toEqual(['retention/metrics']);
    await store.services.remove('shop/other');
    expect(await store.services.states('shop/other')).toEqual([]);
  });

  it('rolls up the selected series of the service only, incrementally and exactly once', async () => {
    const start = T0 - 40 * MINUTE;
    const raw: [number, number][] = [];
    const app = store.appender();
    for (let ts = start; ts < T0; ts += 15_000) {
      clock.ms = ts; // the writer accepts samples up to 10 minutes old
      const v = Math.round(Math.sin(ts / 300_000) * 100);
      raw.push([ts, v]);
      app.append({ __name__: 'http_requests_total', job: SERVICE, code: '503' }, ts, v);
      app.append({ __name__: 'http_requests_total', job: SERVICE, code: '200' }, ts, 1);
      app.append({ __name__: 'http_requests_total', job: 'shop/other', code: '503' }, ts, 1);
    }
    clock.ms = T0;
    app.append({ __name__: 'http_requests_total', job: SERVICE, code: '503' }, T0 - 1000, STALE_NAN);
    await app.commit();
    const [state] = await store.services.apply(SERVICE, { retention: {}, rollups: [rollup5xx] });
    expect(state).toMatchObject({ name: rollupPolicyName(rollup5xx), state: 'Pending' });

    // Windows are rolled up once they are past the out-of-order window (10 min) plus a minute.
    clock.ms = T0 + 11 * MINUTE;
    await store.runMaintenance();
    clock.ms = T0 + 30 * MINUTE;
    await store.runMaintenance();
    await store.runMaintenance(); // not due: changes nothing

    const expected = new Map<number, { t: number; min: number; max: number; sum: number; count: number; last: number }>();
    for (const [ts, v] of raw) {
      const b = Math.ceil(ts / (10 * MINUTE)) * 10 * MINUTE - 10 * MINUTE; // buckets are (b, b + 10m], as PromQL windows
      const cur = expected.get(b);
      if (!cur) expected.set(b, { t: b, min: v, max: v, sum: v, count: 1, last: v });
      else Object.assign(cur, { min: Math.min(cur.min, v), max: Math.max(cur.max, v), sum: cur.sum + v, count: cur.count + 1, last: v });
    }
    const got = await store.services.readRollup(SERVICE, state!.name, 0, T0 + DAY);
    expect(got.map((s) => s.labels)).toEqual([{ __name__: 'http_requests_total', job: SERVICE, code: '503' }]);
    expect(got[0]!.points).toEqual([...expected.values()]);
    expect((await store.services.states(SERVICE))[0]).toMatchObject({ state: 'Active', lastSuccessTime: new Date(T0 + 30 * MINUTE), nextRunTime: new Date(T0 + 40 * MINUTE) });
    // Removing the service deletes its rollup buckets.
    await store.services.remove(SERVICE);
    expect(await store.services.readRollup(SERVICE, state!.name, 0, T0 + DAY)).toEqual([]);
  });

  it('a shorter service retention deletes only that service\'s old samples', async () => {
    const old = T0 + DAY - 5 * HOUR;
    for (const [now, v] of [[old, 1], [T0 + DAY, 2]] as const) {
      clock.ms = now;
      await store.runMaintenance();
      const app = store.appender();
      for (const job of [SERVICE, 'shop/other']) app.append({ __name__: 'short_lived', job }, now - MINUTE, v);
      await app.commit();
    }
    await store.services.apply(SERVICE, { retention: { metrics: HOUR }, rollups: [] });
    // Compaction has moved the old samples into blocks by now; retention cuts whole blocks.
    clock.ms = T0 + DAY + 20 * MINUTE;
    await store.runMaintenance();
    const left = await store.querier().select([eq('__name__', 'short_lived')], 0, clock.ms);
    const byJob = Object.fromEntries(left.map((s) => [s.labels.job, [...s.timestamps]]));
    expect(byJob[SERVICE]).toEqual([T0 + DAY - MINUTE]);
    expect(byJob['shop/other']).toEqual([old - MINUTE, T0 + DAY - MINUTE]);
    expect((await store.services.states(SERVICE))[0]).toMatchObject({ name: 'retention/metrics', state: 'Active' });
    await store.services.remove(SERVICE);
  });
});
