/**
 * Parser for Prometheus's PromQL test scripting language (promql/promqltest, see FORMAT.md):
 * `load`, `clear` and `eval` commands with expanding series notation and `expect` lines.
 */
import type { Labels } from '../../model/labels.js';
import { METRIC_NAME } from '../../model/labels.js';
import { STALE_NAN } from '../../model/samples.js';
import { parseDurationMs, parseNumber, unquoteString } from '../literals.js';

/** One expected or loaded point: a number, a staleness marker, or nothing at that step. */
export type Point = { kind: 'value'; value: number } | { kind: 'omitted' } | { kind: 'histogram' };

export interface SeriesSpec {
  readonly labels: Labels;
  readonly points: Point[];
}

export interface LoadCommand {
  readonly kind: 'load';
  readonly line: number;
  readonly intervalMs: number;
  readonly withNhcb: boolean;
  readonly series: SeriesSpec[];
}

export interface ClearCommand {
  readonly kind: 'clear';
  readonly line: number;
}

export interface ExpectLine {
  readonly type: 'fail' | 'warn' | 'info' | 'no_warn' | 'no_info' | 'ordered';
  /** Exact message or anchored regex; neither means "any". */
  readonly message?: string;
  readonly regex?: RegExp;
}

export interface EvalCommand {
  readonly kind: 'eval';
  readonly line: number;
  readonly expr: string;
  readonly instant: boolean;
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
  readonly expects: ExpectLine[];
  readonly expected: SeriesSpec[];
  /** Set when the expected result is a bare scalar. */
  readonly expectedScalar: number | undefined;
  /** Raw text of the expected lines, to detect native-histogram expectations. */
  readonly rawExpected: string[];
}

export type Command = LoadCommand | ClearCommand | EvalCommand;

export class TestFormatError extends Error {}

const PAT_LOAD = /^load(?:_(with_nhcb))?\s+(.+?)$/;
const PAT_EVAL_INSTANT = /^eval(?:_(fail|warn|ordered|info))?\s+instant\s+(?:at\s+(.+?))?\s+(.+)$/;
const PAT_EVAL_RANGE = /^eval(?:_(fail|warn|info))?\s+range\s+from\s+(.+)\s+to\s+(.+)\s+step\s+(.+?)\s+(.+)$/;
const PAT_EXPECT = /^expect\s+(ordered|fail|warn|no_warn|info|no_info)(?:\s+(regex|msg):(.+))?$/;
const NUM = String.raw`[+-]?(?:[iI]nf|NaN|0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)`;
const PAT_EXPANDING = new RegExp(`^(${NUM})(?:([+-])(${NUM}))?x(\\d+)$`);

function duration(text: string, line: number): number {
  const t = text.trim();
  if (t === '0') return 0;
  const neg = t.startsWith('-');
  const ms = parseDurationMs(neg ? t.slice(1) : t);
  if (ms === undefined) throw new TestFormatError(`line ${line}: invalid duration ${JSON.stringify(t)}`);
  return neg ? -ms : ms;
}

function number(text: string, line: number): number {
  const v = parseNumber(text);
  if (v === undefined) throw new TestFormatError(`line ${line}: invalid number ${JSON.stringify(text)}`);
  return v;
}

/** Expands `1+2x3`, `_x2`, `stale`, `{{…}}` into points. */
export function parsePoints(text: string, line: number): Point[] {
  const points: Point[] = [];
  // Native histogram literals contain spaces; they are kept whole as one token.
  const tokens = text.match(/\{\{.*?\}\}(?:[+-]\{\{.*?\}\})?(?:x\d+)?|\S+/g) ?? [];
  for (const tok of tokens) {
    if (tok.startsWith('{{')) {
      const times = /x(\d+)$/.exec(tok);
      for (let i = 0; i <= (times ? Number(times[1]) : 0); i++) points.push({ kind: 'histogram' });
      continue;
    }
    if (tok === '_') {
      points.push({ kind: 'omitted' });
      continue;
    }
    if (tok === 'stale') {
      points.push({ kind: 'value', value: STALE_NAN });
      continue;
    }
    const omitted = /^_x(\d+)$/.exec(tok);
    if (omitted) {
      for (let i = 0; i < Number(omitted[1]); i++) points.push({ kind: 'omitted' });
      continue;
    }
    const m = PAT_EXPANDING.exec(tok);
    if (m) {
      const start = number(m[1]!, line);
      const step = m[3] === undefined ? 0 : number(m[3], line) * (m[2] === '-' ? -1 : 1);
      const times = Number(m[4]);
      let v = start;
      for (let i = 0; i <= times; i++) {
        points.push({ kind: 'value', value: v });
        v += step;
      }
      continue;
    }
    points.push({ kind: 'value', value: number(tok, line) });
  }
  return points;
}

