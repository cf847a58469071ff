/**
 * Late samples: a sender replaying a 3-hour backlog after an outage (Prometheus's WAL, a
 * remote-write queue) loses nothing. Samples older than the out-of-order window go to the late
 * table, are read from there at once, and are compacted into blocks (and rollups) later, minus what
 * the store already held at the same timestamps: first written wins, as everywhere else.
 */
import { describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { STALE_NAN } from '../../../src/model/samples.js';
import { BACKENDS } from '../../support/db.js';
import { MINUTE, T0, eq, plain, rollupBuckets, useStoreSuite } from './metrics-support.js';

const STEP = 15_000;
const HOUR = 60 * MINUTE;

/** Two metrics of 70 series each: 70 samples at one timestamp make a page, as a scrape does. */
const LABELS: Labels[] = Array.from({ length: 140 }, (_, i) => ({ __name__: i < 70 ? 'replayed' : 'live_and_replayed', instance: `i${i % 70}` }));
const valueOf = (i: number, t: number): number => (i === 3 && t % (7 * STEP) === 0 ? STALE_NAN : i * 1e6 + t / 1000);

describe.each(BACKENDS)('late samples on %s', (kind) => {
  const suite = useStoreSuite(kind);
  const now = T0 + 6 * HOUR;
  const backlogFrom = now - 3 * HOUR;

  async function write(labels: readonly number[], from: number, to: number, value = valueOf): Promise<void> {
    for (let t = from; t < to; t += STEP) {
      const a = suite.store.appender();
      for (const i of labels) a.append(LABELS[i]!, t, value(i, t));
      await a.commit();
    }
  }
  const indices = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
  /** What a series must hold; values go straight into a typed array (a JS array would canonicalise the staleness NaN). */
  const expected = (i: number, from: number, to: number): { timestamps: Float64Array; values: Float64Array } => {
    const n = Math.ceil((to - from) / STEP);
    const out = { timestamps: new Float64Array(n), values: new Float64Array(n) };
    for (let k = 0; k < n; k++) {
      out.timestamps[k] = from + k * STEP;
      out.values[k] = valueOf(i, from + k * STEP);
    }
    return out;
  };
  const read = async (name: string) => plain(await suite.store.querier().select([eq('__name__', name)], backlogFrom - HOUR, now));

  it('takes a 3-hour backlog at once, reads it back, and compacts it into blocks and rollups without loss or duplicates', async () => {
    // The live metric has been written in real time over the last hour, compacted as it went.
    suite.clock.ms = now - HOUR;
    await suite.store.reconcilePolicies({ retentionMs: 15 * 24 * HOUR, rollups: [{ name: '1m', resolutionMs: MINUTE }] });
    for (let t = now - HOUR; t < now; t += 5 * MINUTE) {
      suite.clock.ms = t;
      await write(indices(70, 140), t, t + 5 * MINUTE);
      await suite.store.runMaintenance();
    }
    suite.clock.ms = now;
    await suite.store.runMaintenance();

    // Then the backlog of both metrics arrives, 3 hours old, overlapping the live one's last hour
    // with the same values, plus a conflicting value the store already holds (which loses).
    await write(indices(0, 140), backlogFrom, now - 10 * MINUTE - STEP);
    await write([75], now - 30 * MINUTE, now - 30 * MINUTE + 1, () => -1);

    const check = async (): Promise<void> => {
      const replayed = await read('replayed');
      expect(replayed).toHaveLength(70);
      for (const s of replayed) expect(s).toEqual(plain([{ labels: s.labels, ...(expected(Number(s.labels.instance!.slice(1)), backlogFrom, now - 10 * MINUTE - STEP)) }])[0]);
      const live = await read('live_and_replayed');
      for (const s of live) {
        expect(s).toEqual(plain([{ labels: s.labels, ...(expected(70 + Number(s.labels.instance!.slice(1)), backlogFrom, now)) }])[0]);
      }
    };
    await check();
    const count = async (sql: string): Promise<number> => (await suite.t.db.query<{ n: number }>(sql))[0]!.n;
    if (suite.store.backend === 'partitions') expect(await count('SELECT count(*)::int AS n FROM sightline.metric_late')).toBe(140 * 679 + 1);

    // Past the late partition's close, maintenance packs it into blocks: the same answers.
    suite.clock.ms = now + 30 * MINUTE;
    await suite.store.runMaintenance();
    await check();
    if (suite.store.backend !== 'partitions') return; // the rest inspects the partitioned backend's tables
    expect(await count('SELECT count(*)::int AS n FROM sightline.metric_late')).toBe(0);
    // The windows already merged were merged again: no block holds more than 120 samples, and a
    // replayed series has no more blocks in a 2 h window than 480 samples need.
    const [replayedId] = await suite.t.db.query<{ id: number }>(`SELECT id FROM sightline.metric_series WHERE labels @> '{"__name__":"replayed","instance":"i1"}'`);
    expect(await count(`SELECT count(*)::int AS n FROM sightline.metric_blocks WHERE series_id = ${replayedId!.id} AND t_start >= ${backlogFrom} AND t_start < ${backlogFrom + 2 * HOUR}`)).toBeLessThanOrEqual(5);
    // Rollups saw every sample once: the 1m buckets equal those computed from the raw samples.
    const rollup = await suite.store.querier().selectRollup('1m', [eq('__name__', 'live_and_replayed'), eq('instance', 'i5')], backlogFrom, now);
    const raw = expected(75, backlogFrom, now);
    const want = rollupBuckets(Array.from(raw.timestamps, (t, k) => [t, raw.values[k]!] as const), MINUTE);
    expect(rollup[0]!.points.map((p) => ({ ...p, sum: Math.round(p.sum * 1e6) / 1e6 })).filter((p) => p.t >= backlogFrom && p.t < now - MINUTE)).toEqual(
      want.filter((p) => p.t >= backlogFrom && p.t < now - MINUTE).map(({ t, min, max, sum, count, last }) => ({ t, min, max, sum, count, last })),
    );
  });
});
