/**
 * Go values as the template engine sees them, and Go's `fmt` rendering of them. Templates written
 * for Prometheus print numbers through Go's fmt (`{{ $value }}` is `%v` of a float64, `humanize` is
 * `%.4g`), so the digits must be Go's, not JavaScript's.
 *
 * Mapping: string → string, float64 → number, int → bigint, bool → boolean, nil → null,
 * "no value" (a missing interface) → undefined, slice → array, map[string]string → plain object
 * whose values are all strings, map[string]interface {} → Map or any other plain object,
 * struct / pointer to struct → GoStruct.
 */

/** Go parameter types a template function declares; arguments are checked against them as Go does. */
export type ParamType = 'any' | 'string' | 'float64' | 'int' | 'bool' | 'template.queryResult' | '*template.sample';

/** A template function (or method) with its Go signature. */
export interface GoFunc {
  params: ParamType[];
  /** Type of the trailing `...` parameter, when the function is variadic. */
  variadic?: ParamType;
  /** Throwing an Error gives Go's `error calling NAME: MESSAGE`. */
  call(...args: unknown[]): unknown;
}

/** A value of a Go type with methods (e.g. *time.Time): prints as its String method, `.Name` calls a method. */
export class GoMethods {
  constructor(
    readonly typeName: string,
    readonly text: string,
    readonly methods: Readonly<Record<string, GoFunc>>,
  ) {}
}

export class GoStruct {
  constructor(
    /** Go's type name, as it appears in error messages (`struct { Labels map[string]string; … }`). */
    readonly typeName: string,
    readonly fields: Readonly<Record<string, unknown>>,
    /** A pointer to a struct prints as `&{…}` and is not a map for `index`. */
    readonly pointer = false,
  ) {}
}

/** Arrays that are Prometheus query results, so that their Go type name is `template.queryResult`. */
const queryResults = new WeakSet<readonly unknown[]>();

