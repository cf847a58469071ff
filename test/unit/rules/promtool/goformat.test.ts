import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { glob } from '../../../../src/rules/promtool/glob.js';
import { goCompareLabels, goFloatE, goLabels, goTimeDuration } from '../../../../src/rules/promtool/goformat.js';

describe("Go's renderings in promtool's output", () => {
  it.each([
    [2, '2E+00'],
    [1.5e-7, '1.5E-07'],
    [-0.25, '-2.5E-01'],
    [0, '0E+00'],
    [1234567.125, '1.234567125E+06'],
    [1e100, '1E+100'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])("strconv.FormatFloat(%d, 'E', -1, 64) = %s", (v, text) => expect(goFloatE(v)).toBe(text));

  it.each([
    [0, '0s'],
    [500, '500ms'],
    [1500, '1.5s'],
    [60_000, '1m0s'],
    [3_723_000, '1h2m3s'],
    [86_400_000, '24h0m0s'],
  ])('time.Duration(%i ms).String() = %s', (ms, text) => expect(goTimeDuration(ms)).toBe(text));

  it('prints and orders label sets as labels.Labels does (byte order, __name__ among the rest)', () => {
    expect(goLabels({ job: 'a"b', __name__: 'up', Zone: 'x' })).toBe('{Zone="x", __name__="up", job="a\\"b"}');
    expect(goLabels({})).toBe('{}');
    expect(goCompareLabels({ a: '1' }, { a: '1', b: '2' })).toBeLessThan(0);
    expect(goCompareLabels({ a: '2' }, { a: '1', b: '2' })).toBeGreaterThan(0);
    expect(goCompareLabels({ b: '1' }, { a: '1' })).toBeGreaterThan(0);
    expect(goCompareLabels({ a: '1' }, { a: '1' })).toBe(0);
  });
});

describe("filepath.Glob for rule_files", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-glob-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'rules', 'sub'), { recursive: true });
  for (const f of ['b.yml', 'a.yml', 'c.yaml', 'sub/d.yml']) writeFileSync(join(dir, 'rules', f), '');

  it('matches *, ? and [...] within one path segment, sorted, and plain paths when they exist', () => {
    expect(glob(join(dir, 'rules', '*.yml'))).toEqual([join(dir, 'rules', 'a.yml'), join(dir, 'rules', 'b.yml')]);
    expect(glob(join(dir, 'rules', '?.y[a]ml'))).toEqual([join(dir, 'rules', 'c.yaml')]);
    expect(glob(join(dir, '*', 's*', '*.yml'))).toEqual([join(dir, 'rules', 'sub', 'd.yml')]);
    expect(glob(join(dir, 'rules', 'a.yml'))).toEqual([join(dir, 'rules', 'a.yml')]);
    expect(glob(join(dir, 'rules', 'none.yml'))).toEqual([]);
    expect(glob(join(dir, 'missing', '*.yml'))).toEqual([]);
  });
});