/** Splits `metric{a="b"} 1 2 3` into labels and the rest. */
function parseSeriesLine(text: string, line: number): { labels: Labels; rest: string } {
  let i = 0;
  const labels: Record<string, string> = {};
  const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(text);
  if (nameMatch) {
    labels[METRIC_NAME] = nameMatch[0];
    i = nameMatch[0].length;
  }
  if (text[i] === '{') {
    i++;
    const pairRe = /\s*(?:([a-zA-Z_][a-zA-Z0-9_]*)|("(?:[^"\\]|\\.)*"))\s*(?:=\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))?\s*,?/y;
    while (i < text.length && text[i] !== '}') {
      pairRe.lastIndex = i;
      const m = pairRe.exec(text);
      if (!m || m[0] === '') throw new TestFormatError(`line ${line}: invalid series ${JSON.stringify(text)}`);
      i = pairRe.lastIndex;
      const name = m[1] ?? unquoteString(m[2]!);
      if (m[3] === undefined) labels[METRIC_NAME] = name;
      else labels[name] = unquoteString(m[3]);
    }
    if (text[i] !== '}') throw new TestFormatError(`line ${line}: unterminated series ${JSON.stringify(text)}`);
    i++;
  } else if (!nameMatch) {
    throw new TestFormatError(`line ${line}: invalid series ${JSON.stringify(text)}`);
  }
  for (const [n, v] of Object.entries(labels)) if (v === '') delete labels[n];
  return { labels, rest: text.slice(i) };
}

function parseExpect(text: string, line: number): ExpectLine {
  const m = PAT_EXPECT.exec(text);
  if (!m) throw new TestFormatError(`line ${line}: invalid expect line ${JSON.stringify(text)}`);
  const type = m[1] as ExpectLine['type'];
  if (m[2] === 'msg') return { type, message: m[3]!.trim() };
  if (m[2] === 'regex') return { type, regex: new RegExp(m[3]!.trim()) };
  return { type };
}

/** Parses a whole test file. Line numbers are 1-based. */
export function parseTestFile(content: string): Command[] {
  const lines = content.split('\n').map((l) => l.replace(/\r$/, ''));
  const cmds: Command[] = [];
  let i = 0;
  const block = (): { text: string; line: number }[] => {
    const out: { text: string; line: number }[] = [];
    while (i + 1 < lines.length) {
      const t = lines[i + 1]!.trim();
      // As in test.go, a comment line counts as an empty line and ends the block.
      if (t === '' || t.startsWith('#')) break;
      i++;
      out.push({ text: t, line: i + 1 });
    }
    return out;
  };
  for (; i < lines.length; i++) {
    const text = lines[i]!.trim();
    const line = i + 1;
    if (text === '' || text.startsWith('#')) continue;
    if (text === 'clear') {
      cmds.push({ kind: 'clear', line });
      continue;
    }
    const load = PAT_LOAD.exec(text);
    if (load) {
      const intervalMs = duration(load[2]!, line);
      const series = block().map(({ text: t, line: l }) => {
        const { labels, rest } = parseSeriesLine(t, l);
        return { labels, points: parsePoints(rest, l) };
      });
      cmds.push({ kind: 'load', line, intervalMs, withNhcb: load[1] !== undefined, series });
      continue;
    }
    const inst = PAT_EVAL_INSTANT.exec(text);
    const range = inst ? null : PAT_EVAL_RANGE.exec(text);
    if (!inst && !range) throw new TestFormatError(`line ${line}: unknown command ${JSON.stringify(text)}`);
    const mod = (inst ? inst[1] : range![1]) as 'fail' | 'warn' | 'ordered' | 'info' | undefined;
    const expr = inst ? inst[3]! : range![5]!;
    const startMs = inst ? duration(inst[2] ?? '0', line) : duration(range![2]!, line);
    const endMs = inst ? startMs : duration(range![3]!, line);
    const stepMs = inst ? 0 : duration(range![4]!, line);
    const expects: ExpectLine[] = mod ? [{ type: mod }] : [];
    const expected: SeriesSpec[] = [];
    const rawExpected: string[] = [];
    let expectedScalar: number | undefined;
    for (const { text: t, line: l } of block()) {
      if (t.startsWith('expect ')) {
        expects.push(parseExpect(t, l));
      } else if (t.startsWith('expected_fail_message')) {
        expects.push({ type: 'fail', message: t.slice('expected_fail_message'.length).trim() });
      } else if (t.startsWith('expected_fail_regexp')) {
        expects.push({ type: 'fail', regex: new RegExp(t.slice('expected_fail_regexp'.length).trim()) });
      } else {
        rawExpected.push(t);
        const scalar = parseNumber(t);
        if (scalar !== undefined && /^\S+$/.test(t)) {
          expectedScalar = scalar;
          continue;
        }
        const { labels, rest } = parseSeriesLine(t, l);
        expected.push({ labels, points: parsePoints(rest, l) });
      }
    }
    cmds.push({ kind: 'eval', line, expr, instant: inst !== null, startMs, endMs, stepMs, expects, expected, expectedScalar, rawExpected });
  }
  return cmds;
}
