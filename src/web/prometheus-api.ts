/**
 * The Prometheus HTTP API (`/api/v1/query`, `query_range`, `series`, `labels`, `label/<name>/values`,
 * `metadata`, `query_exemplars`), with Prometheus's parameter parsing, response envelope, error
 * types and status codes, so Grafana's Prometheus data source works unchanged.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Labels } from '../model/labels.js';
import { Engine, parseExpr, PromQLParseError, type EngineOptions, type QueryOutcome, type QueryResult } from '../promql/index.js';
import { unwrapParens } from '../promql/ast.js';
import { formatExpr, formatFloat } from '../promql/format.js';
import type { LabelMatcher, MetricStore, Querier } from '../storage/api.js';
import { parseDuration } from '../util/duration.js';
import { SightlineError } from '../util/errors.js';

export interface PrometheusApiOptions {
  /** Where series come from; its querier() throws a retryable 503 while storage is not ready. */
  store: Pick<MetricStore, 'querier' | 'metadata'>;
  engine?: EngineOptions;
  /** Per-series point limit of range queries, as Prometheus's 11,000. */
  maxPointsPerSeries?: number;
}

const MIN_TIME = -9_223_372_036_854; // Prometheus's minimum time in ms / 1000 (math.MinInt64 / 1e6 in seconds)
const MAX_TIME = 9_223_372_036_854;

export function badData(message: string): SightlineError {
  return new SightlineError('bad_data', message, { httpStatus: 400 });
}

/** Every parameter from the query string and a form-encoded body, as Prometheus merges them. */
export function params(req: FastifyRequest): URLSearchParams {
  const q = req.raw.url?.split('?')[1] ?? '';
  const all = new URLSearchParams(q);
  if (typeof req.body === 'string') for (const [k, v] of new URLSearchParams(req.body)) all.append(k, v);
  return all;
}

/** Parses a timestamp as Prometheus does: Unix seconds (with fraction) or RFC 3339; returns ms. */
export function parseTime(value: string, name: string): number {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) {
    const seconds = Number(value);
    if (seconds >= MIN_TIME && seconds <= MAX_TIME) return Math.round(seconds * 1000);
  } else {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return ms;
  }
  throw badData(`invalid parameter "${name}": cannot parse "${value}" to a valid timestamp`);
}

/** Parses a duration as Prometheus does: float seconds or a Prometheus duration; returns ms. */
export function parseDurationParam(value: string, name: string): number {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) {
    const ms = Number(value) * 1000;
    if (Number.isFinite(ms)) return Math.round(ms);
  }
  const ms = parseDuration(value);
  if (ms === undefined) throw badData(`invalid parameter "${name}": cannot parse "${value}" to a valid duration`);
  return ms;
}

const seconds = (ms: number): number => ms / 1000;

function resultJson(result: QueryResult): { resultType: string; result: unknown } {
  switch (result.type) {
    case 'scalar':
    case 'string':
      return { resultType: result.type, result: [seconds(result.timestampMs), result.type === 'scalar' ? formatFloat(result.value) : result.value] };
    case 'vector':
      return { resultType: 'vector', result: result.samples.map((s) => ({ metric: s.labels, value: [seconds(s.timestampMs), formatFloat(s.value)] })) };
    case 'matrix':
      return {
        resultType: 'matrix',
        result: result.series.map((s) => ({ metric: s.labels, values: s.timestamps.map((t, i) => [seconds(t), formatFloat(s.values[i]!)]) })),
      };
  }
}

/** Applies the `limit` parameter: at most that many series, with Prometheus's warning when it cut. */
function limited(result: QueryResult, limit: number | undefined, warnings: string[]): QueryResult {
  if (!limit) return result;
  if (result.type === 'vector' && result.samples.length > limit) {
    warnings.push('results truncated due to limit');
    return { type: 'vector', samples: result.samples.slice(0, limit) };
  }
  if (result.type === 'matrix' && result.series.length > limit) {
    warnings.push('results truncated due to limit');
    return { type: 'matrix', series: result.series.slice(0, limit) };
  }
  return result;
}

