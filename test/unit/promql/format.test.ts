import { describe, expect, it } from 'vitest';
import { formatExpr, formatFloat } from '../../../src/promql/format.js';
import { parseExpr } from '../../../src/promql/parser.js';

describe('formatExpr', () => {
  it.each([
    ['sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) by (job)', 'sum by (job) (rate(http_requests_total{job="api", code=~"5.."}[5m]))'],
    ['up   ==1', 'up == 1'],
    ['a > bool on(job) group_left(team) b', 'a > bool on (job) group_left (team) b'],
    ['a + ignoring(x) b', 'a + ignoring (x) b'],
    ['a and b', 'a and b'],
    ['topk(5, x) without (a)', 'topk without (a) (5, x)'],
    ['{__name__="up", job="x"}', '{__name__="up", job="x"}'],
    ['up{job="x"}', 'up{job="x"}'],
    ['{job="x"}', '{job="x"}'],
    ['x offset 1h30m', 'x offset 1h30m'],
    ['rate(x[5m] offset -1m)', 'rate(x[5m] offset -1m)'],
    ['x @ 100', 'x @ 100.000'],
    ['max_over_time(deriv(x[1m])[1h:5m])', 'max_over_time(deriv(x[1m])[1h:5m])'],
    ['x[10m:]', 'x[10m:]'],
    ['-(a)', '-(a)'],
    ['"str"', '"str"'],
    ['1e6', '1000000'],
    ['0.5', '0.5'],
    ['Inf', '+Inf'],
  ])('%s', (input, want) => {
    const out = formatExpr(parseExpr(input));
    expect(out).toBe(want);
    // The canonical form parses back to itself.
    expect(formatExpr(parseExpr(out))).toBe(want);
  });

  it("prints floats like Go's FormatFloat(v, 'f', -1, 64)", () => {
    expect([1e21, 0.0001, 1.5e-7, -2, NaN, Infinity, -Infinity].map(formatFloat)).toEqual(['1000000000000000000000', '0.0001', '0.00000015', '-2', 'NaN', '+Inf', '-Inf']);
  });
});
