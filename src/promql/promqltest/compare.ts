/** Compares a query outcome with an eval command's expectations, as Prometheus's test.go does. */
import { formatLabels, labelsKey } from '../../model/labels.js';
import { almostEqual } from '../mathutil.js';
import type { QueryOutcome } from '../engine.js';
import type { QueryResult } from '../value.js';
import type { EvalCommand, ExpectLine } from './format.js';

/** Relative tolerance of sample values (test.go's defaultEpsilon). */
const EPSILON = 1e-6;

function matchesExpect(e: ExpectLine, text: string): boolean {
  if (e.message !== undefined) return e.message === text;
  if (e.regex) return e.regex.test(text);
  return true;
}

/** Checks an error against `expect fail` lines; returns a failure reason or undefined. */
export function checkFailure(cmd: EvalCommand, message: string): string | undefined {
  for (const e of cmd.expects.filter((x) => x.type === 'fail')) {
    if (!matchesExpect(e, message)) return `expected error matching ${e.message ?? e.regex?.source}, got: ${message}`;
  }
  return undefined;
}

function checkAnnotationType(cmd: EvalCommand, type: 'warn' | 'info', actual: readonly string[]): string | undefined {
  const expected = cmd.expects.filter((e) => e.type === type);
  const none = cmd.expects.some((e) => e.type === `no_${type}`);
  if (none && actual.length > 0) return `unexpected ${type} annotations: ${actual.join('; ')}`;
  if (expected.length === 0) return undefined;
  if (actual.length === 0) return `expected ${type} annotations but none were found`;
  for (const e of expected) {
    if (!actual.some((a) => matchesExpect(e, a))) return `expected ${type} annotation matching ${e.message ?? e.regex?.source ?? 'any'}, found: ${actual.join('; ')}`;
  }
  for (const a of actual) {
    if (!expected.some((e) => matchesExpect(e, a))) return `unexpected ${type} annotation ${JSON.stringify(a)}`;
  }
  return undefined;
}

function fmt(v: number): string {
  return Number.isNaN(v) ? 'NaN' : String(v);
}

/** Returns a failure reason, or undefined when the outcome matches. */
export function compareOutcome(cmd: EvalCommand, out: QueryOutcome): string | undefined {
  return checkAnnotationType(cmd, 'warn', out.warnings) ?? checkAnnotationType(cmd, 'info', out.infos) ?? compareResult(cmd, out.result);
}

/** Compares the result value only (test.go's compareResult). */
export function compareResult(cmd: EvalCommand, res: QueryResult): string | undefined {
  const ordered = cmd.expects.some((e) => e.type === 'ordered');
  const expected = new Map(cmd.expected.map((s, i) => [labelsKey(s.labels), { spec: s, pos: i }]));
  if (cmd.expectedScalar !== undefined) {
    if (res.type !== 'scalar') return `expected scalar result, got ${res.type}`;
    return almostEqual(cmd.expectedScalar, res.value, EPSILON) ? undefined : `expected scalar ${fmt(cmd.expectedScalar)}, got ${fmt(res.value)}`;
  }
  if (res.type === 'scalar' || res.type === 'string') return `expected vector or matrix, got ${res.type} ${String(res.value)}`;
  if (res.type === 'vector') {
    const seen = new Set<string>();
    for (const [pos, s] of res.samples.entries()) {
      const key = labelsKey(s.labels);
      const exp = expected.get(key);
      if (!exp) return `unexpected metric ${formatLabels(s.labels)} in result, has value ${fmt(s.value)}`;
      if (ordered && exp.pos !== pos) return `expected metric ${formatLabels(s.labels)} at position ${exp.pos + 1} but was at ${pos + 1}`;
      const p = exp.spec.points[0];
      if (!p || p.kind !== 'value') return `expected no value for ${formatLabels(s.labels)}`;
      if (!almostEqual(p.value, s.value, EPSILON)) return `expected ${fmt(p.value)} for ${formatLabels(s.labels)} but got ${fmt(s.value)}`;
      seen.add(key);
    }
    for (const [key, exp] of expected) if (!seen.has(key)) return `expected metric ${formatLabels(exp.spec.labels)} not found`;
    return undefined;
  }
  if (ordered) return 'expected ordered result, but query returned a matrix';
  const seen = new Set<string>();
  for (const s of res.series) {
    const key = labelsKey(s.labels);
    const exp = expected.get(key);
    if (!exp) return `unexpected metric ${formatLabels(s.labels)} in result, has ${s.values.length} points`;
    seen.add(key);
    const expTs: number[] = [];
    const expVs: number[] = [];
    for (const [i, p] of exp.spec.points.entries()) {
      const t = cmd.startMs + i * cmd.stepMs;
      if (t > cmd.endMs) return `expected ${exp.spec.points.length} points for ${formatLabels(s.labels)}, but query time range cannot return this many points`;
      if (p.kind === 'value') {
        expTs.push(t);
        expVs.push(p.value);
      }
    }
    if (expTs.length !== s.timestamps.length) {
      return `expected ${expTs.length} points for ${formatLabels(s.labels)}, got ${s.timestamps.length}: ${s.timestamps.map((t, i) => `${fmt(s.values[i]!)}@${t / 1000}s`).join(' ')}`;
    }
    for (let i = 0; i < expTs.length; i++) {
      if (expTs[i] !== s.timestamps[i]) return `expected point ${i} of ${formatLabels(s.labels)} at t=${expTs[i]! / 1000}s, got t=${s.timestamps[i]! / 1000}s`;
      if (!almostEqual(expVs[i]!, s.values[i]!, EPSILON)) {
        return `expected ${fmt(expVs[i]!)} at t=${expTs[i]! / 1000}s for ${formatLabels(s.labels)}, got ${fmt(s.values[i]!)}`;
      }
    }
  }
  for (const [key, exp] of expected) if (!seen.has(key)) return `expected metric ${formatLabels(exp.spec.labels)} not found`;
  return undefined;
}