function limitParam(p: URLSearchParams): number | undefined {
  const v = p.get('limit');
  if (v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw badData('limit must be a non-negative integer');
  return n === 0 ? undefined : n;
}

export function success(data: unknown, outcome?: Pick<QueryOutcome, 'warnings' | 'infos'>): Record<string, unknown> {
  return {
    status: 'success',
    data,
    ...(outcome?.warnings.length ? { warnings: outcome.warnings } : {}),
    ...(outcome?.infos.length ? { infos: outcome.infos } : {}),
  };
}

/** The matchers of each series selector (`match[]` parameters), with Prometheus's error for anything else. */
export function seriesSelectors(raw: readonly string[], engine?: EngineOptions): LabelMatcher[][] {
  return raw.map((m) => {
    const expr = unwrapParens(parseExpr(m, { enableExperimentalFunctions: engine?.enableExperimentalFunctions ?? false }));
    if (expr.type !== 'vectorSelector') throw badData(`invalid parameter "match[]": 1:1: parse error: expected type instant vector in series selector, got ${expr.type}`);
    return [...expr.matchers];
  });
}

export function registerPrometheusApi(app: FastifyInstance, options: PrometheusApiOptions): void {
  const maxPoints = options.maxPointsPerSeries ?? 11_000;

  const querier = (): Querier => options.store.querier();

  const engineFor = (p: URLSearchParams): Engine => {
    const timeout = p.get('timeout');
    const timeoutMs = timeout ? parseDurationParam(timeout, 'timeout') : undefined;
    const configured = options.engine?.timeoutMs ?? 120_000;
    return new Engine(querier(), { ...options.engine, timeoutMs: timeoutMs !== undefined ? Math.min(timeoutMs, configured) : configured });
  };

  /** The matchers of each `match[]` series selector. */
  const matcherSets = (p: URLSearchParams, required: boolean): LabelMatcher[][] => {
    const raw = p.getAll('match[]');
    if (required && raw.length === 0) throw badData('no match[] parameter provided');
    return seriesSelectors(raw, options.engine);
  };

  const timeRange = (p: URLSearchParams): { start: number; end: number } => {
    const start = p.get('start') ? parseTime(p.get('start')!, 'start') : MIN_TIME * 1000;
    const end = p.get('end') ? parseTime(p.get('end')!, 'end') : MAX_TIME * 1000;
    if (end < start) throw badData('invalid parameter "end": end timestamp must not be before start time');
    return { start, end };
  };

  const form = { parseAs: 'string' as const };
  app.addContentTypeParser('application/x-www-form-urlencoded', form, (_req, body, done) => done(null, body));

  const route = (path: string, handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>): void => {
    app.get(path, handler);
    app.post(path, handler);
  };

  /** Runs a query or parse, naming the parameter in parse errors as Prometheus does. */
  const namingQueryParam = async <T>(run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof PromQLParseError) throw badData(`invalid parameter "query": ${err.message}`);
      throw err;
    }
  };

  route('/api/v1/query', async (req) => {
    const p = params(req);
    const query = p.get('query');
    if (!query) throw badData('invalid parameter "query": no query provided');
    const time = p.get('time') ? parseTime(p.get('time')!, 'time') : Date.now();
    const engine = engineFor(p);
    const outcome = await namingQueryParam(() => engine.instantQuery(query, time));
    const warnings = [...outcome.warnings];
    return success(resultJson(limited(outcome.result, limitParam(p), warnings)), { warnings, infos: outcome.infos });
  });

  route('/api/v1/query_range', async (req) => {
    const p = params(req);
    const query = p.get('query');
    if (!query) throw badData('invalid parameter "query": no query provided');
    for (const name of ['start', 'end', 'step']) if (!p.get(name)) throw badData(`invalid parameter "${name}": missing`);
    const start = parseTime(p.get('start')!, 'start');
    const end = parseTime(p.get('end')!, 'end');
    if (end < start) throw badData('invalid parameter "end": end timestamp must not be before start time');
    const step = parseDurationParam(p.get('step')!, 'step');
    if (step <= 0) throw badData('invalid parameter "step": zero or negative query resolution step widths are not accepted. Try a positive integer');
    if ((end - start) / step > maxPoints) {
      throw badData(`exceeded maximum resolution of ${maxPoints.toLocaleString('en-US')} points per timeseries. Try decreasing the query resolution (?step=XX)`);
    }
    const engine = engineFor(p);
    const outcome = await namingQueryParam(() => engine.rangeQuery(query, start, end, step));
    const warnings = [...outcome.warnings];
    return success(resultJson(limited(outcome.result, limitParam(p), warnings)), { warnings, infos: outcome.infos });
  });

  route('/api/v1/series', async (req) => {
    const p = params(req);
    const sets = matcherSets(p, true);
    const { start, end } = timeRange(p);
    const limit = limitParam(p);
    const seen = new Map<string, Labels>();
    for (const matchers of sets) {
      for (const s of await querier().select(matchers, start, end, { func: 'series' })) seen.set(JSON.stringify(Object.entries(s.labels).sort()), s.labels);
    }
    const all = [...seen.values()];
    const warnings: string[] = [];
    if (limit && all.length > limit) warnings.push('results truncated due to limit');
    return success(limit ? all.slice(0, limit) : all, { warnings, infos: [] });
  });

  const unionOver = async (p: URLSearchParams, fetch: (m: LabelMatcher[], start: number, end: number) => Promise<string[]>): Promise<unknown> => {
    const sets = matcherSets(p, false);
    const { start, end } = timeRange(p);
    const limit = limitParam(p);
    const values = new Set<string>();
    for (const matchers of sets.length ? sets : [[]]) for (const v of await fetch(matchers, start, end)) values.add(v);
    const sorted = [...values].sort();
    const warnings = limit && sorted.length > limit ? ['results truncated due to limit'] : [];
    return success(limit ? sorted.slice(0, limit) : sorted, { warnings, infos: [] });
  };

  route('/api/v1/labels', (req) => unionOver(params(req), (m, s, e) => querier().labelNames(m, s, e)));

  app.get<{ Params: { name: string } }>('/api/v1/label/:name/values', (req) => {
    const name = req.params.name.startsWith('U__') ? decodeUtf8LabelName(req.params.name) : req.params.name;
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw badData(`invalid label name: "${name}"`);
    return unionOver(params(req), (m, s, e) => querier().labelValues(name, m, s, e));
  });

  // Parsing needs no storage, so this answers even while the database is down.
  route('/api/v1/format_query', (req) => {
    const query = params(req).get('query');
    return namingQueryParam(() => {
      if (!query) throw badData('invalid parameter "query": no query provided');
      return success(formatExpr(parseExpr(query, { enableExperimentalFunctions: options.engine?.enableExperimentalFunctions ?? false })));
    });
  });

  // Prometheus's parameters: `limit` (metrics; negative for all, 0 for none) and `limit_per_metric`.
  app.get('/api/v1/metadata', async (req) => {
    const p = params(req);
    const int = (name: string): number | undefined => {
      const v = p.get(name);
      if (v === null || v === '') return undefined;
      if (!/^[+-]?\d+$/.test(v)) throw badData(`${name} must be a number`);
      return Number(v);
    };
    const limit = int('limit');
    const limitPerMetric = int('limit_per_metric');
    const metric = p.get('metric') ?? '';
    const store = options.store.metadata?.();
    return success(store ? await store.list({ ...(metric ? { metric } : {}), ...(limit !== undefined ? { limit } : {}), ...(limitPerMetric !== undefined ? { limitPerMetric } : {}) }) : {});
  });
  // Exemplars are not stored: their empty shape keeps clients that always ask working.
  route('/api/v1/query_exemplars', () => Promise.resolve(success([])));
}

/** Prometheus's escaping of label names in URLs (`U__` + `_XX_` hex code points). */
function decodeUtf8LabelName(escaped: string): string {
  return escaped.slice(3).replace(/_([0-9a-fA-F]+)_/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
