import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_NAN } from '../../../src/model/samples.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { formatFloat } from '../../../src/promql/format.js';
import { parseTime } from '../../../src/web/prometheus-api.js';
import { createWebServer } from '../../../src/web/server.js';
import { StorageService } from '../../../src/storage/service.js';

const T0 = 1_700_000_000_000; // ms
let app: FastifyInstance;

beforeAll(async () => {
  const store = new MemoryStorage();
  const a = store.appender();
  for (let i = 0; i <= 60; i++) {
    const t = T0 + i * 15_000;
    a.append({ __name__: 'http_requests_total', job: 'api', instance: 'a:80', code: '200' }, t, i * 10);
    a.append({ __name__: 'http_requests_total', job: 'api', instance: 'b:80', code: '200' }, t, i * 20);
    a.append({ __name__: 'http_requests_total', job: 'web', instance: 'c:80', code: '500' }, t, i);
    a.append({ __name__: 'up', job: 'api', instance: 'a:80' }, t, 1);
    a.append({ __name__: 'up', job: 'web', instance: 'c:80' }, t, i < 40 ? 1 : 0);
  }
  a.append({ __name__: 'temperature', room: 'lab' }, T0, 1e21);
  a.append({ __name__: 'temperature', room: 'lab' }, T0 + 15_000, STALE_NAN);
  await a.commit();
  // The real web server (error envelope, form bodies) with the API on a real in-process store.
  app = createWebServer({ storage: new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 }), readiness: [], queryStore: store });
  await app.ready();
});
afterAll(() => app.close());

const get = async (url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() };
};
const at = (ms: number) => String(ms / 1000);

describe('/api/v1/query', () => {
  it('answers an instant vector in Prometheus shape', async () => {
    const { status, body } = await get(`/api/v1/query?query=${encodeURIComponent('sum by (job) (rate(http_requests_total[5m]))')}&time=${at(T0 + 600_000)}`);
    expect(status).toBe(200);
    expect(body.status).toBe('success');
    expect(body.data.resultType).toBe('vector');
    expect(body.data.result).toEqual([
      { metric: { job: 'api' }, value: [(T0 + 600_000) / 1000, '2'] },
      { metric: { job: 'web' }, value: [(T0 + 600_000) / 1000, '0.06666666666666667'] },
    ]);
  });

  it('answers scalars and strings', async () => {
    expect((await get(`/api/v1/query?query=1%2B1&time=${at(T0)}`)).body.data).toEqual({ resultType: 'scalar', result: [T0 / 1000, '2'] });
    expect((await get(`/api/v1/query?query=%22hi%22&time=${at(T0)}`)).body.data).toEqual({ resultType: 'string', result: [T0 / 1000, 'hi'] });
  });

  it('accepts RFC 3339 times and a form-encoded POST', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/query',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `query=${encodeURIComponent('up{job="web"}')}&time=${new Date(T0 + 60 * 15_000).toISOString()}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.result).toEqual([{ metric: { __name__: 'up', job: 'web', instance: 'c:80' }, value: [(T0 + 900_000) / 1000, '0'] }]);
  });

  it('formats values as Prometheus does and hides stale series', async () => {
    expect((await get(`/api/v1/query?query=temperature&time=${at(T0)}`)).body.data.result[0].value[1]).toBe('1000000000000000000000');
    expect((await get(`/api/v1/query?query=temperature&time=${at(T0 + 30_000)}`)).body.data.result).toEqual([]);
    expect([formatFloat(NaN), formatFloat(Infinity), formatFloat(-Infinity), formatFloat(1.5e-7), formatFloat(-2)]).toEqual(['NaN', '+Inf', '-Inf', '0.00000015', '-2']);
  });

  it('truncates to limit with a warning', async () => {
    const { body } = await get(`/api/v1/query?query=http_requests_total&time=${at(T0)}&limit=2`);
    expect(body.data.result).toHaveLength(2);
    expect(body.warnings).toEqual(['results truncated due to limit']);
  });

  it('passes on PromQL infos', async () => {
    const { body } = await get(`/api/v1/query?query=${encodeURIComponent('rate(up[5m])')}&time=${at(T0 + 600_000)}`);
    expect(body.infos?.[0]).toMatch(/metric might not be a counter/);
  });

  it.each([
    ['query=sum(', 400, 'bad_data', /^invalid parameter "query": 1:5: parse error/],
    ['query=foo(up)', 400, 'bad_data', /unknown function with name "foo"/],
    ['query=rate(up)', 400, 'bad_data', /expected type range vector/],
    ['query=up&time=yesterday', 400, 'bad_data', /^invalid parameter "time": cannot parse "yesterday" to a valid timestamp$/],
    ['', 400, 'bad_data', /no query provided/],
    ['query=up%20%2B%20on(job)%20http_requests_total', 422, 'execution', /many-to-many|multiple matches/],
    ['query=up%7Bjob%3D~%22(%3F%3Da)%22%7D', 400, 'bad_data', /invalid or unsupported Perl syntax: `\(\?=`/],
  ])('%s → %i %s', async (qs, status, errorType, message) => {
    const res = await get(`/api/v1/query?${qs}&time=${at(T0)}`.replace('?&', '?'));
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ status: 'error', errorType });
    expect(res.body.error).toMatch(message);
  });
});

