import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDb } from '../../../src/storage/db.js';
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
