/**
 * The memory head (src/storage/metrics/memory-head.ts): a single writer's newest samples, read
 * from memory. Whatever a read touches — only the head's window, only the database's part, or
 * both — it must return what the database alone returns, bit for bit, through compaction, out-of-
 * order writes, eviction and a restart (which loads the window back from the database).
 */
import { describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { STALE_NAN } from '../../../src/model/samples.js';
import type { LabelMatcher } from '../../../src/storage/api.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { Clock, MINUTE, T0, eq, openStore, plain } from './metrics-support.js';

const WINDOW = 20 * MINUTE;
const STEP = 15_000;

/** A scrape-like workload: 80 series (a page) of two metrics, and 5 series committed as rows. */
const PAGED: Labels[] = Array.from({ length: 80 }, (_, i) => ({ __name__: i % 2 ? 'm_total' : 'm_gauge', instance: `i${i}`, zone: i % 3 ? 'a' : 'b' }));
const ROWS: Labels[] = Array.from({ length: 5 }, (_, i) => ({ __name__: 'few', instance: `r${i}` }));

/** Different per series and sample, with the staleness marker and other awkward bit patterns. */
function valueOf(i: number, k: number): number {
  if (k % 17 === 5 && i === 3) return STALE_NAN;
  if (k % 23 === 7 && i === 4) return NaN;
  return i * 1000 + k + (i === 2 ? 0.1 : 0);
}

describe.each(BACKENDS)('memory head on %s', (kind) => {
  const clock = new Clock(T0);
  let t: TestDb;
  let withHead: OpenMetricStore;
  let dbOnly: OpenMetricStore;
  let k = 0;

  async function writeUntil(endMs: number): Promise<void> {
    for (; T0 + k * STEP <= endMs; k++) {
      const ts = T0 + k * STEP;
      clock.ms = ts;
      const page = withHead.appender();
      PAGED.forEach((l, i) => page.append(l, ts, valueOf(i, k)));
      await page.commit();
      const rows = withHead.appender();
      ROWS.forEach((l, i) => rows.append(l, ts + 1, valueOf(i, k)));
      await rows.commit();
      if (k % 4 === 0) await withHead.runMaintenance();
    }
  }

  const same = async (matchers: LabelMatcher[], from: number, to: number): Promise<number> => {
    const before = withHead.querier().headSelects;
    const fromHead = plain(await withHead.querier().select(matchers, from, to));
    // Reads inside the window are the head's alone; the others go to the database as well.
    expect(withHead.querier().headSelects - before).toBe(from > clock.ms - WINDOW ? 1 : 0);
    const fromDb = plain(await dbOnly.querier().select(matchers, from, to));
    expect(fromHead).toEqual(fromDb);
    return fromDb.reduce((n, s) => n + s.timestamps.length, 0);
  };

  const ranges = (): [string, number, number][] => [
    ['instant window', clock.ms - 5 * MINUTE, clock.ms],
    ['head only, whole window', clock.ms - WINDOW + STEP, clock.ms],
    ['across the boundary', clock.ms - 60 * MINUTE, clock.ms],
    ['database only', clock.ms - 60 * MINUTE, clock.ms - 40 * MINUTE],
  ];

  it('answers every range like the database, through compaction', async () => {
    t = await openTestDb(kind);
    withHead = await openStore(t.db, clock, { memoryHeadWindowMs: WINDOW });
    dbOnly = await openStore(t.db, clock);
    await writeUntil(T0 + 70 * MINUTE);
    const stale = plain(await withHead.querier().select([eq('instance', 'i3')], clock.ms - 60 * MINUTE, clock.ms))[0]!;
    expect(stale.bits).toContain('7ff0000000000002'); // the staleness marker's own payload
    for (const [name, from, to] of ranges()) {
      for (const matchers of [[eq('__name__', 'm_gauge')], [eq('__name__', 'few')], [{ name: 'instance', type: '=~', value: 'i1.|r[0-2]' } as LabelMatcher], [eq('zone', 'b'), { name: '__name__', type: '!=', value: 'm_gauge' } as LabelMatcher]]) {
        expect(await same(matchers, from, to), `${name} ${JSON.stringify(matchers)}`).toBeGreaterThan(0);
      }
    }
  });

  it('sorts in an out-of-order sample and keeps the first one written at a timestamp, as the database does', async () => {
    const late = clock.ms - 4 * MINUTE - 7_000; // between two scrapes, inside the out-of-order window
    for (const v of [42, 43]) {
      const a = withHead.appender();
      a.append(ROWS[0]!, late, v);
      await a.commit();
    }
    const [series] = plain(await withHead.querier().select([eq('instance', 'r0')], late - 1, late + 1));
    expect(series?.timestamps).toEqual([late]);
    expect(series?.bits).toEqual(plain([{ labels: {}, timestamps: new Float64Array(1), values: Float64Array.of(42) }])[0]!.bits);
    await same([eq('__name__', 'few')], clock.ms - 10 * MINUTE, clock.ms);
  });

  it('forgets what falls out of its window, and a restart loads the window back from the database', async () => {
    await writeUntil(clock.ms + 30 * MINUTE);
    for (const [, from, to] of ranges()) await same([eq('__name__', 'm_total')], from, to);
    await withHead.close();
    withHead = await openStore(t.db, clock, { memoryHeadWindowMs: WINDOW });
    for (const [name, from, to] of ranges()) expect(await same([eq('__name__', 'm_total')], from, to), name).toBeGreaterThan(0);
    await writeUntil(clock.ms + 2 * MINUTE);
    for (const [, from, to] of ranges()) await same([{ name: 'instance', type: '=~', value: '.*' }], from, to);
    await withHead.close();
    await dbOnly.close();
    await t.close();
  });
});
