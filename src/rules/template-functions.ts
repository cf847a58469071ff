/**
 * Prometheus's template functions (template/template.go as of 2.42): number and time formatting,
 * query results, strings and regexes, URLs. Go semantics throughout, errors as Go words them.
 */
import type { Labels } from '../model/labels.js';
import { parseDuration } from '../util/duration.js';
import { compileExpansion, compileGoRegex, RegexSyntaxError, type Regex } from '../util/regex.js';
import { queryEscape } from './gotemplate/exec.js';
import type { GoFunc } from './gotemplate/values.js';
import { GoMethods, GoStruct, goQuote, goTypeName, markQueryResult, parseHexFloat, sprintf } from './gotemplate/values.js';
import type { TemplateContext, TemplateSample } from './template.js';

const SAMPLE_TYPE = '*template.sample';
const NIL_DEREFERENCE = 'runtime error: invalid memory address or nil pointer dereference';

function sampleField(s: unknown, field: 'Labels' | 'Value'): unknown {
  if (!(s instanceof GoStruct)) throw new Error(NIL_DEREFERENCE);
  return s.fields[field];
}

function sampleLabel(s: unknown, name: string): string {
  return (sampleField(s, 'Labels') as Labels)[name] ?? '';
}

/** Prometheus's convertToFloat: the humanize functions take numbers or numeric strings. */
function toFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return parseGoFloat(v);
  throw new Error(`can't convert ${v === null || v === undefined ? '<nil>' : goTypeName(v)} to float`);
}

/** strconv.ParseFloat(s, 64). */
function parseGoFloat(s: string): number {
  if (/^nan$/i.test(s)) return NaN;
  const inf = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  const decimal = /^[+-]?(\d(_?\d)*\.?(\d(_?\d)*)?|\.\d(_?\d)*)([eE][+-]?\d+)?$/.test(s);
  const v = decimal ? Number(s.replace(/_/g, '')) : parseHexFloat(s);
  if (v === undefined) throw new Error(`strconv.ParseFloat: parsing ${goQuote(s)}: invalid syntax`);
  if (!Number.isFinite(v)) throw new Error(`strconv.ParseFloat: parsing ${goQuote(s)}: value out of range`);
  return v;
}

function humanize(v: number): string {
  if (v === 0 || !Number.isFinite(v)) return sprintf('%.4g', [v]);
  const big = Math.abs(v) >= 1;
  let prefix = '';
  for (const p of big ? ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'] : ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
    if (big ? Math.abs(v) < 1000 : Math.abs(v) >= 1) break;
    prefix = p;
    v = big ? v / 1000 : v * 1000;
  }
  return sprintf('%.4g%s', [v, prefix]);
}

function humanize1024(v: number): string {
  if (Math.abs(v) <= 1 || !Number.isFinite(v)) return sprintf('%.4g', [v]);
  let prefix = '';
  for (const p of ['ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi']) {
    if (Math.abs(v) < 1024) break;
    prefix = p;
    v /= 1024;
  }
  return sprintf('%.4g%s', [v, prefix]);
}

