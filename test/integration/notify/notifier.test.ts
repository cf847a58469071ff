/**
 * The notifier on both backends, against a real webhook receiver on loopback: rule alerts from the
 * `alerts` table and posted alerts reach the channel as Alertmanager webhook payloads (grouped,
 * resolved, signed, with an idempotency key); silences mute; failures retry with backoff (5xx,
 * 429 with Retry-After) or fail at once (400); a new process resumes the outbox and repeats
 * nothing already sent; two processes sharing the outbox never send one notification twice.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../../../src/api/index.js';
import { fingerprint } from '../../../src/model/fingerprint.js';
import { webhookSignature } from '../../../src/notify/channels/webhook.js';
import { Notifier } from '../../../src/notify/notifier.js';
import { PgAlertStateStore } from '../../../src/rules/state-store.js';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import { migrate } from '../../../src/storage/migrate.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';
import { waitFor } from '../../support/scrape-targets.js';
import { WebhookReceiver } from '../../support/webhook-receiver.js';

const RULE = 'AlertRule/shop/availability';

function channel(name: string, url: string, spec: Partial<NotificationChannel['spec']> = {}, namespace = 'shop'): NotificationChannel {
  return {
    apiVersion: 'monitoring.sightline.dev/v1alpha1',
    kind: 'NotificationChannel',
    metadata: { name, namespace },
    spec: { type: 'webhook', webhook: { url, maxAlerts: 0 }, groupBy: ['alertname'], groupWait: '0s', groupInterval: '1s', repeatInterval: '1h', ...spec },
  } as NotificationChannel;
}


describe.each(BACKENDS)('notifier on %s', (kind) => {
  let t: TestDb;
  let hook: WebhookReceiver;
  const notifiers: Notifier[] = [];
  const states = () => new PgAlertStateStore(() => t.db);

  const startNotifier = async (channels: NotificationChannel[], secrets = new Map<string, string>()): Promise<Notifier> => {
    const n = new Notifier({ db: () => t.db, storageReady: () => true, externalURL: 'http://sightline.test:9470', pollIntervalMs: 100, sender: { backoffBaseMs: 200, backoffMaxMs: 1000, idleMs: 200, leaseMs: 5000, timeoutMs: 2000 } });
    for (const c of channels) await n.apply(`NotificationChannel/${c.metadata.namespace}/${c.metadata.name}`, { object: c, secrets });
    notifiers.push(n);
    n.start();
    return n;
  };

  const fire = async (labels: Record<string, string>, state: 'firing' | 'inactive' = 'firing', activeAtMs = Date.now()): Promise<string> => {
    const all = { alertname: 'Down', ...labels };
    const fp = fingerprint(all);
    await states().save(RULE, [{ ruleIndex: 0, rule: 'Down', fingerprint: fp, labels: all, annotations: { summary: `${labels.instance} is down` }, state, value: 0, activeAtMs, firedAtMs: activeAtMs, ...(state === 'inactive' ? { resolvedAtMs: Date.now() } : {}) }], []);
    return fp;
  };

  beforeAll(async () => {
    t = await openTestDb(kind);
    await migrate(t.db, await detectCapabilities(t.db));
  });
  afterAll(async () => t?.close());
  afterEach(async () => {
    await Promise.all(notifiers.splice(0).map((n) => n.stop()));
    await hook?.close();
    await t.db.query('DELETE FROM alerts');
    await t.db.query('DELETE FROM posted_alerts');
    await t.db.query('DELETE FROM silences');
    await t.db.query('DELETE FROM notification_outbox');
  });

  it('delivers firing then resolved as Alertmanager webhook payloads, grouped, signed, with an idempotency key', async () => {
    hook = await WebhookReceiver.start();
    const secrets = new Map([['hook/key', 's3cret']]);
    const c = channel('ops', hook.url, { webhook: { url: hook.url, maxAlerts: 0, signingSecret: { name: 'hook', key: 'key' } } });
    const a = await fire({ instance: 'a', severity: 'page' });
    const b = await fire({ instance: 'b', severity: 'page' });
    await startNotifier([c], secrets);
    const [first] = await hook.waitFor(1);
    expect(first!.body).toMatchObject({
      version: '4',
      status: 'firing',
      receiver: 'shop/ops',
      groupKey: '{}/shop/ops:{alertname="Down"}',
      groupLabels: { alertname: 'Down' },
      commonLabels: { alertname: 'Down', severity: 'page' },
      externalURL: 'http://sightline.test:9470',
      truncatedAlerts: 0,
    });
    expect(first!.body.alerts.map((x) => [x.fingerprint, x.status, x.endsAt]).sort()).toEqual(
      [
        [a, 'firing', '0001-01-01T00:00:00Z'],
        [b, 'firing', '0001-01-01T00:00:00Z'],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    expect(first!.headers['idempotency-key']).toBe('shop/ops:{}/shop/ops:{alertname="Down"}:1');
    const ts = first!.headers['x-sightline-timestamp'] as string;
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(10);
    expect(first!.headers['x-sightline-signature']).toBe(webhookSignature('s3cret', ts, first!.raw));

    await fire({ instance: 'a', severity: 'page' }, 'inactive');
    const [, second] = await hook.waitFor(2);
    expect(second!.body.status).toBe('firing');
    expect(second!.body.alerts.map((x) => [x.fingerprint, x.status])).toContainEqual([a, 'resolved']);
    await fire({ instance: 'b', severity: 'page' }, 'inactive');
    const [, , third] = await hook.waitFor(3);
    expect(third!.body.status).toBe('resolved');
    // Nothing changes any more: no further notification within several group intervals.
    await new Promise((r) => setTimeout(r, 2500));
    expect(hook.requests).toBe(3);
    const rows = await t.db.query<{ seq: number; status: string }>('SELECT seq, status FROM notification_outbox ORDER BY seq');
    expect(rows).toEqual([
      { seq: 1, status: 'sent' },
      { seq: 2, status: 'sent' },
      { seq: 3, status: 'sent' },
    ]);
  });

  it('routes by the AlertRule channels and the channel matchers, and posted alerts to every channel whose matchers match', async () => {
    hook = await WebhookReceiver.start();
    const pages = channel('pages', hook.url.replace('/alerts', '/pages'), { matchers: [{ name: 'severity', value: 'page', matchType: '=' }] });
    const other = channel('other', hook.url.replace('/alerts', '/other'));
    const elsewhere = channel('pages', hook.url.replace('/alerts', '/elsewhere'), {}, 'team-b');
    const n = await startNotifier([pages, other, elsewhere]);
    await n.rules.apply(RULE, { object: { kind: 'AlertRule', metadata: { name: 'availability', namespace: 'shop' }, spec: { rules: [], channels: ['pages'] } } as never, secrets: new Map() });
    await fire({ instance: 'a', severity: 'page' });
    await fire({ instance: 'b', severity: 'ticket' }, 'firing');
    // A posted alert goes to every channel whose matchers match, whatever its namespace.
    expect(await n.alertStore.post([{ labels: { alertname: 'Posted', severity: 'page' } }], Date.now())).toEqual([]);
    await hook.waitFor(4);
    await new Promise((r) => setTimeout(r, 1500));
    const seen = hook.received.map((r) => `${r.path} ${r.body.alerts.map((x) => x.labels.alertname + '/' + (x.labels.instance ?? '')).join(',')}`).sort();
    expect(seen).toEqual(['/elsewhere Posted/', '/other Posted/', '/pages Down/a', '/pages Posted/']);
  });

  it('resolves a posted alert when its endsAt passes, and a firing alert whose row vanished', async () => {
    hook = await WebhookReceiver.start();
    const n = await startNotifier([channel('ops', hook.url, { groupBy: ['...'] })]);
    expect(await n.alertStore.post([{ labels: { alertname: 'Posted' }, endsAt: new Date(Date.now() + 1500).toISOString() }], Date.now())).toEqual([]);
    await fire({ instance: 'a' });
    await hook.waitFor(2);
    // No write: the posted alert's endsAt passes.
    const [, , posted] = await hook.waitFor(3);
    expect(posted!.body).toMatchObject({ status: 'resolved', alerts: [{ labels: { alertname: 'Posted' }, status: 'resolved' }] });
    // The AlertRule is deleted: its rows go, and the next full read (once a minute; 6 s at this poll interval) resolves the alert.
    await states().drop(RULE);
    const [, , , vanished] = await hook.waitFor(4, 15_000);
    expect(vanished!.body).toMatchObject({ status: 'resolved', alerts: [{ labels: { alertname: 'Down', instance: 'a' }, status: 'resolved' }] });
  });

  it('mutes silenced alerts and notifies them once the silence expires', async () => {
    hook = await WebhookReceiver.start();
    const n = await startNotifier([channel('ops', hook.url)]);
    const id = await n.silenceStore.upsert(
      { matchers: [{ name: 'instance', value: 'a', isRegex: false }], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString(), createdBy: 'test', comment: 'maintenance' },
      Date.now(),
    );
    await fire({ instance: 'a' });
    await fire({ instance: 'b' });
    const [only] = await hook.waitFor(1);
    expect(only!.body.alerts.map((x) => x.labels.instance)).toEqual(['b']);
    // Expiring the silence: the next group interval notifies about a.
    await n.silenceStore.expire(id, Date.now());
    const [, next] = await hook.waitFor(2);
    expect(next!.body.alerts.map((x) => x.labels.instance).sort()).toEqual(['a', 'b']);
  });

  it('retries 5xx and 429 (after Retry-After), fails a 400 at once', async () => {
    hook = await WebhookReceiver.start();
    hook.script.push({ status: 503 }, { status: 429, headers: { 'Retry-After': '1' } });
    const n = await startNotifier([channel('ops', hook.url)]);
    const figures: Record<string, unknown>[] = [];
    n.watch((key) => figures.push(n.figures(key)));
    await fire({ instance: 'a' });
    const [got] = await hook.waitFor(1);
    expect(hook.requests).toBe(3);
    await waitFor(async () => (await t.db.query("SELECT 1 FROM notification_outbox WHERE status = 'sent'")).length === 1, 15_000);
    const [row] = await t.db.query<{ attempts: number; status: string; created_at: Date }>('SELECT attempts, status, created_at FROM notification_outbox');
    expect(row).toMatchObject({ attempts: 3, status: 'sent' });
    // The 429 asked for a second: the delivery came no sooner.
    expect(got!.atMs - row!.created_at.getTime()).toBeGreaterThanOrEqual(1000);
    expect(figures.at(-1)).toMatchObject({ sent: 1, failed: 0, lastError: expect.stringContaining('HTTP 429') });

    hook.script.push({ status: 400, body: 'bad payload' });
    await fire({ instance: 'b' });
    await waitFor(async () => (await t.db.query("SELECT 1 FROM notification_outbox WHERE status = 'failed'")).length === 1, 15_000);
    const [failed] = await t.db.query<{ attempts: number; response_code: number; last_error: string }>("SELECT attempts, response_code, last_error FROM notification_outbox WHERE status = 'failed'");
    expect(failed).toMatchObject({ attempts: 1, response_code: 400, last_error: expect.stringContaining('bad payload') });
    expect(n.figures('NotificationChannel/shop/ops')).toMatchObject({ sent: 1, failed: 1 });
  });

  it('resumes the outbox after a restart and repeats nothing already sent', async () => {
    hook = await WebhookReceiver.start();
    // The destination is down while the first process runs.
    for (let i = 0; i < 100; i++) hook.script.push({ status: 502 });
    const first = await startNotifier([channel('ops', hook.url)]);
    await fire({ instance: 'a' });
    await waitFor(() => hook.requests >= 1, 15_000);
    await first.stop();
    notifiers.splice(notifiers.indexOf(first), 1);
    hook.script.length = 0;
    // A new process (a restarted standalone, a new leader) finds the notification and sends it once.
    await startNotifier([channel('ops', hook.url)]);
    const [got] = await hook.waitFor(1);
    expect(got!.body.alerts).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 2000));
    expect(hook.received).toHaveLength(1);
    expect((await t.db.query('SELECT 1 FROM notification_outbox')).length).toBe(1);
  });

  it('forgets old notifications but each group\'s latest, so sequence numbers never repeat', async () => {
    hook = await WebhookReceiver.start();
    const n = await startNotifier([channel('ops', hook.url)]);
    await fire({ instance: 'a' });
    await hook.waitFor(1);
    await fire({ instance: 'a' }, 'inactive');
    await hook.waitFor(2);
    await waitFor(async () => (await t.db.query("SELECT 1 FROM notification_outbox WHERE status = 'sent'")).length === 2, 15_000);
    await n.outbox.collectGarbage(Date.now() + 8 * 24 * 3600_000);
    expect(await t.db.query('SELECT seq, status FROM notification_outbox')).toEqual([{ seq: 2, status: 'sent' }]);
    await fire({ instance: 'a' }, 'firing');
    const [, , again] = await hook.waitFor(3);
    expect(again!.headers['idempotency-key']).toMatch(/:3$/);
  });

  it('never sends one notification twice when two processes share the outbox', async () => {
    hook = await WebhookReceiver.start();
    for (let i = 0; i < 5; i++) await fire({ instance: `i${i}` }, 'firing');
    await Promise.all([startNotifier([channel('ops', hook.url, { groupBy: ['instance'] })]), startNotifier([channel('ops', hook.url, { groupBy: ['instance'] })])]);
    await hook.waitFor(5);
    await new Promise((r) => setTimeout(r, 2000));
    expect(hook.received.map((r) => r.body.groupLabels.instance).sort()).toEqual(['i0', 'i1', 'i2', 'i3', 'i4']);
  });
});
