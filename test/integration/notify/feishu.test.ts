/**
 * The Feishu channel through the notifier (PostgreSQL) against a local server that checks what
 * Feishu checks: a signed card, firing (red) then resolved (green); a burst of 12 groups keeps to
 * 5 messages a second with nothing refused; a wrong secret fails at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../../../src/api/index.js';
import { Notifier } from '../../../src/notify/notifier.js';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import { migrate } from '../../../src/storage/migrate.js';
import { waitFor } from '../../support/scrape-targets.js';
import { openTestDb, type TestDb } from '../../support/db.js';
import { FeishuServer } from '../../support/feishu-server.js';


describe('Feishu channel', () => {
  let t: TestDb;
  let bot: FeishuServer;
  const notifiers: Notifier[] = [];

  beforeAll(async () => {
    t = await openTestDb('postgres');
    await migrate(t.db, await detectCapabilities(t.db));
    bot = new FeishuServer('0f6b5c2e-token', 'feishu-secret');
    await bot.start();
  });
  afterAll(async () => {
    await Promise.all(notifiers.map((n) => n.stop()));
    await bot?.close();
    await t?.close();
  });

  const start = async (team: string, secret: string): Promise<Notifier> => {
    const n = new Notifier({ db: () => t.db, storageReady: () => true, externalURL: 'http://sightline.test', pollIntervalMs: 100, sender: { idleMs: 200, backoffBaseMs: 200 } });
    const nc = {
      kind: 'NotificationChannel',
      metadata: { name: team, namespace: 'ops' },
      spec: { type: 'feishu', feishu: { url: bot.url, signingSecret: { name: 'bot', key: 'secret' } }, groupBy: ['instance'], groupWait: '0s', groupInterval: '1s', matchers: [{ name: 'team', value: team, matchType: '=' }] },
    } as NotificationChannel;
    await n.apply(`NotificationChannel/ops/${team}`, { object: nc, secrets: new Map([['bot/secret', secret]]) });
    notifiers.push(n);
    n.start();
    return n;
  };

  it('sends signed cards within the rate limits and fails at once on a bad signature', async () => {
    const n = await start('db', 'feishu-secret');
    const started = Date.now();
    await n.alertStore.post(
      Array.from({ length: 12 }, (_, i) => ({ labels: { alertname: 'DiskFull', instance: `db-${i}`, team: 'db' }, annotations: { summary: `disk of db-${i} is full` } })),
      started,
    );
    await waitFor(() => bot.accepted.length === 12, 15_000);
    // 5 a second: the last of 12 cannot go before two seconds have passed.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(bot.refused).toEqual([]);
    const card = bot.accepted.find((c) => c.elements[0]!.text.content.includes('db-3'))!;
    expect(card.header).toEqual({ title: { tag: 'plain_text', content: '[FIRING:1] DiskFull' }, template: 'red' });
    expect(card.elements[0]!.text).toMatchObject({ tag: 'lark_md', content: expect.stringContaining('disk of db-3 is full') });

    await n.alertStore.post([{ labels: { alertname: 'DiskFull', instance: 'db-3', team: 'db' }, endsAt: new Date().toISOString() }], Date.now());
    await waitFor(() => bot.accepted.length === 13, 15_000);
    expect(bot.accepted[12]!.header).toEqual({ title: { tag: 'plain_text', content: '[RESOLVED] DiskFull' }, template: 'green' });

    const wrong = await start('web', 'not-the-secret');
    await wrong.alertStore.post([{ labels: { alertname: 'Down', instance: 'web-1', team: 'web' } }], Date.now());
    await waitFor(async () => (await t.db.query("SELECT 1 FROM notification_outbox WHERE status = 'failed'")).length === 1, 15_000);
    const [failed] = await t.db.query<{ attempts: number; last_error: string }>("SELECT attempts, last_error FROM notification_outbox WHERE status = 'failed'");
    expect(failed).toMatchObject({ attempts: 1, last_error: expect.stringContaining('code 19021') });
  });
});