function humanizeDuration(v: number): string {
  if (!Number.isFinite(v)) return sprintf('%.4g', [v]);
  if (v === 0) return sprintf('%.4gs', [v]);
  if (Math.abs(v) >= 1) {
    const sign = v < 0 ? '-' : '';
    v = Math.abs(v);
    const whole = Math.trunc(v);
    const seconds = whole % 60;
    const minutes = Math.trunc(whole / 60) % 60;
    const hours = Math.trunc(whole / 3600) % 24;
    const days = Math.trunc(whole / 86400);
    // From minutes up, seconds are shown as an integer.
    if (days !== 0) return `${sign}${days}d ${hours}h ${minutes}m ${seconds}s`;
    if (hours !== 0) return `${sign}${hours}h ${minutes}m ${seconds}s`;
    if (minutes !== 0) return `${sign}${minutes}m ${seconds}s`;
    return sprintf('%s%.4gs', [sign, v]);
  }
  let prefix = '';
  for (const p of ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return sprintf('%.4g%ss', [v, prefix]);
}

const NAN_OR_INF = 'value is NaN or Inf';

/** Prometheus's floatToTime: seconds to a time at millisecond precision (through int64 nanoseconds). */
function timeFromSeconds(v: number): number {
  if (!Number.isFinite(v)) throw new Error(NAN_OR_INF);
  const nanos = v * 1e9;
  if (nanos > 2 ** 63 || nanos < -(2 ** 63)) throw new Error(`${sprintf('%v', [v])} cannot be represented as a nanoseconds timestamp since it overflows int64`);
  return Math.trunc(Math.trunc(nanos) / 1e6);
}

/** Go's time.Time String() in UTC: `2015-06-23 13:19:44.128 +0000 UTC`. */
function formatTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ''} +0000 UTC`;
}

function humanizeTimestamp(v: number): string {
  return Number.isFinite(v) ? formatTime(timeFromSeconds(v)) : sprintf('%.4g', [v]);
}

/** A *time.Time, with the methods templates call on it. */
function goTime(ms: number): GoMethods {
  const seconds = BigInt(Math.floor(ms / 1000));
  return new GoMethods('*time.Time', formatTime(ms), {
    Unix: { params: [], call: () => seconds },
    UnixMilli: { params: [], call: () => BigInt(ms) },
  });
}

/** net.SplitHostPort; undefined where Go returns an error. */
function splitHostPort(hostPort: string): [string, string] | undefined {
  const bracketed = /^\[([^\]]*)\]:([^:]*)$/.exec(hostPort);
  if (bracketed) return [bracketed[1]!, bracketed[2]!];
  const colon = hostPort.lastIndexOf(':');
  if (colon < 0 || hostPort.includes('[') || hostPort.includes(']')) return undefined;
  const host = hostPort.slice(0, colon);
  return host.includes(':') ? undefined : [host, hostPort.slice(colon + 1)];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Prometheus's stripDomain: the first label of a host name; IP addresses and ports are kept. */
function stripDomain(hostPort: string): string {
  const [host, port] = splitHostPort(hostPort) ?? [hostPort, ''];
  if (IPV4.test(host) || isIPv6(host)) return hostPort;
  const first = host.split('.')[0]!;
  if (port === '') return first;
  return first.includes(':') ? `[${first}]:${port}` : `${first}:${port}`;
}

function isIPv6(host: string): boolean {
  try {
    return host.includes(':') && new URL(`http://[${host}]/`).hostname !== '';
  } catch {
    return false;
  }
}

/** Go maps case one code point at a time; JavaScript's multi-character mappings (ß → SS) are not Go's. */
function mapRunes(s: string, f: (ch: string) => string): string {
  return [...s].map((ch) => {
    const m = f(ch);
    return [...m].length === 1 ? m : ch;
  }).join('');
}

/** strings.Title: upper-cases the first letter of each word. */
function title(s: string): string {
  let prev = ' ';
  return mapRunes(s, (ch) => {
    const sep = /[A-Za-z0-9_]/.test(prev) ? false : prev <= '\x7f' ? true : /\p{L}|\p{Nd}/u.test(prev) ? false : /\s/u.test(prev);
    prev = ch;
    return sep ? ch.toUpperCase() : ch;
  });
}

/** Go's regexp.Compile, with Go's error text (`error parsing regexp: missing closing ): `(``). */
function goRegex(pattern: string): Regex {
  try {
    return compileGoRegex(pattern);
  } catch (err) {
    if (!(err instanceof RegexSyntaxError)) throw err;
    throw new Error(err.goMessage);
  }
}