describe('/api/v1/query_range', () => {
  it('returns a matrix over the range without aligning start', async () => {
    const start = T0 + 7_000;
    const { body } = await get(`/api/v1/query_range?query=up%7Bjob%3D%22web%22%7D&start=${at(start)}&end=${at(start + 120_000)}&step=60`);
    expect(body.data.resultType).toBe('matrix');
    expect(body.data.result[0].values).toEqual([
      [start / 1000, '1'],
      [(start + 60_000) / 1000, '1'],
      [(start + 120_000) / 1000, '1'],
    ]);
  });

  it.each([
    [`start=${at(T0)}&end=${at(T0 + 3600_000)}&step=0.1`, /exceeded maximum resolution of 11,000 points per timeseries/],
    [`start=${at(T0)}&end=${at(T0 - 1)}&step=15`, /end timestamp must not be before start time/],
    [`start=${at(T0)}&end=${at(T0)}&step=-1`, /zero or negative query resolution step widths are not accepted/],
    [`start=${at(T0)}&end=${at(T0)}&step=soon`, /cannot parse "soon" to a valid duration/],
    [`end=${at(T0)}&step=15`, /invalid parameter "start": missing/],
  ])('rejects %s', async (qs, message) => {
    const res = await get(`/api/v1/query_range?query=up&${qs}`);
    expect(res.status).toBe(400);
    expect(res.body.errorType).toBe('bad_data');
    expect(res.body.error).toMatch(message);
  });

  it('rejects absurd ranges in the query with a clear error instead of hanging', async () => {
    const res = await get(`/api/v1/query?query=${encodeURIComponent('rate(up[1000y])')}&time=${at(T0)}`);
    expect([200, 400, 422]).toContain(res.status);
    if (res.status !== 200) expect(res.body.status).toBe('error');
  });
});

describe('metadata endpoints', () => {
  it('lists series, label names and values with match[] and a time range', async () => {
    const range = `start=${at(T0)}&end=${at(T0 + 900_000)}`;
    const series = await get(`/api/v1/series?match[]=${encodeURIComponent('up')}&match[]=${encodeURIComponent('http_requests_total{code="500"}')}&${range}`);
    expect(series.body.data).toEqual(
      expect.arrayContaining([
        { __name__: 'up', job: 'api', instance: 'a:80' },
        { __name__: 'up', job: 'web', instance: 'c:80' },
        { __name__: 'http_requests_total', job: 'web', instance: 'c:80', code: '500' },
      ]),
    );
    expect(series.body.data).toHaveLength(3);
    expect((await get(`/api/v1/labels?${range}`)).body.data).toEqual(['__name__', 'code', 'instance', 'job', 'room']);
    expect((await get(`/api/v1/labels?match[]=up&${range}`)).body.data).toEqual(['__name__', 'instance', 'job']);
    expect((await get(`/api/v1/label/job/values?${range}`)).body.data).toEqual(['api', 'web']);
    expect((await get(`/api/v1/label/__name__/values`)).body.data).toEqual(['http_requests_total', 'temperature', 'up']);
  });

  it('requires match[] for series and validates label names', async () => {
    expect((await get('/api/v1/series')).body).toMatchObject({ status: 'error', errorType: 'bad_data', error: 'no match[] parameter provided' });
    expect((await get('/api/v1/series?match[]=sum(up)')).status).toBe(400);
    expect((await get('/api/v1/label/bad-name/values')).status).toBe(400);
  });
});

