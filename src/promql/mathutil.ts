/** Numeric helpers shared by functions and aggregations, matching Prometheus's float behaviour. */

/**
 * Kahan-Babuska-Neumaier summation step: given `t = sum + inc`, returns the new compensation.
 * Callers keep sum and compensation in locals or typed arrays, so no tuple is allocated per add.
 */
export function kahanComp(inc: number, sum: number, t: number, c: number): number {
  if (t === Infinity || t === -Infinity) return 0;
  return Math.abs(sum) >= Math.abs(inc) ? c + (sum - t + inc) : c + (inc - t + sum);
}

/** Adds inc to sums[i] with Kahan compensation kept in comps[i]. */
export function kahanAdd(sums: Float64Array, comps: Float64Array, i: number, inc: number): void {
  const sum = sums[i]!;
  const t = sum + inc;
  comps[i] = kahanComp(inc, sum, t, comps[i]!);
  sums[i] = t;
}

/** Ascending order with NaN first, as Prometheus's vectorByValueHeap sorts. */
function compareNaNFirst(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return a - b;
}

/** The q-quantile of values (sorted in place), interpolating between neighbours. */
export function quantile(q: number, values: number[]): number {
  if (values.length === 0 || Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  values.sort(compareNaNFirst);
  const n = values.length;
  const rank = q * (n - 1);
  const lower = Math.max(0, Math.floor(rank));
  const upper = Math.min(n - 1, lower + 1);
  const weight = rank - Math.floor(rank);
  return values[lower]! * (1 - weight) + values[upper]! * weight;
}

/** Go's almost.Equal: relative comparison with NaN equal to NaN. */
export function almostEqual(a: number, b: number, epsilon: number): boolean {
  const minNormal = 2.2250738585072014e-308;
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < minNormal) return diff < epsilon * minNormal;
  return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64): shortest round-trip form without exponent. */
export function formatFloatPlain(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const s = String(v);
  if (!/e/i.test(s)) return s;
  const [mant, expStr] = s.split(/e/i) as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace(/^-/, '').replace('.', '');
  const pointPos = (mant.replace(/^-/, '').indexOf('.') < 0 ? mant.replace(/^-/, '').length : mant.replace(/^-/, '').indexOf('.')) + exp;
  let out: string;
  if (pointPos <= 0) out = `0.${'0'.repeat(-pointPos)}${digits}`;
  else if (pointPos >= digits.length) out = digits + '0'.repeat(pointPos - digits.length);
  else out = `${digits.slice(0, pointPos)}.${digits.slice(pointPos)}`;
  return neg ? `-${out}` : out;
}
