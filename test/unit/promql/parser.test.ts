import { describe, expect, it } from 'vitest';
import { parseExpr } from '../../../src/promql/parser.js';
import { PromQLParseError } from '../../../src/promql/errors.js';
import type { Expr } from '../../../src/promql/ast.js';
import { formatExpr } from '../../../src/promql/format.js';

function parseError(q: string): string {
  try {
    parseExpr(q);
  } catch (err) {
    expect(err).toBeInstanceOf(PromQLParseError);
    return (err as Error).message;
  }
  throw new Error(`expected ${q} to fail`);
}

function num(q: string): number {
  const e = parseExpr(q);
  if (e.type !== 'number') throw new Error(`not a number literal: ${e.type}`);
  return e.value;
}

describe('parseExpr: literals', () => {
  it.each([
    ['1', 1],
    ['0x1F', 31],
    ['1e3', 1000],
    ['.5', 0.5],
    ['2.', 2],
    ['-Inf', -Infinity],
    ['+inf', Infinity],
    ['0755', 493],
    ['- - - 1', -1],
    // Unary minus binds looser than ^: -(1^2).
    ['-1 ^ 2', -1],
  ])('number %s = %d', (q, v) => {
    const e = parseExpr(q);
    if (e.type === 'number') expect(e.value).toBe(v);
    else expect(e.type).toBe('unary');
  });

  it('parses NaN', () => {
    expect(num('NaN')).toBeNaN();
  });

  it('unquotes strings with Go escapes in all three quote styles', () => {
    const s = (q: string): string => {
      const e = parseExpr(q);
      return e.type === 'string' ? e.value : '';
    };
    expect(s('"a\\tb\\u00e9\\x41"')).toBe('a\tbéA');
    expect(s("'it\\'s'")).toBe("it's");
    expect(s('`raw\\n`')).toBe('raw\\n');
    // Escaped bytes decode as UTF-8 when they form it, as Go strings do.
    expect(s('"\\xc3\\xa9\\303\\251"')).toBe('éé');
  });
});

describe('parseExpr: selectors and modifiers', () => {
  it('resolves durations, offsets and @ on selectors', () => {
    const e = parseExpr('rate(http_requests_total{job=~"api|web"}[1h30m] offset -5m @ 100)');
    expect(e.type).toBe('call');
    const arg = (e as Extract<Expr, { type: 'call' }>).args[0]!;
    expect(arg.type).toBe('matrixSelector');
    const ms = arg as Extract<Expr, { type: 'matrixSelector' }>;
    expect(ms.rangeMs).toBe(5_400_000);
    expect(ms.vector.offsetMs).toBe(-300_000);
    expect(ms.vector.at).toEqual({ kind: 'ts', ms: 100_000 });
    expect(ms.vector.matchers).toEqual([
      { name: '__name__', type: '=', value: 'http_requests_total' },
      { name: 'job', type: '=~', value: 'api|web' },
    ]);
  });

  it('parses subqueries with and without a step, and @ start()/end()', () => {
    const e = parseExpr('max_over_time(rate(x[5m])[1h:5m] @ end())');
    const sq = (e as Extract<Expr, { type: 'call' }>).args[0] as Extract<Expr, { type: 'subquery' }>;
    expect(sq.type).toBe('subquery');
    expect([sq.rangeMs, sq.stepMs]).toEqual([3_600_000, 300_000]);
    expect(sq.at).toEqual({ kind: 'end' });
    const noStep = parseExpr('x[10m:] @ start()') as Extract<Expr, { type: 'subquery' }>;
    expect(noStep.stepMs).toBe(0);
    expect(noStep.at).toEqual({ kind: 'start' });
  });

  it('attaches an offset after a binary expression to its right-most operand', () => {
    const e = parseExpr('a offset 1m or b offset 2m') as Extract<Expr, { type: 'binary' }>;
    expect(e.type).toBe('binary');
    expect((e.lhs as Extract<Expr, { type: 'vectorSelector' }>).offsetMs).toBe(60_000);
    expect((e.rhs as Extract<Expr, { type: 'vectorSelector' }>).offsetMs).toBe(120_000);
  });

  it('reads vector matching and grouping clauses', () => {
    const e = parseExpr('a / on(x) group_left(y) b') as Extract<Expr, { type: 'binary' }>;
    expect(e.matching).toEqual({ card: 'many-to-one', on: true, labels: ['x'], include: ['y'] });
    const agg = parseExpr('topk without (a, b) (3, x)') as Extract<Expr, { type: 'aggregate' }>;
    expect([agg.op, agg.without, agg.grouping]).toEqual(['topk', true, ['a', 'b']]);
    expect(agg.param?.type).toBe('number');
    const set = parseExpr('a and b') as Extract<Expr, { type: 'binary' }>;
    expect(set.matching?.card).toBe('many-to-many');
  });

  it('skips comments anywhere between tokens, as the kubernetes-mixin rules use them', () => {
    const q = 'sum by (verb) (\n  # too slow\n  rate(a[5m]) # per second\n  -\n  # fast enough\n  rate(b[5m])\n)\n# done';
    expect(formatExpr(parseExpr(q))).toBe('sum by (verb) (rate(a[5m]) - rate(b[5m]))');
  });
});

