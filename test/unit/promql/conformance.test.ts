import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryStoreFactory, runTestFile } from '../../../src/promql/promqltest/runner.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = process.env.SIGHTLINE_PROMQLTEST_DIR ?? path.resolve(repoRoot, 'test', 'fixtures', 'promqltest');

describe('PromQL conformance (Prometheus promqltest files)', () => {
  it(`has the test files in ${dir} (set SIGHTLINE_PROMQLTEST_DIR to point elsewhere)`, () => {
    expect(existsSync(dir)).toBe(true);
  });

  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test')).sort() : [];
  it.each(files)('%s: every in-scope case passes', async (file) => {
    const results = await runTestFile(path.join(dir, file), memoryStoreFactory);
    const failures = results.filter((r) => r.status === 'fail').map((r) => `${file}:${r.line}: ${r.expr}: ${r.reason}`);
    expect(failures).toEqual([]);
    // A file where everything is skipped must be one the runner knows to be out of scope.
    if (!results.some((r) => r.status === 'pass')) {
      expect(results.every((r) => r.status === 'skip' && /experimental|native histograms/.test(r.reason ?? ''))).toBe(true);
    }
  });
});
