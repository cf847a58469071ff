/**
 * Head pages (src/storage/metrics/head-pages.ts): commits of many series at one timestamp, as a
 * scrape makes them, stored packed on the plain path. What a reader sees must not depend on it:
 * every behaviour is checked through the querier on every backend (TimescaleDB writes pages as
 * rows), and the storage form on the partitioned backend's tables.
 */
import { describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { STALE_NAN } from '../../../src/model/samples.js';
import type { Appender } from '../../../src/storage/api.js';
import { PlainBackend } from '../../../src/storage/metrics/plain.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { BACKENDS } from '../../support/db.js';
import { MINUTE, T0, bits, eq, openStore, partitionsOnly, plain, rejectWrites, useStoreSuite } from './metrics-support.js';

/** More series than one piece holds (224), so a page spans two piece rows. */
const SERIES = 300;

function seriesLabels(name: string, n = SERIES): Labels[] {
  return Array.from({ length: n }, (_, i) => ({ __name__: name, instance: `i${i}` }));
}

/** Values with every awkward bit pattern, different per series and per scrape. */
function valueOf(i: number, scrape: number): number {
  const special = [STALE_NAN, NaN, Infinity, -Infinity, -0, 1e-300];
  return i < special.length ? special[i]! : i * 1000 + scrape;
}

/** One scrape: every series once, at one timestamp, committed as one batch. */
async function scrape(store: OpenMetricStore, labels: readonly Labels[], t: number, scrapeNo: number, order: readonly number[] = labels.map((_, i) => i)): Promise<void> {
  const app: Appender = store.appender();
  for (const i of order) app.append(labels[i]!, t, valueOf(i, scrapeNo));
  await app.commit();
}

describe.each(BACKENDS)('head pages on %s', (kind) => {
  const suite = useStoreSuite(kind);

  const count = async (table: string, where = 'true', params: unknown[] = []): Promise<number> =>
    (await suite.t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sightline.${table} WHERE ${where}`, params))[0]!.n;

  /** What a reader sees of a metric, with each value's bits. */
  const read = async (name: string, from: number, to: number) => plain(await suite.store.querier().select([eq('__name__', name)], from, to));

  /** What the reads must return: scrapes (time, number) of every series, values as valueOf gives them. */
  const expected = (labels: readonly Labels[], scrapes: readonly (readonly [number, number])[]) =>
    labels
      .map((l, i) => ({
        labels: { ...l },
        timestamps: scrapes.map(([ts]) => ts),
        bits: bits(new Float64Array(scrapes.map(([, n]) => valueOf(i, n)))),
      }))
      .sort((a, b) => (a.labels.instance! < b.labels.instance! ? -1 : 1));

  const byInstance = (xs: ReturnType<typeof expected>) => [...xs].sort((a, b) => (a.labels.instance! < b.labels.instance! ? -1 : 1));

  it('stores a repeated series order as pages in one layout, and reads them bit-exactly before and after compaction', async (ctx) => {
    const labels = seriesLabels('paged');
    const scrapes = [0, 1, 2].map((k) => [T0 - 60_000 + k * 15_000, k] as const);
    suite.clock.ms = T0;
    for (const [ts, k] of scrapes) await scrape(suite.store, labels, ts, k);
    const before = byInstance(await read('paged', T0 - MINUTE, T0));
    expect(before).toEqual(expected(labels, scrapes));

    if (suite.store.backend === 'partitions') {
      // The first sighting of an order goes as rows; the next ones as pages of one layout, in two pieces.
      const pagedIds = "series_id IN (SELECT id FROM sightline.metric_series WHERE labels->>'__name__' = 'paged')";
      expect(await count('metric_head', pagedIds)).toBe(SERIES);
      expect(await count('metric_head_layouts', pagedIds)).toBe(SERIES);
      expect(await count('metric_head_pages')).toBe(4);
      expect(await count('metric_head_layouts', `${pagedIds} AND piece = 1`)).toBe(SERIES - 224);
    }

    // Past the out-of-order window the head partition becomes blocks: same answer, pages gone.
    suite.clock.ms = T0 + 30 * MINUTE;
    await suite.store.runMaintenance();
    expect(byInstance(await read('paged', T0 - MINUTE, T0))).toEqual(before);
    // A range that cuts the scrapes.
    expect(byInstance(await read('paged', scrapes[1]![0], scrapes[1]![0]))).toEqual(expected(labels, [scrapes[1]!]));
    if (suite.store.backend !== 'partitions') return partitionsOnly(suite.store, ctx);
    expect([await count('metric_head'), await count('metric_head_pages'), await count('metric_head_layouts')]).toEqual([0, 0, 0]);
  });

  it('gives a changed series order its own layout, and merges a series across rows and pages in time order', async (ctx) => {
    const now = T0 + 60 * MINUTE;
    suite.clock.ms = now;
    const labels = seriesLabels('reordered');
    const reversed = labels.map((_, i) => labels.length - 1 - i);
    // Scrapes out of time order on purpose: a page older than rows already written must merge in.
    const plan: [number, number, readonly number[] | undefined][] = [
      [now - 50_000, 0, undefined], // rows (first sighting)
      [now - 40_000, 1, undefined], // page, layout A
      [now - 30_000, 2, reversed], // rows (first sighting of the reversed order)
      [now - 20_000, 3, reversed], // page, layout B
      [now - 45_000, 4, undefined], // page, layout A, out of order
    ];
    for (const [ts, k, order] of plan) await scrape(suite.store, labels, ts, k, order);
    // A single-sample commit of one series between the pages: a row.
    const app = suite.store.appender();
    app.append(labels[7]!, now - 35_000, 12345);
    await app.commit();

    const got = byInstance(await read('reordered', now - MINUTE, now));
    const scrapes = plan.map(([ts, k]) => [ts, k] as const).sort((a, b) => a[0] - b[0]);
    const want = expected(labels, scrapes);
    const seven = want.find((s) => s.labels.instance === 'i7')!;
    seven.timestamps.splice(3, 0, now - 35_000);
    seven.bits.splice(3, 0, bits(new Float64Array([12345]))[0]!);
    expect(got).toEqual(want);

    // Label queries over a time range see series held only in pages.
    expect(await suite.store.querier().labelValues('instance', [eq('__name__', 'reordered')], now - 21_000, now - 19_000)).toHaveLength(SERIES);
    expect(await suite.store.querier().labelValues('instance', [eq('__name__', 'reordered')], now - 10_000, now)).toEqual([]);

    if (suite.store.backend !== 'partitions') return partitionsOnly(suite.store, ctx);
    const ids = "series_id IN (SELECT id FROM sightline.metric_series WHERE labels->>'__name__' = 'reordered')";
    expect(await count('metric_head_layouts', ids)).toBe(2 * SERIES);
    expect(await count('metric_head', ids)).toBe(2 * SERIES + 1);
  });

  it('lets the first written page win a timestamp that two writers with separate caches both wrote, also after compaction', async () => {
    const now = T0 + 120 * MINUTE;
    suite.clock.ms = now;
    const labels = seriesLabels('collide_paged');
    const other = await openStore(suite.t.db, suite.clock, { maintenanceIntervalMs: 0 });
    try {
      // Each writer sees the order twice, so both write pages; the second pair collides on `now - 10_000`.
      for (const [s, k] of [[suite.store, 0], [other, 1]] as const) await scrape(s, labels, now - 30_000 + k * 5_000, k);
      await scrape(suite.store, labels, now - 10_000, 2);
      await scrape(other, labels, now - 10_000, 3);
    } finally {
      await other.close();
    }
    const want = expected(labels, [
      [now - 30_000, 0],
      [now - 25_000, 1],
      [now - 10_000, 2],
    ]);
    expect(byInstance(await read('collide_paged', now - MINUTE, now))).toEqual(want);
    suite.clock.ms = now + 30 * MINUTE;
    await suite.store.runMaintenance();
    expect(byInstance(await read('collide_paged', now - MINUTE, now))).toEqual(want);
  });

  it('keeps no layout from a write that failed: the next page of that order creates it again', async (ctx) => {
    partitionsOnly(suite.store, ctx);
    const now = T0 + 180 * MINUTE;
    suite.clock.ms = now;
    const labels = seriesLabels('failed_paged', 80);
    await scrape(suite.store, labels, now - 30_000, 0); // rows: first sighting
    const allow = await rejectWrites(suite.t.db, 'sightline.metric_head_pages');
    try {
      // The layout would be created in this write; the page is refused, so the transaction rolls back.
      await expect(scrape(suite.store, labels, now - 20_000, 1)).rejects.toThrow(/sightline_test_reject/);
    } finally {
      await allow();
    }
    const ids = "series_id IN (SELECT id FROM sightline.metric_series WHERE labels->>'__name__' = 'failed_paged')";
    expect(await count('metric_head_layouts', ids)).toBe(0);
    await scrape(suite.store, labels, now - 10_000, 2);
    expect(await count('metric_head_layouts', ids)).toBe(80);
    expect(byInstance(await read('failed_paged', now - MINUTE, now))).toEqual(
      expected(labels, [
        [now - 30_000, 0],
        [now - 10_000, 2],
      ]),
    );
  });

  it('compacts a head partition written before head pages existed (no page or layout partitions)', async (ctx) => {
    partitionsOnly(suite.store, ctx);
    const now = T0 + 300 * MINUTE;
    suite.clock.ms = now;
    const app = suite.store.appender();
    app.append({ __name__: 'pre_pages' }, now - 10_000, 1);
    await app.commit();
    const start = Math.floor((now - 10_000) / (5 * MINUTE)) * 5 * MINUTE;
    const suffix = `${start}_${start + 5 * MINUTE}`;
    await suite.t.db.query(`DROP TABLE sightline.metric_head_pages_${suffix}, sightline.metric_head_layouts_${suffix}`);
    // A process started after the upgrade, once the partition is due for compaction: it has not
    // created that partition itself, and it is outside the range maintenance creates ahead.
    suite.clock.ms = now + 30 * MINUTE;
    const upgraded = await openStore(suite.t.db, suite.clock);
    try {
      expect(await count('metric_head', 't >= $1 AND t < $2', [start, start + 5 * MINUTE])).toBe(0);
      const got = await upgraded.querier().select([eq('__name__', 'pre_pages')], now - MINUTE, now);
      expect([...got[0]!.values]).toEqual([1]);
    } finally {
      await upgraded.close();
    }
  });

  it('cuts one series out of pages exactly when its samples before a time are deleted (per-service retention)', async (ctx) => {
    partitionsOnly(suite.store, ctx);
    const now = T0 + 240 * MINUTE;
    suite.clock.ms = now;
    await suite.store.runMaintenance();
    const labels = seriesLabels('cut_paged', 100);
    const scrapes = [0, 1, 2, 3].map((k) => [now - 40_000 + k * 10_000, k] as const);
    for (const [ts, k] of scrapes) await scrape(suite.store, labels, ts, k, undefined);
    const [victim] = await suite.t.db.query<{ id: number }>(`SELECT id FROM sightline.metric_series WHERE labels @> '{"__name__":"cut_paged","instance":"i9"}'`);
    const backend = new PlainBackend(suite.t.db, {
      headPartitionMs: 5 * MINUTE,
      blockPartitionMs: 24 * 60 * MINUTE,
      outOfOrderWindowMs: 10 * MINUTE,
      now: suite.clock.now,
      futureToleranceMs: 10 * MINUTE,
      compactionGraceMs: MINUTE,
      maintenanceIntervalMs: 0,
      compactionSeriesPerPass: 100_000,
      mergeWindowMs: 2 * 60 * MINUTE,
    });
    await backend.deleteSeriesBefore([victim!.id], now - 15_000);
    const want = expected(labels, scrapes);
    const nine = want.find((s) => s.labels.instance === 'i9')!;
    nine.timestamps.splice(0, 3);
    nine.bits.splice(0, 3);
    expect(byInstance(await read('cut_paged', now - MINUTE, now))).toEqual(want);
    suite.clock.ms = now + 30 * MINUTE;
    await suite.store.runMaintenance();
    expect(byInstance(await read('cut_paged', now - MINUTE, now))).toEqual(want);
  });
});
