/**
 * A running `sightline ingest` whose PostgreSQL goes away and comes back: readiness turns 503 with
 * the reason, queries and writes answer 503 with a clear message and a retry hint, health keeps
 * answering, and once the database is back the server is ready again on its own with everything
 * it acknowledged before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, SightlineProcess } from '../support/cli.js';
import { createDatabase, freePort, LocalPostgres } from '../support/postgres.js';

describe('sightline ingest through a PostgreSQL outage', () => {
  let pg: LocalPostgres;
  let proc: SightlineProcess;
  beforeAll(async () => {
    pg = await LocalPostgres.start();
    proc = SightlineProcess.start(['ingest', '--storage', await createDatabase(pg.url), ...LOOPBACK_OTLP], await freePort());
    await proc.waitFor('/-/ready');
  });
  afterAll(async () => {
    await proc.stop('SIGKILL');
    await pg.stop();
  });

  const query = async (q: string) => fetch(`${proc.url}/api/v1/query?query=${encodeURIComponent(q)}`);
  const push = (value: number) => fetch(`${proc.url}/api/v1/push/job/outage`, { method: 'POST', body: `outage_total ${value}\n` });

  it('is not ready while the database is down, answers 503s that say so, and recovers by itself', async () => {
    expect((await push(1)).status).toBe(200);

    pg.stopServer();
    const notReady = await proc.waitFor('/-/ready', 503, 10_000);
    expect(((await notReady.json()) as any).error).toMatch(/^not ready: storage: unreachable \(.*ECONNREFUSED/);
    expect((await fetch(`${proc.url}/-/healthy`)).status).toBe(200);

    const refused = await query('outage_total');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as any;
    expect(body.errorType).toBe('storage_unavailable');
    expect(body.error).toMatch(/^metrics storage unavailable: the database cannot be reached \(connect ECONNREFUSED [^)]+\); retry later$/);

    const write = await push(2);
    expect(write.status).toBe(503);
    expect(write.headers.get('retry-after')).toBe('5');
    expect(await write.text()).toMatch(/the database cannot be reached/);

    const status = (await (await fetch(`${proc.url}/api/v1/status/storage`)).json()) as any;
    expect(status.data).toMatchObject({ state: 'unreachable', lastError: expect.stringMatching(/ECONNREFUSED/) });

    await pg.startServer();
    await proc.waitFor('/-/ready', 200, 15_000);
    const after = (await (await query('outage_total')).json()) as any;
    expect(after.data.result.map((r: { value: [number, string] }) => r.value[1])).toEqual(['1']);
    expect((await push(3)).status).toBe(200);
    expect(proc.logs()).toMatch(/database unreachable; not ready until it answers/);
    expect(proc.logs()).toMatch(/database reachable again/);
  });
});
