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
