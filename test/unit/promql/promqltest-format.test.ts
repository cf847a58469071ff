import { describe, expect, it } from 'vitest';
import { parsePoints, parseTestFile } from '../../../src/promql/promqltest/format.js';
import { isStaleMarker } from '../../../src/model/samples.js';

const values = (text: string): (number | string)[] =>
  parsePoints(text, 1).map((p) => (p.kind === 'value' ? (isStaleMarker(p.value) ? 'stale' : p.value) : p.kind));

describe('promqltest format', () => {
  it('expands series notation', () => {
    expect(values('1+2x3')).toEqual([1, 3, 5, 7]);
    expect(values('10-1x2 _x2 stale 5x1')).toEqual([10, 9, 8, 'omitted', 'omitted', 'stale', 5, 5]);
    expect(values('-1+-1x1 Inf')).toEqual([-1, -2, Infinity]);
    expect(values('{{schema:0 sum:1 count:2}}x1 {{count:1}}+{{count:2}}x2')).toEqual(Array(5).fill('histogram'));
  });

  it('parses load, clear and eval commands with their expectations', () => {
    const cmds = parseTestFile(
      [
        'load 5m',
        '  m{a="x", "b.c"="y"} 0+10x2',
        '',
        'eval range from 0 to 10m step 5m m',
        '  expect warn msg: PromQL warning: something',
        '  expect no_info',
        '  m{a="x", "b.c"="y"} 0 _ 20',
        '# a comment ends a block',
        'eval instant at 1m scalar(m)',
        '  0',
        '',
        'eval_fail instant at 1m m',
        '  expected_fail_message boom',
        '',
        'clear',
      ].join('\n'),
    );
    expect(cmds.map((c) => c.kind)).toEqual(['load', 'eval', 'eval', 'eval', 'clear']);
    const [load, range, scalar, fail] = cmds;
    expect(load?.kind === 'load' && load.series[0]!.labels).toEqual({ __name__: 'm', a: 'x', 'b.c': 'y' });
    expect(range?.kind === 'eval' && [range.instant, range.startMs, range.endMs, range.stepMs]).toEqual([false, 0, 600_000, 300_000]);
    expect(range?.kind === 'eval' && range.expects).toEqual([{ type: 'warn', message: 'PromQL warning: something' }, { type: 'no_info' }]);
    expect(scalar?.kind === 'eval' && scalar.expectedScalar).toBe(0);
    expect(fail?.kind === 'eval' && fail.expects).toEqual([{ type: 'fail' }, { type: 'fail', message: 'boom' }]);
  });
});