describe('parseExpr: errors carry position and Prometheus wording', () => {
  it.each([
    ['foo bar', '1:5: parse error: unexpected identifier "bar"'],
    ['sum(', '1:5: parse error: unclosed left parenthesis'],
    ['sum by (job) (up', '1:17: parse error: unclosed left parenthesis'],
    ['up{a="b"', '1:9: parse error: unexpected end of input inside braces'],
    ['up[5m', '1:6: parse error: unclosed left bracket'],
    ['rate(up[5m', '1:11: parse error: unclosed left parenthesis'],
    ['sum(rate(x{a="(" }[5m])', '1:24: parse error: unclosed left parenthesis'],
    ['rate(foo)', '1:6: parse error: expected type range vector in call to function "rate", got instant vector'],
    ['1 > 2', '1:1: parse error: comparisons between scalars must use BOOL modifier'],
    ['{}', '1:1: parse error: vector selector must contain at least one non-empty matcher'],
    ['{a=~".*"}', '1:1: parse error: vector selector must contain at least one non-empty matcher'],
    ['foo{__name__="bar"}', '1:1: parse error: metric name must not be set twice: "foo" or "bar"'],
    ['1 and 2', '1:1: parse error: set operator "and" not allowed in binary scalar expression'],
    ['(foo)[5m]', '1:1: parse error: ranges only allowed for vector selectors'],
    ['foo offset 1m offset 2m', '1:1: parse error: offset may not be set multiple times'],
    ['nosuchfn(x)', '1:1: parse error: unknown function with name "nosuchfn"'],
    ['sum(x, y)', '1:1: parse error: wrong number of arguments for aggregate expression provided, expected 1, got 2'],
    ['a + on(x) group_left(x) b', '1:5: parse error: label "x" must not occur in ON and GROUP clause at once'],
    ['a and on(x) group_left b', '1:13: parse error: no grouping allowed for "and" operation'],
    ['rate(x[5m])[1h:1m][1h:1m]', '1:1: parse error: subquery is only allowed on instant vector, got range vector instead'],
    ['label_join(x, "a")', '1:1: parse error: expected at least 3 argument(s) in call to "label_join", got 2'],
  ])('%s', (q, msg) => {
    expect(parseError(q)).toBe(msg);
  });

  it('counts lines and columns in multi-line queries', () => {
    expect(parseError('sum(\n  foo bar)')).toBe('2:7: parse error: unexpected identifier "bar"');
  });

  it('reports invalid regexes in matchers', () => {
    expect(parseError('x{a=~"(("}')).toMatch(/^1:3: parse error: invalid regular expression/);
  });

  it('refuses syntax newer than Prometheus v3.5 that the grammar knows', () => {
    expect(parseError('a + fill(0) b')).toBe('1:5: parse error: unsupported binary operator modifier "fill(0)"');
    expect(parseError('rate(x[5m] anchored)')).toMatch(/^1:6: parse error: unsupported expression/);
  });

  it('gates experimental functions behind an option', () => {
    expect(parseError('mad_over_time(x[5m])')).toBe('1:1: parse error: function "mad_over_time" is not enabled');
    expect(parseExpr('mad_over_time(x[5m])', { enableExperimentalFunctions: true }).type).toBe('call');
  });
});
