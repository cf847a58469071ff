/**
 * OTLP metric and attribute names → Prometheus names, as the OpenTelemetry specification's
 * "Prometheus and OpenMetrics Compatibility" section describes (OTLP → Prometheus direction).
 */

/** Characters outside [a-zA-Z0-9_:] become `_`, runs of `_` collapse to one, a leading digit gets `_`. */
export function sanitizeMetricName(name: string): string {
  let out = name.replace(/[^a-zA-Z0-9_:]/g, '_').replace(/__+/g, '_');
  if (/^[0-9]/.test(out)) out = `_${out}`;
  return out;
}

/**
 * Characters outside [a-zA-Z0-9_] become `_` and runs of `_` collapse to one. A name that then
 * starts with a digit or `_` is prefixed with `key` (`key_`), so an attribute can never produce a
 * reserved `__…` label such as `__name__`.
 */
export function sanitizeLabelName(name: string): string {
  let out = name.replace(/[^a-zA-Z0-9_]/g, '_').replace(/__+/g, '_');
  if (/^[0-9]/.test(out)) out = `key_${out}`;
  else if (out.startsWith('_')) out = `key${out}`;
  return out;
}

/** UCUM units → the Prometheus words for them. */
const UNITS: Readonly<Record<string, string>> = {
  d: 'days', h: 'hours', min: 'minutes', s: 'seconds', ms: 'milliseconds', us: 'microseconds', ns: 'nanoseconds',
  By: 'bytes', KiBy: 'kibibytes', MiBy: 'mebibytes', GiBy: 'gibibytes', TiBy: 'tibibytes',
  KBy: 'kilobytes', MBy: 'megabytes', GBy: 'gigabytes', TBy: 'terabytes',
  m: 'meters', V: 'volts', A: 'amperes', J: 'joules', W: 'watts', g: 'grams',
  Cel: 'celsius', Hz: 'hertz', '%': 'percent',
};

/** The denominator of `x/y` units, singular (`By/s` → `bytes_per_second`). */
const PER_UNITS: Readonly<Record<string, string>> = {
  s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', y: 'year',
};

export type PromType = 'counter' | 'gauge' | 'histogram' | 'summary';

/** The unit words to append (`milliseconds`, `bytes_per_second`), or '' for none. */
export function unitSuffix(unit: string, type: PromType): string {
  // Curly-brace annotations ({request}, {packets}) carry no unit.
  const clean = unit.replace(/\{[^}]*\}/g, '').trim();
  if (clean === '') return '';
  if (clean === '1') return type === 'gauge' ? 'ratio' : '';
  const slash = clean.indexOf('/');
  if (slash < 0) return sanitizeUnitWord(UNITS[clean] ?? clean);
  const num = clean.slice(0, slash);
  const den = clean.slice(slash + 1);
  const numWord = num === '' || num === '1' ? '' : sanitizeUnitWord(UNITS[num] ?? num);
  const denWord = den === '' ? '' : sanitizeUnitWord(PER_UNITS[den] ?? den);
  if (denWord === '') return numWord;
  return numWord === '' ? `per_${denWord}` : `${numWord}_per_${denWord}`;
}

function sanitizeUnitWord(word: string): string {
  return word.replace(/[^a-zA-Z0-9_:]/g, '_').replace(/__+/g, '_').replace(/^_+|_+$/g, '');
}

/** The full Prometheus metric name: sanitised name + unit words + `_total` for counters. */
export function prometheusMetricName(name: string, unit: string, type: PromType): string {
  let out = sanitizeMetricName(name);
  const suffix = unitSuffix(unit, type);
  if (suffix !== '' && !out.endsWith(`_${suffix}`)) out = `${out}_${suffix}`;
  if (type === 'counter' && !out.endsWith('_total')) out = `${out}_total`;
  return out.replace(/__+/g, '_');
}

/**
 * Bucket bounds and quantiles the way Prometheus prints them (Go's 'f' format, shortest
 * round-trip digits): `0.005`, `1000000`, `1e-7` → `0.0000001`, infinity → `+Inf`.
 */
export function formatFloatLabel(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isNaN(value)) return 'NaN';
  const s = String(value);
  const e = s.indexOf('e');
  if (e < 0) return s;
  // Expand JS exponent notation into plain decimal digits.
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exponent = Number(s.slice(e + 1));
  const [intPart, fracPart = ''] = mantissa.split('.') as [string, string?];
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
