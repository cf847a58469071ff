import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedDb, PostgresDb } from '../../../src/storage/db.js';
import { postgresTestUrl } from '../../support/db.js';

describe('PostgresDb connections', () => {
  let db: PostgresDb;
  beforeAll(async () => {
    // One connection, so every statement below sees the same session.
    db = PostgresDb.open(await postgresTestUrl(), 1);
  });
  afterAll(() => db.close());

  it('plan for cached data: random_page_cost 1.1, so the labels GIN index beats a scan of a small catalogue', async () => {
    expect(await db.query('SHOW random_page_cost')).toEqual([{ random_page_cost: '1.1' }]);
  });

  it('prepares a statement once per connection when asked, and runs other statements unnamed', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    const prepared = () => db.query<{ name: string }>('SELECT name FROM pg_prepared_statements WHERE statement = $1', [text]);
    expect(await db.query(text, [1])).toEqual([{ n: 2 }]);
    expect(await prepared()).toEqual([]);
    expect(await db.query(text, [2], { prepare: true })).toEqual([{ n: 3 }]);
    expect(await db.query(text, [41], { prepare: true })).toEqual([{ n: 42 }]);
    const rows = await prepared();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toMatch(/^sightline_\d+$/);
  });
});

describe('EmbeddedDb', () => {
  let db: EmbeddedDb;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sightline-embedded-db-'));
    db = await EmbeddedDb.open(dir);
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a long statement off the main thread: timers keep firing while it runs', async () => {
    let lastTick = performance.now();
    let maxGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - lastTick);
      lastTick = now;
    }, 10);
    const started = performance.now();
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM generate_series(1, 10000000)');
    const took = performance.now() - started;
    clearInterval(timer);
    expect(row!.n).toBe(10_000_000);
    expect(took).toBeGreaterThan(1000); // long enough to have frozen the loop on the main thread
    // On the main thread the gap would be the whole statement; here only scheduling noise of a
    // busy 2-core machine remains.
    expect(maxGap).toBeLessThan(Math.min(1000, took / 4));
  });

  it('keeps a transaction to itself: statements from outside wait for it, and a failure rolls it back', async () => {
    await db.query('CREATE TABLE tx_probe (v int)');
    const order: string[] = [];
    const inTx = db.transaction(async (tx) => {
      await tx.query('INSERT INTO tx_probe VALUES (1)');
      await new Promise((r) => setTimeout(r, 50));
      order.push('tx');
      throw Object.assign(new Error('abort'), { code: 'test' });
    });
    const outside = db.query<{ n: number }>('SELECT count(*)::int AS n FROM tx_probe').then((rows) => {
      order.push('outside');
      return rows[0]!.n;
    });
    await expect(inTx).rejects.toThrow('abort');
    expect(await outside).toBe(0);
    expect(order).toEqual(['tx', 'outside']);
    await expect(db.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
  });
});