describe("Grafana's Prometheus data source", () => {
  it('connects, browses labels and draws a panel', async () => {
    const now = T0 + 900_000;
    const start = now - 900_000;
    // Save & test
    expect((await get('/api/v1/status/buildinfo')).body.data.version).toMatch(/^\d/);
    expect((await get(`/api/v1/query?query=1%2B1&time=${at(now)}`)).body.data.result[1]).toBe('2');
    // Metrics browser and label autocomplete
    expect((await get(`/api/v1/labels?start=${at(start)}&end=${at(now)}`)).status).toBe(200);
    expect((await get(`/api/v1/label/__name__/values?start=${at(start)}&end=${at(now)}`)).body.data).toContain('http_requests_total');
    expect((await get('/api/v1/metadata')).body).toEqual({ status: 'success', data: {} });
    expect((await get(`/api/v1/series?match[]=${encodeURIComponent('{__name__="http_requests_total"}')}&start=${at(start)}&end=${at(now)}`)).body.data).toHaveLength(3);
    expect((await get(`/api/v1/label/job/values?match[]=http_requests_total&start=${at(start)}&end=${at(now)}`)).body.data).toEqual(['api', 'web']);
    // A panel: Grafana POSTs the range query form-encoded with a step aligned to its interval.
    const panel = await app.inject({
      method: 'POST',
      url: '/api/v1/query_range',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ query: 'sum by (job) (rate(http_requests_total[1m]))', start: at(start), end: at(now), step: '60' }).toString(),
    });
    expect(panel.statusCode).toBe(200);
    const result = panel.json().data.result as { metric: Record<string, string>; values: [number, string][] }[];
    expect(result.map((r) => r.metric.job)).toEqual(['api', 'web']);
    // 16 steps; the first has only one sample in its 1m window, so no rate.
    expect(result[0]!.values.length).toBe(15);
    expect(Number(result[0]!.values.at(-1)![1])).toBeCloseTo(2, 6);
    expect((await app.inject({ method: 'POST', url: '/api/v1/query_exemplars', payload: '' })).json()).toEqual({ status: 'success', data: [] });
  });
});

describe('parseTime', () => {
  it('reads Unix seconds with fractions and RFC 3339', () => {
    expect(parseTime('1435781451.781', 't')).toBe(1435781451781);
    expect(parseTime('2015-07-01T20:10:51.781Z', 't')).toBe(1435781451781);
  });
});

describe('without storage', () => {
  it('answers 503 until storage is ready', async () => {
    const storage = new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 });
    const bare = createWebServer({ storage, readiness: [], queryStore: storage.metrics });
    const res = await bare.inject('/api/v1/query?query=up');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json()).toEqual({ status: 'error', errorType: 'unavailable', error: 'storage is not ready (connecting)' });
    await bare.close();
  });
});

describe('/api/v1/format_query', () => {
  it('returns the canonical form of a query', async () => {
    const { body } = await get(`/api/v1/format_query?query=${encodeURIComponent('sum(rate(x[5m]))by(job)')}`);
    expect(body).toEqual({ status: 'success', data: 'sum by (job) (rate(x[5m]))' });
    expect((await get('/api/v1/format_query?query=sum(')).body.errorType).toBe('bad_data');
  });
});
