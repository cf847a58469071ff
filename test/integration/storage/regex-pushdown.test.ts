/**
 * Regex matchers that go to PostgreSQL's `~` (pgSafeRegex) must select exactly the label values
 * RE2 selects in process: random patterns from the pushed-down grammar, over values with newlines,
 * non-ASCII letters and characters outside the BMP, through the real WHERE clause.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileMatchers, pgSafeRegex } from '../../../src/storage/metrics/matchers.js';
import { compileAnchoredRegex } from '../../../src/util/regex.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';

const TOKENS = ['a', 'b', 'c', '-', ':', '/', ' ', '_', '.', '\\.', '\\-', '*', '+', '?', '|', '(', ')', '[a-c]', '[^ab]', '[b_]', '[A-z]'];
const VALUE_CHARS = ['a', 'b', 'c', '-', '.', ':', '_', 'B', '^', '\n', 'é', '😀', ' '];

/** Patterns PostgreSQL gets, valid RE2; at most a few per run are rejected by RE2 and dropped. */
const pattern = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 10 })
  .map((t) => t.join(''))
  .filter((p) => {
    if (!pgSafeRegex(p)) return false;
    try {
      compileAnchoredRegex(p);
      return true;
    } catch {
      return false;
    }
  });
const values = fc.uniqueArray(
  fc.array(fc.constantFrom(...VALUE_CHARS), { maxLength: 6 }).map((c) => c.join('')),
  { minLength: 1, maxLength: 40 },
);

describe.each(BACKENDS)('regex matchers pushed down to %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(() => t.close());

  /** The values (as label `x`) that the matcher's SQL selects. */
  async function selectedInSql(regex: string, candidates: readonly string[]): Promise<string[]> {
    const params: unknown[] = [candidates];
    const filter = compileMatchers([{ name: 'x', type: '=~', value: regex }], params);
    expect(filter.nodeFilter).toBeUndefined();
    const rows = await t.db.query<{ v: string }>(
      `SELECT v FROM (SELECT v, i, jsonb_build_object('x', v) AS labels FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i)) s WHERE ${filter.where} ORDER BY i`,
      filter.params,
    );
    return rows.map((r) => r.v);
  }

  it('selects what RE2 selects, for random patterns of the pushed-down grammar', async () => {
    await fc.assert(
      fc.asyncProperty(pattern, values, async (regex, candidates) => {
        const re = compileAnchoredRegex(regex);
        expect(await selectedInSql(regex, candidates)).toEqual(candidates.filter((v) => re.test(v)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers the pathological pattern at once', async () => {
    const started = Date.now();
    expect(await selectedInSql('(a+)+b', [`${'a'.repeat(34)}c`, `${'a'.repeat(100_000)}c`, 'aab'])).toEqual(['aab']);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