/** url.URL's Path of the external URL (decoded). */
function urlPath(url: string): string {
  const m = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:\/\/[^/?#]*)?([^?#]*)/.exec(url)!;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

function toSample(s: TemplateSample): GoStruct {
  return new GoStruct(SAMPLE_TYPE, { Labels: s.labels, Value: s.value }, true);
}

/** Prometheus's template function map (template.go), bound to one evaluation. */
export function prometheusFuncs(ctx: TemplateContext): Record<string, GoFunc> {
  const float = (f: (v: number) => unknown): GoFunc => ({ params: ['any'], call: (v) => f(toFloat(v)) });
  const link = (tab: number): GoFunc => ({ params: ['string'], call: (expr) => `/graph?g0.expr=${queryEscape(expr as string)}&g0.tab=${tab}` });
  return {
    query: { params: ['string'], call: async (q) => markQueryResult((await ctx.query(q as string)).map(toSample)) },
    first: {
      params: ['template.queryResult'],
      call: (v) => {
        const samples = (v ?? []) as unknown[];
        if (samples.length === 0) throw new Error('first() called on vector with no elements');
        return samples[0];
      },
    },
    label: { params: ['string', SAMPLE_TYPE], call: (name, s) => sampleLabel(s, name as string) },
    value: { params: [SAMPLE_TYPE], call: (s) => sampleField(s, 'Value') },
    strvalue: { params: [SAMPLE_TYPE], call: (s) => sampleLabel(s, '__value__') },
    args: { params: [], variadic: 'any', call: (...a) => new Map(a.map((x, i) => [`arg${i}`, x])) },
    reReplaceAll: { params: ['string', 'string', 'string'], call: (p, r, t) => goRegex(p as string).replaceAll(t as string, compileExpansion(r as string)) },
    safeHtml: { params: ['string'], call: (s) => s },
    match: { params: ['string', 'string'], call: (p, t) => goRegex(p as string).test(t as string) },
    title: { params: ['string'], call: (s) => title(s as string) },
    toUpper: { params: ['string'], call: (s) => mapRunes(s as string, (c) => c.toUpperCase()) },
    toLower: { params: ['string'], call: (s) => mapRunes(s as string, (c) => c.toLowerCase()) },
    graphLink: link(0),
    tableLink: link(1),
    sortByLabel: {
      params: ['string', 'template.queryResult'],
      call: (name, v) => {
        const samples = (v ?? []) as unknown[];
        // In place and stable, as Go's sort.Stable on the slice.
        const sorted = [...samples].sort((a, b) => {
          const x = sampleLabel(a, name as string);
          const y = sampleLabel(b, name as string);
          return x < y ? -1 : x > y ? 1 : 0;
        });
        samples.splice(0, samples.length, ...sorted);
        return v;
      },
    },
    humanize: float(humanize),
    humanize1024: float(humanize1024),
    humanizeDuration: float(humanizeDuration),
    humanizePercentage: float((v) => sprintf('%.4g%%', [v * 100])),
    humanizeTimestamp: float(humanizeTimestamp),
    toTime: float((v) => goTime(timeFromSeconds(v))),
    parseDuration: {
      params: ['string'],
      call: (d) => {
        if (d === '') throw new Error('empty duration string');
        const ms = parseDuration(d as string);
        if (ms === undefined) throw new Error(`not a valid duration string: ${JSON.stringify(d)}`);
        return ms / 1000;
      },
    },
    stripPort: { params: ['string'], call: (hp) => splitHostPort(hp as string)?.[0] ?? hp },
    stripDomain: { params: ['string'], call: (hp) => stripDomain(hp as string) },
    pathPrefix: { params: [], call: () => urlPath(ctx.externalURL) },
    externalURL: { params: [], call: () => ctx.externalURL },
  };
}

/** The function names, for parsing without an evaluation context. */
export const FUNCTION_NAMES: ReadonlySet<string> = new Set(Object.keys(prometheusFuncs({ timeMs: 0, externalURL: '', query: () => Promise.resolve([]) })));
