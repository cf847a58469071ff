/**
 * The DingTalk channel through the notifier (PostgreSQL) against a local server that checks what
 * DingTalk checks: signed URL, markdown body; a burst of 25 groups sends 20 within the minute and
 * keeps the rest in the outbox instead of having them refused; a wrong secret fails at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../../../src/api/index.js';
import { Notifier } from '../../../src/notify/notifier.js';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import { migrate } from '../../../src/storage/migrate.js';
import { waitFor } from '../../support/scrape-targets.js';
import { openTestDb, type TestDb } from '../../support/db.js';
import { DingTalkServer } from '../../support/dingtalk-server.js';


describe('DingTalk channel', () => {
  let t: TestDb;
  let robot: DingTalkServer;
  const notifiers: Notifier[] = [];

  beforeAll(async () => {
    t = await openTestDb('postgres');
    await migrate(t.db, await detectCapabilities(t.db));
    robot = new DingTalkServer('T0KEN', 'SECabc123');
    await robot.start();
  });
  afterAll(async () => {
    await Promise.all(notifiers.map((n) => n.stop()));
    await robot?.close();
    await t?.close();
  });

  const start = async (name: string, secret: string): Promise<Notifier> => {
    const n = new Notifier({ db: () => t.db, storageReady: () => true, externalURL: 'http://sightline.test', pollIntervalMs: 100, sender: { idleMs: 200 } });
    const nc = {
      kind: 'NotificationChannel',
      metadata: { name, namespace: 'ops' },
      spec: { type: 'dingtalk', dingtalk: { urlSecret: { name: 'robot', key: 'url' }, signingSecret: { name: 'robot', key: 'secret' }, atMobiles: ['13800000000'], atAll: false }, groupBy: ['instance', 'alertname'], groupWait: '0s', groupInterval: '1s', matchers: [{ name: 'team', value: name, matchType: '=' }] },
    } as NotificationChannel;
    await n.apply(`NotificationChannel/ops/${name}`, { object: nc, secrets: new Map([['robot/url', robot.url], ['robot/secret', secret]]) });
    notifiers.push(n);
    n.start();
    return n;
  };

  it('sends signed markdown, keeps to 20 messages a minute, and fails at once on a bad signature', async () => {
    const n = await start('db', 'SECabc123');
    const labels = (i: number) => ({ alertname: 'DiskFull', instance: `db-${i}`, team: 'db' });
    await n.alertStore.post(
      Array.from({ length: 25 }, (_, i) => ({ labels: labels(i), annotations: { summary: `disk of db-${i} is full` } })),
      Date.now(),
    );
    await waitFor(() => robot.accepted.length === 20, 15_000);
    const first = robot.accepted.find((m) => m.markdown.text.includes('db-0'))!;
    expect(first.markdown.title).toBe('[FIRING:1] DiskFull');
    expect(first.markdown.text).toContain('disk of db-0 is full');
    expect(first.markdown.text).toContain('@13800000000');
    expect(first.at).toMatchObject({ atMobiles: ['13800000000'], isAtAll: false });
    // The other five wait for the minute to pass rather than being sent and refused.
    // (not counted as attempts: nothing was sent).
    await waitFor(async () => (await t.db.query("SELECT 1 FROM notification_outbox WHERE status = 'pending' AND attempts = 0 AND next_attempt_at > created_at + interval '50 seconds'")).length === 5, 15_000);
    expect(robot.refused).toEqual([]);

    const wrong = await start('web', 'SECwrong');
    await wrong.alertStore.post([{ labels: { alertname: 'Down', instance: 'web-1', team: 'web' } }], Date.now());
    await waitFor(async () => (await t.db.query("SELECT 1 FROM notification_outbox WHERE status = 'failed'")).length === 1, 15_000);
    const [failed] = await t.db.query<{ attempts: number; last_error: string }>("SELECT attempts, last_error FROM notification_outbox WHERE status = 'failed'");
    expect(failed).toMatchObject({ attempts: 1, last_error: expect.stringContaining('errcode 310000') });
    expect(robot.refused).toEqual([310000]);
  });
});
