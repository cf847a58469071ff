/**
 * Float parsing and formatting with Go's strconv semantics, which is what Prometheus uses: values
 * must parse (and `le`/`quantile` labels must normalize) exactly as Prometheus would, so series
 * written by Sightline match series written by Prometheus.
 */

const C_0 = 48;
const C_9 = 57;
const C_PLUS = 43;
const C_MINUS = 45;
const C_DOT = 46;

// Up to 15 digits an integer is exact in a double, so it can be accumulated without rounding.
const MAX_FAST_DIGITS = 15;

/**
 * Parses `text[start, end)` as Prometheus does (Go's ParseFloat without hex floats or `_`):
 * decimal with optional exponent, `[+-]Inf`/`Infinity` and `NaN` case-insensitively. Out-of-range
 * values are errors, as in Go. Returns undefined when invalid.
 */
export function parseFloatToken(text: string, start: number, end: number): number | undefined {
  // Fast path: a plain unsigned integer (most counters and gauges).
  let n = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < C_0 || c > C_9) break;
    n = n * 10 + (c - C_0);
    i++;
  }
  if (i === end && i > start && end - start <= MAX_FAST_DIGITS) return n;
  return parseGeneral(text, start, end);
}

function parseGeneral(text: string, start: number, end: number): number | undefined {
  let i = start;
  let c = text.charCodeAt(i);
  let sign = 1;
  if (c === C_PLUS || c === C_MINUS) {
    if (c === C_MINUS) sign = -1;
    c = text.charCodeAt(++i);
  }
  // Letters can only start Inf/Infinity or (unsigned) NaN.
  if ((c | 0x20) === 0x69 /* i */ || (c | 0x20) === 0x6e /* n */) {
    const word = text.slice(i, end).toLowerCase();
    if (word === 'inf' || word === 'infinity') return sign * Infinity;
    if (word === 'nan' && i === start) return NaN;
    return undefined;
  }
  let digits = 0;
  while (i < end && isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < end && text.charCodeAt(i) === C_DOT) {
    i++;
    while (i < end && isDigit(text.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return undefined;
  if (i < end && (text.charCodeAt(i) | 0x20) === 0x65 /* e */) {
    i++;
    c = text.charCodeAt(i);
    if (c === C_PLUS || c === C_MINUS) i++;
    const expStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === expStart) return undefined;
  }
  if (i !== end) return undefined;
  // The grammar checked above is a subset of what Number() accepts, with the same meaning.
  const value = Number(text.slice(start, end));
  return Number.isFinite(value) ? value : undefined;
}

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

/**
 * Formats a float as Prometheus's formatOpenMetricsFloat: Go's shortest `%g` (exponent form below
 * 1e-4 and from 1e21, two-digit exponents) with `.0` appended to integers, `+Inf`, `-Inf`, `NaN`.
 */
export function formatOpenMetricsFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return '0.0';
  // toExponential() gives the shortest round-tripping digits, like Go's precision -1.
  const [mantissa, e] = f.toExponential().split('e') as [string, string];
  const exp = Number(e);
  const s = exp < -4 || exp >= 21 ? `${mantissa}e${e[0]}${e.slice(1).padStart(2, '0')}` : String(f);
  return s.includes('.') || s.includes('e') ? s : `${s}.0`;
}
