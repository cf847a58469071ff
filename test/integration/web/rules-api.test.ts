/**
 * `/api/v1/rules` and `/api/v1/alerts` on the real web server, over groups evaluated on the
 * in-memory store: Prometheus 3's response shapes, filters, pagination and errors.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDefinition, RuleDefinition } from '../../../src/rules/definition.js';
import { RuleGroup } from '../../../src/rules/group.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { StorageService } from '../../../src/storage/service.js';
import { registerRulesApi } from '../../../src/web/rules-api.js';
import { createWebServer } from '../../../src/web/server.js';

const T0 = 1_700_000_000_000;
let app: FastifyInstance;

const rule = (r: Partial<RuleDefinition> & Pick<RuleDefinition, 'name' | 'expr'>): RuleDefinition => ({
  kind: 'alerting', forMs: 0, keepFiringForMs: 0, labels: {}, annotations: {}, noDataState: 'OK', execErrorState: 'KeepLast', ...r,
});
const group = (file: string, name: string, rules: RuleDefinition[]): GroupDefinition => ({ key: `AlertRule/${file}`, name, file, intervalMs: 30_000, limit: 0, queryOffsetMs: 0, rules });

beforeAll(async () => {
  const store = new MemoryStorage();
  const app0 = store.appender();
  app0.append({ __name__: 'up', job: 'api', instance: 'a' }, T0, 0);
  app0.append({ __name__: 'up', job: 'api', instance: 'b' }, T0, 1);
  await app0.commit();
  const groups = [
    new RuleGroup(
      group('shop/availability', 'availability', [
        rule({ kind: 'recording', name: 'job:up:sum', expr: 'sum by (job) (up)' }),
        rule({ name: 'InstanceDown', expr: 'up == 0', forMs: 300_000, labels: { severity: 'page' }, annotations: { summary: 'down' } }),
        rule({ name: 'Quiet', expr: 'up > 5' }),
      ]),
      { store },
    ),
    new RuleGroup(group('shop/latency', 'latency', [rule({ name: 'Now', expr: 'up == 1', labels: { severity: 'ticket' } })]), { store }),
    new RuleGroup(group('other/x', 'x', [rule({ kind: 'recording', name: 'x:sum', expr: 'sum(up)' })]), { store }),
  ];
  for (const g of groups) await g.evaluate(T0);
  app = createWebServer({ storage: new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 }), readiness: [] });
  registerRulesApi(app, { groups: () => groups });
  await app.ready();
});
afterAll(() => app.close());

const get = async (url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() };
};
const iso = new Date(T0).toISOString();

describe('/api/v1/alerts', () => {
  it('lists pending and firing alerts in Prometheus shape', async () => {
    const { status, body } = await get('/api/v1/alerts');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'success',
      data: {
        alerts: [
          { labels: { alertname: 'InstanceDown', instance: 'a', job: 'api', severity: 'page' }, annotations: { summary: 'down' }, state: 'pending', activeAt: iso, value: '0e+00' },
          { labels: { alertname: 'Now', instance: 'b', job: 'api', severity: 'ticket' }, annotations: {}, state: 'firing', activeAt: iso, value: '1e+00' },
        ],
      },
    });
  });
});

describe('/api/v1/rules', () => {
  it('lists groups sorted by file and name, with rules, health and alerts', async () => {
    const { body } = await get('/api/v1/rules');
    expect(body.data.groups.map((g: { file: string; name: string }) => `${g.file};${g.name}`)).toEqual(['other/x;x', 'shop/availability;availability', 'shop/latency;latency']);
    const availability = body.data.groups[1];
    expect(availability).toMatchObject({ interval: 30, limit: 0, lastEvaluation: iso });
    expect(availability.rules[0]).toEqual({ name: 'job:up:sum', query: 'sum by (job) (up)', labels: {}, health: 'ok', lastError: '', evaluationTime: expect.any(Number), lastEvaluation: iso, type: 'recording' });
    expect(availability.rules[1]).toMatchObject({
      state: 'pending',
      name: 'InstanceDown',
      duration: 300,
      keepFiringFor: 0,
      labels: { severity: 'page' },
      annotations: { summary: 'down' },
      alerts: [{ state: 'pending', labels: { instance: 'a' } }],
      type: 'alerting',
    });
    expect(availability.rules[2]).toMatchObject({ state: 'inactive', name: 'Quiet', alerts: [] });
  });

  it('filters by type, rule name, group, file and label matchers, and can leave alerts out', async () => {
    const names = (body: { data: { groups: { rules: { name: string }[] }[] } }) => body.data.groups.flatMap((g) => g.rules.map((r) => r.name));
    expect(names((await get('/api/v1/rules?type=record')).body)).toEqual(['x:sum', 'job:up:sum']);
    expect(names((await get('/api/v1/rules?type=alert&rule_name[]=Now')).body)).toEqual(['Now']);
    expect(names((await get('/api/v1/rules?rule_group[]=latency')).body)).toEqual(['Now']);
    expect(names((await get('/api/v1/rules?file[]=other/x')).body)).toEqual(['x:sum']);
    expect(names((await get(`/api/v1/rules?match[]=${encodeURIComponent('{severity=~"page|ticket"}')}`)).body)).toEqual(['InstanceDown', 'Now']);
    const { body } = await get('/api/v1/rules?exclude_alerts=true&type=alert');
    expect(body.data.groups[0].rules[0]).not.toHaveProperty('alerts');
  });

  it('pages through groups with group_limit and group_next_token', async () => {
    const first = (await get('/api/v1/rules?group_limit=2')).body;
    expect(first.data.groups.map((g: { name: string }) => g.name)).toEqual(['x', 'availability']);
    const second = (await get(`/api/v1/rules?group_limit=2&group_next_token=${first.data.groupNextToken}`)).body;
    expect(second.data.groups.map((g: { name: string }) => g.name)).toEqual(['latency']);
    expect(second.data).not.toHaveProperty('groupNextToken');
  });

  it('answers bad parameters with 400 and Prometheus\'s error envelope', async () => {
    expect(await get('/api/v1/rules?type=bogus')).toEqual({ status: 400, body: { status: 'error', errorType: 'bad_data', error: 'unsupported type "bogus"' } });
    expect((await get('/api/v1/rules?group_limit=-1')).status).toBe(400);
    expect((await get('/api/v1/rules?group_limit=1&group_next_token=nope')).status).toBe(400);
    expect((await get('/api/v1/rules?exclude_alerts=maybe')).status).toBe(400);
  });
});