export function markQueryResult<T extends unknown[]>(samples: T): T {
  queryResults.add(samples);
  return samples;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

export function isStringMap(v: unknown): v is Record<string, string> {
  return isPlainObject(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** Go's name of the value's type, for error messages and `%T`. */
export function goTypeName(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'func';
  }
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof GoStruct || v instanceof GoMethods) return v.typeName;
  if (Array.isArray(v)) return queryResults.has(v) ? 'template.queryResult' : '[]interface {}';
  if (isStringMap(v)) return 'map[string]string';
  return 'map[string]interface {}';
}

/** Map entries in Go's printing order (sorted keys). */
export function mapEntries(v: Map<unknown, unknown> | Record<string, unknown>): [string, unknown][] {
  const entries: [string, unknown][] = v instanceof Map ? [...v].map(([k, x]) => [String(k), x]) : Object.entries(v);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- Floats: exact decimal expansion, rounded like strconv (half to even on exact ties). ----

interface Decimal {
  /** Significant digits without trailing zeros; '' for zero. */
  digits: string;
  /** Position of the decimal point: value = 0.digits × 10^dp. */
  dp: number;
}

function exactDecimal(x: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (expBits !== 0) {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (mant === 0n) return { digits: '', dp: 0 };
  const s = e >= 0 ? (mant << BigInt(e)).toString() : (mant * 5n ** BigInt(-e)).toString();
  return trimZeros({ digits: s, dp: e >= 0 ? s.length : s.length + e });
}

function trimZeros(d: Decimal): Decimal {
  const digits = d.digits.replace(/0+$/, '');
  return digits === '' ? { digits: '', dp: 0 } : { digits, dp: d.dp };
}

const MIN_NORMAL = 2 ** -1022;

/** Digits of JavaScript's exponential notation (`1.25e+3`). */
function decimalOf(exponential: string): Decimal {
  const [mant, exp] = exponential.split('e') as [string, string];
  return trimZeros({ digits: mant.replace('.', ''), dp: Number(exp) + 1 });
}

/** The shortest digits that read back as x (JavaScript and Go agree on these). */
function shortestDecimal(x: number): Decimal {
  return decimalOf(x.toExponential());
}

/**
 * x (finite, ≥ 0) rounded to `digitsFor(dp)` significant digits as strconv rounds: from the exact
 * binary value, half to even. V8's toExponential rounds the exact value too, but ties upwards; a
 * tie at up to 16 digits shows in the shortest digits (exactly one digit more, ending in 5), and
 * only those candidates, or precisions past 15 digits, take the exact BigInt expansion.
 */
function rounded(x: number, digitsFor: (dp: number) => number): Decimal {
  const s = shortestDecimal(x);
  const nd = digitsFor(s.dp);
  // The argument needs a full 53-bit mantissa: subnormals (and zero) take the exact path.
  if (nd >= 1 && nd <= 15 && x >= MIN_NORMAL) {
    if (s.digits.length <= nd) return s;
    if (s.digits.length !== nd + 1 || !s.digits.endsWith('5')) return decimalOf(x.toExponential(nd - 1));
  }
  const exact = exactDecimal(x);
  return roundTo(exact, digitsFor(exact.dp));
}

/** Rounds to nd significant digits. */
function roundTo(d: Decimal, nd: number): Decimal {
  if (nd >= d.digits.length) return d;
  if (nd < 0) return { digits: '', dp: 0 };
  const next = d.digits[nd]!;
  const exactHalf = next === '5' && nd + 1 === d.digits.length;
  const up = exactHalf ? nd > 0 && Number(d.digits[nd - 1]) % 2 === 1 : next >= '5';
  const kept = d.digits.slice(0, nd);
  if (!up) return trimZeros({ digits: kept, dp: d.dp });
  if (nd === 0) return { digits: '1', dp: d.dp + 1 };
  const bumped = (BigInt(kept) + 1n).toString();
  return trimZeros({ digits: bumped, dp: d.dp + (bumped.length > kept.length ? 1 : 0) });
}

function digitAt(d: Decimal, i: number): string {
  return d.digits[i] ?? '0';
}

function fmtE(d: Decimal, prec: number, e: string): string {
  let out = digitAt(d, 0);
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.digits === '' ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  return `${out}${e}${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.dp > 0) for (let i = 0; i < d.dp; i++) out += digitAt(d, i);
  else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += digitAt(d, d.dp + i);
  }
  return out;
}

/** strconv.FormatFloat(x, fmt, prec, 64) for finite x ≥ 0; prec < 0 means shortest. */
function formatUnsigned(x: number, verb: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  const shortest = prec < 0;
  let d: Decimal;
  switch (verb) {
    case 'e':
    case 'E':
      d = shortest ? shortestDecimal(x) : rounded(x, () => prec + 1);
      return fmtE(d, shortest ? Math.max(d.digits.length - 1, 0) : prec, verb);
    case 'f':
      d = shortest ? shortestDecimal(x) : rounded(x, (dp) => dp + prec);
      return fmtF(d, shortest ? Math.max(d.digits.length - d.dp, 0) : prec);
    default: {
      d = shortest ? shortestDecimal(x) : rounded(x, () => (prec === 0 ? 1 : prec));
      let eprec = shortest ? 6 : prec === 0 ? 1 : prec;
      if (!shortest && eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
      const exp = d.dp - 1;
      if (d.digits !== '' && (exp < -4 || exp >= eprec)) return fmtE(d, Math.max(d.digits.length - 1, 0), verb === 'g' ? 'e' : 'E');
      return fmtF(d, Math.max(d.digits.length - d.dp, 0));
    }
  }
}

/** strconv.FormatFloat with an explicit sign ('+Inf', '-0', …) left to the caller. */
export function formatFloat(x: number, verb: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const negative = x < 0 || Object.is(x, -0);
  return (negative ? '-' : '') + formatUnsigned(Math.abs(x), verb, prec);
}

/** strconv.FormatFloat(x, 'x', -1, 64): `0x1.cp+01`. */
function hexFloat(x: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0p+00`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  let exp = Number(bits >> 52n) - 1023;
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === -1023) {
    // Subnormal: normalise so the leading digit is 1.
    exp = -1022;
    while (mant < 1n << 52n) {
      mant <<= 1n;
      exp--;
    }
    mant -= 1n << 52n;
  }
  const frac = mant.toString(16).padStart(13, '0').replace(/0+$/, '');
  const e = Math.abs(exp);
  return `${sign}0x1${frac ? `.${frac}` : ''}p${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}

/** A Go hexadecimal float literal (`0x1.8p3`); undefined if malformed. */
export function parseHexFloat(s: string): number | undefined {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s.replace(/_/g, ''));
  if (!m || m[2]! + m[3]! === '') return undefined;
  const mant = parseInt(m[2]! + m[3]!, 16);
  return (m[1] === '-' ? -1 : 1) * mant * 2 ** (Number(m[4]) - 4 * m[3]!.length);
}

// ---- Strings ----

const GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (GO_PRINTABLE.test(ch)) out += ch;
    else if (ch in QUOTE_ESCAPES) out += QUOTE_ESCAPES[ch];
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

const QUOTE_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

// ---- fmt.Sprint / Sprintln / Sprintf ----

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

const PLAIN: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };

function pad(s: string, spec: Spec, numeric = false): string {
  const len = [...s].length;
  if (spec.width === undefined || len >= spec.width) return s;
  const fill = spec.width - len;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero) {
    // Zeros go after the sign.
    const sign = numeric && /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

function signed(neg: boolean, body: string, spec: Spec): string {
  return (neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '') + body;
}

/** The character of a code point; invalid ones print as U+FFFD, as in Go. */
function rune(v: bigint): string {
  const valid = v >= 0n && v <= 0x10ffffn && !(v >= 0xd800n && v <= 0xdfffn);
  return valid ? String.fromCodePoint(Number(v)) : '\ufffd';
}

function fmtInt(v: bigint, verb: string, spec: Spec): string | undefined {
  const neg = v < 0n;
  const abs = neg ? -v : v;
  let body: string;
  switch (verb) {
    case 'd':
    case 'v':
      body = abs.toString();
      break;
    case 'x':
      body = abs.toString(16);
      break;
    case 'X':
      body = abs.toString(16).toUpperCase();
      break;
    case 'o':
    case 'O':
      body = abs.toString(8);
      break;
    case 'b':
      body = abs.toString(2);
      break;
    case 'c':
      return pad(rune(v), spec);
    case 'q':
      return pad(`'${goQuote(rune(v)).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`, spec);
    case 'U':
      // Go prints the two's complement of a negative value.
      return pad(`U+${BigInt.asUintN(64, v).toString(16).toUpperCase().padStart(4, '0')}`, spec);
    default:
      return undefined;
  }
  if (spec.prec !== undefined) body = body.padStart(spec.prec, '0');
  if (spec.sharp || verb === 'O') {
    if (verb === 'x') body = `0x${body}`;
    else if (verb === 'X') body = `0X${body}`;
    else if (verb === 'o' && !body.startsWith('0')) body = `0${body}`;
    else if (verb === 'O') body = `0o${body}`;
  }
  // A precision turns zero padding off, as in Go.
  return pad(signed(neg, body, spec), spec.prec === undefined ? spec : { ...spec, zero: false }, true);
}

function fmtFloatVerb(v: number, verb: string, spec: Spec): string | undefined {
  let conv: 'e' | 'E' | 'f' | 'g' | 'G';
  let prec = spec.prec ?? -1;
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      conv = verb === 'G' ? 'G' : 'g';
      break;
    case 'e':
    case 'E':
      conv = verb;
      if (spec.prec === undefined) prec = 6;
      break;
    case 'f':
    case 'F':
      conv = 'f';
      if (spec.prec === undefined) prec = 6;
      break;
    case 'x':
    case 'X': {
      const hex = Number.isFinite(v) ? hexFloat(v) : formatFloat(v, 'g', -1);
      const s = verb === 'X' ? hex.toUpperCase() : hex;
      const neg = s.startsWith('-');
      return pad(signed(neg, neg ? s.slice(1) : s, spec), spec, true);
    }
    default:
      return undefined;
  }
  const s = formatFloat(v, conv, prec);
  if (!Number.isFinite(v)) {
    // Infinities and NaN are padded with spaces, never zeros; NaN gets no sign.
    const sign = spec.plus ? '+' : spec.space ? ' ' : '';
    const text = Number.isNaN(v) ? `${sign}NaN` : v > 0 ? `${sign || '+'}Inf` : s;
    return pad(text, { ...spec, zero: false });
  }
  const neg = s.startsWith('-');
  return pad(signed(neg, neg ? s.slice(1) : s, spec), spec, true);
}

