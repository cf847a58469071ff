import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lifecycle } from '../../../src/cli/lifecycle.js';
import { StorageService } from '../../../src/storage/service.js';
import { createWebServer } from '../../../src/web/server.js';
import { freePort, LocalPostgres } from '../../support/postgres.js';
import { postgresTestUrl } from '../../support/db.js';

async function until(fn: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('web server on a ready database', () => {
  const storage = new StorageService({ storage: '', dataDir: '', maxConnections: 2 });
  let app: ReturnType<typeof createWebServer>;
  beforeAll(async () => {
    Object.assign(storage, { options: { storage: await postgresTestUrl(), dataDir: '', maxConnections: 2 } });
    await storage.start();
    app = createWebServer({ storage, readiness: [] });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await storage.stop();
  });

  it('answers health and readiness', async () => {
    expect((await app.inject('/-/healthy')).body).toBe('Sightline is Healthy.\n');
    const ready = await app.inject('/-/ready');
    expect(ready.statusCode).toBe(200);
  });

  it('reports storage status with capabilities and schema version', async () => {
    const body = (await app.inject('/api/v1/status/storage')).json();
    expect(body.status).toBe('success');
    expect(body.data).toMatchObject({ state: 'ready', backend: 'postgres', schemaVersion: expect.any(Number), installationId: expect.any(String) });
    expect(body.data.capabilities.timescaledb).toHaveProperty('available');
    expect(body.data.location).not.toMatch(/password/);
  });

  it('serves its own metrics in Prometheus text format', async () => {
    await app.inject('/-/healthy');
    const res = await app.inject('/metrics');
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0.0.4/);
    expect(res.body).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(res.body).toMatch(/^sightline_build_info\{version="\d+\.\d+\.\d+"/m);
    expect(res.body).toMatch(/sightline_http_request_duration_seconds_count\{handler="\/-\/healthy",method="GET",code="200"\} [1-9]/);
  });

  it('answers unknown routes with a JSON error body', async () => {
    const res = await app.inject('/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ status: 'error', errorType: 'not_found', error: 'no route for GET /nope' });
  });

  it('serves build info the way Prometheus does', async () => {
    const body = (await app.inject('/api/v1/status/buildinfo')).json();
    expect(body.data.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('readiness while the database is unreachable', () => {
  let pg: LocalPostgres;
  beforeAll(async () => {
    pg = await LocalPostgres.start();
    pg.stopServer();
  });
  afterAll(() => pg.stop());

  it('stays 503 with the reason until the database comes up, then turns ready on its own', async () => {
    const storage = new StorageService({ storage: pg.url, dataDir: '', maxConnections: 2, retryMinMs: 50, retryMaxMs: 200 });
    const app = createWebServer({ storage, readiness: [{ name: 'storage', notReadyReason: () => storage.notReadyReason() }] });
    void storage.start().catch(() => undefined);
    try {
      await until(() => Promise.resolve(storage.status().connectAttempts >= 2));
      const notReady = await app.inject('/-/ready');
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json().error).toMatch(/^not ready: storage: .*ECONNREFUSED/);
      expect((await app.inject('/-/healthy')).statusCode).toBe(200);
      await pg.startServer();
      await until(async () => (await app.inject('/-/ready')).statusCode === 200);
      expect(storage.status().schemaVersion).toBeGreaterThan(0);
    } finally {
      await app.close();
      await storage.stop();
    }
  });
});

describe('readiness on a running server when the database goes away', () => {
  let pg: LocalPostgres;
  beforeAll(async () => {
    pg = await LocalPostgres.start();
  });
  afterAll(() => pg.stop());

  async function serve(checkIntervalMs: number): Promise<{ storage: StorageService; app: ReturnType<typeof createWebServer> }> {
    const storage = new StorageService({ storage: pg.url, dataDir: '', maxConnections: 2, checkIntervalMs, checkTimeoutMs: 1000 });
    await storage.start();
    const app = createWebServer({ storage, readiness: [{ name: 'storage', notReadyReason: () => storage.notReadyReason() }], queryStore: storage.metrics });
    const appender = storage.metrics.appender();
    appender.append({ __name__: 'outage_probe', job: 'x' }, Date.now(), 1);
    await appender.commit();
    return { storage, app };
  }
  const query = (app: ReturnType<typeof createWebServer>) => app.inject(`/api/v1/query?query=outage_probe`);

  it('turns 503 while PostgreSQL is down, answers queries 503 with a clear message, and recovers on its own', async () => {
    const { storage, app } = await serve(100);
    try {
      expect((await app.inject('/-/ready')).statusCode).toBe(200);
      expect((await query(app)).json().data.result).toHaveLength(1);

      pg.stopServer();
      await until(async () => (await app.inject('/-/ready')).statusCode === 503, 5_000);
      expect((await app.inject('/-/ready')).json().error).toMatch(/^not ready: storage: unreachable \(.*ECONNREFUSED/);
      expect(storage.status().state).toBe('unreachable');
      const refused = await query(app);
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json()).toMatchObject({ status: 'error', errorType: 'storage_unavailable' });
      expect(refused.json().error).toMatch(/^metrics storage unavailable: the database cannot be reached \(connect ECONNREFUSED .*\); retry later$/);
      expect((await app.inject('/-/healthy')).statusCode).toBe(200);

      await pg.startServer();
      await until(async () => (await app.inject('/-/ready')).statusCode === 200, 10_000);
      expect(storage.status().state).toBe('ready');
      expect(storage.status().lastError).toBeUndefined();
      expect((await query(app)).json().data.result).toHaveLength(1);
    } finally {
      await app.close();
      await storage.stop();
    }
  });

  it('a query meeting the outage first turns readiness 503 at once, before the next check', async () => {
    const { storage, app } = await serve(60_000);
    try {
      pg.stopServer('immediate');
      const refused = await query(app);
      expect(refused.statusCode).toBe(503);
      expect(refused.json().errorType).toBe('storage_unavailable');
      expect(refused.json().error).toMatch(/^metrics storage unavailable: the database cannot be reached \(.+\); retry later$/);
      expect((await app.inject('/-/ready')).statusCode).toBe(503);
    } finally {
      await pg.startServer();
      await app.close();
      await storage.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, refuses new connections, then stops storage', async () => {
    const storage = new StorageService({ storage: await postgresTestUrl(), dataDir: '', maxConnections: 2 });
    await storage.start();
    const app = createWebServer({ storage, readiness: [] });
    let release!: () => void;
    const started = new Promise<void>((resolveStarted) => {
      app.get('/slow', async () => {
        resolveStarted();
        await new Promise<void>((r) => (release = r));
        return { done: true };
      });
    });
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    const lifecycle = new Lifecycle();
    lifecycle.add({ name: 'web', stop: () => app.close() });
    lifecycle.add({ name: 'storage', stop: () => storage.stop() });

    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await started;
    const shutdown = lifecycle.shutdown('test');
    await new Promise((r) => setTimeout(r, 100));
    await expect(fetch(`http://127.0.0.1:${port}/-/healthy`)).rejects.toThrow();
    expect(storage.status().state).toBe('ready');
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await shutdown;
    expect(storage.status().state).toBe('stopped');
  });
});
