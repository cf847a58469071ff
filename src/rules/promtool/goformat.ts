/** Go's renderings that promtool's output is made of: labels.Labels.String() and strconv.FormatFloat 'E'. */
import type { Labels } from '../../model/labels.js';
import { goQuote } from '../../promql/literals.js';

/** Label names in Go's labels.Labels order: plain byte order, so `__name__` sorts among the rest. */
export function goSortedNames(labels: Labels): string[] {
  return Object.keys(labels).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** labels.Labels.String(): `{a="1", b="2"}`. */
export function goLabels(labels: Labels): string {
  return `{${goSortedNames(labels)
    .map((n) => `${n}=${goQuote(labels[n]!)}`)
    .join(', ')}}`;
}

/** labels.Compare: name by name, then value by value, then the shorter set first. */
export function goCompareLabels(a: Labels, b: Labels): number {
  const an = goSortedNames(a);
  const bn = goSortedNames(b);
  for (let i = 0; i < Math.min(an.length, bn.length); i++) {
    if (an[i] !== bn[i]) return an[i]! < bn[i]! ? -1 : 1;
    const av = a[an[i]!]!;
    const bv = b[bn[i]!]!;
    if (av !== bv) return av < bv ? -1 : 1;
  }
  return an.length - bn.length;
}

/** strconv.FormatFloat(v, 'E', -1, 64): the shortest round-trip digits, e.g. 2E+00, 1.5E-07. */
export function goFloatE(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const [mantissa, exp] = v.toExponential().split('e') as [string, string];
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}E${sign}${exp.replace(/^[-+]/, '').padStart(2, '0')}`;
}

/** Go's time.Duration.String() for whole milliseconds: 0s, 500ms, 1.5s, 1m0s, 1h0m0s. */
export function goTimeDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${abs}ms`;
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const s = (abs % 60_000) / 1000;
  const secs = `${s}s`;
  if (h > 0) return `${sign}${h}h${m}m${secs}`;
  return m > 0 ? `${sign}${m}m${secs}` : `${sign}${secs}`;
}