function fmtString(s: string, verb: string, spec: Spec): string | undefined {
  // A precision counts runes and applies before quoting.
  const truncated = spec.prec === undefined ? s : [...s].slice(0, spec.prec).join('');
  switch (verb) {
    case 'v':
    case 's':
      return pad(verb === 'v' && spec.sharp ? goQuote(truncated) : truncated, spec);
    case 'q':
      return pad(goQuote(truncated), spec);
    case 'x':
    case 'X': {
      const hex = [...Buffer.from(s, 'utf8')].map((b) => b.toString(16).padStart(2, '0'));
      const out = hex.join(spec.space ? ' ' : '');
      return pad(verb === 'X' ? out.toUpperCase() : out, spec);
    }
    default:
      return undefined;
  }
}

/** One operand under one verb; undefined when the verb does not apply (`%!d(string=x)`). */
function fmtValue(v: unknown, verb: string, spec: Spec, depth: number): string | undefined {
  if (verb === 'T') return pad(goTypeName(v), spec);
  if (typeof v === 'string') return fmtString(v, verb, spec);
  if (typeof v === 'number') return fmtFloatVerb(v, verb, spec);
  if (typeof v === 'bigint') return fmtInt(v, verb, spec);
  if (typeof v === 'boolean') return verb === 't' || verb === 'v' ? pad(String(v), spec) : undefined;
  if (v === null || v === undefined) return verb === 'v' ? pad('<nil>', spec) : undefined;
  if (v instanceof GoMethods) return fmtString(v.text, verb === 'v' || verb === 's' ? 's' : verb, spec);
  const inner = (x: unknown): string => fmtValue(x, verb, PLAIN, depth + 1) ?? badVerb(x, verb);
  let out: string;
  if (Array.isArray(v)) out = `[${v.map(inner).join(' ')}]`;
  else if (v instanceof GoStruct) out = `${v.pointer && depth === 0 ? '&' : ''}{${Object.values(v.fields).map(inner).join(' ')}}`;
  else if (v instanceof Map || isPlainObject(v)) out = `map[${mapEntries(v).map(([k, x]) => `${inner(k)}:${inner(x)}`).join(' ')}]`;
  else out = JSON.stringify(v) ?? '?';
  return pad(out, spec);
}

