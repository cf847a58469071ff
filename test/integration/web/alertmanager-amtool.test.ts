/**
 * The Alertmanager v2 API as Debian's amtool (Alertmanager 0.25) uses it, against Sightline on a
 * real PostgreSQL: alerts posted with `amtool alert add` are listed by `amtool alert query` with
 * their receivers; `amtool silence add/query/expire` create, list and end a silence, and a silenced
 * alert is shown only with --silenced, as suppressed. Bad input is a 4xx with Alertmanager's
 * message, not a crash.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../../../src/api/index.js';
import { Notifier } from '../../../src/notify/notifier.js';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import { migrate } from '../../../src/storage/migrate.js';
import { registerAlertmanagerApi } from '../../../src/web/alertmanager-api.js';
import { createHttpServer } from '../../../src/web/server.js';
import { openTestDb, type TestDb } from '../../support/db.js';

const run = promisify(execFile);

describe('amtool against the Alertmanager API', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let notifier: Notifier;
  let url = '';
  const amtool = async (...args: string[]): Promise<string> => (await run('amtool', [`--alertmanager.url=${url}`, ...args], { timeout: 20_000 })).stdout;
  const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await amtool(...args, '-o', 'json')) as T;

  beforeAll(async () => {
    t = await openTestDb('postgres');
    await migrate(t.db, await detectCapabilities(t.db));
    notifier = new Notifier({ db: () => t.db, storageReady: () => true, externalURL: 'http://sightline.test' });
    const channel = {
      kind: 'NotificationChannel',
      metadata: { name: 'pages', namespace: 'ops' },
      spec: { type: 'webhook', webhook: { url: 'http://127.0.0.1:9/unused', maxAlerts: 0 }, matchers: [{ name: 'severity', value: 'page', matchType: '=' }] },
    } as NotificationChannel;
    await notifier.apply('NotificationChannel/ops/pages', { object: channel, secrets: new Map() });
    app = createHttpServer();
    registerAlertmanagerApi(app, { notifier: () => notifier });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await notifier?.stop();
    await app?.close();
    await t?.close();
  });

  it('posts and lists alerts, silences one, and expires the silence', async () => {
    await amtool('alert', 'add', 'alertname=DiskFull', 'severity=page', 'instance=db-1', '--annotation=summary=disk full');
    await amtool('alert', 'add', 'alertname=DiskFull', 'severity=ticket', 'instance=db-2');
    type Alert = { labels: Record<string, string>; annotations: Record<string, string>; receivers: { name: string }[]; status: { state: string; silencedBy: string[] } };
    const alerts = await json<Alert[]>('alert', 'query');
    expect(alerts.map((a) => [a.labels.instance, a.receivers.map((r) => r.name), a.status.state]).sort()).toEqual([
      ['db-1', ['ops/pages'], 'active'],
      ['db-2', [], 'active'],
    ]);
    expect(alerts.find((a) => a.labels.instance === 'db-1')?.annotations).toEqual({ summary: 'disk full' });
    expect((await json<Alert[]>('alert', 'query', 'instance=~db-2')).map((a) => a.labels.instance)).toEqual(['db-2']);

    const id = (await amtool('silence', 'add', 'instance=db-1', '--comment=replacing the disk', '--author=ops', '--duration=1h')).trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    type Silence = { id: string; status: { state: string }; createdBy: string; comment: string; matchers: { name: string; value: string; isRegex: boolean; isEqual: boolean }[] };
    const silences = await json<Silence[]>('silence', 'query');
    expect(silences).toMatchObject([{ id, status: { state: 'active' }, createdBy: 'ops', comment: 'replacing the disk', matchers: [{ name: 'instance', value: 'db-1', isRegex: false, isEqual: true }] }]);
    expect(await json<Silence[]>('silence', 'query', 'instance=db-9')).toEqual([]);
    // Silenced: gone from the default (active) listing, shown with --silenced as suppressed.
    expect((await json<Alert[]>('alert', 'query')).map((a) => a.labels.instance)).toEqual(['db-2']);
    const silenced = await json<Alert[]>('alert', 'query', '--silenced');
    expect(silenced.find((a) => a.labels.instance === 'db-1')?.status).toEqual({ state: 'suppressed', silencedBy: [id], inhibitedBy: [] });

    await amtool('silence', 'expire', id);
    expect(await json<Silence[]>('silence', 'query')).toEqual([]);
    expect((await json<Silence[]>('silence', 'query', '--expired')).map((s) => [s.id, s.status.state])).toEqual([[id, 'expired']]);
    expect((await json<Alert[]>('alert', 'query')).map((a) => a.labels.instance).sort()).toEqual(['db-1', 'db-2']);
    // Expiring it again is refused: a 400 with the reason (Alertmanager answers 500, which its swagger
    // spec defines for this endpoint; amtool reports either as an error).
    await expect(amtool('silence', 'expire', id)).rejects.toThrow(/status 400/);
    const again = await app.inject({ method: 'DELETE', url: `/api/v2/silence/${id}` });
    expect([again.statusCode, again.json()]).toEqual([400, `silence ${id} already expired`]);
  });

  it('answers status, receivers, single silences and bad input as Alertmanager does', async () => {
    const status = (await app.inject('/api/v2/status')).json<{ cluster: { status: string }; versionInfo: { version: string }; config: { original: string } }>();
    expect(status.cluster.status).toBe('ready');
    expect(status.config.original).toContain('ops/pages');
    expect((await app.inject('/api/v2/receivers')).json()).toEqual([{ name: 'ops/pages' }]);
    expect((await app.inject('/api/v2/silence/nope')).statusCode).toBe(404);
    const noMatchers = await app.inject({ method: 'POST', url: '/api/v2/silences', payload: { matchers: [], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 60_000).toISOString(), createdBy: 'x', comment: 'y' } });
    expect([noMatchers.statusCode, noMatchers.json()]).toEqual([400, 'at least one matcher required']);
    const matchesAll = await app.inject({
      method: 'POST',
      url: '/api/v2/silences',
      payload: { matchers: [{ name: 'x', value: '.*', isRegex: true }], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 60_000).toISOString(), createdBy: 'x', comment: 'y' },
    });
    expect(matchesAll.statusCode).toBe(400);
    const badAlerts = await app.inject({ method: 'POST', url: '/api/v2/alerts', payload: [{ labels: {} }, { labels: { alertname: 'Ok' } }, { labels: { 'bad-name': 'x' } }] });
    expect(badAlerts.statusCode).toBe(400);
    expect(badAlerts.json()).toMatch(/alert 0: at least one label pair required; alert 2: invalid label set/);
    // The valid one was stored all the same, as Alertmanager does.
    expect((await app.inject('/api/v2/alerts?filter=alertname%3D%22Ok%22')).json()).toHaveLength(1);
    expect((await app.inject('/api/v2/alerts?filter=nonsense')).statusCode).toBe(400);
    // Groups are the notifier's aggregation groups once it routed the alerts.
    await notifier.poll();
    const groups = (await app.inject('/api/v2/alerts/groups')).json<{ labels: object; receiver: { name: string }; alerts: { labels: Record<string, string> }[] }[]>();
    expect(groups.map((g) => [g.labels, g.receiver.name, g.alerts.map((a) => a.labels.instance)])).toEqual([[{}, 'ops/pages', ['db-1']]]);
    expect((await app.inject('/api/v2/alerts?active=maybe')).statusCode).toBe(400);
  });
});
