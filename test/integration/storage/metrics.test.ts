import client from 'prom-client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { STALE_NAN, isStaleMarker } from '../../../src/model/samples.js';
import type { LabelMatcher } from '../../../src/storage/api.js';
import { SightlineError } from '../../../src/util/errors.js';
import { BACKENDS } from '../../support/db.js';
import { Clock, MINUTE, T0, bits, eq, openStore, partitionsOnly, plain, useStoreSuite } from './metrics-support.js';

describe.each(BACKENDS)('metrics store on %s', (kind) => {
  const suite = useStoreSuite(kind);

  it('uses native partitions unless the server preloads TimescaleDB', async () => {
    const [row] = await suite.t.db.query<{ libs: string }>("SELECT current_setting('shared_preload_libraries') AS libs");
    expect(suite.store.backend).toBe(kind === 'postgres' && row!.libs.includes('timescaledb') ? 'timescaledb' : 'partitions');
  });

  it('round-trips values bit-exactly, including the staleness marker, NaN and ±Inf, before and after compaction', async (ctx) => {
    partitionsOnly(suite.store, ctx);
    suite.clock.ms = T0;
    const labels = { __name__: 'roundtrip', job: 'a' };
    // Set element-wise: a JS array literal holding doubles canonicalises NaN payloads.
    const values = new Float64Array([1.5, 0, NaN, Infinity, -Infinity, -0, 1e-300, 42]);
    values[1] = STALE_NAN;
    expect(isStaleMarker(values[1])).toBe(true);
    const app = suite.store.appender();
    values.forEach((v, i) => app.append(labels, T0 - 60_000 + i * 1000, v));
    app.append({ __name__: 'roundtrip', job: 'b' }, T0, 7);
    await expect(app.commit()).resolves.toEqual({ samplesWritten: 9, seriesCreated: 2 });

    const before = await suite.store.querier().select([eq('__name__', 'roundtrip')], T0 - MINUTE, T0);
    expect(before.map((s) => s.labels.job)).toEqual(['a', 'b']);
    expect(bits(before[0]!.values)).toEqual(bits(values));
    expect(isStaleMarker(before[0]!.values[1]!)).toBe(true);
    expect([...before[0]!.timestamps]).toEqual(Array.from({ length: 8 }, (_, i) => T0 - 60_000 + i * 1000));

    // Past the out-of-order window the head partition is packed into blocks: same answer.
    suite.clock.ms = T0 + 30 * MINUTE;
    await suite.store.runMaintenance();
    const [blocks] = await suite.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sightline.metric_blocks');
    expect(blocks!.n).toBeGreaterThanOrEqual(2);
    const after = await suite.store.querier().select([eq('__name__', 'roundtrip')], T0 - MINUTE, T0);
    expect(plain(after)).toEqual(plain(before));
    // Range bounds are inclusive and cut inside blocks.
    const cut = await suite.store.querier().select([eq('job', 'a')], T0 - 58_000, T0 - 56_000);
    expect([...cut[0]!.timestamps]).toEqual([T0 - 58_000, T0 - 57_000, T0 - 56_000]);
  });

  it('merges the per-partition blocks of a closed window into blocks of at most 120 samples per series, same data', async (ctx) => {
    partitionsOnly(suite.store, ctx);
    const start = T0 + 24 * 60 * MINUTE; // a fresh 2 h merge window
    const app = suite.store.appender();
    for (let ts = start + MINUTE; ts <= start + 19 * MINUTE; ts += 5_000) {
      suite.clock.ms = ts;
      if ((ts - start) % 30_000 === 0) app.append({ __name__: 'merged' }, ts, ts % 7);
      app.append({ __name__: 'merged', dense: 'yes' }, ts, ts % 11);
    }
    await app.commit();
    const blocks = async (dense: boolean) =>
      (
        await suite.t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sightline.metric_blocks b JOIN sightline.metric_series s ON s.id = b.series_id
            WHERE s.labels @> '{"__name__":"merged"}' AND (s.labels ? 'dense') = $1`,
          [dense],
        )
      )[0]!.n;
    const window = async (from = start, to = start + 2 * 60 * MINUTE) => plain(await suite.store.querier().select([eq('__name__', 'merged')], from, to));
    suite.clock.ms = start + 60 * MINUTE;
    await suite.store.runMaintenance();
    expect([await blocks(false), await blocks(true)]).toEqual([4, 4]); // one per 5-minute head partition
    const before = await window();
    expect(before.map((s) => s.timestamps.length)).toEqual([37, 217]);
    // A range cutting through the middle of the merged blocks.
    const cut = await window(start + 7 * MINUTE + 2_500, start + 13 * MINUTE);
    suite.clock.ms = start + 3 * 60 * MINUTE;
    await suite.store.runMaintenance();
    // 37 samples fit one block; 217 are cut into two even ones (≤ 120 each).
    expect([await blocks(false), await blocks(true)]).toEqual([1, 2]);
    expect(await window()).toEqual(before);
    expect(await window(start + 7 * MINUTE + 2_500, start + 13 * MINUTE)).toEqual(cut);
    expect(cut.map((s) => s.timestamps.length)).toEqual([12, 72]);
  });

  describe('matchers and label queries', () => {
    const now = T0 + 60 * MINUTE;
    beforeAll(async () => {
      suite.clock.ms = now;
      const app = suite.store.appender();
      const sets: Labels[] = [
        { __name__: 'http_requests_total', job: 'api', method: 'GET', status: '200' },
        { __name__: 'http_requests_total', job: 'api', method: 'POST', status: '500' },
        { __name__: 'http_requests_total', job: 'web', method: 'get', status: '200' },
        { __name__: 'http_requests_total', job: 'web', status: '404' },
        { __name__: 'up', job: 'api' },
      ];
      for (const l of sets) app.append(l, now - 1000, 1);
      // A series whose only sample is older: excluded from label queries over a recent range.
      app.append({ __name__: 'old_metric', zone: 'eu' }, now - 9 * MINUTE, 1);
      await app.commit();
    });
    const statuses = async (...m: LabelMatcher[]): Promise<string[]> =>
      (await suite.store.querier().select([eq('__name__', 'http_requests_total'), ...m], now - MINUTE, now)).map((s) => s.labels.status!);

    it('supports =, != and empty-value semantics', async () => {
      expect(await statuses(eq('job', 'api'))).toEqual(['200', '500']);
      expect(await statuses({ name: 'job', type: '!=', value: 'api' })).toEqual(['200', '404']);
      expect(await statuses(eq('method', ''))).toEqual(['404']);
      expect(await statuses({ name: 'method', type: '!=', value: '' })).toEqual(['200', '500', '200']);
      expect(await statuses(eq('nosuchlabel', ''))).toHaveLength(4);
    });

    it('supports regex matchers in SQL and, for RE2-only syntax, in Node', async () => {
      expect(await statuses({ name: 'method', type: '=~', value: 'GET|POST' })).toEqual(['200', '500']);
      expect(await statuses({ name: 'method', type: '=~', value: '.*' })).toHaveLength(4);
      expect(await statuses({ name: 'method', type: '=~', value: '.+' })).toHaveLength(3);
      expect(await statuses({ name: 'method', type: '=~', value: 'GET|' })).toEqual(['200', '404']);
      expect(await statuses({ name: 'method', type: '!~', value: 'G.*' })).toEqual(['500', '200', '404']);
      // (?i) and \d are RE2 syntax that PostgreSQL reads differently: filtered in Node, same meaning.
      expect(await statuses({ name: 'method', type: '=~', value: '(?i)get' })).toEqual(['200', '200']);
      expect(await statuses({ name: 'status', type: '=~', value: '\\d0\\d' })).toEqual(['200', '500', '200', '404']);
      expect(await statuses({ name: 'status', type: '!~', value: '[[:digit:]]00' })).toEqual(['404']);
      // Fully anchored, as in Prometheus.
      expect(await statuses({ name: 'method', type: '=~', value: 'GE' })).toEqual([]);
    });

    it('rejects an invalid regex with a 400 error', async () => {
      const err = await suite.store.querier().select([{ name: 'job', type: '=~', value: '(' }], 0, now).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SightlineError);
      expect((err as SightlineError).httpStatus).toBe(400);
    });

    it('answers label names and values, with matchers and a time range', async () => {
      const q = suite.store.querier();
      expect(await q.labelNames([], now - MINUTE, now)).toEqual(['__name__', 'job', 'method', 'status']);
      expect(await q.labelNames([], now - 10 * MINUTE, now)).toContain('zone');
      expect(await q.labelNames([eq('__name__', 'up')], now - MINUTE, now)).toEqual(['__name__', 'job']);
      expect(await q.labelValues('__name__', [], now - MINUTE, now)).toEqual(['http_requests_total', 'up']);
      expect(await q.labelValues('__name__', [], now - 10 * MINUTE, now)).toEqual(['http_requests_total', 'old_metric', 'up']);
      expect(await q.labelValues('method', [eq('job', 'web')], now - MINUTE, now)).toEqual(['get']);
      expect(await q.labelValues('method', [{ name: 'job', type: '=~', value: '(?i)API' }], now - MINUTE, now)).toEqual(['GET', 'POST']);
    });
  });

  describe('sample rules', () => {
    const now = T0 + 120 * MINUTE;
    const labels = { __name__: 'rules', job: 'x' };
    const code = (fn: () => void): string | undefined => {
      try {
        fn();
        return undefined;
      } catch (e) {
        expect((e as SightlineError).httpStatus).toBe(400);
        return (e as SightlineError).code;
      }
    };

    it('accepts exact duplicates, rejects a different value at the same timestamp, accepts out-of-order inside the window', async () => {
      suite.clock.ms = now;
      const app = suite.store.appender();
      app.append(labels, now - 10_000, 1);
      app.append(labels, now - 10_000, 1); // same batch, same value: accepted, stored once
      expect(code(() => app.append(labels, now - 10_000, 2))).toBe('duplicate_sample_for_timestamp');
      await expect(app.commit()).resolves.toMatchObject({ samplesWritten: 1 });

      const next = suite.store.appender();
      next.append(labels, now - 10_000, 1); // committed earlier, same value
      expect(code(() => next.append(labels, now - 10_000, 3))).toBe('duplicate_sample_for_timestamp');
      next.append(labels, now - 20_000, 5); // out of order, inside the window
      await expect(next.commit()).resolves.toMatchObject({ samplesWritten: 1 });

      const [s] = await suite.store.querier().select([eq('__name__', 'rules')], now - MINUTE, now);
      expect([...s!.timestamps]).toEqual([now - 20_000, now - 10_000]);
      expect([...s!.values]).toEqual([5, 1]);
    });

    it('applies the same rules through appendKnown, and treats it and append of equal labels as one series', async () => {
      suite.clock.ms = now;
      const known = { __name__: 'rules_known', job: 'x' };
      const app = suite.store.appender();
      app.appendKnown!(known, now - 10_000, 1);
      app.append({ ...known }, now - 10_000, 1); // equal labels, another object: the same series
      expect(code(() => app.appendKnown!(known, now - 10_000, 2))).toBe('duplicate_sample_for_timestamp');
      expect(code(() => app.appendKnown!({ job: 'x' }, now, 1))).toBe('invalid_labels');
      expect(code(() => app.appendKnown!(known, now + 11 * MINUTE, 1))).toBe('sample_too_new');
      await expect(app.commit()).resolves.toMatchObject({ samplesWritten: 1, seriesCreated: 1 });

      const next = suite.store.appender(); // the request now holds the series' entry: committed samples are known
      expect(code(() => next.appendKnown!(known, now - 10_000, 3))).toBe('duplicate_sample_for_timestamp');
      next.appendKnown!(known, now - 5_000, 4);
      await expect(next.commit()).resolves.toMatchObject({ samplesWritten: 1, seriesCreated: 0 });
      const [s] = await suite.store.querier().select([eq('__name__', 'rules_known')], now - MINUTE, now);
      expect([...s!.values]).toEqual([1, 4]);
    });

    it('keeps every sample and the duplicate rules of a batch larger than its initial buffers, and of one reusing its appender', async () => {
      suite.clock.ms = now;
      const series = Array.from({ length: 700 }, (_, i) => ({ __name__: 'sized', i: String(i) }));
      const app = suite.store.appender();
      for (const [i, l] of series.entries()) app.appendKnown!(l, now - 30_000, i);
      for (const [i, l] of series.entries()) app.append({ ...l }, now - 20_000, -i);
      expect(code(() => app.appendKnown!(series[699]!, now - 20_000, 1))).toBe('duplicate_sample_for_timestamp');
      await expect(app.commit()).resolves.toMatchObject({ samplesWritten: 1400, seriesCreated: 700 });
      // The same appender, reset by its commit: the next batch starts from the committed samples.
      expect(code(() => app.appendKnown!(series[5]!, now - 20_000, 7))).toBe('duplicate_sample_for_timestamp');
      app.appendKnown!(series[5]!, now - 10_000, 7);
      await expect(app.commit()).resolves.toMatchObject({ samplesWritten: 1 });
      const selected = await suite.store.querier().select([eq('__name__', 'sized')], now - MINUTE, now);
      expect(selected).toHaveLength(700);
      const five = selected.find((s) => s.labels.i === '5')!;
      expect([...five.values]).toEqual([5, -5, 7]);
      expect(selected.every((s) => s.values[1] === -Number(s.labels.i))).toBe(true);
    });

    it('rejects samples older than retention, too far ahead, or with bad labels/timestamps, and takes late ones', () => {
      suite.clock.ms = now;
      const app = suite.store.appender();
      expect(code(() => app.append(labels, now - 30 * 24 * 60 * MINUTE, 1))).toBe('sample_too_old');
      expect(code(() => app.append(labels, now - 11 * MINUTE, 1))).toBeUndefined();
      expect(code(() => app.append(labels, now + 11 * MINUTE, 1))).toBe('sample_too_new');
      expect(code(() => app.append({ job: 'x' }, now, 1))).toBe('invalid_labels');
      expect(code(() => app.append(labels, now + 0.5, 1))).toBe('invalid_timestamp');
      expect(code(() => app.append(labels, now + 9 * MINUTE, 1))).toBeUndefined();
      app.rollback();
    });

    it('resolves a collision the writer cannot see (out-of-order onto a stored timestamp): first written wins, also after compaction', async (ctx) => {
    partitionsOnly(suite.store, ctx);
      suite.clock.ms = now;
      const a = suite.store.appender();
      a.append({ __name__: 'collide' }, now - 5000, 10);
      a.append({ __name__: 'collide' }, now - 1000, 11);
      await a.commit();
      const b = suite.store.appender();
      b.append({ __name__: 'collide' }, now - 5000, 99); // older than newest: not checked, accepted
      await b.commit();
      const read = async () => (await suite.store.querier().select([eq('__name__', 'collide')], now - MINUTE, now))[0]!;
      expect([...(await read()).values]).toEqual([10, 11]);
      suite.clock.ms = now + 30 * MINUTE;
      await suite.store.runMaintenance();
      const [head] = await suite.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sightline.metric_head WHERE t <= $1', [now]);
      expect(head!.n).toBe(0);
      expect([...(await read()).values]).toEqual([10, 11]);
    });
  });

  describe('group commit and backpressure', () => {
    it('batches many concurrent commits into fewer writes and acknowledges every row', async () => {
      suite.clock.ms = T0 + 200 * MINUTE;
      const now = suite.clock.ms;
      const before = suite.store.writerStats().transactions;
      const commits = Array.from({ length: 40 }, (_, c) => {
        const app = suite.store.appender();
        for (let i = 0; i < 50; i++) app.append({ __name__: 'group', committer: String(c), i: String(i % 5) }, now - i * 100, c * 1000 + i);
        return app.commit();
      });
      const results = await Promise.all(commits);
      expect(results.every((r) => r.samplesWritten === 50)).toBe(true);
      expect(results.reduce((n, r) => n + r.seriesCreated, 0)).toBe(200);
      const writes = suite.store.writerStats().transactions - before;
      expect(writes).toBeGreaterThanOrEqual(1);
      expect(writes).toBeLessThan(40);
      const series = await suite.store.querier().select([eq('__name__', 'group')], now - MINUTE, now);
      expect(series).toHaveLength(200);
      expect(series.reduce((n, s) => n + s.timestamps.length, 0)).toBe(2000);
    });

    it('writes commits that may wait (batchWithinMs) together, after at most that long, and does not hold back others', async () => {
      suite.clock.ms = T0 + 200 * MINUTE;
      const now = suite.clock.ms;
      const before = suite.store.writerStats().transactions;
      const started = performance.now();
      // Spread over 100 ms, as scrape loops commit: without the wait each would be its own write.
      const waiting: Promise<{ samplesWritten: number; ms: number }>[] = [];
      for (let c = 0; c < 10; c++) {
        const app = suite.store.appender({ batchWithinMs: 400 });
        for (let i = 0; i < 20; i++) app.append({ __name__: 'batched', committer: String(c), i: String(i) }, now - 1000, i);
        waiting.push(app.commit().then((r) => ({ ...r, ms: performance.now() - started })));
        await new Promise((r) => setTimeout(r, 10));
      }
      const urgent = suite.store.appender();
      urgent.append({ __name__: 'batched_urgent' }, now, 1);
      await urgent.commit();
      const urgentMs = performance.now() - started;
      const results = await Promise.all(waiting);
      expect(results.every((r) => r.samplesWritten === 20)).toBe(true);
      // The urgent commit went at once and took the waiting ones along (≤ 2 writes in all).
      expect(suite.store.writerStats().transactions - before).toBeLessThanOrEqual(2);
      expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(urgentMs + 400);
      expect(await suite.store.querier().select([eq('__name__', 'batched')], now - MINUTE, now)).toHaveLength(200);

      // Alone, a waiting commit is written once its wait is over.
      const alone = suite.store.appender({ batchWithinMs: 150 });
      alone.append({ __name__: 'batched_alone' }, now, 1);
      const t0 = performance.now();
      await alone.commit();
      expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    });

    it('reuses batch buffers only once their batch is written or dropped, carrying nothing over', async () => {
      suite.clock.ms = T0 + 210 * MINUTE;
      const now = suite.clock.ms;
      const series = (name: string, i: number): Labels => ({ __name__: name, i: String(i) });
      // A waits for the group commit while R, rolled back, returns its buffers and B takes them.
      const a = suite.store.appender({ batchWithinMs: 300 });
      for (let i = 0; i < 300; i++) a.append(series('pooled_a', i), now - 2000, i);
      const aCommitted = a.commit();
      const r = suite.store.appender();
      for (let i = 0; i < 500; i++) r.append(series('pooled_r', i), now - 2000, -i);
      r.rollback();
      const b = suite.store.appender();
      for (let i = 0; i < 10; i++) b.appendKnown!(series('pooled_b', i), now - 2000, 100 + i);
      await expect(b.commit()).resolves.toMatchObject({ samplesWritten: 10 });
      await expect(aCommitted).resolves.toMatchObject({ samplesWritten: 300 });

      // Later batches get the written ones' buffers; duplicate checks still see each series' own newest sample.
      const c = suite.store.appender();
      expect(() => c.append(series('pooled_a', 7), now - 2000, 7)).not.toThrow(); // the stored sample again
      expect(() => c.append(series('pooled_a', 8), now - 2000, 0)).toThrow(/duplicate sample for timestamp/);
      for (let i = 0; i < 300; i++) c.append(series('pooled_a', i), now - 1000, 2 * i);
      await expect(c.commit()).resolves.toMatchObject({ samplesWritten: 300 });

      const q = suite.store.querier();
      expect(await q.select([eq('__name__', 'pooled_r')], now - MINUTE, now)).toHaveLength(0);
      const bs = await q.select([eq('__name__', 'pooled_b')], now - MINUTE, now);
      expect(bs.map((s) => [s.labels.i, [...s.values]]).sort()).toEqual(Array.from({ length: 10 }, (_, i) => [String(i), [100 + i]]).sort());
      const as = await q.select([eq('__name__', 'pooled_a')], now - MINUTE, now);
      expect(as).toHaveLength(300);
      expect(as.every((s) => s.values.length === 2 && s.values[0] === Number(s.labels.i) && s.values[1] === 2 * Number(s.labels.i))).toBe(true);
    });

    it('lets writers with separate caches create the same new series concurrently, without failures or duplicates', async () => {
      const c = new Clock(T0 + 200 * MINUTE);
      const others = await Promise.all([openStore(suite.t.db, c), openStore(suite.t.db, c)]);
      try {
        const results = await Promise.all(
          [suite.store, ...others].map((s, w) => {
            const app = s.appender();
            for (let i = 0; i < 100; i++) app.append({ __name__: 'race', i: String(i) }, c.ms - w, w);
            return app.commit();
          }),
        );
        expect(results.map((r) => r.samplesWritten)).toEqual([100, 100, 100]);
        expect(results.reduce((n, r) => n + r.seriesCreated, 0)).toBe(100);
        const [row] = await suite.t.db.query<{ n: number; d: number }>(
          "SELECT count(*)::int AS n, count(DISTINCT labels)::int AS d FROM sightline.metric_series WHERE labels->>'__name__' = 'race'",
        );
        expect(row).toEqual({ n: 100, d: 100 });
        const series = await suite.store.querier().select([eq('__name__', 'race')], c.ms - 10, c.ms);
        expect(series.every((s) => s.timestamps.length === 3)).toBe(true);
      } finally {
        await Promise.all(others.map((o) => o.close()));
      }
    });

    it('exports writer metrics on the default prom-client registry', async () => {
      const text = await client.register.metrics();
      expect(text).toMatch(/^sightline_storage_samples_written_total \d+/m);
      expect(Number(/^sightline_storage_samples_written_total (\d+)/m.exec(text)![1])).toBeGreaterThan(0);
      expect(text).toMatch(/^sightline_storage_write_queue_samples 0$/m);
      expect(text).toMatch(/^sightline_storage_commit_duration_seconds_count \d+/m);
      expect(text).toMatch(/^# TYPE sightline_storage_commits_rejected_total counter$/m);
    });

    it('rejects a commit with a retryable 429 when the queue is full, and accepts again once it drains', async () => {
      const c = new Clock(T0 + 200 * MINUTE);
      const small = await openStore(suite.t.db, c, { maxPendingSamples: 1000 });
      try {
        const fill = (n: number, tag: string) => {
          const app = small.appender();
          for (let i = 0; i < n; i++) app.append({ __name__: 'bp', tag, i: String(i) }, c.ms, i);
          return app.commit();
        };
        const first = fill(700, 'a');
        const second = await fill(700, 'b').catch((e: unknown) => e);
        expect(second).toBeInstanceOf(SightlineError);
        expect((second as SightlineError).httpStatus).toBe(429);
        expect((second as SightlineError).retryable).toBe(true);
        await expect(first).resolves.toMatchObject({ samplesWritten: 700 });
        await expect(fill(700, 'b')).resolves.toMatchObject({ samplesWritten: 700 });
        expect(await small.querier().labelValues('tag', [eq('__name__', 'bp')], c.ms - 1, c.ms)).toEqual(['a', 'b']);
      } finally {
        await small.close();
      }
    });
  });
});