function badVerb(v: unknown, verb: string): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${fmtValue(v, 'v', PLAIN, 0)})`;
}

/** fmt.Sprint of one value, as text/template prints an action's result. */
export function sprintValue(v: unknown): string {
  return fmtValue(v, 'v', PLAIN, 0)!;
}

/** fmt.Sprint: spaces between operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += sprintValue(a);
  });
  return out;
}

export function sprintln(args: readonly unknown[]): string {
  return `${args.map(sprintValue).join(' ')}\n`;
}

/** fmt.Sprintf (flags, width, precision and the verbs Prometheus templates use; no `[n]` indexes). */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { ...PLAIN };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    /** A width or precision: digits, or `*` taking an int argument (else `bad` is written). */
    const num = (bad: string): number | undefined => {
      if (format[i] === '*') {
        i++;
        const a = argi < args.length ? args[argi++] : undefined;
        if (typeof a === 'bigint') return Number(a);
        out += bad;
        return undefined;
      }
      const start = i;
      let n = 0;
      for (let c = format.charCodeAt(i); c >= 48 && c <= 57; c = format.charCodeAt(++i)) n = n * 10 + c - 48;
      return i === start ? undefined : n;
    };
    spec.width = num('%!(BADWIDTH)');
    if (spec.width !== undefined && spec.width < 0) {
      spec.minus = true;
      spec.width = -spec.width;
    }
    if (format[i] === '.') {
      i++;
      const prec = num('%!(BADPREC)');
      spec.prec = prec !== undefined && prec < 0 ? undefined : (prec ?? 0);
    }
    if (spec.minus) spec.zero = false;
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argi++];
    out += fmtValue(arg, verb, spec, 0) ?? badVerb(arg, verb);
  }
  if (argi < args.length) {
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${sprintValue(a)}`))
      .join(', ')})`;
  }
  return out;
}
